// K505 staff-count-mismatch.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum StaffCountMismatch: CascadeRule {
    static let description = RuleDescription(505, "staff-count-mismatch", .warning,
             "A unit lists more employees than its `medarbejdere` count.",
             danishSummary: "En enhed opfører flere medarbejdere, end dens `medarbejdere` angiver.",
             notes: "Counts the employees listed directly in the unit (a department's own are its own).",
             danishNotes: "Tæller de medarbejdere, der er opført direkte i enheden (en afdelings egne er dens egne).",
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
            context.report(description, Says.tooMany(unit: plan.unitLabel(unit), listed: listed, count: count),
                           at: plan.units[unit].nameSpan, label: Says.listed(listed),
                           help: Says.setCount(listed), subject: unit)
        }
    }

    /// What K505 says.
    enum Says: Message {
        case tooMany(unit: String, listed: Int, count: Int)
        case listed(Int)
        case setCount(Int)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .tooMany(unit, listed, count): "\(unit) opfører \(Count.number(listed, language)) medarbejdere, men angiver `medarbejdere \(count)`"
                case let .listed(listed): "\(Count.number(listed, language)) opført"
                case let .setCount(listed): "sæt `medarbejdere \(listed)` eller mere"
                }
            case .english:
                return switch self {
                case let .tooMany(unit, listed, count): "\(unit) lists \(listed) employees but says `medarbejdere \(count)`"
                case let .listed(listed): "\(listed) listed"
                case let .setCount(listed): "set `medarbejdere \(listed)` or more"
                }
            }
        }
    }
}
