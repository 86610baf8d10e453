// Hover, in Markdown: on a finding's range, the rule, its guideline sentence and the fix; on
// an ID, what it is, whose it is, what it follows and what follows it, its dates and the
// findings about it; on a keyword, where it stands and its three spellings.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

extension Server {
    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        guard let (analysis, file) = freshAnalysis(for: params.textDocument.uri) else { return nil }
        let source = analysis.plan.sources[file]
        let offset = source.offset(of: params.position, encoding: encoding)
        var sections: [String] = []
        var range: LSPRange?
        if let found = analysis.occurrence(at: offset, in: file) {
            sections.append(describe(found.target, analysis))
            range = source.range(found.span, encoding: encoding)
        } else if let (keyword, span) = Server.keyword(at: offset, in: analysis.plan.trees[Int(file)]) {
            sections.append(Server.describe(keyword))
            range = source.range(span, encoding: encoding)
        }
        let findings = analysis.report.diagnostics.filter {
            $0.primary.span.file == file && Int($0.primary.span.start) <= offset && offset <= Int($0.primary.span.end)
        }
        sections += findings.prefix(5).map(Server.describe)
        guard !sections.isEmpty else { return nil }
        return Hover(contents: MarkupContent(value: sections.joined(separator: "\n\n---\n\n")), range: range)
    }

    static func describe(_ finding: Diagnostic) -> String {
        var lines = ["**\(finding.rule.code)** `\(finding.name)` (\(finding.severity.rawValue)): \(finding.message)"]
        if let guideline = finding.notes.first, !guideline.isEmpty, guideline == RuleCatalogue.book[finding.rule]?.guideline {
            lines.append("> \(guideline)")
        }
        if let help = finding.help { lines.append("help: \(help)") }
        for fix in finding.fixes { lines.append("fix: \(fix.title)") }
        return lines.joined(separator: "\n\n")
    }

    static func describe(_ keyword: Keyword) -> String {
        var lines = ["**\(keyword.danish)** — keyword (\(keyword.spellings.all.map { "`\($0)`" }.joined(separator: ", ")); Danish, ASCII, English: `\(keyword.danish)`, `\(keyword.ascii)`, `\(keyword.english)`)"]
        if let spec = Schema.spec(keyword) {
            lines.append("A statement; it stands \(spec.placeDescription).")
            if !spec.properties.isEmpty {
                lines.append("Properties: " + spec.properties.map { "`\($0.keyword.danish)`\($0.isRequired ? " (required)" : "")" }.joined(separator: ", "))
            }
        } else if keyword.role == .property {
            let owners = Schema.statements.filter { $0.hasProperty(keyword) }.map { "`\($0.keyword.danish)`" }
            lines.append("A property of " + owners.joined(separator: ", ") + ".")
        } else {
            lines.append("A value word.")
        }
        return lines.joined(separator: "\n\n")
    }

    func describe(_ ref: EntityRef, _ analysis: Analysis) -> String {
        let plan = analysis.plan
        let (id, title, nameSpan) = plan.entity(ref)
        var lines = ["**\(ref.kind.danish)** `\(id)`" + (title.isEmpty ? "" : " — \(title)")]
        func ids(_ list: ReferenceList) -> String { list.map { "`\(plan.entity(EntityRef(kind: $0.kind, index: $0.index)).id)`" }.joined(separator: ", ") }
        switch ref.kind {
        case .maal:
            let goal = plan.goals[ref.index]
            lines.append("owner: \(plan.unitLabel(goal.owner))")
            if !goal.follows.isEmpty { lines.append("follows: \(ids(goal.follows))") }
            let below = goal.followedBy.map { "`\(plan.goals[$0].id)`" } + goal.courses.map { "`\(plan.courses[$0].id)`" }
            if !below.isEmpty { lines.append("followed by: " + below.joined(separator: ", ")) }
            if let deadline = goal.deadline { lines.append("deadline: \(deadline)") }
        case .uddannelse:
            let course = plan.courses[ref.index]
            lines.append("owner: \(plan.unitLabel(course.unit))")
            if !course.follows.isEmpty { lines.append("follows: \(ids(course.follows))") }
            lines.append("participants: \(course.participants.count)")
        case .medarbejder:
            let employee = plan.employees[ref.index]
            lines.append("unit: \(plan.unitLabel(employee.unit))")
            if let day = employee.conversation { lines.append("conversation: \(day)") }
            if !employee.development.isEmpty { lines.append("development: \(ids(employee.development))") }
        case .opgave:
            lines.append("unit: \(plan.unitLabel(plan.tasks[ref.index].unit))")
        case .kompetence, .koncept:
            break
        default:
            let unit = plan.units[ref.index]
            if let parent = unit.parent { lines.append("under: \(plan.unitLabel(parent))") }
            if let leader = unit.leader ?? unit.chef { lines.append("leader: \(leader)") }
            let dates = unit.events.compactMap { index in plan.events[index].date.map { "\(plan.events[index].kind.keyword.danish) \($0)" } }
            if !dates.isEmpty { lines.append("events: " + dates.prefix(8).joined(separator: ", ")) }
        }
        let about = analysis.report.diagnostics.filter { $0.primary.span == nameSpan }
        for finding in about.prefix(5) { lines.append("⚠ \(finding.rule.code): \(finding.message)") }
        return lines.joined(separator: "\n\n")
    }

    /// The statement or property keyword whose bytes hold the offset.
    static func keyword(at offset: Int, in tree: SyntaxTree) -> (Keyword, Span)? {
        let offset = Int32(offset)
        for statement in tree.statements where statement.start <= offset && offset <= statement.end || statement.name.contains(offset) {
            if statement.name.lowerBound <= offset && offset <= statement.name.upperBound, statement.keyword != .none {
                return (statement.keyword, tree.span(statement.name))
            }
            for property in tree.properties(of: statement) where property.name.lowerBound <= offset && offset <= property.name.upperBound {
                if property.keyword != .none { return (property.keyword, tree.span(property.name)) }
            }
        }
        return nil
    }
}
