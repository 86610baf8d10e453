// A large file is parsed in parts side by side. Whatever the parts, the tree and the
// findings must be those of the whole file: where a cut holds, the joined tree is the
// same node for node; where it falls inside a block or a string, the file is parsed again.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax
import Testing

@Suite struct PartsTests {
    /// Three areas at the top level, then `tail` (what the last part ends with).
    static func plan(middle: String = "", tail: String = "") -> String {
        var text = "plan \"P\" år 2027\n\n"
        for area in 1...3 {
            text += """
                område O\(area) "Område \(area)" chef "Chef \(area)" {
                  mål O\(area)1 "Mål" følger D1 # kommentar
                  virksomhed V\(area) "Skole" leder "Leder" {
                    medarbejder M\(area) samtale 2027-03-01 kompetencer LED
                  }
                }

                \(area == 2 ? middle : "")
                """
        }
        return text + tail
    }

    /// Every field of every node, comments and findings: two parses agree when this does.
    static func dump(_ result: (tree: SyntaxTree, diagnostics: [Diagnostic])) -> String {
        let findings = result.diagnostics.map { "\($0.rule.code)@\($0.primary.span.start)" }.sorted()
        return [String(describing: result.tree.statements), String(describing: result.tree.properties),
                String(describing: result.tree.values), String(describing: result.tree.comments),
                "\(result.tree.hasUnclosedBlock)", findings.joined(separator: ",")].joined(separator: "\n")
    }

    static func whole(_ text: String) -> SourceFile { SourceFile(path: "p.kaskade", bytes: Array(text.utf8)) }

    @Test func cutsFallBetweenTopLevelBlocks() {
        let source = Self.whole(Self.plan())
        let bounds = Parser.cuts(source, parts: 3, minimumPart: 16)
        #expect(bounds.count == 4)
        for cut in bounds.dropFirst().dropLast() {
            // At the start of the next area, after the `}` that closed the one before.
            #expect(source.bytes[cut...].starts(with: Array("område".utf8)))
            #expect(Array(source.bytes[cut - 4..<cut]) == Array("\n}\n\n".utf8))
        }
    }

    @Test func partsJoinToTheTreeOfTheWholeFile() {
        let source = Self.whole(Self.plan(tail: "mål X \"løst\" @\n"))
        let bounds = Parser.cuts(source, parts: 3, minimumPart: 16)
        var parts = bounds.indices.dropLast().map { Parser.parse(source, file: 0, range: bounds[$0]..<bounds[$0 + 1]) }
        let joined = try! #require(Parser.joined(&parts))
        #expect(Self.dump(joined) == Self.dump(Parser.parse(source, file: 0)))
        // The finding in the last part is kept.
        #expect(joined.diagnostics.map(\.rule.code) == ["K002"])
    }

    @Test(arguments: [
        // A cut inside a `"""` string: the `}` and the letter are text.
        "koncept K \"K\" beskrivelse \"\"\"\n}\n\nområde ingen\n\"\"\"\n",
        // A cut inside an unindented block.
        "område O9 \"Ni\" chef \"C\" {\nvirksomhed V9 \"S\" leder \"L\" {\n}\n\nmål O91 \"M\"\n}\n",
        // A cut after a list that goes on on the next line.
        "medarbejder MX kompetencer A,\n}\n\nB\n",
    ])
    func aCutInTheWrongPlaceFallsBackToTheWholeFile(middle: String) {
        let text = Self.plan(middle: middle)
        let source = Self.whole(text)
        // Cut at every `}` line, so that one cut lands inside `middle`.
        let bounds = Parser.cuts(source, parts: 12, minimumPart: 8)
        var parts = bounds.indices.dropLast().map { Parser.parse(source, file: 0, range: bounds[$0]..<bounds[$0 + 1]) }
        let inMiddle = text.range(of: middle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }!
        #expect(bounds.contains { $0 > inMiddle && $0 < inMiddle + middle.utf8.count }, "no cut fell inside the test's text")
        #expect(Parser.joined(&parts) == nil)
        let checked = Checker.parseFile(source, file: 0, parts: 12, minimumPart: 8)
        #expect(Self.dump(checked) == Self.dump(Parser.parse(source, file: 0)))
    }

    @Test func aGeneratedPlanParsedInPartsIsTheWholeFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(getpid()).kaskade")
        defer { try? FileManager.default.removeItem(at: out) }
        let generator = Process()
        generator.executableURL = repositoryRoot.appendingPathComponent("scripts/gen-plan")
        generator.arguments = ["--employees", "3000", "--seed", "5", "--out", out.path, "--inject", "K105=4"]
        generator.standardError = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        let source = SourceFile(path: out.path, bytes: Array(try Data(contentsOf: out)))
        #expect(Parser.cuts(source, parts: 4, minimumPart: 4096).count > 2)
        let inParts = Checker.parseFile(source, file: 0, parts: 4, minimumPart: 4096)
        #expect(Self.dump(inParts) == Self.dump(Parser.parse(source, file: 0)))
    }
}

extension PartsTests {
    /// Every fixture and every input the fuzzer kept, cut wherever a cut may fall.
    @Test func everyFixtureParsedInPartsIsTheWholeFile() throws {
        let folders = ["Tests/Fixtures/fuzz", "Tests/Fixtures/syntax", "Tests/Fixtures/valid", "examples/allerod-2027", "examples/broken"]
        var compared = 0
        for folder in folders {
            let url = repositoryRoot.appendingPathComponent(folder)
            // Plan files only: a folder may hold a roster (`hr/`), which is CSV, not Kaskade.
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where !name.hasPrefix(".") && (folder.hasPrefix("Tests/Fixtures/fuzz") || name.hasSuffix(".kaskade")) {
                let source = SourceFile(path: name, bytes: Array(try Data(contentsOf: url.appendingPathComponent(name))))
                let inParts = Checker.parseFile(source, file: 0, parts: 8, minimumPart: 16)
                #expect(Self.dump(inParts) == Self.dump(Parser.parse(source, file: 0)), "\(folder)/\(name)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}
