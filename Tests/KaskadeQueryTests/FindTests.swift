// `find` folds Danish letters without spelling them out, puts an exact ID first and searches
// the leaders' names.

import KaskadeDiagnostics
import KaskadeDriver
@testable import KaskadeQuery
import Testing

@Suite struct FindTests {
    static let plan = """
        plan "P" år 2027
        byråd BY "Byrådet" {
          mål BY1 "Børne og unge trives"
          mål BORNE "Mål for beboerne"
        }
        område CSD "Center for Skole" chef "Anne Madsen" {
          virksomhed LYS "Lyngehus" leder "Søren Holm"
        }

        """

    func index() -> QueryIndex {
        QueryIndex(Checker.check(SourceSet([SourceFile(path: "p.kaskade", text: FindTests.plan)])))
    }

    @Test(arguments: ["borne", "børne", "BØRNE"])
    func foldingFindsBørneAndNotBeboerne(_ text: String) throws {
        let hits = try Queries.find(index(), text).hits
        // BORNE's ID is the text (folded): first; BY1's title has `Børne`; `beboerne` is not `borne`.
        #expect(hits.map(\.id) == ["BORNE", "BY1"], "\(hits)")
    }

    @Test func exactIDComesFirst() throws {
        #expect(try Queries.find(index(), "BORNE").hits.first?.id == "BORNE")
    }

    @Test func leaderAndChefNamesAreSearched() throws {
        #expect(try Queries.find(index(), "soren holm").hits.map(\.id) == ["LYS"])
        #expect(try Queries.find(index(), "Madsen").hits.map(\.id) == ["CSD"])
    }
}
