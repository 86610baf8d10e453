// K201 annual-board-discussion.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AnnualBoardDiscussion: CascadeRule {
    static let description = RuleDescription(201, "annual-board-discussion", .error,
             "The direktion has no `drøftelse med chefgruppen` (or with named areas); a second one is a warning.",
             guideline: "Direktionen drøfter én gang om året politiske mål og retning med relevante chefer i Forvaltningen.",
             notes: "A cancelled (`aflyst`) discussion counts for nothing; one dated outside the plan year still counts (K108 reports the date). A plan without a direktion is reported at its `plan` statement. A second step-1 discussion is a warning when it includes an område that an earlier one already included; separate meetings with different named områder are one step 1 between them.",
             triggering: ["""
                direktion ↓DIR "Direktionen" {
                  mål D1 "Mål" følger BY1
                }
                """, """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                  ↓drøftelse 2026-12-01 med chefgruppen om BY1
                }
                """],
             nonTriggering: ["""
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                """, """
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med CSD om BY1
                  drøftelse 2026-11-27 med CSS om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU
                område CSS "Sundhed" chef "Bo" udvalg SVB
                """, """
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2025-11-20 med chefgruppen om BY1
                }
                """])

    /// K201: exactly one step-1 discussion (none is an error, a second one a warning).
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        let year = plan.year.map(String.init) ?? "the plan year"
        guard let board = plan.board else {
            if let header = plan.headerSpan {
                context.report(description, "the plan has no direktion, so no step-1 discussion with the heads of area",
                               at: header, label: "no direktion in this plan",
                               help: "add `direktion DIR \"Direktionen\" { drøftelse \(plan.year.map { "\($0 - 1)" } ?? "2026")-11-20 med chefgruppen om … }`")
            }
            return
        }
        let discussions = context.steps.boardDiscussions
        if discussions.isEmpty {
            context.report(description, "direktion \(plan.units[board].id) \"\(plan.units[board].title)\" has no discussion with the heads of area for \(year)",
                           at: plan.units[board].nameSpan, label: "no `drøftelse med chefgruppen`",
                           help: "add `drøftelse \(plan.year.map { "\($0 - 1)" } ?? "2026")-11-20 med chefgruppen om <political goals>` to direktion \(plan.units[board].id)",
                           subject: board)
        }
        let areas = plan.units(.area)
        for (position, extra) in discussions.enumerated().dropFirst() {
            let earlier = discussions[..<position]
            // A meeting with other named områder is part of the same step 1, not a second one.
            guard let first = earlier.first(where: { previous in
                areas.isEmpty ? true : areas.contains { context.steps.includes(previous, area: $0) && context.steps.includes(extra, area: $0) }
            }) else { continue }
            context.report(description, "direktion \(plan.units[board].id) has more than one step-1 discussion; the guideline asks for one a year",
                           at: plan.events[extra].keywordSpan, label: "a second step-1 discussion",
                           secondary: [Label(plan.events[first].keywordSpan, "the first")],
                           help: "keep one, or mark the other `status aflyst`", severity: .warning, subject: board)
        }
    }
}
