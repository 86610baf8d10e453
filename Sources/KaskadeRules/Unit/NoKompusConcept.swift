// K404 no-kompus-concept.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoKompusConcept: CascadeRule {
    static let description = RuleDescription(404, "no-kompus-concept", .error,
             "A unit with no KOMPUS (its own or its area's default), or one without `koncept`.",
             danishSummary: "En enhed uden KOMPUS (sin egen eller områdets standard), eller en KOMPUS uden `koncept`.",
             guideline: "Virksomhederne skal melde ud om hvilket koncept, der vil ligge til grund for samtalerne.",
             notes: "A unit's KOMPUS is its own, else its institution's (for a department), else its area's. Where a unit has no KOMPUS at all, the rules about a KOMPUS's content (K405–K407, and K501's test of a date against the conversation period) say nothing about it. A KOMPUS that exists but lacks its `koncept` is reported here and still gets K405 and K407, which judge its dates; K406 says nothing about it.",
             danishNotes: "En enheds KOMPUS er dens egen, ellers dens virksomheds (for en afdeling), ellers områdets. Hvor en enhed slet ingen KOMPUS har, siger reglerne om en KOMPUS' indhold (K405–K407 og K501's test af en dato mod samtaleperioden) intet om den. En KOMPUS, der findes, men mangler sit `koncept`, meldes her og får stadig K405 og K407, som bedømmer dens datoer; K406 siger intet om den.",
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
                context.report(description, Says.noKompus(unit: plan.unitLabel(unit)),
                               at: plan.units[unit].nameSpan, label: Says.noKompusLabel,
                               help: Says.addKompus(unit: plan.units[unit].id), subject: unit)
                continue
            }
            guard !plan.kompuses[kompus].concept.isGiven else { continue }
            context.report(description, Says.noConcept(unit: plan.unitLabel(unit)),
                           at: plan.units[unit].nameSpan, label: Says.noConceptLabel,
                           secondary: [context.label(plan.kompuses[kompus].keywordSpan, Says.thisKompus)],
                           help: Says.addConcept(concept: plan.concepts.first?.id ?? "MUS"), subject: unit)
        }
    }

    /// What K404 says.
    enum Says: Message {
        case noKompus(unit: String)
        case noKompusLabel
        case addKompus(unit: String)
        case noConcept(unit: String)
        case noConceptLabel
        case thisKompus
        case addConcept(concept: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noKompus(unit): "\(unit) har ingen KOMPUS, hverken sin egen eller områdets"
                case .noKompusLabel: "ingen `kompus`"
                case let .addKompus(unit): "tilføj `kompus koncept MUS orientering … samtaler …` til \(unit) eller til dens område"
                case let .noConcept(unit): "KOMPUS'en for \(unit) nævner intet koncept"
                case .noConceptLabel: "intet `koncept`"
                case .thisKompus: "denne KOMPUS"
                case let .addConcept(concept): "tilføj `koncept \(concept)` til KOMPUS'en"
                }
            case .english:
                return switch self {
                case let .noKompus(unit): "\(unit) has no KOMPUS, neither its own nor its area's"
                case .noKompusLabel: "no `kompus`"
                case let .addKompus(unit): "add `kompus koncept MUS orientering … samtaler …` to \(unit) or to its område"
                case let .noConcept(unit): "the KOMPUS of \(unit) names no concept"
                case .noConceptLabel: "no `koncept`"
                case .thisKompus: "this KOMPUS"
                case let .addConcept(concept): "add `koncept \(concept)` to the KOMPUS"
                }
            }
        }
    }
}
