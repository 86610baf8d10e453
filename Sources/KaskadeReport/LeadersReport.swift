// KaskadeReport: the leaders' report (`kaskade rapport`) and the årshjul drawn as a wheel.
//
// One HTML file that a chef or virksomhedsleder opens from a mail, offline, and prints for
// the meeting: header, status banner, the wheel, the cascade as folding trees, coverage
// bars, what is overdue, every finding with its guideline sentence and fix, and the rules
// that occur (report.md, in that order). The page needs no script and fetches nothing; the
// resolved plan and the findings are embedded as JSON for programs.
//
// This module never runs the checker and never reads files: the executable hands it the
// checked plan, its findings and the export document. Every phrase comes from
// `ReportMessages`; every piece of plan text is escaped by `HTML`. The same input gives
// the same bytes.

import KaskadeDiagnostics
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax

public struct ReportInput: Sendable {
    public var plan: Plan
    public var report: Report
    public var export: JSONExport.Document
    public var asOf: Day
    public var version: String
    /// Only what concerns this unit (`--unit`).
    public var unit: String?
    public var messages: ReportMessages
    public var limits: ReportLimits

    public init(plan: Plan, report: Report, export: JSONExport.Document, asOf: Day, version: String,
                unit: String? = nil, messages: ReportMessages = .english, limits: ReportLimits = ReportLimits()) {
        self.plan = plan
        self.report = report
        self.export = export
        self.asOf = asOf
        self.version = version
        self.unit = unit
        self.messages = messages
        self.limits = limits
    }
}

/// Where the page stops listing and starts counting, so that it stays small for 45,000
/// employees (report.md: under 5 MB).
public struct ReportLimits: Sendable {
    /// Findings of one rule in one unit listed before the rest are counted.
    public var findingsPerRuleAndUnit = 5
    /// Findings listed on the whole page; past it, every unit's findings are counted by rule.
    public var findingsListed = 1_000
    /// Rows of the coverage table (areas and units).
    public var coverageRows = 500
    /// Overdue rows per area.
    public var overduePerArea = 20
    /// Employees named under one course.
    public var participantsPerCourse = 12
    /// Employees and events embedded in the JSON; IDs listed per unit and course there.
    public var embeddedEmployees = 1_000
    public var embeddedEvents = 1_000
    public var embeddedIDsPerList = 10

    public init() {}
}

public enum LeadersReport {
    /// The whole page. Throws `ExportError` for a `--unit` that names no unit.
    public static func render(_ input: ReportInput) throws -> String {
        let context = try ReportContext(input)
        var html = HTML(capacity: 1 << 20)
        html.raw("<!DOCTYPE html>\n<html lang=\"\(context.messages.languageCode)\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing may be fetched: no network, no other origin, inline style only.
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'\">\n")
        html.element("title", text: context.messages.pageTitle(context.planTitle))
        html.raw("\n<style>\n" + ReportStyle.css + "</style>\n</head>\n<body>\n")
        writeHeader(&html, context)
        writeStatus(&html, context)
        writeWheel(&html, context)
        writeCascade(&html, context)
        writeCoverage(&html, context)
        writeOverdue(&html, context)
        writeFindings(&html, context)
        writeRules(&html, context)
        html.raw("<script type=\"application/json\" id=\"kaskade-data\">")
        html.raw(HTML.scriptSafeJSON(EmbeddedData.json(context)))
        html.raw("</script>\n</body>\n</html>\n")
        return html.out
    }

    /// The wheel alone, as a standalone SVG document (`kaskade calendar --format svg`).
    public static func wheelSVG(plan: Plan, unit: String?, asOf: Day?, messages: ReportMessages = .english) throws -> String {
        let calendar = try YearCalendar(plan: plan, unit: unit, language: Language(rawValue: messages.languageCode) ?? .english)
        let year = plan.year ?? asOf?.year ?? calendar.entries.first?.start.year ?? 2027
        let wheel = Wheel(entries: calendar.entries, plan: plan, year: year, asOf: asOf, messages: messages)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + wheel.svg() + "\n"
    }

    // MARK: - Header and status

    static func writeHeader(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        html.raw("<header>\n")
        html.element("p", ["class": "kicker"], text: m.reportHeading)
        html.element("h1", text: context.planTitle + (context.plan.year.map { " \($0)" } ?? ""))
        html.element("p", ["class": "meta"]) { html in
            html.text(m.judgedAt(m.longDate(context.asOf)))
            if let focus = context.focus {
                html.text(" · ")
                html.element("strong", text: context.unitName(focus))
            }
            html.text(" · " + m.madeBy(context.version))
        }
        html.element("details", ["class": "files"]) { html in
            html.element("summary", text: m.madeFrom(context.report.fileCount))
            html.element("ul") { html in
                for file in context.report.sources.files { html.element("li", text: file.path) }
            }
        }
        html.raw("<nav><ol>")
        for (anchor, title) in [("wheel", m.wheelHeading), ("cascade", m.cascadeHeading), ("coverage", m.coverageHeading),
                                ("overdue", m.overdueHeading), ("findings", m.findingsHeading), ("rules", m.rulesHeading)] {
            html.raw("<li><a href=\"#\(anchor)\">")
            html.text(title)
            html.raw("</a></li>")
        }
        html.raw("</ol></nav>\n</header>\n")
    }

    static func writeStatus(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        let errors = context.count(.error), warnings = context.count(.warning), infos = context.count(.info)
        let (level, headline) = errors > 0 ? ("red", m.statusErrors) : warnings > 0 ? ("yellow", m.statusWarnings) : ("green", m.statusClean)
        html.raw("<section id=\"status\" class=\"banner \(level)\" data-errors=\"\(errors)\" data-warnings=\"\(warnings)\" data-infos=\"\(infos)\">\n")
        html.element("h2", text: headline)
        html.element("p", ["class": "summary"],
                     text: m.summary(errors, warnings, infos, context.report.fileCount, context.report.statementCount))
        let groups = context.findingGroups
        if !groups.isEmpty {
            html.element("table", ["class": "counts"]) { html in
                html.element("caption", text: m.perArea)
                html.raw("<thead><tr>")
                for column in [m.areaColumn, m.errorsColumn, m.warningsColumn, m.infosColumn] { html.element("th", text: column) }
                html.raw("</tr></thead><tbody>")
                for group in groups {
                    html.raw("<tr>")
                    html.element("th", ["scope": "row"], text: group.area.map(context.unitName) ?? m.planLevel)
                    for severity in Severity.allCases {
                        let count = group.count(severity)
                        html.element("td", ["class": count > 0 ? "n \(severity.rawValue)" : "n"], text: m.number(count))
                    }
                    html.raw("</tr>")
                }
                html.raw("</tbody>")
            }
        }
        html.raw("</section>\n")
    }

    // MARK: - Wheel

    static func writeWheel(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        html.raw("<section id=\"wheel\">\n")
        html.element("h2", text: m.wheelHeading)
        html.element("p", ["class": "intro"], text: m.wheelIntro)
        html.raw("<div class=\"wheelbox\">")
        html.raw(context.wheel.svg())
        html.raw("</div>\n")
        if !context.wheel.outside.isEmpty {
            html.element("h3", text: m.outsideYear(context.wheel.geometry.year))
            html.element("ul", ["class": "outside"]) { html in
                for item in context.wheel.outside {
                    html.element("li", ["class": "outside-event \(item.shade.cssClass)", "data-count": "1"], text: item.title)
                }
            }
        }
        html.raw("</section>\n")
    }
}
