// K401 local-goal-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum LocalGoalMisaligned: CascadeRule {
    static let description = RuleDescription(401, "local-goal-misaligned", .error,
             "A unit with no goal, or a local goal whose nearest area goals include none of its own area's goals.",
             guideline: "Virksomheden skal tydeliggøre og planlægge kompetenceudvikling efter hvilke (politiske) mål der er sat for området.",
             notes: "Nearest area goals: follow `følger` upwards on every path and stop at the first goal of an `område`; one path to an own area goal is enough. A local goal without `følger` is reported here; one that follows another area's or a sibling's goal is K115, not K401.",
             triggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter"
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    mål ↓KRA1 "Kun direktionens mål" følger D1
                  }
                }
                """.replacingOccurrences(of: "område CSD", with: "direktion DIR \"Direktionen\" {\n  mål D1 \"Inklusion\" følger BSU1\n}\nområde CSD")],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    afdeling IND "Indskolingen" leder "Mia" {
                      mål IND1 "Via virksomhedens mål" følger LYS1
                    }
                  }
                }
                """, """
                direktion DIR "Direktionen" {
                  mål D1 "Inklusion" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    mål KRA1 "To veje, den anden til området" følger D1, CSD1
                    afdeling IND "Indskolingen" leder "Mia" {
                      mål IND1 "Via virksomhedens mål med to veje" følger KRA1
                    }
                  }
                }
                """, """
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed KRA "Kratbjergskolen" leder "Jens" {
                    mål KRA1 "Følger en anden områdes mål" følger CSS1
                  }
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB {
                  mål CSS1 "Sundhed" følger D2
                }
                """])

    /// K401: a unit has goals, and each leads back to one of its own area's goals.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            let areaGoals = plan.area(of: unit).map { Set(plan.units[$0].goals) } ?? []
            let areaID = plan.area(of: unit).map { plan.units[$0].id } ?? "?"
            if plan.units[unit].goals.isEmpty {
                let suggestion = areaGoals.min().map { plan.goals[$0].id } ?? "<area goal>"
                context.report(description, "\(plan.unitLabel(unit)) sets no goal of its own",
                               at: plan.units[unit].nameSpan, label: "no local `mål`",
                               help: "add `mål \(plan.units[unit].id)1 \"…\" følger \(suggestion)`", subject: unit)
                continue
            }
            for goal in plan.units[unit].goals where context.isJudgeable(goal: goal) {
                let nearest = plan.nearestGoals(above: goal) { plan.level(of: $0) == .area }
                guard nearest.isDisjoint(with: areaGoals) else { continue }
                let why = nearest.isEmpty ? "leads back to no area goal" : "leads back to \(nearest.map { plan.goals[$0].id }.sorted().joined(separator: ", ")), not to a goal of its own område \(areaID)"
                context.report(description, "local goal \(plan.label(EntityRef(kind: .maal, index: goal))) of \(plan.units[unit].id) \(why)",
                               at: plan.goals[goal].nameSpan, label: "misaligned",
                               help: "let it follow a goal of område \(areaID)\(areaGoals.min().map { " (such as \(plan.goals[$0].id))" } ?? "")", subject: unit)
            }
        }
    }
}
