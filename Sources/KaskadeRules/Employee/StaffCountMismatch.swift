// K505 staff-count-mismatch.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum StaffCountMismatch: CascadeRule {
    static let description = RuleDescription(505, "staff-count-mismatch", .warning,
             "A unit lists more employees than its `medarbejdere` count.",
             notes: "Counts the employees listed directly in the unit (a department's own are its own).",
             triggering: [Prelude.unit + """

                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter" medarbejdere 1 {
                    medarbejder M1 samtale 2027-03-20
                    medarbejder M2 samtale 2027-03-21
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" medarbejdere 3 {
                    medarbejder M1 samtale 2027-03-20
                    medarbejder M2 samtale 2027-03-21
                  }
                }
                """])

    /// K505.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            guard let count = plan.units[unit].staffCount, plan.units[unit].employees.count > count else { continue }
            let listed = plan.units[unit].employees.count
            context.report(description, "\(plan.unitLabel(unit)) lists \(listed) employees but says `medarbejdere \(count)`",
                           at: plan.units[unit].nameSpan, label: "\(listed) listed",
                           help: "set `medarbejdere \(listed)` or more", subject: unit)
        }
    }
}
