// K407 kompus-outside-year.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum KompusOutsideYear: CascadeRule {
    static let description = RuleDescription(407, "kompus-outside-year", .error,
             "The conversation period is not inside the plan year.",
             danishSummary: "Samtaleperioden ligger ikke inden for planåret.",
             guideline: "Planlægning af KOMPUS for det kommende år.",
             notes: "One finding per unit that uses the KOMPUS. A KOMPUS without `koncept` (K404) is still judged.",
             danishNotes: "Ét fund pr. enhed, der bruger KOMPUS'en. En KOMPUS uden `koncept` (K404) bedømmes stadig.",
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-11-01 samtaler ↓2027-12-01..2028-01-31
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """, Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    kompus orientering 2027-11-01 samtaler ↓2027-12-01..2028-01-31
                  }
                }
                """],
             nonTriggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-11-01 samtaler 2027-W48..2027-W50
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """])

    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard let year = plan.year else { return }
        for unit in context.localUnits {
            guard let index = plan.effectiveKompus(of: unit) else { continue }
            let kompus = plan.kompuses[index]
            guard let period = kompus.period, let span = kompus.periodSpan else { continue }
            guard period.lowerBound.year != year || period.upperBound.year != year else { continue }
            context.report(description, Says.periodOutside(period: "\(period.lowerBound)..\(period.upperBound)", unit: plan.unitLabel(unit), year: year),
                           at: span, label: Says.notInside(year: year),
                           help: Says.holdWithin(year: year), subject: unit)
        }
    }

    /// What K407 says.
    enum Says: Message {
        case periodOutside(period: String, unit: String, year: Int)
        case notInside(year: Int)
        case holdWithin(year: Int)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .periodOutside(period, unit, year): "samtaleperioden \(period) for \(unit) ligger ikke inden for \(year)"
                case let .notInside(year): "ikke inden for \(year)"
                case let .holdWithin(year): "hold samtalerne inden for \(year)"
                }
            case .english:
                return switch self {
                case let .periodOutside(period, unit, year): "the conversation period \(period) of \(unit) is not inside \(year)"
                case let .notInside(year): "not inside \(year)"
                case let .holdWithin(year): "hold the conversations within \(year)"
                }
            }
        }
    }
}
