// The formatter: golden files, and properties that must hold on every plan the repository
// has — fmt is idempotent, keeps the tree and the findings, and ignores the author's blanks.
//
// Golden files live in Tests/Fixtures/fmt as NAME.input.kaskade and NAME.expected.kaskade;
// `KASKADE_UPDATE=1 swift test --filter KaskadeFormatTests` rewrites the expected files from
// what the formatter does now (review the diff before committing it). An input named
// `respell-STYLE` is formatted with `--keywords STYLE`.

import Foundation
import KaskadeDiagnostics
import KaskadeFormat
import KaskadeSyntax
import Testing

let goldenFolder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fmt")

let goldenNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".input.kaskade") }.map { String($0.dropLast(".input.kaskade".count)) }.sorted()
}()

func goldenStyle(_ name: String) -> Keyword.Style? {
    guard name.hasPrefix("respell-") else { return nil }
    return Keyword.Style(rawValue: String(name.dropFirst("respell-".count)))
}

@Suite struct FormatGoldenTests {
    @Test func thereAreGoldenFiles() {
        #expect(goldenNames.count >= 10, "Tests/Fixtures/fmt holds \(goldenNames.count) inputs")
    }

    @Test(arguments: goldenNames)
    func golden(_ name: String) throws {
        let input = try readBytes(goldenFolder.appendingPathComponent("\(name).input.kaskade").path)
        let expectedURL = goldenFolder.appendingPathComponent("\(name).expected.kaskade")
        let output = try #require(formatted(input, style: goldenStyle(name)), "\(name) has syntax findings: \(syntaxFindings(input).map(\.message))")
        if ProcessInfo.processInfo.environment["KASKADE_UPDATE"] == "1" {
            try Data(output).write(to: expectedURL)
        }
        let expected = try readBytes(expectedURL.path)
        #expect(String(decoding: output, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(name): run with KASKADE_UPDATE=1 to accept the new output")
        // The expected output is itself canonical.
        #expect(formatted(expected, style: goldenStyle(name)) == expected, "\(name).expected.kaskade is not a fixed point")
    }

    @Test func lineEndingsFollowTheFile() throws {
        let input = try readBytes(goldenFolder.appendingPathComponent("comments.input.kaskade").path)
        let expected = try readBytes(goldenFolder.appendingPathComponent("comments.expected.kaskade").path)
        func crlf(_ bytes: [UInt8]) -> [UInt8] { bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
        let output = try #require(formatted(crlf(input)))
        #expect(output == crlf(expected))
    }

    @Test func keywordsAreRespelledEverywhereAndOnlyThere() throws {
        let text = """
            plan "Mål og år" år 2027
            område CSD "Område" chef "Chef" udvalg BSU {
              drøftelse 2027-01-12 med lederne om CSD1 status afholdt # mål følger
              kompus { koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 varsel 2 uger }
            }

            """
        let ascii = try #require(PlanFormatter.format(text: text, options: FormatOptions(keywords: .ascii)))
        #expect(ascii == """
            plan "Mål og år" aar 2027
            omraade CSD "Område" chef "Chef" udvalg BSU {
              droeftelse 2027-01-12 med lederne om CSD1 status afholdt # mål følger
              kompus {
                koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 varsel 2 uger
              }
            }

            """)
        let english = try #require(PlanFormatter.format(text: text, options: FormatOptions(keywords: .english)))
        #expect(english.contains("area CSD \"Område\" head \"Chef\" committee BSU {"))
        #expect(english.contains("discussion 2027-01-12 with leaders about CSD1 status held # mål følger"))
        #expect(english.contains("notice 2 weeks"))
        let danish = try #require(PlanFormatter.format(text: english, options: FormatOptions(keywords: .danish)))
        #expect(danish == PlanFormatter.format(text: text))
    }
}

@Suite struct FormatPropertyTests {
    @Test func thereArePlansToRunOver() {
        #expect(allPlanFiles.contains { $0.hasPrefix("examples/allerod-2027/") })
        #expect(allPlanFiles.contains { $0.hasPrefix("Tests/Fixtures/syntax/") })
    }

    /// On every fixture and example: a file with syntax findings is refused; any other is
    /// formatted to a fixed point with the same tree (ignoring layout) and the same findings
    /// (checked alone), in every keyword style.
    @Test(arguments: allPlanFiles)
    func roundTrip(_ path: String) throws {
        let bytes = try readBytes(repositoryPath(path))
        if !syntaxFindings(bytes).isEmpty {
            guard case .syntaxErrors(let found) = PlanFormatter.format(SourceFile(path: path, bytes: bytes)) else {
                Issue.record("\(path): formatted although it has syntax findings")
                return
            }
            #expect(!found.isEmpty && found.allSatisfy { $0.rule.number < 100 })
            return
        }
        let once = try #require(formatted(bytes, path: path))
        #expect(formatted(once) == once, "\(path): formatting twice changes the text")
        #expect(syntaxFindings(once).isEmpty, "\(path): the formatted text has syntax findings")
        #expect(dump(once) == dump(bytes), "\(path): the formatted text has another tree")
        #expect(findingSummary([(path, once)]) == findingSummary([(path, bytes)]), "\(path): the findings changed")
        for style in Keyword.Style.allCases {
            let respelled = try #require(formatted(bytes, style: style))
            #expect(dump(respelled) == dump(bytes), "\(path) in \(style): another tree")
            #expect(formatted(respelled, style: style) == respelled, "\(path) in \(style): not a fixed point")
        }
    }

    /// A whole plan keeps its findings (rule, file and message) when every file is formatted.
    @Test(arguments: ["examples/allerod-2027", "examples/broken", "Tests/Fixtures/valid"])
    func findingsSurviveFormatting(_ folder: String) throws {
        let files = try planFiles(below: folder).map { (path: $0, bytes: try readBytes(repositoryPath($0))) }
        let after = try files.map { (path: $0.path, bytes: try #require(formatted($0.bytes))) }
        #expect(findingSummary(after) == findingSummary(files))
    }

    /// Two spellings that differ only in blanks and indentation give the same bytes: every
    /// clean file, re-spaced at random several times, formats to what the file formats to.
    @Test(arguments: cleanPlanFiles)
    func blanksDoNotMatter(_ path: String) throws {
        let bytes = try readBytes(repositoryPath(path))
        try #require(syntaxFindings(bytes).isEmpty)
        let expected = try #require(formatted(bytes))
        for seed in UInt64(1)...5 {
            let variant = respaced(bytes, seed: seed &* 7919 &+ UInt64(path.utf8.count))
            #expect(dump(variant) == dump(bytes), "\(path): the re-spaced variant (seed \(seed)) is another plan")
            #expect(formatted(variant) == expected, "\(path): the re-spaced variant (seed \(seed)) formats differently")
        }
    }

    @Test func respacingReallyChangesTheBlanks() throws {
        let bytes = try readBytes(repositoryPath("Tests/Fixtures/valid/language-example.kaskade"))
        #expect(respaced(bytes, seed: 1) != bytes)
        #expect(respaced(bytes, seed: 1) != respaced(bytes, seed: 2))
    }

    /// Generated plans: statements of every kind, written with random separators (`;` or a
    /// line break), blocks opened and closed on one line or several, and comments.
    @Test(arguments: UInt64(1)...40)
    func generatedPlans(_ seed: UInt64) throws {
        let text = generatedPlan(seed: seed)
        let bytes = Array(text.utf8)
        #expect(syntaxFindings(bytes).isEmpty, "seed \(seed): the generator wrote a broken plan:\n\(text)")
        let once = try #require(formatted(bytes), "seed \(seed)")
        #expect(formatted(once) == once, "seed \(seed): not idempotent:\n\(text)")
        #expect(dump(once) == dump(bytes), "seed \(seed): another tree:\n\(text)")
        #expect(findingSummary([("g.kaskade", once)]) == findingSummary([("g.kaskade", bytes)]), "seed \(seed)")
        #expect(formatted(respaced(bytes, seed: seed)) == once, "seed \(seed): blanks matter:\n\(text)")
        // The canonical layout: no line ends in a blank, indentation is two spaces a level.
        for line in String(decoding: once, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasSuffix(" ") && !line.hasPrefix("\t"), "seed \(seed): \(line)")
        }
    }

    @Test func hugeFilesFormatWithoutRecursionTrouble() throws {
        var text = "plan \"Stor\" år 2027\nområde A \"A\" chef \"C\" udvalg U {\n  virksomhed V \"V\" leder \"L\" {\n"
        for index in 0..<20_000 { text += "medarbejder M\(index) samtale 2027-03-02 # \(index)\n" }
        text += "}}\n"
        let out = try #require(PlanFormatter.format(text: text))
        #expect(out.hasSuffix("    medarbejder M19999 samtale 2027-03-02 # 19999\n  }\n}\n"))
    }
}

/// A random but valid plan text for `generatedPlans`.
func generatedPlan(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    var out = ""
    var depth = 0
    func separator() -> String { chance(25) ? pick(["; ", ";", " ;\n", ";;\n"]) : pick(["\n", "\n", "\n\n", "\n\n\n"]) }
    func comment() -> String { chance(20) ? " # note \(Int.random(in: 0..<99, using: &random))" : "" }
    func indent() -> String { String(repeating: pick([" ", "  ", "\t"]), count: depth) }
    func statement(_ text: String) {
        out += indent() + text + comment() + "\n"
        if chance(15) { out += indent() + "# own-line comment\n" }
    }
    func open(_ header: String) {
        out += indent() + header + pick([" {", "{", "  {"]) + comment() + "\n"
        depth += 1
    }
    func close() {
        depth -= 1
        out += indent() + "}" + comment() + "\n"
    }
    func list(_ items: [String]) -> String {
        items.joined(separator: pick([", ", ",", " , ", ",\n    "]))
    }
    out += "plan \"Generated \(seed)\" år 2027" + separator()
    out += "kompetence INK \"Inklusion\"" + separator() + "kompetence LÆS \"Læsning\"" + separator()
    out += "koncept MUS \"MUS\" forberedelse \"Skema\"" + separator()
    open("byråd BY \"Byrådet\"")
    statement("mål BY1 \"Et\"")
    statement("mål BY2 \"To\" frist 2027-12-31")
    close()
    open("udvalg BSU \"Udvalg\" under BY")
    statement("mål BSU1 \"Alle\" følger " + list(["BY1", "BY2"]))
    close()
    open("direktion DIR \"Direktionen\" leder \"Direktøren\"")
    statement("drøftelse 2026-11-19 med chefgruppen om " + list(["BY1", "BSU1"]) + (chance(50) ? " status afholdt" : ""))
    statement("mål D1 \"Inklusion\" følger BSU1")
    statement("evaluering 2027-11-15 om D1")
    close()
    open("område CSD \"Center\" chef \"Chef\" udvalg BSU")
    statement("mål CSD1 \"Inklusion\" følger D1")
    statement("drøftelse 2027-01-12 med lederne om CSD1")
    if chance(50) {
        open("kompus")
        statement("koncept MUS")
        statement("orientering 2027-03-01")
        statement("samtaler " + pick(["2027-03-15..2027-04-30", "2027-03-15 .. 2027-04-30", "2027-W11..\n      2027-W17"]))
        close()
    } else {
        statement("kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30" + (chance(50) ? " varsel 14 dage" : ""))
    }
    let units = (1...Int.random(in: 1...3, using: &random)).map { "U\($0)" }
    for unit in units {
        open("virksomhed \(unit) \"Enhed \(unit)\" leder \"Leder\" medarbejdere 2")
        statement("mål \(unit)-M \"Fokus\" følger CSD1")
        statement("uddannelse \(unit)-K \"Kursus\" følger \(unit)-M prioritet 1 giver INK")
        statement("oplæg 2027-02-01 om \(unit)-K")
        if chance(40) {
            out += indent() + "opgave \(unit)-O \"Opgave\" kræver INK; medarbejder \(unit)-E1 samtale 2027-03-20 udvikling \(unit)-K\n"
        } else {
            statement("medarbejder \(unit)-E1 \"Pædagog\" samtale 2027-03-20 udvikling \(unit)-K kompetencer " + list(["INK", "LÆS"]))
        }
        statement("medarbejder \(unit)-E2 samtale 2027-W13 udvikling \(unit)-K")
        if chance(30) { statement("beskrivelse \"\"\"\n  fri tekst\n      med indrykning\n  \"\"\"") }
        close()
    }
    statement("opfølgning 2027-09-10 med " + list(units) + " om CSD1")
    close()
    if chance(50) { out += "regel K405 varsel 2 uger" + separator() + "regel K502 niveau fra" + separator() }
    return out
}
