// `tree [ID]`: the organisation; `show ID`: one statement with everything resolved about it.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

/// An answer drawn as trees: `tree`, `trace` and `why`.
public struct TreeAnswer: Answer {
    public var command: String
    public var title: String?
    public var roots: [TreeNode]
    public var summary: String?

    public func text(width: Int) -> String {
        ((title.map { [Layout.cut($0, width)] } ?? []) + Layout.tree(roots, width: width) + (summary.map { [$0] } ?? []))
            .joined(separator: "\n")
    }
}

public struct Field: Encodable, Sendable, Equatable {
    public var name: String
    public var value: String
}

/// `show ID`.
public struct ShowAnswer: Answer {
    public var command = "show"
    public var kind: String
    public var id: String
    public var title: String
    public var fields: [Field]

    public func text(width: Int) -> String {
        let head = Layout.cut(title.isEmpty ? "\(kind) \(id)" : "\(kind) \(id) \"\(title)\"", width)
        let nameWidth = fields.map(\.name.count).max() ?? 0
        let valueWidth = width < Int.max / 2 ? max(20, width - nameWidth - 4) : Int.max
        let lines = fields.map { field in
            "  " + field.name + String(repeating: " ", count: nameWidth - field.name.count) + "  " + Layout.cut(field.value, valueWidth)
        }
        return ([head] + lines).joined(separator: "\n")
    }
}

extension Queries {
    // MARK: - tree

    /// Council, committees, board and areas with their units. On a large plan the tree stops
    /// at the deepest level that fits in `AnswerLimit.treeNodes` and says how many units
    /// lie below each cut; `tree ID` opens one.
    public static func tree(_ index: QueryIndex, _ id: String?) throws -> TreeAnswer {
        let plan = index.plan
        let roots = try id.map { [try index.unit($0, for: "tree")] } ?? index.topUnits
        let depth = deepestLevel(from: roots, plan)
        func node(_ unit: Int, _ level: Int) -> TreeNode {
            let item = plan.units[unit]
            var notes: [String] = []
            if let chef = item.chef { notes.append("chef \(chef)") }
            if let leader = item.leader { notes.append("leder \(leader)") }
            // Counted against the declared staff where given: "3 af 86", never "3" alone.
            if let staff = item.staffCount, item.employees.count < staff {
                notes.append("\(item.employees.count) af \(staff) medarbejdere")
            } else if !item.employees.isEmpty {
                notes.append(Layout.plural(item.employees.count, "medarbejder", "medarbejdere"))
            }
            var children: [TreeNode] = []
            if level < depth {
                children = item.children.map { node($0, level + 1) }
            } else if !item.children.isEmpty {
                let below = index.subtreeEnd[unit] - index.unitPosition[unit] - 1
                notes.append("\(Layout.plural(below, "enhed", "enheder")) under; tree \(item.id)")
            }
            return index.node(index.unitRef(unit), note: notes.isEmpty ? nil : notes.joined(separator: ", "), children: children)
        }
        let shown = roots.map { node($0, 0) }
        let total = roots.reduce(0) { $0 + index.subtreeEnd[$1] - index.unitPosition[$1] }
        let count = shown.reduce(0) { $0 + size($1) }
        let title = id == nil ? [plan.title, plan.year.map(String.init)].compactMap { $0 }.joined(separator: " ") : nil
        return TreeAnswer(command: "tree", title: title?.isEmpty == false ? title : nil, roots: shown,
                          summary: count < total ? "\(count) of \(total) units shown; `tree ID` shows the units below one" : nil)
    }

    /// The deepest level below `roots` at which the tree still has at most the limit's nodes.
    static func deepestLevel(from roots: [Int], _ plan: Plan) -> Int {
        var level = roots, depth = 0, count = roots.count
        while true {
            let next = level.flatMap { plan.units[$0].children }
            if next.isEmpty || count + next.count > AnswerLimit.treeNodes { return depth }
            count += next.count
            level = next
            depth += 1
        }
    }

    static func size(_ node: TreeNode) -> Int { 1 + node.children.reduce(0) { $0 + size($1) } }

    // MARK: - show

    public static func show(_ index: QueryIndex, _ id: String) throws -> ShowAnswer {
        let plan = index.plan
        let ref = try index.entity(id)
        let (name, title, nameSpan) = plan.entity(ref)
        var fields: [Field] = []
        func add(_ field: String, _ value: String?) {
            if let value, !value.isEmpty { fields.append(Field(name: field, value: value)) }
        }
        func ids(_ list: ReferenceList, _ kind: Keyword) -> String {
            list.map { index.id(of: EntityRef(kind: kind, index: $0.index)) }.joined(separator: ", ")
        }
        func some(_ items: [String], limit: Int = 12) -> String {
            items.count <= limit ? items.joined(separator: ", ")
                : "\(items.count): " + items.prefix(limit).joined(separator: ", ") + ", …"
        }
        switch ref.kind {
        case .maal:
            let goal = plan.goals[ref.index]
            add("ejer", plan.unitLabel(goal.owner))
            add("niveau", levelName(plan.level(of: ref.index)))
            add("følger", ids(goal.follows, .maal))
            add("følges af", some(goal.followedBy.map { plan.goals[$0].id }))
            add("uddannelser", some(goal.courses.map { plan.courses[$0].id }))
            add("frist", goal.deadline.map { "\($0)" })
            let mentioned = plan.events.filter { $0.about.contains { $0.kind == .maal && $0.index == ref.index } }
            add("nævnt i", some(mentioned.map { "\($0.kind.keyword.danish) \($0.date.map { "\($0)" } ?? "?") i \(plan.units[$0.owner].id)" }, limit: 6))
        case .uddannelse:
            let course = plan.courses[ref.index]
            add("enhed", plan.unitLabel(course.unit))
            add("følger", ids(course.follows, .maal))
            add("prioritet", course.priority.map(String.init))
            add("pladser", course.seats.map(String.init))
            add("giver", ids(course.provides, .kompetence))
            add("deltagere", course.participants.isEmpty ? "ingen endnu" : some(course.participants.map { plan.employees[$0].id }))
        case .medarbejder:
            let employee = plan.employees[ref.index]
            add("enhed", plan.unitLabel(employee.unit))
            add("samtale", employee.conversation.map { "\($0) \(employee.status.word)" } ?? "ingen")
            add("udvikling", employee.development.isEmpty ? "ingen" : ids(employee.development, .uddannelse))
            add("kompetencer", ids(employee.competences, .kompetence))
        case .opgave:
            add("enhed", plan.unitLabel(plan.tasks[ref.index].unit))
            add("kræver", ids(plan.tasks[ref.index].requires, .kompetence))
        case .kompetence:
            add("gives af", some(plan.courses.filter { $0.provides.contains(target: ref.index) }.map(\.id)))
            add("kræves af", some(plan.tasks.filter { $0.requires.contains(target: ref.index) }.map(\.id)))
        case .koncept:
            add("forberedelse", plan.concepts[ref.index].preparation)
            add("beskrivelse", plan.concepts[ref.index].description)
        default:
            fields = unitFields(index, ref.index)
        }
        add("sted", index.location(nameSpan))
        return ShowAnswer(kind: ref.kind.danish, id: name, title: title, fields: fields)
    }

    static func unitFields(_ index: QueryIndex, _ unit: Int) -> [Field] {
        let plan = index.plan
        let item = plan.units[unit]
        var fields: [Field] = []
        func add(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { fields.append(Field(name: name, value: value)) }
        }
        func list(_ ids: [String], limit: Int = 12) -> String {
            ids.count <= limit ? ids.joined(separator: ", ") : "\(ids.count): " + ids.prefix(limit).joined(separator: ", ") + ", …"
        }
        add("over", item.parent.map { plan.unitLabel($0) })
        add("chef", item.chef)
        add("leder", item.leader)
        add("under", item.under.map { plan.units[$0.index].id }.joined(separator: ", "))
        add("udvalg", item.committees.map { plan.units[$0.index].id }.joined(separator: ", "))
        add("mål", list(item.goals.map { plan.goals[$0].id }))
        add("enheder", list(item.children.map { plan.units[$0].id }))
        add("uddannelser", list(item.courses.map { plan.courses[$0].id }))
        add("opgaver", list(item.tasks.map { plan.tasks[$0].id }))
        if !item.employees.isEmpty || item.staffCount != nil {
            let shown = item.employees.prefix(8).map { plan.employees[$0].id }
            add("medarbejdere", "\(item.employees.count) i planen" + (item.staffCount.map { ", \($0) i alt" } ?? "")
                + (shown.isEmpty ? "" : ": " + shown.joined(separator: ", ") + (item.employees.count > shown.count ? ", …" : "")))
        }
        let steps = CascadeSteps(plan)
        add("trin", stepsText(of: unit, steps))
        let events = item.events.sorted { (plan.events[$0].date?.number ?? .max, $0) < (plan.events[$1].date?.number ?? .max, $1) }
        for event in events {
            let value = plan.events[event]
            let detail = plan.detail(of: value)
            let step = steps.stepNumber(ofEvent: event).map { " (trin \($0))" } ?? ""
            add(value.kind.keyword.danish, "\(value.date.map { "\($0)" } ?? "?") \(value.status.word)\(step)" + (detail.isEmpty ? "" : " \(detail)"))
        }
        if let kompus = plan.effectiveKompus(of: unit) {
            let value = plan.kompuses[kompus]
            var text = "\(value.concept.first.map { plan.concepts[$0.index].id } ?? "?")"
            text += " orientering \(value.briefing.map { "\($0)" } ?? "?")"
            text += " samtaler \(value.period.map { "\($0.lowerBound)..\($0.upperBound)" } ?? "?")"
            if value.unit != unit { text += " (fra \(plan.units[value.unit].id))" }
            add("kompus", text)
        }
        add("undtagelser", item.exceptions.map { plan.exceptions[$0].rule.code }.joined(separator: ", "))
        let findings = index.findings(in: unit)
        add("fund", findings.isEmpty ? "ingen" : "\(findings.count); check \(item.id) viser dem")
        return fields
    }

    /// The unit's steps of the cascade as `CascadeSteps` defines them: for an område its step
    /// 1, for a local unit steps 1–3 and its briefing; "mangler" for a step that does not exist.
    static func stepsText(of unit: Int, _ steps: CascadeSteps) -> String {
        let plan = steps.plan
        func date(_ step: CascadeSteps.Step?) -> String { step.map { $0.date.map { "\($0)" } ?? "udateret" } ?? "mangler" }
        switch plan.units[unit].kind {
        case .area:
            return "1 \(date(steps.stepOne(area: unit)))"
        case .institution, .department:
            let area = plan.area(of: unit)
            return "1 \(date(area.flatMap { steps.stepOne(area: $0) })), 2 \(date(steps.stepTwo(unit: unit))), "
                + "3 \(date(steps.stepThree(unit: unit))), orientering \(steps.briefing(unit: unit).map { "\($0.date)" } ?? "mangler")"
        default:
            return ""
        }
    }

    static func levelName(_ kind: UnitKind) -> String {
        switch kind {
        case .council, .committee: "politisk mål"
        case .board: "direktionens kompetencemål"
        case .area: "områdemål"
        case .institution, .department: "lokalt mål"
        }
    }
}
