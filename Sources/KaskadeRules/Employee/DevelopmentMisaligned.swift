// K502 development-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum DevelopmentMisaligned: CascadeRule {
    static let description = RuleDescription(502, "development-misaligned", .warning,
             "An employee's `udvikling` names a course that is not prioritised by the employee's own unit.",
             danishSummary: "En medarbejders `udvikling` nævner en uddannelse, som medarbejderens egen enhed ikke prioriterer.",
             guideline: "Fra politisk målsætning til konkret kompetenceudvikling af den enkelte medarbejder.",
             notes: "A course is prioritised by the unit that lists it; a department's employee naming its institution's course is reported.",
             danishNotes: "En uddannelse prioriteres af den enhed, der opfører den; en afdelingsmedarbejder, der nævner sin virksomheds uddannelse, meldes.",
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
                context.report(description, Says.notPrioritised(employee: employee.id, unit: plan.units[employee.unit].id,
                                                                course: plan.label(EntityRef(kind: .uddannelse, index: reference.index)), owner: plan.units[course.unit].id),
                               at: reference.span, label: Says.anotherUnitsCourse,
                               help: Says.chooseOwnCourse(unit: plan.units[employee.unit].id), subject: employee.unit)
            }
        }
    }

    /// What K502 says.
    enum Says: Message {
        /// `owner` is the unit whose course it is.
        case notPrioritised(employee: String, unit: String, course: String, owner: String)
        case anotherUnitsCourse
        case chooseOwnCourse(unit: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notPrioritised(employee, unit, course, owner):
                "medarbejder \(employee) i \(unit) skal tage \(course), som \(unit) ikke prioriterer (den hører til \(owner))"
                case .anotherUnitsCourse: "en anden enheds uddannelse"
                case let .chooseOwnCourse(unit): "vælg en uddannelse i \(unit), eller føj uddannelsen til \(danishGenitive(unit)) prioriterede uddannelser"
                }
            case .english:
                return switch self {
                case let .notPrioritised(employee, unit, course, owner):
                    "employee \(employee) of \(unit) is to take \(course), which \(unit) does not prioritise (it is \(owner)'s)"
                case .anotherUnitsCourse: "another unit's course"
                case let .chooseOwnCourse(unit): "choose a course of \(unit), or add the course to \(unit)'s prioritised courses"
                }
            }
        }
    }
}
