import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax
import Testing

@Suite struct ParserTests {
    @Test func threeIndependentSyntaxErrorsGiveThreeFindings() {
        let text = """
            plan "P" år 2027
            kompetence INK "Inklusion" @
            mål D1 "Mål" følger
            kompetence DIG "Digital"
            koncept MUS "MUS" forberedelse "skema
            kompetence LED "Ledelse"
            """
        let report = check(text)
        #expect(positions(report, rules: ["K002", "K003", "K005"]) == ["K002 2:28", "K005 3:20", "K003 5:32"])
    }
}
