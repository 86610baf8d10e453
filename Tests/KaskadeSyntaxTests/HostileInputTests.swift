// Bad input gets a clear finding, never a crash, a hang or lost data.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax
import Testing

@Suite struct HostileInputTests {
    @Test func emptyFileSaysThereIsNoPlanHeader() {
        let report = check("")
        #expect(report.diagnostics.map(\.rule.code) == ["K109"])
    }

    @Test func randomBytesGiveFindingsNotCrashes() throws {
        var generator = SplitMix(seed: 2027)
        for round in 0..<40 {
            let count = Int(generator.next() % 2048)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let report = check(bytes: bytes)
            #expect(!report.diagnostics.isEmpty, "round \(round)")
            // Every rendering works on whatever came out.
            _ = TextRenderer(useColor: false).render(report)
            let json = JSONRenderer().render(report)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        }
    }

    @Test func mutatedExamplesNeverCrash() throws {
        let sources = try PlanLoader.load([repositoryRoot.appendingPathComponent("examples/allerod-2027/10-skole-dagtilbud.kaskade").path])
        let original = sources.files[0].bytes
        var generator = SplitMix(seed: 7)
        let alphabet = Array("{}\",.;#\n \u{0}\u{FF}æ0123456789-Wmålfølger".utf8)
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + generator.next() % 8) {
                let index = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: index)
                default: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: index)
                }
            }
            let report = check(bytes: bytes)
            _ = TextRenderer(useColor: false).render(report)
        }
    }

    @Test func twoHundredThousandNestedBlocksAreOneFinding() {
        let depth = 200_000
        let text = "plan \"P\" år 2027\n" + String(repeating: "område A \"A\" {\n", count: depth) + String(repeating: "}\n", count: depth)
        let report = check(text)
        let syntax = report.diagnostics.filter { $0.rule.number < 100 }
        #expect(syntax.map(\.rule.code) == ["K007"])
    }

    @Test func unclosedDeepNestingIsReportedOnce() {
        let text = String(repeating: "{", count: 200_000)
        let report = check(text)
        #expect(report.diagnostics.filter { $0.rule == RuleCode(7) }.count <= 1)
        #expect(!report.diagnostics.isEmpty)
    }

    @Test func tenMegabyteLine() {
        let long = String(repeating: "æblegrød ", count: 10_000_000 / 10)
        let report = check("plan \"P\" år 2027\nkompetence INK \"\(long)\"\n# \(long)\n")
        #expect(report.diagnostics.allSatisfy { $0.rule.number >= 200 || $0.rule == RuleCode(109) },
                "\(report.diagnostics.map(\.rule.code))")
        let unterminated = check("kompetence INK \"\(long)\n")
        #expect(unterminated.diagnostics.contains { $0.rule == RuleCode(3) })
    }

    @Test func nulBytesAndControlCharactersAreUnexpectedCharacters() {
        let report = check(bytes: Array("plan \"P\" år 2027\u{0}\n".utf8))
        #expect(report.diagnostics.first?.rule == RuleCode(2))
        let text = TextRenderer(useColor: false).render(report)
        #expect(text.contains("U+00"))
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(check(bytes: crlf).diagnostics.isEmpty)
        let mixed = Array(text.enumerated().map { $0.offset % 3 == 0 && $0.element == "\n" ? "\r\n" : String($0.element) }.joined().utf8)
        #expect(check(bytes: mixed).diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByteOnly() {
        let bytes = Array("plan \"P\" år 2027\n# ".utf8) + [0xC3, 0x28] + Array(" og ".utf8) + [0xFF] + [0x0A]
        let report = check(bytes: bytes)
        #expect(positions(report) == ["K001 2:3"])
    }

    @Test func personalIDNumbersAreNeverEchoedInFull() {
        let report = check("plan \"P\" år 2027\n# Peter 010190-1234 og 3112991234\n")
        #expect(report.diagnostics.filter { $0.rule == RuleCode(110) }.count == 2)
        for output in [TextRenderer(useColor: false).render(report), JSONRenderer().render(report),
                       SARIFRenderer(toolVersion: "t").render(report), GitHubRenderer().render(report),
                       JUnitRenderer().render(report)] {
            #expect(!output.contains("010190-1234"))
            #expect(!output.contains("3112991234"))
            #expect(output.contains("******-****"), "the date of birth is masked too")
        }
    }
}

/// A small deterministic generator, so that failures can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Every input the fuzzer ever found a problem with stays a test: it must now check and
/// render without a crash.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = fixtureFiles("fuzz", allFiles: true)

    @Test(arguments: inputs)
    func replay(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // What the parser target checks: every statement lies inside the file, start before end.
        let source = SourceFile(path: path, bytes: bytes)
        for node in Parser.parse(source, file: 0).tree.statements {
            #expect(node.start <= node.end && Int(node.end) <= source.bytes.count, "\(node.keyword) at \(node.start)..<\(node.end)")
        }
        let report = check(bytes: bytes)
        _ = TextRenderer(useColor: false).render(report)
        #expect((try? JSONSerialization.jsonObject(with: Data(JSONRenderer().render(report).utf8))) != nil)
    }
}
