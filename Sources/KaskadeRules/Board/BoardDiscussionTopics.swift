// K202 board-discussion-topics.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum BoardDiscussionTopics: CascadeRule {
    static let description = RuleDescription(202, "board-discussion-topics", .error,
             "A step-1 discussion names no political goal in `om`.",
             danishSummary: "En drøftelse i trin 1 nævner intet politisk mål i `om`.",
             guideline: "Direktionens drøftelse med chefgruppen om byrådets mål.",
             triggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Politisk mål"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Mål" følger BY1
                  ↓drøftelse 2026-11-20 med chefgruppen om D1
                }
                """],
             nonTriggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Politisk mål"
                }
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                """])

    /// K202: a step-1 discussion must be about political goals.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for index in context.steps.boardDiscussions {
            let event = plan.events[index]
            guard event.about.isGiven, !event.about.hasUnresolved else { continue }
            if event.about.items.contains(where: { $0.kind == Keyword.maal && plan.isPolitical(goal: $0.index) }) { continue }
            let political = plan.goals.indices.filter { plan.isPolitical(goal: $0) }.prefix(2).map { plan.goals[$0].id }
            context.report(description, Says.namesNoPoliticalGoal(date: event.date),
                           at: event.keywordSpan, label: Says.noPoliticalGoal,
                           help: political.isEmpty ? Says.nameTheGoals : Says.nameGoalsLike(political), subject: plan.board)
        }
    }

    /// What K202 says.
    enum Says: Message {
        case namesNoPoliticalGoal(date: Day?)
        case noPoliticalGoal
        case nameTheGoals
        case nameGoalsLike([String])

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .namesNoPoliticalGoal(date): "direktionens drøftelse \(date.map { "\($0)" } ?? "uden dato") nævner intet politisk mål i `om`"
                case .noPoliticalGoal: "intet mål fra byrådet eller et udvalg"
                case .nameTheGoals: "nævn byrådets eller udvalgenes mål i `om`"
                case let .nameGoalsLike(goals): "nævn de politiske mål, den drøfter, fx `om \(goals.joined(separator: ", "))`"
                }
            case .english:
                return switch self {
                case let .namesNoPoliticalGoal(date): "the direktion's discussion on \(date.map { "\($0)" } ?? "undated") names no political goal in `om`"
                case .noPoliticalGoal: "no goal of the council or a committee"
                case .nameTheGoals: "name the council's or the committees' goals in `om`"
                case let .nameGoalsLike(goals): "name the political goals it discusses, e.g. `om \(goals.joined(separator: ", "))`"
                }
            }
        }
    }
}
