// Every rule's messages are values rendered by its `Says` enum. Rendered on the rule's own
// triggering examples, every text a finding shows must be real prose: not empty, with no
// interpolation left unreplaced and no enum case (`noFollowUp`, `Says.noGoal`,
// `addGoal(area: "CSD")`) leaking through in place of its text.

import Foundation
import KaskadeDiagnostics
import KaskadeRules
import Testing

@Suite struct MessageTests {
    /// What must never appear in a rendered text.
    static func leak(in text: String) -> String? {
        if text.contains("\\(") { return "an unreplaced interpolation" }
        if text.contains("Says.") || text.contains("Says(") { return "a Says value" }
        // A lone lowerCamelCase word is a case name, not a message.
        if text.wholeMatch(of: /[a-z]+[A-Z][A-Za-z]*/) != nil { return "a case name" }
        // `case(label: …)` is how a case with associated values prints itself.
        if text.firstMatch(of: /^[a-z]+[A-Z][A-Za-z]*\(|\b[a-z]+[A-Z][A-Za-z]*\([a-z]+[A-Za-z]*:\s/) != nil { return "a printed case" }
        return nil
    }

    @Test(arguments: RuleCatalogue.all.map(\.rule))
    func findingsSayProse(_ rule: RuleCode) {
        for text in RuleCatalogue.book[rule]!.triggering {
            let example = Example(text)
            let findings = example.check().diagnostics
            #expect(findings.contains { $0.rule == rule }, "\(rule.code): its triggering example gives no finding")
            for finding in findings {
                let code = finding.rule.code
                #expect(!finding.message.isEmpty, "\(code): an empty message")
                #expect(!finding.primary.message.isEmpty, "\(code): an empty label on \(finding.message)")
                if let help = finding.help { #expect(!help.isEmpty, "\(code): an empty help on \(finding.message)") }
                let texts = [finding.message, finding.primary.message] + (finding.help.map { [$0] } ?? [])
                    + finding.secondary.map(\.message) + finding.fixes.map(\.title)
                for shown in texts.flatMap({ [$0.english, $0.danish] }) {
                    #expect(Self.leak(in: shown) == nil, "\(code): \(Self.leak(in: shown) ?? "") in “\(shown)”")
                }
            }
        }
    }

    @Test func theLeakCheckCatchesLeaks() {
        #expect(Self.leak(in: "noFollowUp") != nil)
        #expect(Self.leak(in: "noFollowUp(area: \"CSD\", unit: \"LYS\")") != nil)
        #expect(Self.leak(in: "Says.thisInstitution") != nil)
        #expect(Self.leak(in: "område \\(area) has no follow-up") != nil)
        #expect(Self.leak(in: "område CSD has no follow-up with LYS \"Lyngehus Skole\" in 2027") == nil)
        #expect(Self.leak(in: "add `opfølgning 2027-09-01 med LYS om CSD1` to område CSD") == nil)
    }
}
