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
            sections.append(Server.describe(keyword, language))
            range = source.range(span, encoding: encoding)
        }
        let findings = analysis.report.diagnostics.filter {
            $0.primary.span.file == file && Int($0.primary.span.start) <= offset && offset <= Int($0.primary.span.end)
        }
        sections += findings.prefix(5).map { Server.describe($0, language) }
        guard !sections.isEmpty else { return nil }
        return Hover(contents: MarkupContent(value: sections.joined(separator: "\n\n---\n\n")), range: range)
    }

    static func describe(_ finding: Diagnostic, _ language: Language) -> String {
        func say(_ words: HoverSays) -> String { words.text(language) }
        var lines = ["**\(finding.rule.code)** `\(finding.name)` (\(finding.severity.word(language))): \(PersonalID.mask(finding.message.text(language)))"]
        if let guideline = finding.notes.first, !guideline.isEmpty, guideline == RuleCatalogue.book[finding.rule]?.guideline {
            lines.append("> \(guideline)")
        }
        if let help = finding.help { lines.append("\(say(.help)): \(PersonalID.mask(help.text(language)))") }
        for fix in finding.fixes { lines.append("\(say(.fix)): \(PersonalID.mask(fix.title.text(language)))") }
        return lines.joined(separator: "\n\n")
    }

    static func describe(_ keyword: Keyword, _ language: Language) -> String {
        func say(_ words: HoverSays) -> String { words.text(language) }
        let spellings = keyword.spellings.all.map { "`\($0)`" }.joined(separator: ", ")
        var lines = ["**\(keyword.danish)** — \(say(.keyword(spellings: spellings, danish: keyword.danish, ascii: keyword.ascii, english: keyword.english)))"]
        if let spec = Schema.spec(keyword) {
            lines.append(say(.statement(places: spec.placeDescription(language))))
            if !spec.properties.isEmpty {
                lines.append(say(.properties) + ": " + spec.properties.map { "`\($0.keyword.danish)`\($0.isRequired ? " (\(say(.required)))" : "")" }.joined(separator: ", "))
            }
        } else if keyword.role == .property {
            let owners = Schema.statements.filter { $0.hasProperty(keyword) }.map { "`\($0.keyword.danish)`" }
            lines.append(say(.propertyOf(owners.joined(separator: ", "))))
        } else {
            lines.append(say(.valueWord))
        }
        return lines.joined(separator: "\n\n")
    }

    func describe(_ ref: EntityRef, _ analysis: Analysis) -> String {
        let plan = analysis.plan
        let (id, title, nameSpan) = plan.entity(ref)
        func say(_ words: HoverSays) -> String { words.text(language) }
        var lines = ["**\(ref.kind.danish)** `\(id)`" + (title.isEmpty ? "" : " — \(title)")]
        func ids(_ list: ReferenceList) -> String { list.map { "`\(plan.entity(EntityRef(kind: $0.kind, index: $0.index)).id)`" }.joined(separator: ", ") }
        switch ref.kind {
        case .maal:
            let goal = plan.goals[ref.index]
            lines.append("\(say(.owner)): \(plan.unitLabel(goal.owner))")
            if !goal.follows.isEmpty { lines.append("\(say(.follows)): \(ids(goal.follows))") }
            let below = goal.followedBy.map { "`\(plan.goals[$0].id)`" } + goal.courses.map { "`\(plan.courses[$0].id)`" }
            if !below.isEmpty { lines.append(say(.followedBy) + ": " + below.joined(separator: ", ")) }
            if let deadline = goal.deadline { lines.append("\(say(.deadline)): \(deadline)") }
        case .uddannelse:
            let course = plan.courses[ref.index]
            lines.append("\(say(.owner)): \(plan.unitLabel(course.unit))")
            if !course.follows.isEmpty { lines.append("\(say(.follows)): \(ids(course.follows))") }
            lines.append("\(say(.participants)): \(course.participants.count)")
        case .medarbejder:
            let employee = plan.employees[ref.index]
            lines.append("\(say(.unit)): \(plan.unitLabel(employee.unit))")
            if let day = employee.conversation { lines.append("\(say(.conversation)): \(day)") }
            if !employee.development.isEmpty { lines.append("\(say(.development)): \(ids(employee.development))") }
        case .opgave:
            lines.append("\(say(.unit)): \(plan.unitLabel(plan.tasks[ref.index].unit))")
        case .kompetence, .koncept:
            break
        default:
            let unit = plan.units[ref.index]
            if let parent = unit.parent { lines.append("\(say(.under)): \(plan.unitLabel(parent))") }
            if let leader = unit.leader ?? unit.chef { lines.append("\(say(.leader)): \(leader)") }
            let dates = unit.events.compactMap { index in plan.events[index].date.map { "\(plan.events[index].kind.keyword.danish) \($0)" } }
            if !dates.isEmpty { lines.append("\(say(.events)): " + dates.prefix(8).joined(separator: ", ")) }
        }
        let about = analysis.report.diagnostics.filter { $0.primary.span == nameSpan }
        for finding in about.prefix(5) { lines.append("⚠ \(finding.rule.code): \(PersonalID.mask(finding.message.text(language)))") }
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

/// The words of a hover.
enum HoverSays: Message {
    case help, fix, properties, required, valueWord
    case keyword(spellings: String, danish: String, ascii: String, english: String)
    case statement(places: String)
    case propertyOf(String)
    case owner, follows, followedBy, deadline, participants, unit, conversation, development, under, leader, events

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .help: "help"
            case .fix: "fix"
            case .properties: "Properties"
            case .required: "required"
            case .valueWord: "A value word."
            case let .keyword(spellings, danish, ascii, english): "keyword (\(spellings); Danish, ASCII, English: `\(danish)`, `\(ascii)`, `\(english)`)"
            case let .statement(places): "A statement; it stands \(places)."
            case let .propertyOf(owners): "A property of \(owners)."
            case .owner: "owner"
            case .follows: "follows"
            case .followedBy: "followed by"
            case .deadline: "deadline"
            case .participants: "participants"
            case .unit: "unit"
            case .conversation: "conversation"
            case .development: "development"
            case .under: "under"
            case .leader: "leader"
            case .events: "events"
            }
        case .danish:
            switch self {
            case .help: "forslag"
            case .fix: "rettelse"
            case .properties: "Egenskaber"
            case .required: "skal angives"
            case .valueWord: "Et værdiord."
            case let .keyword(spellings, danish, ascii, english): "nøgleord (\(spellings); dansk, ASCII, engelsk: `\(danish)`, `\(ascii)`, `\(english)`)"
            case let .statement(places): "En sætning; den står \(places)."
            case let .propertyOf(owners): "En egenskab ved \(owners)."
            case .owner: "ejer"
            case .follows: "følger"
            case .followedBy: "fulgt af"
            case .deadline: "frist"
            case .participants: "deltagere"
            case .unit: "enhed"
            case .conversation: "samtale"
            case .development: "udvikling"
            case .under: "under"
            case .leader: "leder"
            case .events: "begivenheder"
            }
        }
    }
}
