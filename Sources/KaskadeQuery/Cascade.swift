// `trace ID`: down the cascade from a goal; `why ID`: up from a goal, course or employee to
// the political goals it serves.

import KaskadeModel
import KaskadeSyntax

extension Queries {
    // MARK: - trace

    /// Every goal and course that follows a goal (or a unit's goals, or one course), as a
    /// tree, with the employees whose development item each course is. A goal reached twice
    /// is drawn once; a tree beyond `AnswerLimit.treeNodes` nodes is cut, and the summary
    /// still counts everything.
    public static func trace(_ index: QueryIndex, _ id: String) throws -> TreeAnswer {
        let plan = index.plan
        let ref = try index.entity(id)
        let roots: [Int]
        switch ref.kind {
        case .maal: roots = [ref.index]
        case .uddannelse:
            return TreeAnswer(command: "trace", roots: [courseNode(index, ref.index)],
                              summary: index.say(.employeeDevelopmentItems(plan.courses[ref.index].participants.count)))
        case _ where ref.kind.isUnit: roots = plan.units[ref.index].goals
        default:
            throw QueryError(.traceFrom(id: id, kind: ref.kind), index)
        }
        var budget = AnswerLimit.treeNodes, cut = false
        var drawn = Set<Int>()
        func goalNode(_ goal: Int) -> TreeNode {
            budget -= 1
            guard drawn.insert(goal).inserted else { return index.node(Queries.goalRef(goal), note: index.say(.seeAbove)) }
            var children: [TreeNode] = []
            for next in plan.goals[goal].followedBy {
                guard budget > 0 else { cut = true; break }
                children.append(goalNode(next))
            }
            for course in plan.goals[goal].courses {
                guard budget > 0 else { cut = true; break }
                budget -= 1
                children.append(courseNode(index, course))
            }
            return index.node(Queries.goalRef(goal), note: plan.unitLabel(plan.goals[goal].owner), children: children)
        }
        let tree = roots.map(goalNode)
        let (goals, courses) = reach(from: roots, plan)
        let items = courses.reduce(0) { $0 + plan.courses[$1].participants.count }
        let summary = index.say(.traceSummary(goals: goals, courses: courses.count, items: items, cut: cut))
        return TreeAnswer(command: "trace", roots: tree, summary: summary)
    }

    static func goalRef(_ goal: Int) -> EntityRef { EntityRef(kind: .maal, index: goal) }

    /// How many goals, and which courses, lie below `roots`.
    static func reach(from roots: [Int], _ plan: Plan) -> (goals: Int, courses: [Int]) {
        var seen = Set<Int>(), stack = roots, courses: [Int] = []
        while let goal = stack.popLast() {
            guard seen.insert(goal).inserted else { continue }
            courses += plan.goals[goal].courses
            stack += plan.goals[goal].followedBy
        }
        return (seen.count, courses)
    }

    static func courseNode(_ index: QueryIndex, _ course: Int) -> TreeNode {
        let plan = index.plan
        let participants = plan.courses[course].participants
        let shown = participants.prefix(8).map { plan.employees[$0].id }
        let who = participants.isEmpty ? index.say(.noEmployeeYet)
            : index.say(.employees(participants.count, shown: shown.joined(separator: ", "), more: participants.count - shown.count))
        return index.node(EntityRef(kind: .uddannelse, index: course), note: "\(plan.units[plan.courses[course].unit].id); \(who)")
    }

    // MARK: - why

    /// Upwards: from a goal through what it follows to the council; from a course through
    /// the goals it follows; from an employee through their development items; from a unit
    /// through its goals.
    public static func why(_ index: QueryIndex, _ id: String) throws -> TreeAnswer {
        let plan = index.plan
        let ref = try index.entity(id)
        var political = Set<String>()
        func up(_ goal: Int, _ path: Set<Int>) -> TreeNode {
            guard !path.contains(goal) else { return index.node(goalRef(goal), note: index.say(.aCycle)) }
            let parents = plan.goals[goal].follows.map { up($0.index, path.union([goal])) }
            if parents.isEmpty && plan.isPolitical(goal: goal) { political.insert(plan.goals[goal].id) }
            let level = index.say(.level(plan.level(of: goal)))
            let note = parents.isEmpty && !plan.isPolitical(goal: goal) ? "\(level); \(index.say(.followsNoGoal))" : level
            return index.node(goalRef(goal), note: note, children: parents)
        }
        func courseUp(_ course: Int) -> TreeNode {
            let follows = plan.courses[course].follows
            return index.node(EntityRef(kind: .uddannelse, index: course),
                              note: plan.units[plan.courses[course].unit].id + (follows.isEmpty ? "; " + index.say(.followsNoGoal) : ""),
                              children: follows.map { up($0.index, []) })
        }
        let root: TreeNode
        switch ref.kind {
        case .maal: root = up(ref.index, [])
        case .uddannelse: root = courseUp(ref.index)
        case .medarbejder:
            let employee = plan.employees[ref.index]
            let note = plan.units[employee.unit].id + (employee.development.isEmpty ? "; " + index.say(.noDevelopmentItem) : "")
            root = index.node(ref, note: note, children: employee.development.map { courseUp($0.index) })
        case _ where ref.kind.isUnit:
            root = index.node(ref, note: plan.units[ref.index].goals.isEmpty ? index.say(.noGoalsOfItsOwn) : nil,
                              children: plan.units[ref.index].goals.map { up($0, []) })
        default:
            throw QueryError(.whyFrom(id: id, kind: ref.kind), index)
        }
        let summary = index.say(political.isEmpty ? .leadsToNoPoliticalGoal : .serves(political.sorted().joined(separator: ", ")))
        return TreeAnswer(command: "why", roots: [root], summary: summary)
    }
}
