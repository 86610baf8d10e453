// K407 kompus-outside-year.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum KompusOutsideYear: CascadeRule {
    static let description = RuleDescription(407, "kompus-outside-year", .error,
             "The conversation period is not inside the plan year.",
             guideline: "Planlægning af KOMPUS for det kommende år.",
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-11-01 samtaler ↓2027-12-01..2028-01-31
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """],
             nonTriggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-11-01 samtaler 2027-W48..2027-W50
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """])

    /// K407: the conversations fall in the plan year.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard let year = plan.year else { return }
        for index in context.kompusesInUse {
            let kompus = plan.kompuses[index]
            guard let period = kompus.period, let span = kompus.periodSpan else { continue }
            guard period.lowerBound.year != year || period.upperBound.year != year else { continue }
            context.report(description, "the conversation period \(period.lowerBound)..\(period.upperBound) of \(plan.unitLabel(kompus.unit)) is not inside \(year)",
                           at: span, label: "not inside \(year)",
                           help: "hold the conversations within \(year)")
        }
    }
}
