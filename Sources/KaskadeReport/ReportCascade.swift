// The cascade as trees that fold open per area (`<details>`, no script): political goals and
// the board's goals first, then each area's goals with the local goals and courses that
// follow them. A goal or course with a finding carries its rule codes, red when the finding
// says it is misaligned; each code links to the rule's explanation further down.

import KaskadeDiagnostics
import KaskadeModel

extension LeadersReport {
    static func writeCascade(_ html: inout HTML, _ context: ReportContext) {
        let m = context.messages
        let marks = CascadeMarks(context)
        html.raw("<section id=\"cascade\">\n")
        html.element("h2", text: m.cascadeHeading)
        html.element("p", ["class": "intro"], text: m.cascadeIntro)
        let plan = context.plan
        let political = plan.goals.indices.filter { plan.units[plan.goals[$0].owner].kind == .council }
        let orphans = plan.goals.indices.filter {
            let kind = plan.units[plan.goals[$0].owner].kind
            return (kind == .committee || kind == .board) && !plan.goals[$0].follows.contains { plan.isPolitical(goal: $0.index) || plan.level(of: $0.index) == .board }
        }
        html.element("details", ["class": "tree top", "open": ""]) { html in
            html.element("summary", text: m.politicsAndBoard)
            html.raw("<ul>")
            var seen = Set<Int>()
            for goal in political + orphans {
                writeGoal(&html, goal, context, marks, seen: &seen, down: [.council, .committee, .board])
            }
            html.raw("</ul>")
        }
        for area in plan.units.indices where plan.units[area].kind == .area && context.inScopeOrAbove(area) {
            writeArea(&html, area, context, marks)
        }
        html.raw("</section>\n")
    }

    /// One area: its goals, and below each the goals and courses of its units that follow it.
    static func writeArea(_ html: inout HTML, _ area: Int, _ context: ReportContext, _ marks: CascadeMarks) {
        let plan = context.plan, m = context.messages
        let units = ReportContext.subtree(plan, of: area)
        let goals = plan.goals.indices.filter { units.contains(plan.goals[$0].owner) }.count
        let courses = plan.courses.indices.filter { units.contains(plan.courses[$0].unit) }.count
        let findings = context.findingGroups.first { $0.area == area }?.severities.count ?? 0
        html.element("details", ["class": "tree area", "id": "cascade-\(plan.units[area].id)", "open": context.focus != nil ? "" : nil]) { html in
            html.open("summary")
            html.element("strong", text: context.unitName(area))
            html.raw(" <span class=\"muted\">")
            var parts = [m.goalsAndCourses(goals, courses)]
            if let chef = plan.units[area].chef { parts.insert(m.chef(chef), at: 0) }
            html.text(parts.joined(separator: " · "))
            html.raw("</span>")
            if findings > 0 { html.raw(" "); html.element("span", ["class": "pill"], text: m.findingsCount(findings)) }
            html.close("summary")
            var seen = Set<Int>()
            html.raw("<ul>")
            let own = plan.units[area].goals
            if own.isEmpty { html.element("li", ["class": "muted"], text: m.noAreaGoals) }
            for goal in own { writeGoal(&html, goal, context, marks, seen: &seen, down: [.area, .institution, .department], within: units) }
            html.raw("</ul>")
            // Local goals and courses that nothing of the area reaches: shown under their unit.
            let rest = plan.goals.indices.filter { units.contains(plan.goals[$0].owner) && !seen.contains($0) && context.inScope(plan.goals[$0].owner) }
            if !rest.isEmpty {
                html.element("p", ["class": "subhead"], text: m.goalsOfUnit)
                html.raw("<ul>")
                for goal in rest where !seen.contains(goal) {
                    writeGoal(&html, goal, context, marks, seen: &seen, down: [.area, .institution, .department], within: units)
                }
                html.raw("</ul>")
            }
        }
        html.raw("\n")
    }

    /// A goal, what it follows, its courses, and below it the goals (of the levels in `down`)
    /// that follow it. Each goal is written once (`seen`), so a cycle (K107) ends.
    static func writeGoal(_ html: inout HTML, _ goal: Int, _ context: ReportContext, _ marks: CascadeMarks,
                          seen: inout Set<Int>, down: Set<UnitKind>, within: Set<Int>? = nil) {
        guard seen.insert(goal).inserted else { return }
        let plan = context.plan, m = context.messages, item = plan.goals[goal]
        html.raw("<li class=\"goal \(levelClass(plan.level(of: goal)))\">")
        html.element("span", ["class": "id"], text: item.id)
        html.raw(" ")
        html.element("span", ["class": "title"], text: item.title)
        html.raw(" <span class=\"owner\">")
        html.text(plan.units[item.owner].id)
        html.raw("</span>")
        let above = item.follows.map { plan.goals[$0.index].id }
        if !plan.isPolitical(goal: goal) {
            html.raw(" <span class=\"follows\">")
            var text = above.isEmpty ? m.followsNothing : "← " + m.follows + " " + above.joined(separator: ", ")
            if item.follows.hasUnresolved { text = (above.isEmpty ? "← " : text + ", ") + m.followsUnknown }
            html.text(text)
            html.raw("</span>")
        }
        marks.write(&html, at: item.nameSpan, context)
        let children = item.followedBy.filter { child in
            down.contains(plan.level(of: child)) && (within?.contains(plan.goals[child].owner) ?? true) && context.inScopeOrAbove(plan.goals[child].owner)
        }
        let courses = item.courses.filter { context.inScope(plan.courses[$0].unit) }
        if !children.isEmpty || !courses.isEmpty {
            html.raw("<ul>")
            for course in courses { writeCourse(&html, course, context, marks) }
            for child in children { writeGoal(&html, child, context, marks, seen: &seen, down: down, within: within) }
            html.raw("</ul>")
        }
        html.raw("</li>")
    }

    static func writeCourse(_ html: inout HTML, _ course: Int, _ context: ReportContext, _ marks: CascadeMarks) {
        let plan = context.plan, m = context.messages, item = plan.courses[course]
        html.raw("<li class=\"course\">")
        html.element("span", ["class": "id"], text: item.id)
        html.raw(" ")
        html.element("span", ["class": "title"], text: item.title)
        var facts: [String] = []
        if let priority = item.priority { facts.append(m.priority(priority)) }
        if let seats = item.seats { facts.append(m.seats(seats)) }
        facts.append(m.participants(item.participants.count))
        html.raw(" <span class=\"muted\">")
        html.text(facts.joined(separator: " · "))
        html.raw("</span>")
        marks.write(&html, at: item.nameSpan, context)
        if !item.participants.isEmpty {
            let shown = item.participants.prefix(context.limits.participantsPerCourse).map { plan.employees[$0].id }
            let more = item.participants.count - shown.count
            html.element("div", ["class": "people"], text: shown.joined(separator: ", ") + (more > 0 ? " … " + m.andMore(more) : ""))
        }
        html.raw("</li>")
    }

    static func levelClass(_ kind: UnitKind) -> String {
        switch kind {
        case .council, .committee: "political"
        case .board: "board"
        case .area: "areagoal"
        case .institution, .department: "local"
        }
    }
}

/// The rule codes of the findings at each goal's and course's name.
struct CascadeMarks {
    private var bySpan: [Span: [RuleCode]] = [:]

    init(_ context: ReportContext) {
        for index in context.shownFindings {
            let diagnostic = context.report.diagnostics[index]
            bySpan[diagnostic.primary.span, default: []].append(diagnostic.rule)
        }
    }

    func write(_ html: inout HTML, at span: Span, _ context: ReportContext) {
        guard let rules = bySpan[span] else { return }
        for rule in Set(rules).sorted() {
            let text = RuleText(rule, in: context.report.rules, context.report.language)
            html.raw(" <a class=\"rule \(RuleText.isMisalignment(rule) ? "bad" : "warn")\" href=\"#rule-\(text.code)\" title=\"")
            html.raw(HTML.escape(text.summary))
            html.raw("\">")
            html.text(text.code)
            html.raw("</a>")
        }
    }
}

extension ReportContext {
    /// In scope, or above the unit of `--unit` (its area and the levels over it).
    func inScopeOrAbove(_ unit: Int) -> Bool {
        guard let scope, let focus else { return true }
        if scope.contains(unit) { return true }
        var current = plan.units[focus].parent
        while let index = current {
            if index == unit { return true }
            current = plan.units[index].parent
        }
        return false
    }
}
