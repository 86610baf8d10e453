// K501 conversation-missing.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum ConversationMissing: CascadeRule {
    static let description = RuleDescription(501, "conversation-missing", .error,
             "An employee with no `samtale`, or one outside the unit's conversation period.",
             danishSummary: "En medarbejder uden `samtale`, eller med en samtale uden for enhedens samtaleperiode.",
             guideline: "At planlægge og gennemføre disse (samtalerne).",
             notes: "A conversation with `status aflyst` counts as none. Where the unit has no KOMPUS (K404), only a missing conversation is reported.",
             danishNotes: "En samtale med `status aflyst` tæller som ingen. Hvor enheden ingen KOMPUS har (K404), meldes kun en manglende samtale.",
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
        // Each employee's fields are read in place, and the KOMPUS looked up once per unit (a
        // unit's employees stand together): this runs for every employee of the plan.
        var kompusUnit = -1
        var kompus: Kompus?
        for index in plan.employees.indices where !plan.employees[index].hasUnreadableCell {
            let unit = plan.employees[index].unit
            if unit != kompusUnit {
                kompusUnit = unit
                kompus = plan.effectiveKompus(of: unit).map { plan.kompuses[$0] }
            }
            let period = kompus?.period
            if let date = plan.employees[index].conversation, plan.employees[index].status.counts {
                guard let period, !period.contains(date) else { continue }
            }
            let employee = plan.employees[index]
            guard let date = employee.conversation, employee.status.counts else {
                let when = period.map { "\($0.lowerBound)" } ?? "\(plan.year ?? 2027)-03-15"
                context.report(description, employee.status.counts ? Says.noConversation(employee: employee.id, unit: plan.units[employee.unit].id)
                                   : Says.noHeldOrPlannedConversation(employee: employee.id, unit: plan.units[employee.unit].id),
                               at: employee.nameSpan, label: Says.noConversationLabel,
                               help: plan.rosterAdvice(employee, .samtale, example: when) ?? Says.addConversation(date: when, employee: employee.id),
                               subject: employee.unit)
                continue
            }
            guard let period, let span = employee.conversationSpan, !period.contains(date) else { continue }
            context.report(description, Says.outsidePeriod(employee: employee.id, date: "\(date)", period: "\(period.lowerBound)..\(period.upperBound)", unit: plan.units[employee.unit].id),
                           at: span, label: Says.outsideThePeriod,
                           secondary: kompus?.periodSpan.map { [context.label($0, Says.thePeriod)] } ?? [],
                           help: Says.moveIntoPeriod(period: "\(period.lowerBound)..\(period.upperBound)"), subject: employee.unit)
        }
    }

    /// What K501 says.
    enum Says: Message {
        case noConversation(employee: String, unit: String)
        case noHeldOrPlannedConversation(employee: String, unit: String)
        case noConversationLabel
        case addConversation(date: String, employee: String)
        case outsidePeriod(employee: String, date: String, period: String, unit: String)
        case outsideThePeriod
        case thePeriod
        case moveIntoPeriod(period: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noConversation(employee, unit): "medarbejder \(employee) i \(unit) har ingen samtale (`samtale`)"
                case let .noHeldOrPlannedConversation(employee, unit): "medarbejder \(employee) i \(unit) har ingen afholdt eller planlagt samtale (`samtale`)"
                case .noConversationLabel: "ingen `samtale`"
                case let .addConversation(date, employee): "tilføj `samtale \(date)` til medarbejder \(employee)"
                case let .outsidePeriod(employee, date, period, unit):
                "medarbejder \(danishGenitive(employee)) samtale \(date) ligger uden for samtaleperioden \(period) i \(unit)"
                case .outsideThePeriod: "uden for perioden"
                case .thePeriod: "perioden"
                case let .moveIntoPeriod(period): "flyt samtalen ind i \(period)"
                }
            case .english:
                return switch self {
                case let .noConversation(employee, unit): "employee \(employee) of \(unit) has no conversation (`samtale`)"
                case let .noHeldOrPlannedConversation(employee, unit): "employee \(employee) of \(unit) has no held or planned conversation (`samtale`)"
                case .noConversationLabel: "no `samtale`"
                case let .addConversation(date, employee): "add `samtale \(date)` to employee \(employee)"
                case let .outsidePeriod(employee, date, period, unit):
                    "employee \(employee)'s conversation on \(date) is outside the conversation period \(period) of \(unit)"
                case .outsideThePeriod: "outside the period"
                case .thePeriod: "the period"
                case let .moveIntoPeriod(period): "move the conversation into \(period)"
                }
            }
        }
    }
}
