// K601 competence-gap.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CompetenceGap: CascadeRule {
    static let description = RuleDescription(601, "competence-gap", .warning,
             "A task requires a competence that no employee of the unit or of a unit below it has, and no prioritised course of the unit or of a unit below it gives.",
             danishSummary: "En opgave kræver en kompetence, som ingen medarbejder i enheden eller i en enhed under den har, og som ingen prioriteret uddannelse i enheden eller i en enhed under den giver.",
             guideline: "Personaleledere i Allerød Kommune har ansvaret for, at de nødvendige kompetencer for løsning af (kerne)opgaverne er til stede.",
             notes: "One finding per task and missing competence, at the competence in `kræver`.",
             danishNotes: "Ét fund pr. opgave og manglende kompetence, ved kompetencen i `kræver`.",
             triggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    opgave UND "Undervisning" kræver ↓INK, DIG
                    medarbejder M1 samtale 2027-03-20 kompetencer DIG
                  }
                }
                """],
             nonTriggering: [Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD" følger LYS1 prioritet 1 giver INK
                    opgave UND "Undervisning" kræver INK
                  }
                }
                """, Prelude.unit + """

                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    opgave UND "Undervisning" kræver INK, DIG
                    afdeling IND "Indskolingen" leder "Mia" {
                      mål IND1 "Inklusion" følger CSD1
                      uddannelse PD "PD" følger IND1 prioritet 1 giver INK
                      medarbejder M1 samtale 2027-03-20 kompetencer DIG
                    }
                  }
                }
                """])

    /// K601: every competence a task requires is held in the unit or trained by its courses.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        // A unit whose roster could not be read in full (K120–K122) is not judged on who holds what.
        for unit in context.localUnits where !plan.units[unit].tasks.isEmpty && !plan.subtree(of: unit).contains(where: { plan.units[$0].hasIncompleteRoster }) {
            let cover = CompetenceCover(plan, unit: unit)
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires.items where cover.holders(of: required.index) == 0 && !cover.isGiven(required.index) {
                    context.report(description, Says.gap(task: plan.label(EntityRef(kind: .opgave, index: task)), unit: plan.units[unit].id,
                                                         competence: plan.label(EntityRef(kind: .kompetence, index: required.index))),
                                   at: required.span, label: Says.competenceMissing,
                                   help: Says.addCourseOrHolder(unit: plan.units[unit].id, competence: plan.competences[required.index].id), subject: unit)
                }
            }
        }
    }

    /// What K601 says.
    enum Says: Message {
        case gap(task: String, unit: String, competence: String)
        case competenceMissing
        case addCourseOrHolder(unit: String, competence: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .gap(task, unit, competence):
                "opgaven \(task) i \(unit) kræver \(competence), som ingen medarbejder i enheden eller enhederne under den har, og som ingen af deres uddannelser giver"
                case .competenceMissing: "kompetencen mangler"
                case let .addCourseOrHolder(unit, competence):
                "tilføj en uddannelse til \(unit) med `giver \(competence)`, eller angiv, hvem der har den, med `kompetencer \(competence)`"
                }
            case .english:
                return switch self {
                case let .gap(task, unit, competence):
                    "task \(task) of \(unit) requires \(competence), which no employee of the unit or the units below it has and none of their courses gives"
                case .competenceMissing: "competence missing"
                case let .addCourseOrHolder(unit, competence):
                    "add a course to \(unit) with `giver \(competence)`, or record who holds it with `kompetencer \(competence)`"
                }
            }
        }
    }
}
