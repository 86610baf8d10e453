// K202 board-discussion-topics.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum BoardDiscussionTopics: CascadeRule {
    static let description = RuleDescription(202, "board-discussion-topics", .error,
             "A step-1 discussion names no political goal in `om`.",
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
            context.report(description, "the direktion's discussion on \(context.dateText(index)) names no political goal in `om`",
                           at: event.keywordSpan, label: "no goal of the council or a committee",
                           help: political.isEmpty ? "name the council's or the committees' goals in `om`" : "name the political goals it discusses, e.g. `om \(political.joined(separator: ", "))`", subject: plan.board)
        }
    }
}
