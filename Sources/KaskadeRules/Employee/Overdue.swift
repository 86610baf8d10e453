// K503 overdue.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum Overdue: CascadeRule {
    static let description = RuleDescription(503, "overdue", .warning,
             "With `--as-of DATE`: a planned event dated before DATE (a discussion, follow-up, proposal, evaluation, briefing or conversation).",
             notes: "An event is planned unless its `status` is `afholdt` or `aflyst`. A briefing (`orientering`) has no status and is overdue once its day has passed.",
             triggering: ["""
                # as-of: 2027-02-01
                direktion DIR "Direktionen" {
                  drøftelse ↓2026-11-20 med chefgruppen om BY1
                  drøftelse 2026-11-25 med chefgruppen om BY1 status afholdt
                  evaluering 2027-11-15
                }
                """],
             nonTriggering: ["""
                # as-of: 2027-02-01
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1 status afholdt
                  evaluering 2027-11-15
                }
                """])

    /// K503: planned events whose day has passed.
    static func check(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for event in plan.events where event.status == .planned {
            guard let date = event.date, let span = event.dateSpan, date < asOf else { continue }
            context.report(description, "the \(event.kind.keyword.danish) on \(date) in \(plan.unitLabel(event.owner)) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark it `status afholdt` if it took place, `status aflyst` if not, or move it")
        }
        for kompus in plan.kompuses {
            guard let date = kompus.briefing, let span = kompus.briefingSpan, date < asOf else { continue }
            context.report(description, "the KOMPUS briefing on \(date) in \(plan.unitLabel(kompus.unit)) lies before \(asOf)",
                           at: span, label: "overdue", help: "check that the employees were briefed")
        }
        for employee in plan.employees where employee.status == .planned {
            guard let date = employee.conversation, let span = employee.conversationSpan, date < asOf else { continue }
            context.report(description, "employee \(employee.id)'s conversation on \(date) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark it `status afholdt` if it took place, or plan a new date")
        }
    }
}
