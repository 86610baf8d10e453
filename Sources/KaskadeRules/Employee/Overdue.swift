// K503 overdue.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum Overdue: CascadeRule {
    static let description = RuleDescription(503, "overdue", .warning,
             "With `--as-of DATE`: a planned event dated before DATE (a discussion, follow-up, proposal, evaluation, briefing or conversation).",
             notes: "An event is planned unless its `status` is `afholdt` or `aflyst`. A briefing's status is its `kompus`'s `status` (default `planlagt`), so a plan whose every past event is marked `afholdt` passes `check --as-of today --strict`.",
             triggering: ["""
                # as-of: 2027-02-01
                direktion DIR "Direktionen" {
                  drøftelse ↓2026-11-20 med chefgruppen om BY1
                  drøftelse 2026-11-25 med chefgruppen om BY1 status afholdt
                  evaluering 2027-11-15
                }
                """, """
                # as-of: 2027-04-01
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering ↓2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    medarbejder M1 samtale ↓2027-03-20
                    medarbejder M2 samtale 2027-03-21 status afholdt
                  }
                }
                """],
             nonTriggering: ["""
                # as-of: 2027-04-01
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 status afholdt
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    medarbejder M2 samtale 2027-03-21 status afholdt
                  }
                }
                """, """
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
                           help: "mark it `status afholdt` if it took place, `status aflyst` if not, or move it",
                           subject: event.owner)
        }
        // A briefing's status is its KOMPUS's `status`.
        for kompus in plan.kompuses where kompus.status == .planned {
            guard let date = kompus.briefing, let span = kompus.briefingSpan, date < asOf else { continue }
            context.report(description, "the KOMPUS briefing on \(date) in \(plan.unitLabel(kompus.unit)) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark the KOMPUS `status afholdt` once the employees were briefed, or move the briefing",
                           subject: kompus.unit)
        }
        for employee in plan.employees where employee.status == .planned {
            guard let date = employee.conversation, let span = employee.conversationSpan, date < asOf else { continue }
            context.report(description, "employee \(employee.id)'s conversation on \(date) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark it `status afholdt` if it took place, or plan a new date",
                           subject: employee.unit)
        }
    }
}
