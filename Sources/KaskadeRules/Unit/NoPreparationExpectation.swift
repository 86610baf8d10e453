// K406 no-preparation-expectation.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoPreparationExpectation: CascadeRule {
    static let description = RuleDescription(406, "no-preparation-expectation", .error,
             "The unit has a KOMPUS with a concept, but neither its `forventning` nor the concept's `forberedelse` is given.",
             guideline: "At tydeliggøre forventninger til medarbejderens egen forberedelse af KOMPUS.",
             triggering: [Prelude.area + """

                koncept GRUS "Gruppeudviklingssamtale"
                område CSD "Skole" chef "Anne" udvalg BSU {
                  ↓kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """],
             nonTriggering: [Prelude.area + """

                koncept GRUS "Gruppeudviklingssamtale"
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 forventning "Tag skemaet med"
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  }
                }
                """])

    /// K406: the employees know what to prepare.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for index in context.kompusesInUse {
            let kompus = plan.kompuses[index]
            guard let concept = kompus.concept.items.first?.index else { continue }
            guard kompus.expectation == nil, plan.concepts[concept].preparation == nil else { continue }
            context.report(description, "the KOMPUS of \(plan.unitLabel(kompus.unit)) does not say what the employee is expected to prepare",
                           at: kompus.keywordSpan, label: "no `forventning`",
                           help: "add `forventning \"…\"` to the KOMPUS, or `forberedelse \"…\"` to koncept \(plan.concepts[concept].id)")
        }
    }
}
