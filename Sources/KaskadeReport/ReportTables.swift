// Coverage bars, what is overdue, the findings by area and unit, and the rules that occur.

import KaskadeDiagnostics
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax

extension LeadersReport {
    // MARK: - Coverage

    static func writeCoverage(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages, plan = context.plan
        html.raw("<section id=\"coverage\">\n")
        html.element("h2", text: m.coverageHeading)
        html.element("p", ["class": "intro"], text: m.coverageIntro)
        let rows = context.unitsDepthFirst.filter { unit in
            let kind = plan.units[unit].kind
            return (kind == .area || kind.isLocal) && context.inScope(unit) && context.coverage.counts[unit].staff > 0
        }
        guard !rows.isEmpty else {
            html.element("p", ["class": "muted"], text: m.noEmployees)
            html.raw("</section>\n")
            return
        }
        html.raw("<table class=\"coverage\"><thead><tr>")
        for column in [m.unitColumn, m.staffColumn, m.conversationColumn, m.developmentColumn, m.alignedColumn] {
            html.element("th", text: column)
        }
        html.raw("</tr></thead><tbody>\n")
        for unit in rows.prefix(context.limits.coverageRows) { writeCoverageRow(&html, unit, context) }
        html.raw("</tbody></table>\n")
        if rows.count > context.limits.coverageRows {
            html.element("p", ["class": "summarised"], text: m.unitsSummarised(context.limits.coverageRows, rows.count))
        }
        html.raw("</section>\n")
    }

    static func writeCoverageRow(_ html: inout HTML, _ unit: Int, _ context: ReportContext) {
        let m = context.messages, count = context.coverage.counts[unit], item = context.plan.units[unit]
        html.raw(item.kind == .area ? "<tr class=\"arearow\">" : "<tr>")
        html.open("th", ["scope": "row", "class": "depth\(min(depth(of: unit, context.plan), 3))"])
        html.element("span", ["class": "id"], text: item.id)
        html.raw(" ")
        html.text(item.title)
        html.close("th")
        html.element("td", ["class": "n"], text: count.declared && count.staff != count.listed
                     ? m.declaredStaff(count.staff, count.listed) : m.listedOnly(count.listed))
        for part in [count.conversation, count.development, count.aligned] {
            let share = count.staff == 0 ? 0 : Double(part) * 100 / Double(count.staff)
            html.raw("<td><span class=\"bar\"><span style=\"width:\(n(share))%\"></span></span> ")
            html.element("span", ["class": "share"], text: m.percent(part, count.staff))
            html.raw(" ")
            html.element("span", ["class": "muted"], text: count.declared && count.staff != count.listed
                         ? m.ofDeclared(part, count.staff, count.listed) : m.ofListed(part, count.listed))
            html.raw("</td>")
        }
        html.raw("</tr>\n")
    }

    static func depth(of unit: Int, _ plan: Plan) -> Int {
        var depth = 0, current = plan.units[unit].parent
        while let index = current { depth += 1; current = plan.units[index].parent }
        return depth
    }

    // MARK: - Overdue

    /// Planned events and conversations dated before the as-of day (what K503 reports).
    static func writeOverdue(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages, plan = context.plan
        let late = context.calendar.entries.filter {
            $0.status == .planned && $0.kind != .conversations && $0.kind != .deadline && $0.start < context.asOf
        }
        html.raw("<section id=\"overdue\" data-overdue=\"\(late.count)\">\n")
        html.element("h2", text: m.overdueHeading)
        guard !late.isEmpty else {
            html.element("p", ["class": "ok"], text: m.overdueNone(m.longDate(context.asOf)))
            html.raw("</section>\n")
            return
        }
        html.element("p", ["class": "intro"], text: m.overdueIntro(late.count, m.longDate(context.asOf)))
        var byArea: [Int: [YearCalendar.Entry]] = [:]
        for entry in late { byArea[plan.area(of: entry.unit) ?? -1, default: []].append(entry) }
        for area in [-1] + plan.units.indices.filter({ plan.units[$0].kind == .area }) {
            guard let entries = byArea[area] else { continue }
            html.element("h3", text: area < 0 ? m.planLevel : context.unitName(area))
            writeOverdueTable(&html, entries, context)
        }
        html.raw("</section>\n")
    }

    /// Meetings and briefings one per row; employees' conversations one row per unit, counted
    /// (a unit with forty late conversations is one thing to act on, not forty).
    static func writeOverdueTable(_ html: inout HTML, _ entries: [YearCalendar.Entry], _ context: ReportContext) {
        let m = context.messages, plan = context.plan
        let meetings = entries.filter { $0.kind != .conversation }
        var conversations: [(unit: Int, entries: [YearCalendar.Entry])] = []
        for entry in entries where entry.kind == .conversation {
            if let at = conversations.firstIndex(where: { $0.unit == entry.unit }) { conversations[at].entries.append(entry) } else {
                conversations.append((entry.unit, [entry]))
            }
        }
        html.raw("<table class=\"overdue\"><thead><tr>")
        for column in [m.dateColumn, m.unitColumn, m.whatColumn, ""] { html.element("th", text: column) }
        html.raw("</tr></thead><tbody>\n")
        for entry in meetings.prefix(context.limits.overduePerArea) {
            html.raw("<tr class=\"late\" data-count=\"1\">")
            html.element("td", ["class": "date"], text: "\(entry.start)")
            html.element("td", text: plan.units[entry.unit].id)
            html.element("td", text: entry.summary)
            html.element("td", ["class": "muted"], text: m.daysLate(context.asOf - entry.start))
            html.raw("</tr>\n")
        }
        for (unit, late) in conversations.prefix(context.limits.overduePerArea) {
            let first = late.map(\.start).min()!, last = late.map(\.start).max()!
            let names = late.prefix(8).map(\.subject).joined(separator: ", ") + (late.count > 8 ? " … " + m.andMore(late.count - 8) : "")
            html.raw("<tr class=\"late\" data-count=\"\(late.count)\">")
            html.element("td", ["class": "date"], text: first == last ? "\(first)" : "\(first) – \(last)")
            html.element("td", text: plan.units[unit].id)
            html.open("td")
            html.text(m.lateConversations(late.count))
            html.element("div", ["class": "people"], text: names)
            html.close("td")
            html.element("td", ["class": "muted"], text: m.daysLate(context.asOf - first))
            html.raw("</tr>\n")
        }
        html.raw("</tbody></table>\n")
        let hidden = max(0, meetings.count - context.limits.overduePerArea) + max(0, conversations.count - context.limits.overduePerArea)
        if hidden > 0 {
            html.element("p", ["class": "summarised"], text: m.rowsSummarised(context.limits.overduePerArea, hidden + context.limits.overduePerArea))
        }
    }

    // MARK: - Findings

    static func writeFindings(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        html.raw("<section id=\"findings\">\n")
        html.element("h2", text: m.findingsHeading)
        if context.findingGroups.isEmpty { html.element("p", ["class": "ok"], text: m.findingsNone) }
        for group in context.findingGroups {
            html.element("h3", text: group.area.map(context.unitName) ?? m.planLevel)
            for (unit, findings) in group.units {
                if let unit, unit != group.area { html.element("h4", text: context.unitName(unit)) }
                writeFindingList(&html, findings, context)
            }
        }
        html.raw("</section>\n")
    }

    /// The findings of one unit: listed as `display` decided, the rest counted per rule.
    static func writeFindingList(_ html: inout HTML, _ findings: [Int], _ context: ReportContext) {
        var counted: [RuleCode: Int] = [:]
        html.raw("<ol class=\"findings\">\n")
        for index in findings {
            switch context.display[index] ?? .counted {
            case .full: writeFinding(&html, index, context, compact: false)
            case .compact: writeFinding(&html, index, context, compact: true)
            case .counted: counted[context.report.diagnostics[index].rule, default: 0] += 1
            }
        }
        for (rule, count) in counted.sorted(by: { $0.key < $1.key }) {
            html.element("li", ["class": "summarised", "data-rule": rule.code, "data-count": "\(count)"],
                         text: context.messages.findingsSummarised(count, rule.code))
        }
        html.raw("</ol>\n")
    }

    static func writeFinding(_ html: inout HTML, _ index: Int, _ context: ReportContext, compact: Bool) {
        let m = context.messages, diagnostic = context.report.diagnostics[index]
        let position = context.report.position(diagnostic.primary.span)
        let code = diagnostic.rule.code
        if compact {
            html.raw("<li class=\"finding compact \(diagnostic.severity.rawValue)\" data-rule=\"\(code)\" data-index=\"\(index)\">")
            html.raw("<a class=\"code\" href=\"#rule-\(code)\">\(code)</a> ")
            html.element("span", ["class": "message"], text: context.report.say(diagnostic.message))
            html.raw(" ")
            html.element("span", ["class": "where"], text: "\(position.path):\(position.line):\(position.column)")
            if let fix = (diagnostic.help ?? diagnostic.fixes.first?.title).map(context.report.say) {
                html.raw(" ")
                html.element("code", ["class": "fix"], text: fix)
            }
            html.raw("</li>\n")
            return
        }
        html.raw("<li class=\"finding \(diagnostic.severity.rawValue)\" data-rule=\"\(code)\" data-index=\"\(index)\">")
        html.raw("<p class=\"head\"><span class=\"level\">")
        html.text(m.severityName(diagnostic.severity.rawValue))
        html.raw("</span> <a class=\"code\" href=\"#rule-\(code)\">\(code)</a> ")
        html.element("span", ["class": "message"], text: context.report.say(diagnostic.message))
        html.raw("</p><p class=\"where\">")
        html.text("\(m.at) \(position.path):\(position.line):\(position.column)")
        html.raw("</p>")
        if let guideline = diagnostic.guidelineSentence(in: context.report.rules) {
            html.raw("<blockquote lang=\"da\"><span class=\"label\">")
            html.text(m.guideline)
            html.raw("</span> ")
            html.text(guideline)
            html.raw("</blockquote>")
        }
        for note in diagnostic.otherNotes(in: context.report.rules) { html.element("p", ["class": "note"], text: note) }
        if let fix = (diagnostic.help ?? diagnostic.fixes.first?.title).map(context.report.say) {
            html.raw("<p class=\"fix\"><span class=\"label\">")
            html.text(m.fix)
            html.raw("</span> ")
            html.element("code", text: fix)
            html.raw("</p>")
        }
        html.raw("</li>\n")
    }

    // MARK: - Rules

    static func writeRules(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        let rules = Set(context.shownFindings.map { context.report.diagnostics[$0].rule }).sorted()
        html.raw("<section id=\"rules\">\n")
        html.element("h2", text: m.rulesHeading)
        guard !rules.isEmpty else {
            html.raw("</section>\n")
            return
        }
        html.element("p", ["class": "intro"], text: m.rulesIntro)
        html.raw("<dl class=\"rules\">\n")
        for rule in rules {
            let text = RuleText(rule, in: context.report.rules, context.report.language)
            html.raw("<dt id=\"rule-\(text.code)\">\(text.code) ")
            html.element("span", ["class": "muted"], text: text.name)
            html.raw("</dt><dd>")
            html.element("p", text: text.summary)
            if !text.guideline.isEmpty { html.element("blockquote", ["lang": "da"], text: text.guideline) }
            html.element("p", ["class": "muted"], text: "\(m.ruleLevel): \(m.severityName(text.level))")
            html.raw("</dd>\n")
        }
        html.raw("</dl>\n</section>\n")
    }
}
