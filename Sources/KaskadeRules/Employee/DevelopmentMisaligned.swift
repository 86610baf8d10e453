// K502 development-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum DevelopmentMisaligned: CascadeRule {
    static let description = RuleDescription(502, "development-misaligned", .warning,
             "An employee's `udvikling` names a course that is not prioritised by the employee's own unit.",
             guideline: "Fra politisk målsætning til konkret kompetenceudvikling af den enkelte medarbejder.",
             notes: "A course is prioritised by the unit that lists it; a department's employee naming its institution's course is reported.",
             triggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD" følger LYS1 prioritet 1
                    medarbejder M1 samtale 2027-03-20 udvikling PD, ↓LÆS
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD" følger LYS1 prioritet 1
                    medarbejder M1 samtale 2027-03-20 udvikling PD
                  }
                }
                """])

    /// K502: an employee develops through courses their own unit prioritises.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees {
            for reference in employee.development.items where plan.courses[reference.index].unit != employee.unit {
                let course = plan.courses[reference.index]
                context.report(description, "employee \(employee.id) of \(plan.units[employee.unit].id) is to take \(plan.label(EntityRef(kind: .uddannelse, index: reference.index))), which \(plan.units[employee.unit].id) does not prioritise (it is \(plan.units[course.unit].id)'s)",
                               at: reference.span, label: "another unit's course",
                               help: "choose a course of \(plan.units[employee.unit].id), or add the course to \(plan.units[employee.unit].id)'s prioritised courses", subject: employee.unit)
            }
        }
    }
}
