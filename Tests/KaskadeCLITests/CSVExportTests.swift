// `kaskade export --format csv` and `query … --format csv` from the command line (the
// spreadsheet round trip is Tests/ci/test_csv_export.py, in LibreOffice).

import Foundation
import Testing

@Suite struct CSVExportTests {
    var example: String { root.appendingPathComponent("examples/allerod-2027").path }

    @Test func theEmployeesTableIsForDanishExcel() throws {
        let run = try kaskade(["export", example, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = Array(run.stdout.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = run.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "area;unit;unit title;employee;conversation;status;development;political goals;source")
        #expect(lines.count == 307 + 2, "a header, one row per employee and the last line break")
        // A roster employee: its unit matched by `kode`, its source the CSV line.
        let m1138 = try #require(lines.first { $0.contains(";M1138;") })
        #expect(m1138.hasPrefix("CSO;SKV;Plejecenter Skovvang;M1138;2027-03-15;planned;SKV-AMU;"), "\(m1138)")
        #expect(m1138.hasSuffix("hr/sundhed-omsorg-medarbejdere.csv:2"), "\(m1138)")
        #expect(!run.stdout.contains("Søren"), "an ignored column of the roster is never exported")
    }

    @Test func separatorAndLanguageFollowTheOptions() throws {
        let run = try kaskade(["export", example, "--format", "csv", "--csv-separator", ",", "--sprog", "da"])
        #expect(run.stdout.dropFirst().hasPrefix("område,enhed,enhedens navn,medarbejder,samtale,status,udvikling,politiske mål,kilde\r\n"))
        #expect(run.stdout.contains(",planlagt,"))
        let bad = try kaskade(["export", example, "--format", "csv", "--csv-separator", "|"])
        #expect(bad.status == 2 && bad.stderr.contains("`|` is not a CSV separator"), "\(bad.stderr)")
    }

    @Test func aRosterIsNeverCheckedAsAPlan() throws {
        // Read as plan text, its cells (names) would be shown in the syntax findings.
        let roster = root.appendingPathComponent("examples/allerod-2027/hr/sundhed-omsorg-medarbejdere.csv").path
        let run = try kaskade(["check", roster])
        #expect(run.status == 2 && run.stdout.isEmpty)
        #expect(run.stderr.contains("is a roster, not a plan"), "\(run.stderr)")
        #expect(!run.stderr.contains("Søren"))
    }

    @Test func aQueryTableAsCSV() throws {
        let run = try kaskade(["query", example, "--", "coverage", "CSO", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("\u{FEFF}unit;title;employees;listed;conversation;development;aligned to politics\r\n"), "\(run.stdout.prefix(120))")
        #expect(run.stdout.contains("\r\nSKV;Plejecenter Skovvang;74;21;21;21;21"))
    }
}
