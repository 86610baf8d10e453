// K501 conversation-missing.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum ConversationMissing: CascadeRule {
    static let description = RuleDescription(501, "conversation-missing", .error,
             "An employee with no `samtale`, or one outside the unit's conversation period.",
             guideline: "At planlægge og gennemføre disse (samtalerne).",
             notes: "A conversation with `status aflyst` counts as none. Where the unit has no KOMPUS (K404), only a missing conversation is reported.",
             triggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" medarbejdere 4 {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD" følger LYS1 prioritet 1
                    medarbejder ↓M1 udvikling PD
                    medarbejder M2 samtale ↓2027-05-20 udvikling PD
                    medarbejder ↓M3 samtale 2027-03-20 status aflyst udvikling PD
                    medarbejder M4 samtale ↓2027-03-01 udvikling PD
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD" følger LYS1 prioritet 1
                    medarbejder M1 "Lærer" samtale 2027-03-20 udvikling PD
                    medarbejder M2 samtale 2027-04-30 status afholdt
                    medarbejder M3 samtale 2027-03-15 status afholdt
                  }
                }
                """])

    /// K501: each employee has a conversation, inside the unit's conversation period.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees {
            let kompus = plan.effectiveKompus(of: employee.unit).map { plan.kompuses[$0] }
            let period = kompus?.period
            guard let date = employee.conversation, employee.status.counts else {
                let when = period.map { "\($0.lowerBound)" } ?? "\(plan.year ?? 2027)-03-15"
                context.report(description, "employee \(employee.id) of \(plan.units[employee.unit].id) has no \(employee.status.counts ? "" : "held or planned ")conversation (`samtale`)",
                               at: employee.nameSpan, label: "no `samtale`",
                               help: "add `samtale \(when)` to medarbejder \(employee.id)", subject: employee.unit)
                continue
            }
            guard let period, let span = employee.conversationSpan, !period.contains(date) else { continue }
            context.report(description, "employee \(employee.id)'s conversation on \(date) is outside the conversation period \(period.lowerBound)..\(period.upperBound) of \(plan.units[employee.unit].id)",
                           at: span, label: "outside the period",
                           secondary: kompus?.periodSpan.map { [Label($0, "the period")] } ?? [],
                           help: "move the conversation into \(period.lowerBound)..\(period.upperBound)", subject: employee.unit)
        }
    }
}
