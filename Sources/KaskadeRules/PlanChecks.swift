// K107–K111: checks of the whole plan that need it resolved (cycles, dates, CPR numbers,
// expired exceptions). They cannot be turned off.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Rules {
    static let planChecks: [CascadeRule] = [
        CascadeRule(id: .goalCycle, check: checkGoalCycles),
        CascadeRule(id: .outsidePlanYear, check: checkPlanYear),
        CascadeRule(id: .personalIDNumber, check: checkPersonalIDs),
        CascadeRule(id: .exceptionExpired, check: checkExpiredExceptions),
    ]

    /// K107: one finding per strongly connected group of goals (Tarjan, iterative), at the
    /// group's first goal in the plan, listing a cycle through it.
    static func checkGoalCycles(_ context: inout RuleContext) {
        let plan = context.plan
        for component in GoalGraph(plan: plan).cycles() {
            let first = component.min { plan.goals[$0].nameSpan < plan.goals[$1].nameSpan }!
            let cycle = GoalGraph(plan: plan).cycle(through: first, within: Set(component))
            let names = (cycle + [first]).map { plan.goals[$0].id }.joined(separator: " → ")
            context.report(.goalCycle, "goals follow each other in a cycle: \(names)",
                           at: plan.goals[first].nameSpan, label: "part of a cycle",
                           secondary: cycle.dropFirst().map { Label(plan.goals[$0].nameSpan, "in the cycle") },
                           help: "one of these goals must follow a goal above it instead")
        }
    }

    /// K108: dates outside the plan year. Steps 1–3 (discussions and proposals) may also fall
    /// in the year before. The conversation period is K407's; an employee's conversation is
    /// K501's wherever the unit has a conversation period.
    static func checkPlanYear(_ context: inout RuleContext) {
        guard let year = context.plan.year else { return }
        let plan = context.plan
        func check(_ day: Day?, _ span: Span?, _ what: String, earlier: Bool = false) {
            guard let day, let span else { return }
            let ok = day.year == year || (earlier && day.year == year - 1)
            guard !ok else { return }
            context.report(.outsidePlanYear, "\(what) \(day) is outside the plan year \(year)\(earlier ? " (or the year before)" : "")",
                           at: span, label: "not in \(year)",
                           help: "plan it in \(year), or check the `år` of the plan")
        }
        for event in plan.events {
            let step = event.kind == .discussion || event.kind == .proposal
            check(event.date, event.dateSpan, "the \(event.kind.keyword.danish) on", earlier: step)
        }
        for goal in plan.goals { check(goal.deadline, goal.deadlineSpan, "the deadline") }
        for kompus in plan.kompuses { check(kompus.briefing, kompus.briefingSpan, "the briefing on") }
        for employee in plan.employees {
            if let kompus = plan.effectiveKompus(of: employee.unit), plan.kompuses[kompus].period != nil { continue }
            check(employee.conversation, employee.conversationSpan, "the conversation on")
        }
    }

    /// K110: CPR-shaped numbers anywhere in the source, comments included; masked in the message.
    static func checkPersonalIDs(_ context: inout RuleContext) {
        for (index, file) in context.plan.sources.files.enumerated() {
            let found = file.bytes.withUnsafeBufferPointer { PersonalID.find(in: $0) }
            for range in found {
                let masked = PersonalID.mask(file.text(range))
                context.report(.personalIDNumber, "this looks like a CPR number (\(masked)); plans must not hold personal ID numbers",
                               at: Span(file: FileID(index), start: range.lowerBound, end: range.upperBound),
                               label: "CPR-shaped number",
                               help: "name the employee by a pseudonymous ID such as `M1042`, and remove the number from the history of the file too")
            }
        }
    }

    /// K111: an exception whose `til` date has passed no longer hides anything.
    static func checkExpiredExceptions(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for exception in plan.exceptions {
            guard let until = exception.until, let span = exception.untilSpan, until < asOf else { continue }
            context.report(.exceptionExpired, "the exception from \(exception.rule.code) in \(plan.unitLabel(exception.unit)) expired on \(until)",
                           at: span, label: "expired",
                           help: "remove the exception, or extend its `til` date if the reason still holds")
        }
    }
}

/// The `følger` graph between goals.
struct GoalGraph {
    let plan: Plan

    /// Groups of goals that reach each other (size > 1, or a goal that follows itself).
    func cycles() -> [[Int]] {
        let count = plan.goals.count
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        var result: [[Int]] = []
        for root in 0..<count where index[root] < 0 {
            // Each frame: the goal and how many of its edges have been explored.
            var frames: [(goal: Int, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let edges = plan.goals[frame.goal].follows.items
                if frame.edge < edges.count {
                    frames[frames.count - 1].edge += 1
                    let target = edges[frame.edge].index
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        low[frame.goal] = min(low[frame.goal], index[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.goal] = min(low[parent.goal], low[frame.goal]) }
                guard low[frame.goal] == index[frame.goal] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == frame.goal { break }
                }
                let selfLoop = plan.goals[frame.goal].follows.items.contains { $0.index == frame.goal }
                if component.count > 1 || selfLoop { result.append(component) }
            }
        }
        return result
    }

    /// A shortest cycle from `start` back to it, staying within the group (breadth-first).
    func cycle(through start: Int, within group: Set<Int>) -> [Int] {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let goal = queue[head]
            head += 1
            for target in plan.goals[goal].follows.items.map(\.index) where group.contains(target) {
                if target == start {
                    var path = [goal]
                    while let before = previous[path.last!] { path.append(before) }
                    return Array(path.reversed())
                }
                if previous[target] == nil, target != start {
                    previous[target] = goal
                    queue.append(target)
                }
            }
        }
        return [start]
    }
}
