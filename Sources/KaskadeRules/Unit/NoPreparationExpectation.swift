// K406 no-preparation-expectation.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoPreparationExpectation: CascadeRule {
    static let description = RuleDescription(406, "no-preparation-expectation", .error,
             "The unit has a KOMPUS with a concept, but neither its `forventning` nor the concept's `forberedelse` is given.",
             danishSummary: "Enheden har en KOMPUS med et koncept, men hverken dens `forventning` eller konceptets `forberedelse` er angivet.",
             guideline: "At tydeliggøre forventninger til medarbejderens egen forberedelse af KOMPUS.",
             notes: "One finding per unit that uses the KOMPUS (its own, or its area's), at the `kompus`: a unit's `undtagelse K406` hides its own. A KOMPUS without `koncept` is K404 only: with no concept there is no `forberedelse` to fall back on, so K406 says nothing.",
             danishNotes: "Ét fund pr. enhed, der bruger KOMPUS'en (sin egen eller områdets), ved `kompus`: en enheds `undtagelse K406` skjuler dens eget. En KOMPUS uden `koncept` er kun K404: uden koncept er der ingen `forberedelse` at falde tilbage på, så K406 siger intet.",
             triggering: [Prelude.area + """

                koncept GRUS "Gruppeudviklingssamtale"
                område CSD "Skole" chef "Anne" udvalg BSU {
                  ↓kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    undtagelse K406 "Skemaet følger senere"
                  }
                }
                """],
             nonTriggering: [Prelude.area + """

                koncept GRUS "Gruppeudviklingssamtale"
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """, Prelude.area + """

                koncept GRUS "Gruppeudviklingssamtale"
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 forventning "Tag skemaet med"
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  }
                }
                """])

    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            guard let index = plan.effectiveKompus(of: unit) else { continue }
            let kompus = plan.kompuses[index]
            // Without a concept (K404) there is no `forberedelse` to fall back on: say nothing.
            guard let concept = kompus.concept.items.first?.index else { continue }
            guard kompus.expectation == nil, plan.concepts[concept].preparation == nil else { continue }
            context.report(description, Says.noExpectation(unit: plan.unitLabel(unit)),
                           at: kompus.keywordSpan, label: Says.noExpectationLabel,
                           help: Says.addExpectation(concept: plan.concepts[concept].id),
                           fixes: expectationFix(kompus, in: plan),
                           subject: unit)
        }
    }

    /// Adding a placeholder `forventning` at the end of the KOMPUS's line, for HR to fill in.
    static func expectationFix(_ kompus: Kompus, in plan: Plan) -> [Fix] {
        let file = plan.sources[kompus.keywordSpan.file]
        let line = file.line(of: Int(kompus.keywordSpan.start))
        var end = line < file.lineCount ? Int(file.lineStarts[line]) - 1 : file.bytes.count
        if end > 0, end <= file.bytes.count, end > Int(kompus.keywordSpan.start), file.bytes[end - 1] == 0x0D { end -= 1 }
        let text = file.bytes[Int(kompus.keywordSpan.start)..<end]
        // Only where the KOMPUS stands on one line without a block or a comment.
        guard !text.contains(UInt8(ascii: "{")), !text.contains(UInt8(ascii: "#")), !text.contains(UInt8(ascii: ";")) else { return [] }
        let at = Span(file: kompus.keywordSpan.file, start: end, end: end)
        return [Fix(Says.addExpectationToKompus, [Edit(at, " forventning \"Medarbejderen udfylder forberedelsesskemaet før samtalen\"")])]
    }

    /// What K406 says.
    enum Says: Message {
        case noExpectation(unit: String)
        case noExpectationLabel
        case addExpectation(concept: String)
        case addExpectationToKompus

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noExpectation(unit): "KOMPUS'en for \(unit) siger ikke, hvad medarbejderen skal forberede"
                case .noExpectationLabel: "ingen `forventning`"
                case let .addExpectation(concept): "tilføj `forventning \"…\"` til KOMPUS'en, eller `forberedelse \"…\"` til koncept \(concept)"
                case .addExpectationToKompus: "tilføj `forventning` til KOMPUS'en"
                }
            case .english:
                return switch self {
                case let .noExpectation(unit): "the KOMPUS of \(unit) does not say what the employee is expected to prepare"
                case .noExpectationLabel: "no `forventning`"
                case let .addExpectation(concept): "add `forventning \"…\"` to the KOMPUS, or `forberedelse \"…\"` to koncept \(concept)"
                case .addExpectationToKompus: "add `forventning` to the KOMPUS"
                }
            }
        }
    }
}
