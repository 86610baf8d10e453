// `check [ID]`: the findings of the plan, or of one unit and everything inside it, shown as
// `kaskade check` shows them.

import KaskadeDiagnostics

public struct CheckAnswer: Answer {
    public var command = "check"
    /// The unit asked about, or nil for the whole plan.
    public var unit: String?
    /// The findings asked about (with the sources, to show their lines).
    let report: Report
    /// The report's summary line (counted once per plan for the whole plan's findings).
    let summary: String
    let useColor: Bool
    /// Findings shown as text; JSON lists up to `AnswerLimit.rows`.
    static let shownAsText = 200

    public var total: Int { report.diagnostics.count }

    public func text(width: Int, language: Language) -> String {
        let renderer = TextRenderer(useColor: useColor)
        var out = ""
        for diagnostic in report.diagnostics.prefix(CheckAnswer.shownAsText) {
            out += renderer.render(diagnostic, in: report) + "\n"
        }
        if total > CheckAnswer.shownAsText {
            out += QuerySays.moreFindings(total - CheckAnswer.shownAsText).text(language) + "\n\n"
        }
        return out + summary
    }

    enum CodingKeys: String, CodingKey { case command, unit, findings, total, errors, warnings, infos, summary }

    /// The findings are turned into JSON only when asked for: a plan may have half a million.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(command, forKey: .command)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encode(report.diagnostics.prefix(AnswerLimit.rows).map { JSONRenderer.finding($0, in: report) }, forKey: .findings)
        try container.encode(total, forKey: .total)
        try container.encode(report.count(.error), forKey: .errors)
        try container.encode(report.count(.warning), forKey: .warnings)
        try container.encode(report.count(.info), forKey: .infos)
        try container.encode(total > AnswerLimit.rows ? QuerySays.firstListed(summary: summary, AnswerLimit.rows).text(report.language) : summary, forKey: .summary)
    }
}

extension QueryIndex {
    /// The findings whose place lies inside a unit's statement (its block included).
    /// The findings about a unit and the units below it; a finding about no unit (a syntax
    /// or name finding) belongs to the unit it points into.
    func findings(in unit: Int) -> [Diagnostic] {
        let extent = plan.units[unit].extent
        let first = unitPosition[unit], end = subtreeEnd[unit]
        return report.diagnostics.filter {
            if let subject = $0.subject { return first <= unitPosition[subject] && unitPosition[subject] < end }
            return $0.primary.span.file == extent.file && extent.start <= $0.primary.span.start && $0.primary.span.end <= extent.end
        }
    }
}

extension Queries {
    public static func check(_ index: QueryIndex, _ id: String?, color: Bool = false) throws -> CheckAnswer {
        guard let id else { return CheckAnswer(unit: nil, report: index.report, summary: index.summaryLine, useColor: color) }
        let unit = try index.unit(id, for: .check)
        var report = index.report
        report.diagnostics = index.findings(in: unit)
        report.suppressed = []
        return CheckAnswer(unit: index.plan.units[unit].id, report: report, summary: report.summaryLine, useColor: color)
    }
}
