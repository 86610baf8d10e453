// K504 no-development-plan.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoDevelopmentPlan: CascadeRule {
    static let description = RuleDescription(504, "no-development-plan", .info,
             "An employee with no `udvikling`.",
             danishSummary: "En medarbejder uden `udvikling`.",
             triggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    medarbejder ↓M1 samtale 2027-03-20
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    uddannelse PD "PD" følger LYS1 prioritet 1
                    medarbejder M1 samtale 2027-03-20 udvikling PD
                  }
                }
                """])

    /// K504.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees where employee.development.items.isEmpty && !employee.development.hasUnresolved {
            let course = plan.units[employee.unit].courses.first.map { plan.courses[$0].id }
            context.report(description, Says.noDevelopment(employee: employee.id, unit: plan.units[employee.unit].id),
                           at: employee.nameSpan, label: Says.noDevelopmentLabel,
                           help: course.flatMap { plan.rosterAdvice(employee, .udvikling, example: $0) }
                               ?? course.map { Says.addDevelopment(course: $0, employee: employee.id) } ?? Says.agreeAtConversation,
                           subject: employee.unit)
        }
    }

    /// What K504 says.
    enum Says: Message {
        case noDevelopment(employee: String, unit: String)
        case noDevelopmentLabel
        case addDevelopment(course: String, employee: String)
        case agreeAtConversation

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noDevelopment(employee, unit): "medarbejder \(employee) i \(unit) har intet udviklingspunkt (`udvikling`)"
                case .noDevelopmentLabel: "ingen `udvikling`"
                case let .addDevelopment(course, employee): "tilføj `udvikling \(course)` til medarbejder \(employee)"
                case .agreeAtConversation: "aftal et udviklingspunkt ved samtalen"
                }
            case .english:
                return switch self {
                case let .noDevelopment(employee, unit): "employee \(employee) of \(unit) has no development item (`udvikling`)"
                case .noDevelopmentLabel: "no `udvikling`"
                case let .addDevelopment(course, employee): "add `udvikling \(course)` to employee \(employee)"
                case .agreeAtConversation: "agree a development item at the conversation"
                }
            }
        }
    }
}
