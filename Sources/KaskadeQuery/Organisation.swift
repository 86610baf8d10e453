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

    public func text(width: Int, language: Language) -> String {
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

    public func text(width: Int, language: Language) -> String {
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
        let roots = try id.map { [try index.unit($0, for: .tree)] } ?? index.topUnits
        let depth = deepestLevel(from: roots, plan)
        func node(_ unit: Int, _ level: Int) -> TreeNode {
            let item = plan.units[unit]
            var notes: [String] = []
            if let chef = item.chef { notes.append(index.say(.chef(chef))) }
            if let leader = item.leader { notes.append(index.say(.leader(leader))) }
            // Counted against the declared staff where given: "3 af 86", never "3" alone.
            if let staff = item.staffCount, item.employees.count < staff {
                notes.append(index.say(.employeesOfStaff(item.employees.count, staff: staff)))
            } else if !item.employees.isEmpty {
                notes.append(index.say(.employeeCount(item.employees.count)))
            }
            var children: [TreeNode] = []
            if level < depth {
                children = item.children.map { node($0, level + 1) }
            } else if !item.children.isEmpty {
                let below = index.subtreeEnd[unit] - index.unitPosition[unit] - 1
                notes.append(index.say(.unitsBelow(below, id: item.id)))
            }
            return index.node(index.unitRef(unit), note: notes.isEmpty ? nil : notes.joined(separator: ", "), children: children)
        }
        let shown = roots.map { node($0, 0) }
        let total = roots.reduce(0) { $0 + index.subtreeEnd[$1] - index.unitPosition[$1] }
        let count = shown.reduce(0) { $0 + size($1) }
        let title = id == nil ? [plan.title, plan.year.map(String.init)].compactMap { $0 }.joined(separator: " ") : nil
        return TreeAnswer(command: "tree", title: title?.isEmpty == false ? title : nil, roots: shown,
                          summary: count < total ? index.say(.unitsShown(count, of: total)) : nil)
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
        func add(_ field: QuerySays.Field, _ value: String?) {
            if let value, !value.isEmpty { fields.append(Field(name: index.say(.field(field)), value: value)) }
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
            add(.owner, plan.unitLabel(goal.owner))
            add(.level, index.say(.level(plan.level(of: ref.index))))
            add(.follows, ids(goal.follows, .maal))
            add(.followedBy, some(goal.followedBy.map { plan.goals[$0].id }))
            add(.courses, some(goal.courses.map { plan.courses[$0].id }))
            add(.deadline, goal.deadline.map { "\($0)" })
            let mentioned = plan.events.filter { $0.about.contains { $0.kind == .maal && $0.index == ref.index } }
            add(.mentionedIn, some(mentioned.map { "\(index.say(.dated(DatedKind($0.kind)))) \($0.date.map { "\($0)" } ?? "?") \(index.language == .danish ? "i" : "in") \(plan.units[$0.owner].id)" }, limit: 6))
        case .uddannelse:
            let course = plan.courses[ref.index]
            add(.unit, plan.unitLabel(course.unit))
            add(.follows, ids(course.follows, .maal))
            add(.priority, course.priority.map(String.init))
            add(.seats, course.seats.map(String.init))
            add(.provides, ids(course.provides, .kompetence))
            add(.participants, course.participants.isEmpty ? index.say(.noneYet) : some(course.participants.map { plan.employees[$0].id }))
        case .medarbejder:
            let employee = plan.employees[ref.index]
            add(.unit, plan.unitLabel(employee.unit))
            add(.conversation, employee.conversation.map { "\($0) \(index.say(.status(employee.status)))" } ?? index.say(.none))
            add(.development, employee.development.isEmpty ? index.say(.none) : ids(employee.development, .uddannelse))
            add(.competences, ids(employee.competences, .kompetence))
        case .opgave:
            add(.unit, plan.unitLabel(plan.tasks[ref.index].unit))
            add(.requires, ids(plan.tasks[ref.index].requires, .kompetence))
        case .kompetence:
            add(.providedBy, some(plan.courses.filter { $0.provides.contains(target: ref.index) }.map(\.id)))
            add(.requiredBy, some(plan.tasks.filter { $0.requires.contains(target: ref.index) }.map(\.id)))
        case .koncept:
            add(.preparation, plan.concepts[ref.index].preparation)
            add(.description, plan.concepts[ref.index].description)
        default:
            fields = unitFields(index, ref.index)
        }
        add(.location, index.location(nameSpan))
        return ShowAnswer(kind: ref.kind.danish, id: name, title: title, fields: fields)
    }

    static func unitFields(_ index: QueryIndex, _ unit: Int) -> [Field] {
        let plan = index.plan
        let item = plan.units[unit]
        var fields: [Field] = []
        func add(_ field: QuerySays.Field, _ value: String?) {
            if let value, !value.isEmpty { fields.append(Field(name: index.say(.field(field)), value: value)) }
        }
        /// An event's line, named by the plan's keyword for it (`opfølgning`).
        func addNamed(_ name: String, _ value: String) { fields.append(Field(name: name, value: value)) }
        func list(_ ids: [String], limit: Int = 12) -> String {
            ids.count <= limit ? ids.joined(separator: ", ") : "\(ids.count): " + ids.prefix(limit).joined(separator: ", ") + ", …"
        }
        add(.above, item.parent.map { plan.unitLabel($0) })
        add(.chef, item.chef)
        add(.leader, item.leader)
        add(.under, item.under.map { plan.units[$0.index].id }.joined(separator: ", "))
        add(.committees, item.committees.map { plan.units[$0.index].id }.joined(separator: ", "))
        add(.goals, list(item.goals.map { plan.goals[$0].id }))
        add(.units, list(item.children.map { plan.units[$0].id }))
        add(.courses, list(item.courses.map { plan.courses[$0].id }))
        add(.tasks, list(item.tasks.map { plan.tasks[$0].id }))
        if !item.employees.isEmpty || item.staffCount != nil {
            let shown = item.employees.prefix(8).map { plan.employees[$0].id }
            add(.employees, index.say(.inPlan(item.employees.count, staff: item.staffCount))
                + (shown.isEmpty ? "" : ": " + shown.joined(separator: ", ") + (item.employees.count > shown.count ? ", …" : "")))
        }
        let steps = CascadeSteps(plan)
        add(.steps, stepsText(of: unit, steps, index))
        let events = item.events.sorted { (plan.events[$0].date?.number ?? .max, $0) < (plan.events[$1].date?.number ?? .max, $1) }
        for event in events {
            let value = plan.events[event]
            let detail = plan.detail(of: value)
            let step = steps.stepNumber(ofEvent: event).map { " (\(index.say(.step($0))))" } ?? ""
            addNamed(index.say(.dated(DatedKind(value.kind))), "\(value.date.map { "\($0)" } ?? "?") \(index.say(.status(value.status)))\(step)" + (detail.isEmpty ? "" : " \(detail)"))
        }
        if let kompus = plan.effectiveKompus(of: unit) {
            let value = plan.kompuses[kompus]
            var text = "\(value.concept.first.map { plan.concepts[$0.index].id } ?? "?")"
            text += " \(index.say(.dated(.briefing))) \(value.briefing.map { "\($0)" } ?? "?")"
            text += " \(index.say(.dated(.conversations))) \(value.period.map { "\($0.lowerBound)..\($0.upperBound)" } ?? "?")"
            if value.unit != unit { text += " (\(index.say(.fromUnit(plan.units[value.unit].id))))" }
            add(.kompus, text)
        }
        add(.exceptions, item.exceptions.map { plan.exceptions[$0].rule.code }.joined(separator: ", "))
        let findings = index.findings(in: unit)
        add(.findings, findings.isEmpty ? index.say(.none) : index.say(.findingsOfUnit(findings.count, id: item.id)))
        return fields
    }

    /// The unit's steps of the cascade as `CascadeSteps` defines them: for an område its step
    /// 1, for a local unit steps 1–3 and its briefing; "mangler" for a step that does not exist.
    static func stepsText(of unit: Int, _ steps: CascadeSteps, _ index: QueryIndex) -> String {
        let plan = steps.plan
        let missing = index.say(.missing)
        func date(_ step: CascadeSteps.Step?) -> String { step.map { $0.date.map { "\($0)" } ?? index.say(.undated) } ?? missing }
        switch plan.units[unit].kind {
        case .area:
            return "1 \(date(steps.stepOne(area: unit)))"
        case .institution, .department:
            let area = plan.area(of: unit)
            return "1 \(date(area.flatMap { steps.stepOne(area: $0) })), 2 \(date(steps.stepTwo(unit: unit))), "
                + "3 \(date(steps.stepThree(unit: unit))), \(index.say(.dated(.briefing))) \(steps.briefing(unit: unit).map { "\($0.date)" } ?? missing)"
        default:
            return ""
        }
    }
}
