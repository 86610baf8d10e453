// K107 goal-cycle.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum GoalCycle: CascadeRule {
    static let description = RuleDescription(107, "goal-cycle", .error,
             "Goals that follow each other in a cycle; the finding lists the cycle.",
             danishSummary: "Mål, der følger hinanden i ring; fundet viser ringen.",
             notes: "One finding per cycle, at the goal of the cycle that comes first in the plan. The goals on a cycle are not judged by the alignment rules (K204, K302, K401): where they lead cannot be told.",
             danishNotes: "Ét fund pr. ring, ved det mål i ringen, der kommer først i planen. Målene i en ring bedømmes ikke af sammenhængsreglerne (K204, K302, K401): hvor de fører hen, kan ikke afgøres.",
             triggering: ["direktion DIR \"Direktionen\" {\n  mål ↓D1 \"Et\" følger D2\n  mål D2 \"To\" følger D1\n}\n"],
             nonTriggering: ["byråd BY \"B\" {\n  mål BY1 \"Et\"\n}\ndirektion DIR \"Direktionen\" {\n  mål D1 \"Et\" følger BY1\n  mål D2 \"To\" følger D1\n}\n"])

    /// K107: one finding per strongly connected group of goals (Tarjan, iterative), at the
    /// group's first goal in the plan, listing a cycle through it.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for component in GoalGraph(plan: plan).cycles() {
            let first = component.min { plan.goals[$0].nameSpan < plan.goals[$1].nameSpan }!
            let cycle = GoalGraph(plan: plan).cycle(through: first, within: Set(component))
            context.report(description, Says.cycle(goals: (cycle + [first]).map { plan.goals[$0].id }),
                           at: plan.goals[first].nameSpan, label: Says.partOfCycle,
                           secondary: cycle.dropFirst().map { context.label(plan.goals[$0].nameSpan, Says.inTheCycle) },
                           help: Says.followAbove)
        }
    }

    /// What K107 says.
    enum Says: Message {
        /// `goals` is the cycle, its first goal repeated at the end.
        case cycle(goals: [String])
        case partOfCycle
        case inTheCycle
        case followAbove

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .cycle(goals): "målene følger hinanden i ring: \(goals.joined(separator: " → "))"
                case .partOfCycle: "del af en ring"
                case .inTheCycle: "i ringen"
                case .followAbove: "et af disse mål skal i stedet følge et mål over sig"
                }
            case .english:
                return switch self {
                case let .cycle(goals): "goals follow each other in a cycle: \(goals.joined(separator: " → "))"
                case .partOfCycle: "part of a cycle"
                case .inTheCycle: "in the cycle"
                case .followAbove: "one of these goals must follow a goal above it instead"
                }
            }
        }
    }
}
