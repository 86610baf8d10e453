// The report page without a browser: its sections in order, the same bytes twice, plan text
// escaped (a `</script>` in a title cannot end the data element), coverage counted against
// declared staff, the caps, and the wheel's marks for every dated event.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax
import Testing
@testable import KaskadeReport

let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("no Package.swift above \(#filePath)")
}()

let asOf = Day.parse("2027-05-01")!

/// Checks plans of the repository, their paths as a user in its root would see them (the
/// working directory is not changed: the tests run side by side).
func checked(_ paths: [String]) throws -> CheckResult {
    let root = repositoryRoot.path + "/"
    let files = try PlanLoader.discover(paths.map { repositoryRoot.appendingPathComponent($0).path })
    let sources = SourceSet(try files.map { path in
        SourceFile(path: String(path.dropFirst(root.count)), bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    })
    return Checker.check(sources, options: CheckOptions(asOf: asOf))
}

func checked(text: String) -> CheckResult {
    Checker.check(SourceSet([SourceFile(path: "plan.kaskade", text: text)]), options: CheckOptions(asOf: asOf))
}

func page(_ result: CheckResult, unit: String? = nil, limits: ReportLimits = ReportLimits()) throws -> String {
    try LeadersReport.render(ReportInput(plan: result.plan, report: result.report, export: JSONExport.document(result), asOf: asOf,
                                         version: "test", unit: unit, limits: limits))
}

/// The embedded data, read back as a program would.
func embedded(_ html: String) throws -> [String: Any] {
    let open = try #require(html.range(of: "<script type=\"application/json\" id=\"kaskade-data\">"))
    let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
    let json = String(html[open.upperBound..<close.lowerBound])
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
}

func occurrences(_ needle: String, in haystack: String) -> Int { haystack.components(separatedBy: needle).count - 1 }

@Suite struct ReportTests {
    @Test func sectionsComeInTheOrderOfReportMd() throws {
        let html = try page(try checked(["examples/broken"]))
        let order = ["<header>", "id=\"status\"", "id=\"wheel\"", "id=\"cascade\"", "id=\"coverage\"", "id=\"overdue\"",
                     "id=\"findings\"", "id=\"rules\"", "id=\"kaskade-data\""]
        let places = try order.map { try #require(html.range(of: $0), "\($0) missing").lowerBound }
        #expect(places == places.sorted())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        #expect(occurrences("<details", in: html) >= 3)
    }

    @Test func samePlanSameBytes() throws {
        let result = try checked(["examples/allerod-2027"])
        #expect(try page(result) == page(result))
    }

    @Test func bannerCountsAreTheCheckersAndEveryFindingIsThere() throws {
        let result = try checked(["examples/broken"])
        let html = try page(result)
        let report = result.report
        #expect(html.contains("data-errors=\"\(report.count(.error))\" data-warnings=\"\(report.count(.warning))\" data-infos=\"\(report.count(.info))\""))
        #expect(html.contains("class=\"banner red\""))
        for diagnostic in report.diagnostics {
            #expect(html.contains(HTML.escape(diagnostic.message.english)), "\(diagnostic.rule.code) \(diagnostic.message)")
        }
        // Each rule that occurs is explained, once.
        for rule in Set(report.diagnostics.map(\.rule)) {
            #expect(occurrences("id=\"rule-\(rule.code)\"", in: html) == 1)
        }
        let data = try embedded(html)
        #expect((data["findings"] as? [Any])?.count == report.diagnostics.count)
        #expect((data["report"] as? [String: Any])?["asOf"] as? String == "2027-05-01")
    }

    @Test func cleanPlanIsGreen() throws {
        let result = Checker.check(try PlanLoader.load([repositoryRoot.appendingPathComponent("examples/allerod-2027").path]))
        let html = try LeadersReport.render(ReportInput(plan: result.plan, report: result.report, export: JSONExport.document(result),
                                                        asOf: Day.parse("2026-12-01")!, version: "test"))
        #expect(html.contains("class=\"banner green\""))
        #expect(html.contains("No findings"))
    }

    @Test func planTextIsEscapedEverywhere() throws {
        let hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & <!--"
        let result = checked(text: """
            plan "\(hostile)" år 2027
            byråd BY "<b>Byrådet</b>" {
              mål BY1 "Mål </script>"
            }
            """)
        let html = try page(result)
        #expect(occurrences("<script", in: html) == 1, "only the data element is a script")
        #expect(occurrences("</script>", in: html) == 1)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"))
        let data = try embedded(html)
        #expect((data["plan"] as? [String: Any])?["title"] as? String == hostile)
    }

    @Test func scriptSafeJSONLeavesNoMarkup() {
        let safe = HTML.scriptSafeJSON("{\"a\":\"</script><!-- & \u{2028}\"}")
        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&"))
        #expect(safe.contains("\\u003c/script\\u003e"))
        #expect(HTML.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test func coverageCountsAgainstDeclaredStaff() throws {
        var employees = ""
        for number in 1...12 { employees += "    medarbejder M\(number) samtale 2027-03-\(10 + number) status afholdt\n" }
        let result = checked(text: """
            plan "Test" år 2027
            område OMR "Område" chef "C" {
              virksomhed LIL "Lillevangskolen" leder "L" medarbejdere 86 {
            \(employees)  }
              virksomhed SMÅ "Lille enhed" leder "S" {
                medarbejder M99 samtale 2027-03-01 status afholdt
                medarbejder M98
              }
            }
            """)
        let coverage = StaffCoverage(plan: result.plan)
        let lil = result.plan.units.firstIndex { $0.id == "LIL" }!, small = result.plan.units.firstIndex { $0.id == "SMÅ" }!
        let area = result.plan.units.firstIndex { $0.id == "OMR" }!
        #expect(coverage.counts[lil] == StaffCoverage.Count(staff: 86, listed: 12, declared: true, conversation: 12))
        #expect(coverage.counts[small] == StaffCoverage.Count(staff: 2, listed: 2, declared: false, conversation: 1))
        // The area: 86 declared + 2 listed, 13 conversations; never 100 % for a unit half listed.
        #expect(coverage.counts[area].staff == 88 && coverage.counts[area].conversation == 13)
        let html = try page(result)
        #expect(html.contains("14 %"), "12 of 86 is 14 %")
        #expect(html.contains("12 of 86"))
        #expect(!html.contains(">100 %<"))
    }

    @Test func capsCountWhatTheyDoNotList() throws {
        var employees = ""
        for number in 1...40 { employees += "    medarbejder M\(number) samtale 2027-03-\(10 + number % 15)\n" }
        let result = checked(text: """
            plan "Test" år 2027
            område OMR "Område" chef "C" {
              virksomhed LIL "Lillevangskolen" leder "L" {
            \(employees)  }
            }
            """)
        let late = result.report.diagnostics.filter { $0.rule == RuleCode(503) }.count
        #expect(late == 40)
        var limits = ReportLimits()
        limits.embeddedEmployees = 10
        let html = try page(result, limits: limits)
        #expect(occurrences("data-rule=\"K503\" data-index", in: html) == limits.findingsPerRuleAndUnit)
        #expect(html.contains("data-rule=\"K503\" data-count=\"\(late - limits.findingsPerRuleAndUnit)\""))
        let data = try embedded(html)
        let summarised = try #require(data["summarised"] as? [String: [String: Int]])
        #expect(summarised["employees"] == ["total": 40, "embedded": 10])
        #expect(summarised["findings"]?["total"] == result.report.diagnostics.count)
        #expect((data["employees"] as? [Any])?.count == 10)
    }

    @Test func unitFilterKeepsWhatConcernsTheUnit() throws {
        let result = try checked(["examples/broken"])
        let html = try page(result, unit: "LYS")
        #expect(html.contains("M1043"))
        #expect(!html.contains("Plejecenter Skovvang</h4>"))
        #expect(throws: ExportError.self) { try page(result, unit: "NOPE") }
    }

    @Test(arguments: ["examples/broken", "examples/allerod-2027"])
    func everyDatedEventHasAMark(_ plan: String) throws {
        let result = try checked([plan])
        let calendar = try YearCalendar(plan: result.plan)
        let wheel = Wheel(entries: calendar.entries, plan: result.plan, year: 2027, asOf: asOf)
        let svg = wheel.svg()
        let dated = calendar.entries.filter { $0.kind != .conversation }.count
        #expect(occurrences("class=\"month ", in: svg) == 12)
        let counts = svg.components(separatedBy: "data-count=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(counts.reduce(0, +) + wheel.outside.count == dated)
        #expect(svg.contains("class=\"asof\""))
    }

    @Test func twoHundredUnitsStayLegible() throws {
        var units = ""
        for number in 1...200 {
            units += "  virksomhed U\(number) \"Enhed \(number)\" leder \"L\" {\n    oplæg 2027-02-0\(1 + number % 5)\n  }\n"
        }
        let result = checked(text: "plan \"Test\" år 2027\nområde OMR \"Område\" chef \"C\" {\n\(units)}\n")
        let calendar = try YearCalendar(plan: result.plan)
        let svg = Wheel(entries: calendar.entries, plan: result.plan, year: 2027, asOf: asOf).svg()
        // Circles of marks: no two closer than a mark's width.
        let circles = svg.components(separatedBy: "<g class=\"mark").dropFirst().map { part -> (Double, Double) in
            func value(_ name: String) -> Double {
                Double(part.components(separatedBy: "\(name)=\"")[1].prefix { $0 != "\"" })!
            }
            return (value("cx"), value("cy"))
        }
        #expect(circles.count > 1 && circles.count < 40)
        for i in circles.indices {
            for j in circles.indices where j > i {
                #expect(hypot(circles[i].0 - circles[j].0, circles[i].1 - circles[j].1) >= 11, "marks \(i) and \(j) overlap")
            }
        }
        let counts = svg.components(separatedBy: "<g class=\"mark").dropFirst().compactMap { part in
            Int(part.components(separatedBy: "data-count=\"")[1].prefix { $0.isNumber })
        }
        #expect(counts.reduce(0, +) == 200)
    }
}

/// The page speaks one language: what a reader sees (the text outside tags, scripts and
/// styles), plan text and the guideline's quotes aside, holds no word of the other.
@Suite struct ReportLanguageTests {
    static let english: Set<String> = ["the", "is", "are", "has", "no", "not", "with", "of", "and", "or", "from", "goal",
                                       "goals", "course", "courses", "employees", "overdue", "coverage", "findings", "areas",
                                       "units", "board", "council", "planned", "held", "year", "wheel", "step"]
    static let danish: Set<String> = ["ikke", "har", "og", "ingen", "mål", "uddannelse", "uddannelser", "medarbejdere",
                                      "forfaldne", "dækning", "fund", "områder", "enheder", "byråd", "planlagt",
                                      "afholdt", "årshjulet", "trin", "fejl", "advarsler"]

    /// The words a reader sees, without what the page quotes from the plan (quoted, or in a
    /// `code` or `blockquote` element) and without a kind written before an ID.
    static func visibleWords(_ page: String, quoting result: CheckResult) -> [String] {
        var text = page
        // The plan's own words, and the rules' kebab-case names, are the same in every language.
        let plan = result.plan
        let titles = plan.units.map(\.title) + plan.goals.map(\.title) + plan.courses.map(\.title) + plan.tasks.map(\.title)
            + plan.concepts.map(\.title) + plan.competences.map(\.title) + [plan.title ?? ""]
        for quoted in (titles + result.report.rules.all.map(\.name)).filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: HTML.escape(quoted), with: " ")
        }
        for pattern in ["(?s)<script.*?</script>", "(?s)<style.*?</style>", "(?s)<blockquote.*?</blockquote>",
                        "(?s)<code.*?</code>", "(?s)<svg.*?</svg>", "<[^>]*>", "&[a-z]+;|&#[0-9]+;", "“[^”]*”", "\"[^\"]*\"", "`[^`]*`"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = text.split { !($0.isLetter || $0 == "-") }.map(String.init)
        return words.enumerated().compactMap { index, word in
            let next = index + 1 < words.count ? words[index + 1] : ""
            if next.first?.isUppercase == true && next.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return nil }
            return word.dropFirst().contains(where: \.isUppercase) ? nil : word.lowercased()
        }
    }

    func render(_ language: Language) throws -> (page: String, result: CheckResult) {
        let result = try checked(["examples/broken"])
        var report = result.report
        report.language = language
        let input = ReportInput(plan: result.plan, report: report, export: JSONExport.document(result), asOf: asOf,
                                version: "test", messages: .of(language))
        return (try LeadersReport.render(input), result)
    }

    @Test func theDanishPageIsDanish() throws {
        let (page, result) = try render(.danish)
        #expect(page.contains("<html lang=\"da\">"))
        let foreign = Set(Self.visibleWords(page, quoting: result)).intersection(Self.english)
        #expect(foreign.isEmpty, "English on the Danish page: \(foreign.sorted())")
        #expect(page.contains("Årshjulet") && page.contains("Forfaldne"))
    }

    @Test func theEnglishPageIsEnglish() throws {
        let (page, result) = try render(.english)
        let foreign = Set(Self.visibleWords(page, quoting: result)).intersection(Self.danish)
        #expect(foreign.isEmpty, "Danish on the English page: \(foreign.sorted())")
    }
}
