// Employees from the HR system (language reference, section 7): the CSV reader on its own,
// and rosters made as the systems make them (Danish Excel's Windows-1252 `;` CRLF, an HR
// export in UTF-8 with a BOM and `,`), every error at its cell, and what is never shown.

import Foundation
import KaskadeCSV
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import Testing

@Suite struct CSVReaderTests {
    /// Every record's values, as text.
    func records(_ text: String, separator: UInt8 = 0x3B) -> [[String]] {
        let bytes = Array(text.utf8)
        var scanner = CSVScanner(bytes: bytes, separator: separator)
        var fields: [CSVField] = [], out: [[String]] = []
        while scanner.next(into: &fields) != nil { out.append(fields.map { $0.value(in: bytes) }) }
        return out
    }

    @Test func quotesHoldSeparatorsQuotesAndLineBreaks() {
        #expect(records("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";x\r\n") == [["a", "b;c", "say \"hi\""], ["two\nlines", "x"]])
        #expect(records("a,b\n1,2", separator: 0x2C) == [["a", "b"], ["1", "2"]])
        #expect(records(" padded ;\" kept \"\n") == [["padded", " kept "]])
        // A quote after a space is text, as in spreadsheets.
        #expect(records("a; \"b\"\n") == [["a", "\"b\""]])
        #expect(records(";;\n") == [["", "", ""]])
    }

    @Test func anUnclosedQuoteIsReported() {
        let bytes = Array("a;\"b\nc".utf8)
        var scanner = CSVScanner(bytes: bytes, separator: 0x3B)
        var fields: [CSVField] = []
        let record = scanner.next(into: &fields)
        #expect(record?.isUnterminated == true)
        #expect(fields.count == 2 && fields[1].start == 3)
        #expect(scanner.next(into: &fields) == nil)
    }

    @Test func theSeparatorIsFoundInTheHeader() {
        #expect(CSVScanner.detectSeparator(Array("Nr;Navn;\"a,b,c\"\n1,2,3,4,5".utf8)) == 0x3B)
        #expect(CSVScanner.detectSeparator(Array("Nr,Navn,Enhed\n".utf8)) == 0x2C)
        #expect(CSVScanner.detectSeparator(Array("Nr\tNavn\n".utf8)) == 0x09)
        #expect(CSVScanner.detectSeparator(Array("Nr\n".utf8)) == 0x3B)
    }

    @Test func encodingsAreDetectedAndTranscoded() {
        let excel: [UInt8] = [0x53, 0xF8, 0x72, 0x65, 0x6E, 0x3B, 0xC6, 0x80]  // "Søren;Æ€" in Windows-1252
        #expect(TextEncoding.detect(excel) == .windows1252)
        #expect(String(decoding: TextEncoding.utf8(excel, from: .windows1252), as: UTF8.self) == "Søren;Æ€")
        #expect(TextEncoding.detect(Array("Søren".utf8)) == .utf8)
        #expect(TextEncoding.detect([0xEF, 0xBB, 0xBF, 0x41]) == .utf8)
        // Overlong forms and surrogates are not UTF-8.
        #expect(TextEncoding.firstInvalidUTF8([0x41, 0xC0, 0x80]) == 1)
        #expect(TextEncoding.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(TextEncoding.firstInvalidUTF8([0xF0, 0x9F, 0x98]) == 0)
        #expect(TextEncoding.firstInvalidUTF8(Array("æøå😀".utf8)) == nil)
    }

    @Test func datesAreDayFirstOrISO() {
        func day(_ text: String) -> String? { Resolver.cellDay(Array(text.utf8)[...]).map { "\($0)" } }
        #expect(day("2027-03-20") == "2027-03-20")
        #expect(day("20-03-2027") == "2027-03-20")
        #expect(day("20.3.2027") == "2027-03-20")
        #expect(day("5/03/2027") == "2027-03-05")
        #expect(day("03/20/2027") == nil)  // never month first
        #expect(day("31.02.2027") == nil)
        #expect(day("20-03-27") == nil)
        #expect(day("2027-3-20") == nil)
        #expect(day("20.03/2027") == nil)
    }

    @Test func theWriterQuotesWhatExcelWouldMisread() {
        var writer = CSVWriter()
        writer.row(["plain", "a;b", "say \"hi\"", "two\nlines", "=SUM(A1)", " space"])
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(writer.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(text.dropFirst() == "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"'=SUM(A1)\";\" space\"\r\n")
    }
}

@Suite struct RosterTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/roster")

    func checked(_ folder: String, language: Language = .english) throws -> CheckResult {
        let sources = try PlanLoader.load([RosterTests.fixtures.appendingPathComponent(folder).path])
        return Checker.check(sources, options: CheckOptions(language: LanguageChoice(flag: language)))
    }

    /// `K105 fejl.csv:2:7` for the findings of the syntax and name rules.
    func positions(_ report: Report) -> [String] {
        report.diagnostics.filter { $0.rule.number < 200 }.map {
            let at = report.position($0.primary.span)
            let path = report.sources[$0.primary.span.file].path.split(separator: "/").suffix(2).joined(separator: "/")
            return "\($0.rule.code) \(path):\(at.line):\(at.column)"
        }
    }

    @Test func danishExcelsWindows1252IsRead() throws {
        let result = try checked("excel")
        let plan = result.plan
        #expect(positions(result.report).allSatisfy { $0.hasPrefix("K102 ") || $0.hasPrefix("K105 plan") } )
        let rows = plan.employees.filter { $0.id.hasPrefix("M2") }
        #expect(rows.map(\.id) == ["M2001", "M2002", "M2003", "M2004"])
        #expect(rows.map { plan.units[$0.unit].id } == ["LYS", "LYS", "LYS", "KRA"])  // by kode and by ID
        #expect(rows.map { $0.conversation.map { "\($0)" } ?? "" } == ["2027-03-15", "2027-03-16", "2027-03-17", "2027-03-17"])
        #expect(rows.map(\.status) == [.held, .planned, .planned, .held])
        #expect(rows.map { $0.development.map { plan.courses[$0.index].id } } == [["PD"], ["PD"], [], ["KD"]])
        #expect(rows[1].competences.map { plan.competences[$0.index].id } == ["INK", "DIG"])
        // A roster row is an employee of its unit like any written out.
        #expect(plan.units[plan.names["LYS"]!.index].employees.count == 4)
        #expect(plan.courses[plan.names["PD"]!.index].participants.count == 3)
    }

    @Test func namesInIgnoredColumnsAreNeverShown() throws {
        // A finding on every row: the conversations are outside no period, but K501/K504 and
        // the unit's own findings show the CSV lines; none of them may show a name.
        let result = try checked("excel")
        let report = result.report
        let rosterFindings = report.diagnostics.filter { report.sources[$0.primary.span.file].path.hasSuffix(".csv") }
        #expect(!rosterFindings.isEmpty)
        let outputs = [TextRenderer(useColor: false).render(report), JSONRenderer().render(report),
                       SARIFRenderer(toolVersion: "test").render(report), GitHubRenderer().render(report), JUnitRenderer().render(report)]
        for output in outputs {
            // (The rule table of SARIF quotes the rules' own examples; these names are the roster's.)
            for name in ["Kjærsø", "Ærøe", "Bjørn", "Østergård", "Møller", "Skolepædagog"] {
                #expect(!output.contains(name), "\(name) shown")
            }
        }
        let text = TextRenderer(useColor: false).render(report)
        // The cells are replaced character for character, so the caret stays under its cell.
        #expect(text.contains("M2003;*****;*********;2410;*****;2027-03-17;;;"))
    }

    @Test func anHRExportInUTF8WithBOMAndCommasIsRead() throws {
        let result = try checked("bom")
        let plan = result.plan
        #expect(positions(result.report).filter { $0.contains(".csv") } == [])
        let rows = plan.employees.filter { $0.id.hasPrefix("3") }
        #expect(rows.map(\.id) == ["3001", "3002", "3003", "3004"])
        #expect(rows.allSatisfy { plan.units[$0.unit].id == "LYS" })  // no `enhed`: the unit that reads it
        // The record after a quoted line break is on line 6 of the file.
        let report = result.report
        #expect(report.position(rows[3].nameSpan).line == 6)
        #expect(report.position(rows[0].nameSpan).column == 1)
        #expect(rows.map { $0.conversation.map { "\($0)" } ?? "" } == ["2027-03-20", "2027-03-21", "2027-03-22", "2027-03-23"])
    }

    @Test func everyErrorIsAtItsCell() throws {
        let report = try checked("errors").report
        #expect(positions(report) == [
            "K102 errors/plan.kaskade:6:1",
            "K120 errors/plan.kaskade:23:10",
            "K121 errors/plan.kaskade:24:47",
            "K105 hr/fejl.csv:2:7",
            "K004 hr/fejl.csv:3:12",
            "K103 hr/fejl.csv:4:22",
            "K105 hr/fejl.csv:5:31",
            "K105 hr/fejl.csv:5:34",
            "K104 hr/fejl.csv:6:1",
            "K110 hr/fejl.csv:7:38",
            "K104 hr/fejl.csv:8:1",
            "K122 hr/fejl.csv:9:1",
            "K122 hr/fejl.csv:10:11",
        ])
        let messages = report.diagnostics.map { "\($0.message.english) / \($0.help?.english ?? "")" }
        #expect(messages.contains { $0.contains("no virksomhed or afdeling has the ID or `kode` `LYZ`") && $0.contains("did you mean `LYS`?") })
        #expect(messages.contains { $0.contains("no column \"Afdeling\"") && $0.contains("the columns are \"Nr\", \"Enhed\"") })
        #expect(messages.contains { $0.contains("no statement is named `PX`") && $0.contains("did you mean `PD`?") })
        #expect(messages.contains { $0.contains("******-****") })
        #expect(!TextRenderer(useColor: false).render(report).contains("010190"))
        // A bad cell does not stop the cascade rules, and nothing is said of what it held.
        #expect(report.diagnostics.contains { $0.rule.number >= 200 })
        #expect(!report.diagnostics.contains { $0.rule == RuleCode(501) && $0.message.english.contains("M2002") })
        #expect(!report.diagnostics.contains { $0.rule == RuleCode(503) && $0.message.english.contains("M2003") })
    }

    @Test func adviceAboutARosterEmployeeIsForTheHRSystem() throws {
        let report = try checked("excel").report
        let k504 = try #require(report.diagnostics.first { $0.rule == RuleCode(504) && $0.message.english.contains("M2003") })
        #expect(k504.help?.english == "fill in \"Kurser\" for M2003 in the HR system (such as PD), and export \"hr/excel-1252.csv\" again")
        #expect(k504.help?.text(.danish) == "udfyld \"Kurser\" for M2003 i HR-systemet (fx PD), og eksportér \"hr/excel-1252.csv\" igen")
        #expect(k504.fixes.isEmpty, "no edit of the plan fixes a roster row")
    }

    @Test func theErrorsReadNaturallyInBothLanguages() throws {
        // Paths as a user in the repository's root sees them.
        func text(_ language: Language) throws -> String {
            TextRenderer(useColor: false).render(try checked("errors", language: language).report)
                .replacingOccurrences(of: repositoryRoot.path + "/", with: "")
        }
        try assertGolden(try text(.english), "roster-errors.txt")
        try assertGolden(try text(.danish), "roster-errors.da.txt")
    }

    @Test func aFileThatCannotBeReadIsOneFinding() throws {
        let folder = try temporaryRosterFolder()
        let plan = folder.appendingPathComponent("plan.kaskade")
        try "plan \"P\" år 2027\nindlæs \"hr\" { nummer \"Nr\" enhed \"Enhed\" }\nindlæs \"fifo.csv\" { nummer \"Nr\" enhed \"Enhed\" }\nindlæs \"stor.csv\" { nummer \"Nr\" enhed \"Enhed\" }\nindlæs \"tom.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n"
            .write(to: plan, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("hr"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("fifo.csv").path, 0o600) == 0)
        try Data(repeating: 0x41, count: 5000).write(to: folder.appendingPathComponent("stor.csv"))
        try Data().write(to: folder.appendingPathComponent("tom.csv"))
        var options = CheckOptions()
        options.limits.maxFileBytes = 4096
        let sources = try PlanLoader.load([plan.path], limits: options.limits)
        let report = Checker.check(sources, options: options).report  // returns: the FIFO is never opened
        let k120 = report.diagnostics.filter { $0.rule.number == 120 }.map(\.message.english)
        #expect(k120.count == 4, "\(k120)")
        #expect(k120.contains { $0.contains("is a directory") })
        #expect(k120.contains { $0.contains("FIFO") })
        #expect(k120.contains { $0.contains("larger than") })
        #expect(k120.contains { $0.contains("empty") })
    }

    @Test func aDirectoryCheckReadsNoCSVThatNoPlanNames() throws {
        let folder = try temporaryRosterFolder()
        try "plan \"P\" år 2027\n".write(to: folder.appendingPathComponent("plan.kaskade"), atomically: true, encoding: .utf8)
        try Data([0x22, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("stray.csv"))
        let result = Checker.check(try PlanLoader.load([folder.path]))
        #expect(result.plan.sources.files.map { $0.path.split(separator: "/").last! } == ["plan.kaskade"])
    }

    /// A unit whose roster is given as text, with a task that needs a competence.
    static func unitPlan(_ roster: String, columns: String = "nummer \"Nr\" samtale \"MUS\" kompetencer \"Komp\"", extra: String = "") -> Report {
        let plan = """
            plan "P" år 2027
            kompetence INK "Inklusion"
            område CSD "Skole" chef "C" udvalg BSU {
              virksomhed LYS "Lyngehus" leder "L" kode "2410" {
                opgave UND "Undervisning" kræver INK
                indlæs "r.csv" { \(columns) }
              }
              \(extra)
            }
            """
        return check(bytes: Array(plan.utf8), attachments: ["r.csv": Array(roster.utf8)])
    }

    func codes(_ report: Report) -> [String] { report.diagnostics.map(\.rule.code) }

    @Test func aRowThatIsNotReadShowsNoneOfItsCells() {
        // `Marie` has slipped into the unit's column: every cell of the row is hidden.
        let report = Self.unitPlan("Nr;Navn;MUS;Komp\nM1;Marie;Hansen;20-03-2027;INK\n")
        let text = TextRenderer(useColor: false).render(report)
        #expect(codes(report).contains("K122"))
        #expect(!text.contains("Marie") && !text.contains("Hansen") && text.contains("**;*****;******;**********;***"), "\(text)")
    }

    @Test func aStrayQuoteThatSwallowsLinesIsReported() {
        let report = Self.unitPlan("Nr;Navn;MUS;Komp\nM1;\"Søren;20-03-2027;INK\nM2;Åse;21-03-2027;\"INK\"\nM3;Bo;22-03-2027;INK\n")
        let k122 = report.diagnostics.filter { $0.rule.code == "K122" }
        #expect(k122.count == 1 && k122[0].message.english == "text follows the closing quote of a field")
        #expect(report.position(k122[0].primary.span).line == 3)
    }

    @Test func aMissingColumnIsOneFindingNotOnePerRow() {
        // K121 for `MUS-dato`: the rows are read, but nothing is said of their conversations,
        // nor of who holds INK (the competences of a roster read in part are unknown).
        let report = Self.unitPlan("Nr;MUS-dato;Komp\nM1;20-03-2027;\nM2;21-03-2027;\n",
                                   columns: "nummer \"Nr\" samtale \"MUS\" kompetencer \"Komp\"")
        #expect(codes(report).filter { $0 == "K121" }.count == 1)
        #expect(!codes(report).contains("K501"))
        #expect(!codes(report).contains("K601"))
        // Read in full, the same roster does give K601: nobody holds INK.
        let whole = Self.unitPlan("Nr;MUS;Komp\nM1;20-03-2027;\nM2;21-03-2027;\n")
        #expect(codes(whole).contains("K601"))
    }

    @Test func aKodeNamesOneUnit() {
        let report = Self.unitPlan("Nr;MUS;Komp\nM1;20-03-2027;INK\n",
                                   extra: "virksomhed KRA \"Kratbjerg\" leder \"L\" kode \"2410\"\n  virksomhed MIM \"Mimosen\" leder \"L\" kode \"LYS\"")
        let k104 = report.diagnostics.filter { $0.rule.code == "K104" }.map(\.message.english)
        #expect(k104 == ["`kode \"2410\"` is already the code of virksomhed LYS \"Lyngehus\"", "`kode \"LYS\"` is the ID of virksomhed LYS \"Lyngehus\""], "\(k104)")
    }

    @Test func rosterFindingsAreAboutTheirUnit() {
        // The roster is read by the område; the bad cell is in a row of LYS, so it is about LYS.
        let plan = """
            plan "P" år 2027
            område CSD "Skole" chef "C" udvalg BSU {
              virksomhed LYS "Lyngehus" leder "L" kode "2410"
              indlæs "r.csv" { nummer "Nr" enhed "Enhed" samtale "MUS" }
            }
            """
        let report = check(bytes: Array(plan.utf8), attachments: ["r.csv": Array("Nr;Enhed;MUS\nM1;2410;2027-13-01\nM2;LYZ;\n".utf8)])
        let k004 = report.diagnostics.first { $0.rule.code == "K004" }
        #expect(k004?.subject == 1, "a bad cell belongs to the row's unit (`check LYS`, the report)")
        let k105 = report.diagnostics.first { $0.rule.code == "K105" && $0.message.english.contains("LYZ") }
        #expect(k105?.subject == 0, "a row naming no unit belongs to the unit that reads the roster")
    }

    @Test func aRosterReadTwiceIsOneFindingNotOnePerRow() {
        let plan = """
            plan "P" år 2027
            område CSD "Skole" chef "C" udvalg BSU {
              virksomhed LYS "Lyngehus" leder "L" {
                indlæs "hr/r.csv" { nummer "Nr" }
                indlæs "./hr//r.csv" { nummer "Nr" }
              }
            }
            """
        let rows = Array("Nr\nM1\nM2\nM3\n".utf8)
        let report = check(bytes: Array(plan.utf8), attachments: ["hr/r.csv": rows, "./hr//r.csv": rows])
        #expect(report.diagnostics.filter { $0.rule.number < 200 }.map(\.rule.code) == ["K105", "K120"], "K105 is the unknown `BSU`")
        #expect(Resolver.standardPath("a/./b//../c.csv") == "a/c.csv" && Resolver.standardPath("/x/../y") == "/y")
    }

    func temporaryRosterFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
