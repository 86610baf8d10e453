// Input that must not flood the output or bury the one finding that matters: runs of stray
// characters and braces, very long lines, plans saved in the wrong encoding, CPR numbers.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import Testing

let header = "plan \"P\" år 2027\n"

@Suite struct FloodTests {
    @Test func runOfStrayCharactersIsOneFinding() {
        let report = check(header + String(repeating: "@", count: 10_000) + "\n")
        #expect(report.diagnostics.map(\.rule.code) == ["K002"])
        #expect(report.diagnostics.first?.message.english.hasPrefix("10000 unexpected characters") == true)
        let text = TextRenderer(useColor: false).render(report)
        #expect(text.utf8.count < 2_000, "\(text.utf8.count) bytes of output for one finding")
    }

    @Test func strayCharactersApartAreSeparateFindings() {
        let report = check(header + "@ mål\n%\n")
        #expect(report.diagnostics.filter { $0.rule == RuleCode(2) }.count == 2)
    }

    @Test func nulBytesAreOneFinding() {
        let report = check(bytes: Array(header.utf8) + [UInt8](repeating: 0, count: 65_536))
        #expect(report.diagnostics.map(\.rule.code) == ["K002"])
    }

    @Test(.timeLimit(.minutes(1)))
    func runOfUnmatchedBracesIsOneFinding() {
        let report = check(header + String(repeating: "}", count: 100_000) + "\n}\n")
        #expect(report.diagnostics.map(\.rule.code) == ["K006"])
        #expect(report.diagnostics.first?.message.english == "these 100001 `}` close no block")
        #expect(JSONRenderer().render(report).utf8.count < 2_000)
    }

    @Test func longLineIsAnExcerptAroundTheSpan() {
        let filler = String(repeating: "x", count: 500)
        let report = check(header + "# \(filler)\nbyråd BY \"B\" { mål BY1 \"\(filler)\" @ \"\(filler)\" }\n")
        let finding = try! #require(report.diagnostics.first { $0.rule == RuleCode(2) })
        let text = TextRenderer(useColor: false).render(finding, in: report)
        let lines = text.split(separator: "\n")
        let source = try! #require(lines.first { $0.hasPrefix("3 |") })
        #expect(source.hasPrefix("3 | …") && source.hasSuffix("…"), "\(source)")
        #expect(source.unicodeScalars.count <= 4 + 200)
        // The caret stands under the `@` in the excerpt.
        let caret = try! #require(lines.first { $0.contains("^") })
        let column = caret.unicodeScalars.firstIndex(of: "^").map { caret.unicodeScalars.distance(from: caret.unicodeScalars.startIndex, to: $0) }
        let at = source.unicodeScalars.firstIndex(of: "@").map { source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: $0) }
        #expect(column == at)
    }

    @Test func shortLineIsShownWhole() {
        let report = check(header + "byråd BY \"B\" { mål BY1 \"Mål\" @ }\n")
        let finding = try! #require(report.diagnostics.first { $0.rule == RuleCode(2) })
        let text = TextRenderer(useColor: false).render(finding, in: report)
        #expect(text.contains("2 | byråd BY \"B\" { mål BY1 \"Mål\" @ }\n"), "\(text)")
    }

    /// 100,000 unknown names on one line: rendering is linear in the output, so it takes
    /// seconds even in a debug build (when every column was counted from the line's start,
    /// 200,000 took minutes, and every finding printed the whole 1.7 MB line).
    @Test(.timeLimit(.minutes(3)))
    func manyFindingsOnOneLongLineRenderInLinearTime() {
        let count = 100_000
        let names = (0..<count).map { "U\($0)" }.joined(separator: ", ")
        let report = check(header + "byråd BY \"B\" {\n  mål BY1 \"x\" følger \(names)\n}\n")
        #expect(report.diagnostics.filter { $0.rule == RuleCode(105) }.count == count)
        let start = Date()
        let json = JSONRenderer().render(report)
        let text = TextRenderer(useColor: false, maxShown: .max).render(report)
        let seconds = Date().timeIntervalSince(start)
        #expect(json.contains("\"column\" : 788904"), "the last name's column is right")
        #expect(text.utf8.count < count * 1_000, "each finding shows an excerpt, not the whole line")
        #expect(seconds < 90, "\(seconds) s")
    }

    @Test func columnsOnLongLinesAreRight() {
        // Checkpoints inside long lines must give the same columns as counting from the start.
        let line = String(repeating: "æ", count: 700) + " @"
        let file = SourceFile(path: "t", text: "x\n" + line + "\n")
        let offset = 2 + 1400 + 1
        #expect(file.location(of: offset).column == 702)
        #expect(file.location(of: 2 + 600).column == 301)
    }

    @Test func windows1252PlanIsOneK001() throws {
        // The language example saved as Windows-1252: æ, ø and å are single bytes.
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade"), encoding: .utf8)
        let latin1 = try #require(source.data(using: .windowsCP1252))
        #expect(latin1.count < source.utf8.count, "the example has Danish letters")
        let report = check(bytes: Array(latin1))
        #expect(report.diagnostics.map(\.rule.code) == ["K001"], "\(report.diagnostics.map { "\($0.rule.code) \($0.message)" })")
        #expect(report.diagnostics.first?.help?.english.contains("save the file as UTF-8") == true)
    }

    @Test func cprNumbersAreMaskedWholeInEveryFormat() {
        let report = check(header + "# 010190-1234 og 0101901234\nbyråd BY \"B\" { mål BY1 \"x\" @ }\n")
        #expect(report.diagnostics.filter { $0.rule == RuleCode(110) }.count == 2)
        let outputs = [TextRenderer(useColor: false).render(report), JSONRenderer().render(report),
                       SARIFRenderer(toolVersion: "t").render(report), GitHubRenderer().render(report),
                       JUnitRenderer().render(report)]
        for output in outputs {
            // (SARIF's rule help quotes the catalogue, whose K110 note shows a masked example.)
            #expect(!output.contains("010190-1234") && !output.contains("-1234") && !output.contains("0101901234"))
            #expect(!output.contains("# 010190"))
        }
        #expect(outputs[0].contains("# ******-**** og **********"))
        #expect(PersonalID.mask("M 311299-0001 x") == "M ******-**** x")
    }
}
