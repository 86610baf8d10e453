// The queries over a loaded plan (examples/broken, small and with findings; the Allerød
// example for Danish names), the REPL's pieces that need no terminal, and the session's
// what-if statements.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
@testable import KaskadeQuery
@testable import KaskadeREPL
import KaskadeSyntax
import Testing

let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
    return url
}()

func loaded(_ folder: String = "examples/broken", asOf: Day? = nil, language: Language = .english) throws -> QueryIndex {
    QueryIndex(Checker.check(try PlanLoader.load([root.appendingPathComponent(folder).path]),
                             options: CheckOptions(asOf: asOf, language: LanguageChoice(flag: language))))
}

func ids(_ nodes: [TreeNode]) -> [String] { nodes.flatMap { [$0.id] + ids($0.children) } }

@Suite struct QueryTests {
    @Test func traceReachesEveryGoalAndCourseBelow() throws {
        let answer = try Queries.trace(try loaded(), "BSU1")
        #expect(ids(answer.roots) == ["BSU1", "D1", "CSD1", "LYS1", "PD", "KRA1", "KRA-LÆS"])
        #expect(answer.summary == "5 goals, 2 courses, 4 employee development items")
        let json = try JSONSerialization.jsonObject(with: Data(AnswerOutput.json(answer).utf8)) as? [String: Any]
        #expect(json?["command"] as? String == "trace")
        #expect((json?["roots"] as? [[String: Any]])?.first?["id"] as? String == "BSU1")
    }

    @Test func traceFromAnEmployeeSaysToAskWhy() throws {
        #expect(throws: QueryError.self) { try Queries.trace(try loaded(), "M1044") }
    }

    @Test func whyClimbsFromAnEmployeeToTheCouncil() throws {
        let answer = try Queries.why(try loaded(), "M1044")
        #expect(ids(answer.roots) == ["M1044", "KRA-LÆS", "KRA1", "CSD1", "D1", "BSU1", "BY1"])
        #expect(answer.summary == "serves BY1")
    }

    @Test func treeDrawsTheOrganisation() throws {
        let answer = try Queries.tree(try loaded("examples/allerod-2027"), nil)
        let text = answer.text(width: 200, language: .english)
        #expect(text.hasPrefix("Allerød Kommune 2027\n"))
        #expect(text.contains("├─ virksomhed ÆBL \"Børnehuset Æblehaven\"  (leader Sanne Krogh, 10 of 26 employees)"))
        #expect(answer.summary == nil)
        let danish = try Queries.tree(try loaded("examples/allerod-2027", language: .danish), nil).text(width: 200, language: .danish)
        #expect(danish.contains("├─ virksomhed ÆBL \"Børnehuset Æblehaven\"  (leder Sanne Krogh, 10 af 26 medarbejdere)"))
        let area = try Queries.tree(try loaded("examples/allerod-2027"), "CKF")
        #expect(ids(area.roots) == ["CKF", "BIB", "LYB", "MSK", "IDR", "UKL"])
    }

    @Test func showResolvesAUnit() throws {
        let answer = try Queries.show(try loaded(), "LYS")
        let fields = Dictionary(uniqueKeysWithValues: answer.fields.map { ($0.name, $0.value) })
        #expect(fields["above"] == "område CSD \"Center for Skole og Dagtilbud\"")
        #expect(fields["employees"]?.hasPrefix("3 in the plan, 2 in all: M1042, M1043") == true)
        #expect(fields["location"]?.hasSuffix("10-skole.kaskade:8:14") == true)
        let danish = try Queries.show(try loaded(language: .danish), "LYS")
        let felter = Dictionary(uniqueKeysWithValues: danish.fields.map { ($0.name, $0.value) })
        #expect(felter["over"] == "område CSD \"Center for Skole og Dagtilbud\"")
        #expect(felter["medarbejdere"]?.hasPrefix("3 i planen, 2 i alt: M1042, M1043") == true)
        #expect(felter["sted"]?.hasSuffix("10-skole.kaskade:8:14") == true)
    }

    @Test func findIgnoresCaseAndDanishLetters() throws {
        let index = try loaded()
        for text in ["borne", "BØRNE", "boerne"] {
            let answer = try Queries.find(index, text)
            #expect(answer.hits.map(\.id) == ["BSU"], "\(text)")
        }
        let allerod = try loaded("examples/allerod-2027")
        #expect(try Queries.find(allerod, "aeblehaven").hits.map(\.id) == ["ÆBL"])
        #expect(try Queries.find(allerod, "æbl").hits.first?.id == "ÆBL")
    }

    @Test func coverageCountsPerUnit() throws {
        let answer = try Queries.coverage(try loaded(), "CSD")
        #expect(answer.rows.map { [$0.unit, "\($0.employees)", "\($0.conversation)"] } == [["LYS", "3", "2"], ["KRA", "1", "1"]])
        #expect(answer.total.employees == 4)
        #expect(answer.text(width: 120, language: .english).contains("LYS   Lyngehus Skole"))
    }

    @Test func coverageCountsAgainstTheDeclaredStaff() throws {
        // tool.md, "Counting employees": 4 of 40 with a conversation is 10 %, never 100 %.
        let rows = (1...4).map { "    medarbejder M\($0) samtale 2027-03-2\($0)" }.joined(separator: "\n")
        let text = """
            plan "P" år 2027
            område CSD "Skole" chef "Anne" udvalg BSU {
              virksomhed LYS "Lyngehus" leder "Peter" medarbejdere 40 {
            \(rows)
                afdeling IND "Indskolingen" leder "Mia" medarbejdere 10 {
                  medarbejder M9 samtale 2027-03-30
                }
              }
              virksomhed KRA "Kratbjerg" leder "Jens" {
                medarbejder M5
              }
            }
            """
        let index = QueryIndex(Checker.check(SourceSet([SourceFile(path: "p.kaskade", text: text)])))
        let answer = try Queries.coverage(index, "CSD")
        let lys = try #require(answer.rows.first { $0.unit == "LYS" })
        #expect(lys.employees == 5 && lys.staff == 40 && lys.conversation == 5, "a unit's figures include the units below it")
        let ind = try #require(answer.rows.first { $0.unit == "IND" })
        #expect(ind.staff == 10 && ind.conversation == 1)
        let kra = try #require(answer.rows.first { $0.unit == "KRA" })
        #expect(kra.staff == 1, "without a declared count, the listed employees")
        #expect(answer.total.staff == 41 && answer.total.employees == 6 && answer.total.conversation == 5)
        let text2 = answer.text(width: 120, language: .english)
        #expect(text2.contains(" 40 ") && text2.contains("5 (13%)"), "\(text2)")
        #expect(answer.text(width: 120, language: .danish).contains("5 (13 %)"))
        let only = try Queries.coverage(QueryIndex(Checker.check(SourceSet([SourceFile(path: "p.kaskade", text: text.replacingOccurrences(of: "medarbejdere 10 {\n      medarbejder M9 samtale 2027-03-30\n    }", with: "{\n    }"))]))), "LYS")
        let share = try #require(only.rows.first { $0.unit == "LYS" })
        #expect(Layout.share(share.conversation, of: share.staff, .english) == "4 (10%)")
    }

    @Test func gapsListCompetencesNobodyHoldsOrLearns() throws {
        let index = try loaded()
        #expect(try Queries.gaps(index, nil).rows == [GapRow(unit: "LYS", task: "UND", competence: "INK", title: "Inkluderende pædagogik")])
        #expect(try Queries.gaps(index, "KRA").rows.isEmpty)
        #expect(try Queries.gaps(index, "CSD").total == 1)
    }

    @Test func checkBelowOneUnitKeepsOnlyItsFindings() throws {
        let answer = try Queries.check(try loaded(), "KRA")
        let json = AnswerOutput.json(answer)
        #expect(json.contains("\"rule\" : \"K305\""))
        // K405 and K406 point at the area's KOMPUS, which KRA inherits: they are about KRA.
        #expect(json.contains("\"rule\" : \"K405\"") && json.contains("\"rule\" : \"K406\""))
        #expect(answer.total == 5)
        #expect(answer.text(width: 100, language: .english).contains("error[K305]"))
    }

    @Test func calendarListsARangeInDateOrder() throws {
        let index = try loaded()
        let march = Queries.calendar(index, DayRange.parse("2027-03"))
        // The area's conversation period began before March and is listed first.
        // The JSON keeps the plan's keywords in every language; the text table says them in words.
        #expect(march.rows.map(\.kind) == ["samtaler", "samtale", "orientering", "samtaler", "samtale", "samtale"])
        #expect(march.text(width: 200, language: .english).contains("2027-03-10              conversation   SKO   planned"))
        let marts = Queries.calendar(try loaded(language: .danish), DayRange.parse("2027-03"))
        #expect(marts.rows.map(\.kind) == march.rows.map(\.kind) && marts.rows.map(\.status) == march.rows.map(\.status))
        #expect(marts.text(width: 200, language: .danish).contains("2027-03-10              samtale      SKO    planlagt"))
        #expect(march.rows.map(\.start).first == "2027-03-01")
        #expect(march.rows[3].end == "2027-04-30")
        let all = Queries.calendar(index, nil)
        #expect(all.rows.map(\.start) == all.rows.map(\.start).sorted())
        #expect(all.total == all.rows.count)
    }

    @Test func rangesOfDaysWeeksMonthsAndYears() {
        #expect(DayRange.parse("2027-W11").map { "\($0.lowerBound)..\($0.upperBound)" } == "2027-03-15..2027-03-21")
        #expect(DayRange.parse("2027-02").map { "\($0.upperBound)" } == "2027-02-28")
        #expect(DayRange.parse("2027-03-01..2027-04-30") != nil)
        #expect(DayRange.parse("2027-04-30..2027-03-01") == nil)
        #expect(DayRange.parse("2027") != nil)
        #expect(DayRange.parse("soon") == nil)
    }

    @Test func overdueListsWhatIsStillPlanned() throws {
        let answer = Queries.overdue(try loaded(), before: Day.parse("2027-03-21")!)
        #expect(answer.rows.map(\.detail).contains("M1042; development PD"))
        #expect(answer.rows.allSatisfy { $0.status == "planlagt" }, "a keyword in every language")
        let danish = Queries.overdue(try loaded(language: .danish), before: Day.parse("2027-03-21")!)
        #expect(danish.rows.map(\.detail).contains("M1042; udvikling PD"))
        #expect(danish.rows.allSatisfy { $0.status == "planlagt" })
    }

    @Test func unknownIDsSuggestTheNearest() throws {
        do {
            _ = try Queries.show(try loaded(), "LYX")
            Issue.record("no error")
        } catch let error as QueryError {
            #expect(error.description.contains("did you mean `LYS`"))
        }
    }

    @Test func tablesGiveWayInTheirWidestFlexibleColumn() throws {
        let answer = try Queries.find(try loaded("examples/allerod-2027"), "børnehus")
        let lines = answer.text(width: 30, language: .english).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("…") })
    }

    @Test func controlCharactersFromAPlanNeverReachTheTerminal() {
        let answer = FindAnswer(text: "x", hits: [FindHit(kind: "mål", id: "X", title: "a\u{1B}[31mb")], total: 1)
        #expect(!answer.text(width: 80, language: .english).contains("\u{1B}"))
    }
}

@Suite struct REPLPieceTests {
    @Test func completionOffersCommandsKeywordsAndIDs() throws {
        let completion = Completion(index: try loaded())
        #expect(completion.candidates(for: "tr") == ["trace", "tree"], "an English session is offered the English names")
        #expect(completion.candidates(for: "dækn") == ["dækning"], "and the Danish ones when no English one fits")
        let danish = Completion(index: try loaded(), language: .danish)
        #expect(danish.candidates(for: "tr") == ["træ"])
        #expect(danish.candidates(for: "hj") == ["hjælp"])
        #expect(danish.candidates(for: "daek") == ["daekning"])
        #expect(danish.candidates(for: "hjælp sp") == ["spor"])
        #expect(danish.candidates(for: "fi") == ["find"], "a command without a Danish name keeps its one name")
        #expect(completion.candidates(for: "show KRA-") == ["KRA-LÆS"])
        #expect(completion.candidates(for: "mål").contains("mål"))
        #expect(completion.candidates(for: ":format j") == ["json"])
        #expect(completion.candidates(for: "explain K30").contains("K305"))
        let allerod = Completion(index: try loaded("examples/allerod-2027"))
        #expect(allerod.candidates(for: "vis ÆB") == ["ÆBL", "ÆBL-AMU", "ÆBL-INK", "ÆBL-LÆS", "ÆBL-SPR", "ÆBL1", "ÆBL2"])
        #expect(allerod.candidates(for: "vis æbl-l") == ["ÆBL-LÆS"])
        #expect(allerod.candidates(for: ":load \(root.path)/exam") == ["\(root.path)/examples/"])
    }

    @Test func entriesContinueWhileABraceIsOpen() {
        #expect(REPL.continues("udvalg KIU \"Kultur\" under BY {"))
        #expect(!REPL.continues("udvalg KIU \"Kultur {\" under BY"))
        #expect(!REPL.continues("find {"))
        #expect(REPL.continues("mål X \"y\" følger A,"))
        #expect(!REPL.continues("find a,"))
        #expect(REPL.entries("show LYS\nudvalg X \"x\" {\n  mål X1 \"y\"\n}\nwhy M1042") ==
                ["show LYS", "udvalg X \"x\" {\n  mål X1 \"y\"\n}", "why M1042"])
    }

    @Test func whatIfClearsAFindingWithoutTouchingTheFile() throws {
        let session = Session()
        let path = root.appendingPathComponent("examples/broken").path
        let before = try String(contentsOfFile: path + "/10-skole.kaskade", encoding: .utf8)
        try session.load([path])
        let (old, new) = try session.add("opfølgning 2027-09-12 med KRA om CSD1", into: "CSD")
        #expect(old.diagnostics.contains { $0.rule == RuleCode(305) })
        #expect(!new.diagnostics.contains { $0.rule == RuleCode(305) })
        #expect(try String(contentsOfFile: path + "/10-skole.kaskade", encoding: .utf8) == before)
    }

    @Test func whatIfFindingsPointIntoTheWhatIfSource() throws {
        // tool.md, "What-if statements": a statement added with `in ID:` is checked inside the
        // unit, but its findings point at `<what-if>`, and the plan's own findings keep the
        // lines they have on disk.
        let session = Session()
        try session.load([root.appendingPathComponent("examples/broken").path])
        func where_(_ report: Report) -> [String] {
            report.diagnostics.map { let at = report.position($0.primary.span); return "\($0.rule) \(at.path):\(at.line):\(at.column)" }
        }
        let (old, new) = try session.add("opfølgning 2027-09-12 med KRA om CSD1", into: "LYS")
        let added = Set(where_(new)).subtracting(where_(old))
        #expect(added == ["K101 <what-if>:1:1"], "\(added)")
        #expect(Set(where_(old)).subtracting(where_(new)).isEmpty, "the plan's findings keep their places")
        let second = try session.add("evaluering 2027-10-01 om LYSX", into: "KRA")
        #expect(where_(second.after).contains("K105 <what-if>:2:26"), "\(where_(second.after))")
        let shown = TextRenderer(useColor: false).render(second.after.diagnostics.first { $0.rule == RuleCode(101) }!, in: second.after)
        #expect(shown.contains("1 | opfølgning 2027-09-12 med KRA om CSD1"), "\(shown)")
    }

    @Test func whatIfStatementsSurviveAReload() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-reload-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/broken"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = Session()
        try session.load([folder.path])
        _ = try session.add("opfølgning 2027-09-12 med KRA om CSD1", into: "CSD")
        _ = try session.add("udvalg KIU \"Kultur\" under BY {\n  mål KIU1 \"Foreningsliv\" følger BY2\n}", into: nil)
        let (report, dropped) = try session.reload()
        #expect(dropped.isEmpty)
        #expect(session.whatIfCount == 2)
        #expect(!report.diagnostics.contains { $0.rule == RuleCode(305) })
        #expect(try session.index!.entity("KIU1").kind == .maal)
        // A file that no longer parses: the plan stays, with its what-if statements.
        try "virksomhed X \"unterminated\n".write(to: folder.appendingPathComponent("20-bad.kaskade"), atomically: true, encoding: .utf8)
        #expect(throws: QueryError.self) { try session.reload() }
        #expect(try session.index!.entity("KIU1").kind == .maal)
    }

    /// examples/broken in a folder of its own, its plan header saying `sprog` (or not).
    static func brokenCopy(sprog: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-session-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/broken"), to: folder)
        try setSprog(sprog, in: folder)
        return folder
    }

    static func setSprog(_ sprog: String?, in folder: URL) throws {
        let file = folder.appendingPathComponent("00-kommune.kaskade")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("plan ") })
        lines[header] = lines[header].replacingOccurrences(of: " sprog da", with: "").replacingOccurrences(of: " sprog en", with: "")
            + (sprog.map { " sprog \($0)" } ?? "")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theSessionChoosesItsLanguageFlagThenKaskadeLangThenThePlanThenTheLocale() throws {
        // tool.md, "Language": `--sprog`, `KASKADE_LANG`, the plan's `sprog`, the locale, English.
        let danishPlan = try Self.brokenCopy(sprog: "da"), plainPlan = try Self.brokenCopy(sprog: nil)
        defer {
            try? FileManager.default.removeItem(at: danishPlan)
            try? FileManager.default.removeItem(at: plainPlan)
        }
        func language(_ choice: LanguageChoice, _ plan: URL) throws -> Language {
            let session = Session(language: choice)
            try session.load([plan.path])
            #expect(session.index?.report.language == session.language, "the findings speak the session's language")
            return session.language
        }
        let everything = LanguageChoice(flag: .english, environment: ["KASKADE_LANG": "da", "LANG": "da_DK.UTF-8"])
        #expect(try language(everything, danishPlan) == .english, "the flag wins")
        #expect(try language(LanguageChoice(flag: .danish, environment: ["KASKADE_LANG": "en"]), plainPlan) == .danish)
        let kaskadeLang = LanguageChoice(flag: nil, environment: ["KASKADE_LANG": "en", "LANG": "da_DK.UTF-8"])
        #expect(try language(kaskadeLang, danishPlan) == .english, "KASKADE_LANG wins over the plan and the locale")
        let locale = LanguageChoice(flag: nil, environment: ["LANG": "C.UTF-8"])
        #expect(try language(locale, danishPlan) == .danish, "the plan's sprog wins over the locale")
        #expect(try language(locale, plainPlan) == .english)
        #expect(try language(LanguageChoice(flag: nil, environment: ["LC_ALL": "da_DK.UTF-8", "LANG": "C"]), plainPlan) == .danish,
                "the first locale variable set decides")
        #expect(try language(LanguageChoice(flag: nil, environment: [:]), plainPlan) == .english, "English otherwise")
        // Before a plan is loaded: the choice without a plan.
        #expect(Session(language: LanguageChoice(flag: nil, environment: ["LANG": "da_DK.UTF-8"])).language == .danish)
        #expect(Session(language: LanguageChoice(flag: nil, environment: ["LANG": "C.UTF-8"])).language == .english)
    }

    @Test func aReloadReadsThePlansSprogAgain() throws {
        let folder = try Self.brokenCopy(sprog: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = Session(language: LanguageChoice(flag: nil, environment: ["LANG": "C.UTF-8"]))
        try session.load([folder.path])
        #expect(session.language == .english)
        let english = CommandRunner(session: session, width: Int.max) { _ in true }
        #expect(english.run("dækning LYS") == english.run("coverage LYS"))
        guard case .output(let before) = english.run("coverage LYS") else { Issue.record("no answer"); return }
        #expect(before.hasPrefix("unit  title"), "\(before)")
        try Self.setSprog("da", in: folder)
        guard case .output(let reloaded) = english.run(":reload") else { Issue.record("the reload failed"); return }
        #expect(session.language == .danish)
        #expect(reloaded.hasPrefix("genindlæst: "), "\(reloaded)")
        guard case .output(let after) = english.run("daekning LYS") else { Issue.record("no answer"); return }
        // danish.md's REPL example: the headers of `dækning`.
        let header = after.split(separator: "\n").first.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(header == "enhed titel medarbejdere opført samtale udvikling til politisk mål", "\(after)")
        guard case .output(let added) = english.run("i LYS: evaluering 2027-10-02 om LYS1") else { Issue.record("`i ID:` failed"); return }
        #expect(added.hasPrefix("tilføjet i denne session i LYS: "), "\(added)")
        try Self.setSprog("en", in: folder)
        guard case .output(let back) = english.run(":reload") else { Issue.record("the reload failed"); return }
        #expect(session.language == .english && back.hasPrefix("reloaded: "), "\(back)")
        // A choice made on the command line is not the plan's to change.
        let flagged = Session(language: LanguageChoice(flag: .english, environment: [:]))
        try Self.setSprog("da", in: folder)
        try flagged.load([folder.path])
        #expect(flagged.language == .english)
    }

    @Test func aStatementThatDoesNotParseIsRefused() throws {
        let session = Session()
        try session.load([root.appendingPathComponent("examples/broken").path])
        #expect(throws: QueryError.self) { try session.add("mål X \"unterminated", into: nil) }
        #expect(session.whatIfCount == 0)
    }
}
