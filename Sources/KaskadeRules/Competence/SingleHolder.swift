// K602 single-holder.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum SingleHolder: CascadeRule {
    static let description = RuleDescription(602, "single-holder", .info,
             "A required competence held by exactly one employee of the unit and the units below it, and given by none of their courses (a key-person risk).",
             danishSummary: "En krævet kompetence, som præcis én medarbejder i enheden og enhederne under den har, og som ingen af deres uddannelser giver (en nøglepersonsrisiko).",
             guideline: "Personaleledere i Allerød Kommune har ansvaret for, at de nødvendige kompetencer for løsning af (kerne)opgaverne er til stede.",
             notes: "One finding per unit and competence, at the first task that requires it.",
             danishNotes: "Ét fund pr. enhed og kompetence, ved den første opgave, der kræver den.",
             triggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    opgave UND "Undervisning" kræver ↓INK
                    opgave VIK "Vikardækning" kræver INK
                    medarbejder M1 samtale 2027-03-20 kompetencer INK
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    opgave UND "Undervisning" kræver INK
                    medarbejder M1 samtale 2027-03-20 kompetencer INK
                    medarbejder M2 samtale 2027-03-21 kompetencer INK
                  }
                }
                """, Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    opgave UND "Undervisning" kræver INK
                    medarbejder M1 samtale 2027-03-20 kompetencer INK
                    afdeling IND "Indskolingen" leder "Mia" {
                      medarbejder M2 samtale 2027-03-21 kompetencer INK
                    }
                  }
                }
                """])

    /// K602: a required competence that rests on one person.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        // A unit whose roster could not be read in full (K120–K122) is not judged on who holds what.
        for unit in context.localUnits where !plan.units[unit].tasks.isEmpty && !plan.subtree(of: unit).contains(where: { plan.units[$0].hasIncompleteRoster }) {
            let cover = CompetenceCover(plan, unit: unit)
            var seen: [Int] = []
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires.items where !seen.contains(required.index) {
                    seen.append(required.index)
                    guard cover.holders(of: required.index) == 1, !cover.isGiven(required.index) else { continue }
                    let holder = plan.subtree(of: unit).lazy.flatMap { plan.units[$0].employees }.first { plan.employees[$0].competences.contains(target: required.index) }
                    context.report(description, Says.singleHolder(unit: plan.units[unit].id, holder: holder.map { plan.employees[$0].id },
                                                                  competence: plan.label(EntityRef(kind: .kompetence, index: required.index))),
                                   at: required.span, label: Says.oneHolder,
                                   help: Says.trainSecond(competence: plan.competences[required.index].id, unit: plan.units[unit].id), subject: unit)
                }
            }
        }
    }

    /// What K602 says.
    enum Says: Message {
        case singleHolder(unit: String, holder: String?, competence: String)
        case oneHolder
        case trainSecond(competence: String, unit: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .singleHolder(unit, holder, competence):
                "kun én medarbejder i \(unit) og enhederne under den\(holder.map { " (\($0))" } ?? "") har \(competence), og ingen af deres uddannelser giver den"
                case .oneHolder: "én, der har den"
                case let .trainSecond(competence, unit): "uddan en medarbejder mere: tilføj en uddannelse med `giver \(competence)` til \(unit)"
                }
            case .english:
                return switch self {
                case let .singleHolder(unit, holder, competence):
                    "only one employee of \(unit) and the units below it\(holder.map { " (\($0))" } ?? "") holds \(competence), and none of their courses gives it"
                case .oneHolder: "one holder"
                case let .trainSecond(competence, unit): "train a second employee: add a course with `giver \(competence)` to \(unit)"
                }
            }
        }
    }
}
