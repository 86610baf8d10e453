// K404 no-kompus-concept.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoKompusConcept: CascadeRule {
    static let description = RuleDescription(404, "no-kompus-concept", .error,
             "A unit with no KOMPUS (its own or its area's default), or one without `koncept`.",
             guideline: "Virksomhederne skal melde ud om hvilket koncept, der vil ligge til grund for samtalerne.",
             notes: "A unit's KOMPUS is its own, else its institution's (for a department), else its area's. Where a unit has no KOMPUS at all, the rules about a KOMPUS's content (K405–K407, and K501's test of a date against the conversation period) say nothing about it. A KOMPUS that exists but lacks its `koncept` is reported here and still gets K405 and K407, which judge its dates; K406 says nothing about it.",
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter"
                  virksomhed ↓KRA "Kratbjergskolen" leder "Jens" {
                    kompus orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  }
                }
                """],
             nonTriggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """])

    /// K404: each unit has a KOMPUS (its own or inherited) with a concept.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            guard let kompus = plan.effectiveKompus(of: unit) else {
                context.report(description, "\(plan.unitLabel(unit)) has no KOMPUS, neither its own nor its area's",
                               at: plan.units[unit].nameSpan, label: "no `kompus`",
                               help: "add `kompus koncept MUS orientering … samtaler …` to \(plan.units[unit].id) or to its område", subject: unit)
                continue
            }
            guard !plan.kompuses[kompus].concept.isGiven else { continue }
            context.report(description, "the KOMPUS of \(plan.unitLabel(unit)) names no concept",
                           at: plan.units[unit].nameSpan, label: "no `koncept`",
                           secondary: [Label(plan.kompuses[kompus].keywordSpan, "this KOMPUS")],
                           help: "add `koncept \(plan.concepts.first?.id ?? "MUS")` to the KOMPUS", subject: unit)
        }
    }
}
