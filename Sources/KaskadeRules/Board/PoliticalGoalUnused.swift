// K207 political-goal-unused.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum PoliticalGoalUnused: CascadeRule {
    static let description = RuleDescription(207, "political-goal-unused", .info,
             "A political goal that no goal anywhere follows.",
             danishSummary: "Et politisk mål, som intet mål nogen steder følger.",
             triggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Fulgt"
                  mål ↓BY2 "Ikke fulgt"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Mål" følger BY1
                }
                """],
             nonTriggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Fulgt"
                }
                udvalg BSU "Udvalg" under BY {
                  mål BSU1 "Mål" følger BY1
                }
                direktion DIR "Direktionen" {
                  mål D1 "Mål" følger BSU1
                }
                """])

    /// K207: a political goal nothing follows.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for goal in plan.goals.indices where plan.isPolitical(goal: goal) && plan.goals[goal].followedBy.isEmpty {
            context.report(description, Says.unused(goal: plan.label(EntityRef(kind: .maal, index: goal))),
                           at: plan.goals[goal].nameSpan, label: Says.followedByNothing,
                           help: Says.followOrRemove)
        }
    }

    /// What K207 says.
    enum Says: Message {
        case unused(goal: String)
        case followedByNothing
        case followOrRemove

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .unused(goal): "intet mål følger det politiske mål \(goal)"
                case .followedByNothing: "intet følger det"
                case .followOrRemove: "lad et af direktionens mål eller et områdemål følge det, eller fjern det fra planen"
                }
            case .english:
                return switch self {
                case let .unused(goal): "political goal \(goal) is followed by no goal"
                case .followedByNothing: "followed by nothing"
                case .followOrRemove: "let a direktion or area goal follow it, or remove it from the plan"
                }
            }
        }
    }
}
