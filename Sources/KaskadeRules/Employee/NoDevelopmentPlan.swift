// K504 no-development-plan.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoDevelopmentPlan: CascadeRule {
    static let description = RuleDescription(504, "no-development-plan", .info,
             "An employee with no `udvikling`.",
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
            context.report(description, "employee \(employee.id) of \(plan.units[employee.unit].id) has no development item (`udvikling`)",
                           at: employee.nameSpan, label: "no `udvikling`",
                           help: course.map { "add `udvikling \($0)` to medarbejder \(employee.id)" } ?? "agree a development item at the conversation", subject: employee.unit)
        }
    }
}
