// K203 board-sets-goals.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum BoardSetsGoals: CascadeRule {
    static let description = RuleDescription(203, "board-sets-goals", .error,
             "The direktion sets no competence goal.",
             danishSummary: "Direktionen opsætter intet kompetencemål.",
             guideline: "Direktionen opsætter mål for kompetenceudviklingen det kommende år.",
             triggering: ["""
                direktion ↓DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                """],
             nonTriggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Politisk mål"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Kompetencemål" følger BY1
                }
                """])

    /// K203: the direktion sets competence goals for the coming year.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard let board = plan.board, plan.units[board].goals.isEmpty else { return }
        context.report(description, Says.noGoal(board: plan.units[board].id, title: plan.units[board].title),
                       at: plan.units[board].nameSpan, label: Says.noGoalLabel,
                       help: Says.addGoal(board: plan.units[board].id), subject: board)
    }

    /// What K203 says.
    enum Says: Message {
        case noGoal(board: String, title: String)
        case noGoalLabel
        case addGoal(board: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noGoal(board, title): "direktion \(board) \"\(title)\" opsætter intet kompetencemål"
                case .noGoalLabel: "intet `mål`"
                case let .addGoal(board): "tilføj `mål D1 \"…\" følger <politisk mål>` til direktion \(board)"
                }
            case .english:
                return switch self {
                case let .noGoal(board, title): "direktion \(board) \"\(title)\" sets no competence goal"
                case .noGoalLabel: "no `mål`"
                case let .addGoal(board): "add `mål D1 \"…\" følger <political goal>` to direktion \(board)"
                }
            }
        }
    }
}
