// K203 board-sets-goals.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum BoardSetsGoals: CascadeRule {
    static let description = RuleDescription(203, "board-sets-goals", .error,
             "The direktion sets no competence goal.",
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
        context.report(description, "direktion \(plan.units[board].id) \"\(plan.units[board].title)\" sets no competence goal",
                       at: plan.units[board].nameSpan, label: "no `mål`",
                       help: "add `mål D1 \"…\" følger <political goal>` to direktion \(plan.units[board].id)", subject: board)
    }
}
