// K204 board-goal-follows-politics.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum BoardGoalFollowsPolitics: CascadeRule {
    static let description = RuleDescription(204, "board-goal-follows-politics", .error,
             "A direktion goal does not follow a political goal (one of the council or a committee).",
             danishSummary: "Et af direktionens mål følger ikke et politisk mål (fra byrådet eller et udvalg).",
             guideline: "Direktionen opsætter mål for kompetenceudviklingen det kommende år.",
             notes: "Only the goals a direktion goal names in `følger` count, not what they follow in turn. A direktion goal without `følger` is reported here.",
             danishNotes: "Kun de mål, som direktionens mål nævner i `følger`, tæller, ikke det, de selv følger. Et af direktionens mål uden `følger` meldes her.",
             triggering: ["""
                direktion DIR "Direktionen" {
                  mål ↓D1 "Kompetencemål"
                  mål ↓D2 "Følger kun et andet direktionsmål" følger D1
                }
                """],
             nonTriggering: ["""
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Alle børn trives"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Kompetencemål" følger BSU1
                }
                """])

    /// K204: each direktion goal names a political goal in `følger`.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard let board = plan.board else { return }
        for goal in plan.units[board].goals where !context.goalsInCycles.contains(goal) {
            let follows = plan.goals[goal].follows
            guard !follows.hasUnresolved else { continue }
            if follows.items.contains(where: { plan.isPolitical(goal: $0.index) }) { continue }
            let label = plan.label(EntityRef(kind: .maal, index: goal))
            context.report(description, follows.isGiven ? Says.followsNoPoliticalGoal(goal: label) : Says.followsNothing(goal: label),
                           at: plan.goals[goal].nameSpan, label: Says.notTied,
                           help: Says.followPoliticalGoal, subject: board)
        }
    }

    /// What K204 says.
    enum Says: Message {
        case followsNoPoliticalGoal(goal: String)
        case followsNothing(goal: String)
        case notTied
        case followPoliticalGoal

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .followsNoPoliticalGoal(goal): "direktionens mål \(goal) følger intet mål fra byrådet eller et udvalg"
                case let .followsNothing(goal): "direktionens mål \(goal) angiver ikke, hvad det `følger`"
                case .notTied: "ikke knyttet til et politisk mål"
                case .followPoliticalGoal: "lad det følge det politiske mål, det tjener: `følger <mål fra byrådet eller et udvalg>`"
                }
            case .english:
                return switch self {
                case let .followsNoPoliticalGoal(goal): "direktion goal \(goal) follows no goal of the council or a committee"
                case let .followsNothing(goal): "direktion goal \(goal) names nothing it `følger`"
                case .notTied: "not tied to a political goal"
                case .followPoliticalGoal: "let it follow the political goal it serves: `følger <goal of the council or a committee>`"
                }
            }
        }
    }
}
