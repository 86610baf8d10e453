// Keywords typed without a Danish keyboard (`mal`, `omrade`, `udvlag`, `folger`) get "did
// you mean" and a fix, and one typo is one finding.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import Testing

@Suite struct KeywordTypoTests {
    static let plan = """
        plan "P" år 2027
        byråd BY "Byrådet" {
          mål BY1 "Flere unge i job"
        }
        udvalg SVB "Social- og Velfærdsudvalget" under BY {
          mål SVB1 "Trivsel" følger BY1
        }
        direktion DIR "Direktionen" {
          mål D1 "Ledere styrker trivsel" følger SVB1
        }

        """

    func findings(_ text: String) -> [Diagnostic] {
        check(text).diagnostics.filter { $0.rule.number < 200 }
    }

    @Test(arguments: [("mal", "mål"), ("omrade", "område"), ("udvlag", "udvalg"), ("drofetelse", "drøftelse")])
    func statementKeywordTypoGetsDidYouMeanAndAFix(typo: String, keyword: String) throws {
        let text = KeywordTypoTests.plan.replacingOccurrences(of: "udvalg SVB", with: "\(typo == "udvlag" ? "udvlag" : "udvalg") SVB")
            + (typo == "udvlag" ? "" : "\(typo) X1 \"x\"\n")
        let found = findings(text)
        let k005 = try #require(found.first { $0.rule == RuleCode(5) }, "\(found.map(\.message))")
        #expect(k005.message.english == "`\(typo)` is not a statement keyword; did you mean `\(keyword)`?")
        #expect(found.count == 1, "one typo is one finding, not also K101 for where its guess may not stand: \(found.map(\.message))")
        let fix = try #require(k005.fixes.first)
        #expect(fix.edits.count == 1 && fix.edits[0].replacement == keyword)
        #expect(check(text).sources.text(fix.edits[0].span) == typo)
    }

    /// `udvlag SVB … { mål SVB1 … }`: one finding, not a K105 for every use of SVB1.
    @Test func misspelledStatementWithBlockKeepsItsNamesKnown() {
        let text = KeywordTypoTests.plan.replacingOccurrences(of: "udvalg SVB", with: "udvlag SVB")
        let found = findings(text)
        #expect(found.map(\.rule.code) == ["K005"], "\(found.map { "\($0.rule.code) \($0.message)" })")
    }

    @Test func propertyTypoGetsDidYouMeanAndKeepsTheStatement() throws {
        let text = KeywordTypoTests.plan.replacingOccurrences(of: "mål D1 \"Ledere styrker trivsel\" følger SVB1",
                                                              with: "mål D1 \"Ledere styrker trivsel\" folger SVB1")
        let found = findings(text)
        #expect(found.map(\.rule.code) == ["K005"], "\(found.map { "\($0.rule.code) \($0.message)" })")
        #expect(found.first?.message.english == "`folger` is not a property; did you mean `følger`?")
        #expect(found.first?.fixes.first?.edits.first?.replacement == "følger")
    }

    @Test func fixesAreListedInJSON() throws {
        let text = KeywordTypoTests.plan + "mal X1 \"x\"\n"
        let json = JSONRenderer().render(check(text))
        #expect(json.contains("\"title\" : \"Replace `mal` with `mål`\""), "\(json.prefix(2000))")
    }

    @Test func anUnknownWordFarFromEveryKeywordIsAPlainK005() {
        let found = findings(KeywordTypoTests.plan + "xyzzy X1 \"x\"\n")
        #expect(found.map(\.rule.code) == ["K005"])
        #expect(found.first?.fixes.isEmpty == true)
    }
}
