// K305 annual-follow-up.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AnnualFollowUp: CascadeRule {
    static let description = RuleDescription(305, "annual-follow-up", .error,
             "An institution (`virksomhed`) of the area with no `opfølgning` in the plan year.",
             danishSummary: "En virksomhed (`virksomhed`) i området uden `opfølgning` i planåret.",
             guideline: "Mindst én gang årligt skal chefen i Forvaltningen sørge for en opfølgning på (politiske) mål med den enkelte virksomhedsleder.",
             notes: "A cancelled follow-up does not count. One dated outside the plan year still counts: K108 reports its date, so one wrong year is one finding. An `undtagelse K305` in a virksomhed hides only that virksomhed's finding.",
             danishNotes: "En aflyst opfølgning tæller ikke. En opfølgning dateret uden for planåret tæller stadig: K108 melder datoen, så ét forkert årstal giver ét fund. En `undtagelse K305` i en virksomhed skjuler kun den virksomheds fund.",
             triggering: ["""
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  opfølgning 2027-09-10 med LYS om CSD1
                  opfølgning 2027-09-12 med KRA om CSD1 status aflyst
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                  virksomhed ↓KRA "Kratbjergskolen" leder "Jens Lund"
                }
                """, """
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
                    undtagelse K305 "Ny leder tiltræder 1. juni"
                  }
                  virksomhed ↓KRA "Kratbjergskolen" leder "Jens Lund"
                }
                """, """
                plan "P" år 2027
                område CSD "Skole {nord}" chef "Anne" udvalg BSU {   # { i titlen og her
                  mål CSD1 "Inklusion" følger D1
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter Holm"
                }
                """],
             nonTriggering: ["""
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  opfølgning 2027-09-10 med LYS, KRA om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                  virksomhed KRA "Kratbjergskolen" leder "Jens Lund"
                }
                """, """
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  opfølgning 2026-09-10 med LYS om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
                    undtagelse K402 "Oplægget kommer senere"
                  }
                }
                """])

    /// K305: every institution of the area has a follow-up in the plan year.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) {
            var followed = Set<Int>()
            // A follow-up dated outside the plan year still counts (K108 reports the date).
            for index in context.counting(.followUp, of: area) {
                followed.formUnion(plan.events[index].with.targets)
            }
            let about = plan.units[area].goals.first.map { " om \(plan.goals[$0].id)" } ?? ""
            for unit in plan.units[area].children where plan.units[unit].kind == .institution && !followed.contains(unit) {
                let statement = "opfølgning \(plan.year.map(String.init) ?? "2027")-09-01 med \(plan.units[unit].id)\(about)"
                context.report(description, Says.noFollowUp(area: plan.units[area].id, unit: plan.units[unit].id, title: plan.units[unit].title, year: plan.year),
                               at: plan.units[unit].nameSpan, label: Says.thisInstitution,
                               help: Says.addFollowUp(statement: statement, area: plan.units[area].id),
                               fixes: context.addingLine(statement, to: area, title: Says.addFollowUp(statement: statement, area: plan.units[area].id)),
                               subject: unit)
            }
        }
    }

    /// What K305 says.
    enum Says: Message {
        case noFollowUp(area: String, unit: String, title: String, year: Int?)
        case thisInstitution
        case addFollowUp(statement: String, area: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noFollowUp(area, unit, title, year):
                "område \(area) har ingen opfølgning med \(unit) \"\(title)\" i \(year.map(String.init) ?? "planåret")"
                case .thisInstitution: "denne virksomhed"
                case let .addFollowUp(statement, area): "tilføj `\(statement)` til område \(area)"
                }
            case .english:
                return switch self {
                case let .noFollowUp(area, unit, title, year):
                    "område \(area) has no follow-up with \(unit) \"\(title)\" in \(year.map(String.init) ?? "the plan year")"
                case .thisInstitution: "this institution"
                case let .addFollowUp(statement, area): "add `\(statement)` to område \(area)"
                }
            }
        }
    }
}
