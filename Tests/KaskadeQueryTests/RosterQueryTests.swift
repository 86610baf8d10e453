// Roster employees in the answers: they count in coverage as written-out ones do, `why`,
// `show` and `find` find them, `:format csv` writes the tables, and `:reload` reads the CSV
// files again — also when one has vanished.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
@testable import KaskadeQuery
@testable import KaskadeREPL
import Testing

@Suite struct RosterQueryTests {
    /// A unit with `medarbejdere 40` whose four employees come from a roster.
    static let plan = """
        plan "P" år 2027
        byråd BY "Byrådet" {
          mål BY1 "Alle børn trives"
        }
        område CSD "Skole" chef "Anne" udvalg BSU {
          virksomhed LYS "Lyngehus Skole" leder "Peter" medarbejdere 40 kode "2410" {
            mål LYS1 "Inklusion" følger BY1
            uddannelse PD "Pædagogisk diplom" følger LYS1
            indlæs "hr/lys.csv" {
              nummer "Medarbejdernr."
              samtale "MUS-dato"
              udvikling "Kurser"
            }
          }
        }

        """
    static let roster = "Medarbejdernr.;Navn;MUS-dato;Kurser\r\n5001;Søren Ærø;20-03-2027;PD\r\n5002;Åse Ø;21-03-2027;PD\r\n5003;Bo;22.03.2027;\r\n5004;Ib;2027-03-23;PD\r\n"

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-roster-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("hr"), withIntermediateDirectories: true)
        try Self.plan.write(to: url.appendingPathComponent("plan.kaskade"), atomically: true, encoding: .utf8)
        try Data(Self.roster.utf8).write(to: url.appendingPathComponent("hr/lys.csv"))
        return url
    }

    @Test func coverageCountsRosterRowsAgainstTheDeclaredStaff() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let index = QueryIndex(Checker.check(try PlanLoader.load([url.path])))
        let answer = try Queries.coverage(index, "LYS")
        let lys = try #require(answer.rows.first { $0.unit == "LYS" })
        #expect(lys.staff == 40 && lys.employees == 4 && lys.conversation == 4)
        #expect(answer.text(width: 120, language: .english).contains("4 (10%)"))
        #expect(answer.text(width: 120, language: .danish).contains("4 (10 %)"))
    }

    @Test func rosterEmployeesAreFoundAndExplained() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let session = Session()
        try session.load([url.path])
        let runner = CommandRunner(session: session, width: Int.max) { _ in true }
        guard case .output(let why) = runner.run("why 5001") else { Issue.record("no answer to why"); return }
        #expect(why.contains("PD") && why.contains("LYS1") && why.contains("BY1"), "\(why)")
        guard case .output(let show) = runner.run("show 5004") else { Issue.record("no answer to show"); return }
        #expect(show.contains("hr/lys.csv:5"), "\(show)")
        #expect(!show.contains("Ib"), "an ignored column is never shown: \(show)")
        guard case .output(let found) = runner.run("find 5003") else { Issue.record("no answer to find"); return }
        #expect(found.contains("5003"), "\(found)")
    }

    @Test func aRowsFindingsAreTheirUnits() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((Self.roster + "5005;Eva;31-02-2027;PD\r\n").utf8).write(to: url.appendingPathComponent("hr/lys.csv"))
        let index = QueryIndex(Checker.check(try PlanLoader.load([url.path])))
        let answer = try Queries.check(index, "LYS")
        #expect(answer.report.diagnostics.contains { $0.rule == RuleCode(4) }, "`check LYS` shows the bad cell of LYS's roster")
        #expect(!(try Queries.check(index, "CSD").report.diagnostics.isEmpty))
    }

    @Test func tablesAsCSV() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let session = Session()
        try session.load([url.path])
        let runner = CommandRunner(session: session, width: Int.max) { _ in true }
        _ = runner.run(":format csv")
        guard case .output(let csv) = runner.run("coverage LYS") else { Issue.record("no answer"); return }
        #expect(csv == "unit;title;employees;listed;conversation;development;aligned to politics\r\nLYS;Lyngehus Skole;40;4;4;3;3", "\(csv)")
        session.csvSeparator = 0x2C
        guard case .output(let commas) = runner.run("find Lyngehus") else { Issue.record("no answer"); return }
        #expect(commas.hasPrefix("kind,id,title\r\n"), "\(commas)")
        // An answer that is no table stays text.
        guard case .output(let tree) = runner.run("tree") else { Issue.record("no answer"); return }
        #expect(!tree.contains(";") && tree.contains("LYS"))
    }

    @Test func aReloadReadsTheRosterAgainAndSurvivesItsVanishing() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let session = Session()
        try session.load([url.path])
        let csv = url.appendingPathComponent("hr/lys.csv")
        try Data((Self.roster + "5005;Eva;24-03-2027;PD\r\n").utf8).write(to: csv)
        _ = try session.reload()
        #expect(session.index!.plan.employees.map(\.id) == ["5001", "5002", "5003", "5004", "5005"])
        try FileManager.default.removeItem(at: csv)
        let (report, _) = try session.reload()
        #expect(report.diagnostics.contains { $0.rule == RuleCode(120) }, "a vanished roster is K120, not a crash")
        #expect(session.index!.plan.employees.isEmpty)
    }
}
