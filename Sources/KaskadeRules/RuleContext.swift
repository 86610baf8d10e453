// What every cascade rule sees: the resolved plan, the check date, the plan's own rule
// parameters, and a sink for its findings.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public struct RuleContext: Sendable {
    public let plan: Plan
    /// `--as-of`: the day the time-dependent rules (K503, K111) compare against.
    public let asOf: Day?
    var sink = DiagnosticSink()

    /// Goals that lie on a `følger` cycle: K107 reports them, and the alignment rules (K204,
    /// K302, K401) say nothing about them, since where they lead cannot be told.
    let goalsInCycles: Set<Int>

    public init(plan: Plan, asOf: Day?) {
        self.plan = plan
        self.asOf = asOf
        self.goalsInCycles = Set(GoalGraph(plan: plan).cycles().joined())
    }

    mutating func report(_ rule: RuleID, _ message: String, at span: Span, label: String = "",
                         secondary: [Label] = [], help: String? = nil, severity: Severity? = nil) {
        sink.report(Diagnostic(rule, message, at: Label(span, label), secondary: secondary, help: help, severity: severity))
    }

    // MARK: - The steps of the cascade

    /// Step 1: the direktion's discussions with the heads of area (`med chefgruppen` or with
    /// named areas) that are not cancelled.
    var boardDiscussions: [Int] {
        guard let board = plan.board else { return [] }
        return plan.units[board].events.filter {
            let event = plan.events[$0]
            guard event.kind == .discussion, event.status.counts else { return false }
            switch event.audience {
            case .heads, .units: return true
            default: return false
            }
        }
    }

    /// The earliest dated step-1 discussion.
    var stepOne: (date: Day, event: Int)? {
        boardDiscussions.compactMap { index in plan.events[index].date.map { ($0, index) } }.min { $0.0 < $1.0 }
    }

    /// Step 2 for a unit: its area's discussions with the leaders, or with named units
    /// including this one.
    func areaDiscussions(of area: Int, reaching unit: Int? = nil) -> [Int] {
        plan.units[area].events.filter {
            let event = plan.events[$0]
            guard event.kind == .discussion, event.status.counts else { return false }
            switch event.audience {
            case .leaders: return true
            case .units: return unit.map { u in event.with.items.contains { $0.index == u } } ?? true
            default: return false
            }
        }
    }

    func counting(_ kind: EventKind, of unit: Int) -> [Int] {
        plan.units[unit].events.filter { plan.events[$0].kind == kind && plan.events[$0].status.counts }
    }

    func earliest(_ events: [Int]) -> (date: Day, event: Int)? {
        events.compactMap { index in plan.events[index].date.map { ($0, index) } }.min { $0.0 < $1.0 }
    }

    /// Local units: institutions and departments.
    var localUnits: [Int] { plan.units.indices.filter { plan.units[$0].kind.isLocal } }

    func dateText(_ event: Int) -> String { plan.events[event].date.map { "\($0)" } ?? "undated" }

    /// A rule parameter set with `regel RULE varsel …`.
    func notice(for rule: RuleID) -> Int? {
        plan.settings.last { $0.rule == rule && $0.notice != nil }?.notice
    }

    var year: Int? { plan.year }

    func inPlanYear(_ day: Day) -> Bool {
        guard let year else { return true }
        return day.year == year
    }
}

/// A cascade rule: its catalogue entry says what it is; `check` finds its violations.
public struct CascadeRule: Sendable {
    public let id: RuleID
    let check: @Sendable (inout RuleContext) -> Void
}

public enum Rules {
    /// Every check over the resolved plan, in identifier order.
    public static let all: [CascadeRule] = planChecks + boardChecks + areaChecks + unitChecks + employeeChecks + competenceChecks

    /// Runs every rule; linear in the size of the plan. With `cascade: false` (the plan has
    /// syntax errors) only the checks of the plan as text run (K107–K111).
    /// The rules read the plan and nothing else, so they run side by side, each with its own
    /// sink; their findings are joined in rule order.
    public static func check(_ plan: Plan, asOf: Day?, cascade: Bool = true) -> [Diagnostic] {
        let shared = RuleContext(plan: plan, asOf: asOf)
        let rules = cascade ? all : planChecks
        return Parallel.map(rules.count) { index in
            var context = shared
            rules[index].check(&context)
            return context.sink.diagnostics
        }.flatMap { $0 }
    }
}
