// One test per rule, generated from the rule's own examples in the catalogue: each
// triggering example must give a finding of that rule at every `↓` and nowhere else; each
// non-triggering example must give none. As a free check, every example must hold just
// the same with a line of multibyte text before it (positions move down one line).

import Foundation
import KaskadeDiagnostics
import KaskadeRules
import Testing

struct Example {
    var bytes: [UInt8]
    var expected: [String]
    var asOf: String?
    /// Files the plan reads (`indlæs`), written after a line `--- NAME ---`.
    var attachments: [String: [UInt8]] = [:]

    /// Removes the `↓` markers (recording their line and column, with the file's name in an
    /// attachment), turns `⟪FF⟫` into raw bytes and reads a `# as-of: DATE` directive.
    init(_ text: String, prefix: String = "") {
        let parts = Example.parts(text)
        let (bytes, expected) = Example.read(parts[0].text, prefix: prefix, file: nil)
        self.bytes = bytes
        var all = expected
        for part in parts.dropFirst() {
            let (bytes, expected) = Example.read(part.text, prefix: "", file: part.name)
            attachments[part.name!] = bytes
            all += expected
        }
        self.expected = all.sorted()
        if let range = text.range(of: "# as-of: ") {
            asOf = String(text[range.upperBound...].prefix(10))
        }
    }

    /// The plan text, then each attachment with its name.
    static func parts(_ text: String) -> [(name: String?, text: String)] {
        var parts: [(name: String?, text: String)] = [(nil, "")]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("--- "), line.hasSuffix(" ---"), line.count > 8 {
                parts.append((String(line.dropFirst(4).dropLast(4)), ""))
            } else {
                parts[parts.count - 1].text += line + "\n"
            }
        }
        // The split added a line break after the last line that the text did not have.
        parts[parts.count - 1].text.removeLast()
        return parts
    }

    static func read(_ text: String, prefix: String, file: String?) -> (bytes: [UInt8], expected: [String]) {
        var bytes: [UInt8] = Array(prefix.utf8)
        var expected: [String] = []
        var line = 1 + prefix.filter { $0 == "\n" }.count
        var column = 1
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "↓" {
                expected.append((file.map { "\($0):" } ?? "") + "\(line):\(column)")
            } else if scalar == "⟪" {
                let hex = String(String.UnicodeScalarView(scalars.prefix { $0 != "⟫" }))
                scalars = scalars.drop { $0 != "⟫" }.dropFirst()
                bytes.append(UInt8(hex, radix: 16)!)
                column += 1
            } else {
                bytes.append(contentsOf: Array(String(scalar).utf8))
                if scalar == "\n" { line += 1; column = 1 } else if scalar != "\r" { column += 1 }
            }
        }
        return (bytes, expected)
    }

    /// The report on the example (or on other bytes for its plan file), its attachments read.
    func check(_ plan: [UInt8]? = nil) -> Report {
        KaskadeSyntaxTests.check(bytes: plan ?? bytes, asOf: asOf, attachments: attachments)
    }

    func found(_ rule: RuleCode) -> [String] {
        let report = check()
        return report.diagnostics.filter { $0.rule == rule }.map {
            let at = report.position($0.primary.span)
            let file = $0.primary.span.file == 0 ? "" : report.sources[$0.primary.span.file].path + ":"
            return "\(file)\(at.line):\(at.column)"
        }.sorted()
    }
}

@Suite struct RuleExampleTests {
    @Test(arguments: RuleCatalogue.all.map(\.rule))
    func examplesHold(_ rule: RuleCode) {
        let info = RuleCatalogue.book[rule]!
        #expect(!info.triggering.isEmpty, "\(rule.code) has no triggering example")
        #expect(!info.nonTriggering.isEmpty, "\(rule.code) has no non-triggering example")
        for prefix in ["", "# Børnehuset Æblehaven, Ørnereden og Åbakken\n"] {
            for text in info.triggering {
                let example = Example(text, prefix: prefix)
                #expect(!example.expected.isEmpty, "\(rule.code): a triggering example has no ↓")
                #expect(example.found(rule) == example.expected, "\(rule.code) triggering example:\n\(text)")
            }
            for text in info.nonTriggering {
                let example = Example(text, prefix: prefix)
                #expect(example.found(rule) == [], "\(rule.code) non-triggering example:\n\(text)")
            }
        }
    }

    /// An employee who lists a competence twice holds it once: K602's triggering example,
    /// its one holder listing the competence twice, still has one holder.
    @Test func aCompetenceListedTwiceHasOneHolder() throws {
        let rule = try #require(RuleCatalogue.book.lookup("K602")).rule
        let text = try #require(RuleCatalogue.book[rule]?.triggering.first)
        #expect(text.contains("kompetencer INK\n"))
        let example = Example(text.replacingOccurrences(of: "kompetencer INK\n", with: "kompetencer INK, INK\n"), prefix: "")
        #expect(!example.expected.isEmpty)
        #expect(example.found(rule) == example.expected)
    }

    /// Every fix a rule offers on its own triggering examples resolves the finding it is
    /// attached to: applied, the plan still parses and that rule reports fewer findings
    /// (one briefing date fixed can settle every unit that shares the KOMPUS).
    @Test(arguments: RuleCatalogue.all.map(\.rule))
    func fixesResolveTheirFindings(_ rule: RuleCode) {
        for text in RuleCatalogue.book[rule]!.triggering {
            let example = Example(text)
            let report = example.check()
            let mine = report.diagnostics.filter { $0.rule == rule }
            for finding in mine {
                for fix in finding.fixes {
                    let fixed = applying(fix.edits, to: example.bytes)
                    let after = example.check(fixed)
                    #expect(!after.diagnostics.contains { $0.rule.number < 100 }, "\(rule.code): `\(fix.title)` breaks the syntax")
                    #expect(after.diagnostics.filter { $0.rule == rule }.count < mine.count,
                            "\(rule.code): `\(fix.title)` does not resolve \(finding.message)")
                }
            }
        }
    }

    func applying(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.span.start > $1.span.start }) {
            result.replaceSubrange(Int(edit.span.start)..<Int(edit.span.end), with: Array(edit.replacement.utf8))
        }
        return result
    }

    @Test func rulesOfferFixes() {
        // The fixes rules.md asks for exist (did-you-mean, follow-up, briefing, expectation, placeholder).
        for code in [105, 305, 405, 406, 102] {
            let rule = RuleCatalogue.book[RuleCode(code)]!
            let offered = rule.triggering.contains { text in
                let example = Example(text)
                return example.check().diagnostics.contains { $0.rule == rule.rule && !$0.fixes.isEmpty }
            }
            #expect(offered, "\(rule.code) offers no fix on its examples")
        }
    }

    @Test func codesAndNamesAreUnique() {
        // Each rule is listed once; `explain` and `regel` find it by either spelling.
        #expect(Set(RuleCatalogue.all.map(\.rule)).count == RuleCatalogue.all.count)
        #expect(Set(RuleCatalogue.all.map(\.name)).count == RuleCatalogue.all.count)
        for rule in RuleCatalogue.all {
            #expect(RuleCatalogue.book.lookup(rule.code)?.name == rule.name)
            #expect(RuleCatalogue.book.lookup(rule.name)?.rule == rule.rule)
        }
    }

    /// docs/rules.md in English and docs/regler.md in Danish, both from the catalogue.
    @Test(arguments: [(Language.english, "docs/rules.md"), (Language.danish, "docs/regler.md")])
    func generatedReferenceIsInStep(_ language: Language, _ file: String) throws {
        let path = repositoryRoot.appendingPathComponent(file)
        let generated = CatalogueRenderer(RuleCatalogue.book, language: language).markdown()
        if ProcessInfo.processInfo.environment["KASKADE_UPDATE"] != nil {
            try generated.write(to: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == generated, "\(file) is stale: run `KASKADE_UPDATE=1 swift test` or `kaskade rules --sprog \(language.rawValue) --format markdown > \(file)`")
    }
}
