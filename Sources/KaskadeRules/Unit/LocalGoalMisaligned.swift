// K401 local-goal-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum LocalGoalMisaligned: CascadeRule {
    static let description = RuleDescription(401, "local-goal-misaligned", .error,
             "A unit with no goal, or a local goal whose nearest area goals include none of its own area's goals.",
             danishSummary: "En enhed uden mål, eller et lokalt mål, hvis nærmeste områdemål ikke omfatter noget af dets eget områdes mål.",
             guideline: "Virksomheden skal tydeliggøre og planlægge kompetenceudvikling efter hvilke (politiske) mål der er sat for området.",
             notes: "Nearest area goals: follow `følger` upwards on every path and stop at the first goal of an `område`; one path to an own area goal is enough. A local goal without `følger` is reported here; one that follows another area's or a sibling's goal is K115, not K401.",
             danishNotes: "Nærmeste områdemål: følg `følger` opad ad alle veje, og stop ved det første mål i et `område`; én vej til et mål i eget område er nok. Et lokalt mål uden `følger` meldes her; et, der følger et andet områdes eller en søsterenheds mål, er K115, ikke K401.",
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
                let suggestion = areaGoals.min().map { plan.goals[$0].id }
                context.report(description, Says.noGoal(unit: plan.unitLabel(unit)),
                               at: plan.units[unit].nameSpan, label: Says.noLocalGoal,
                               help: Says.addGoal(unit: plan.units[unit].id, follows: suggestion), subject: unit)
                continue
            }
            for goal in plan.units[unit].goals where context.isJudgeable(goal: goal) {
                let nearest = plan.nearestGoals(above: goal) { plan.level(of: $0) == .area }
                guard nearest.isDisjoint(with: areaGoals) else { continue }
                let goalLabel = plan.label(EntityRef(kind: .maal, index: goal))
                context.report(description, nearest.isEmpty ? Says.leadsToNoAreaGoal(goal: goalLabel, unit: plan.units[unit].id)
                                   : Says.leadsElsewhere(goal: goalLabel, unit: plan.units[unit].id, reached: nearest.map { plan.goals[$0].id }.sorted(), area: areaID),
                               at: plan.goals[goal].nameSpan, label: Says.misaligned,
                               help: Says.followAreaGoal(area: areaID, example: areaGoals.min().map { plan.goals[$0].id }), subject: unit)
            }
        }
    }

    /// What K401 says.
    enum Says: Message {
        case noGoal(unit: String)
        case noLocalGoal
        /// `follows` is nil where the area has no goal to name.
        case addGoal(unit: String, follows: String?)
        case leadsToNoAreaGoal(goal: String, unit: String)
        case leadsElsewhere(goal: String, unit: String, reached: [String], area: String)
        case misaligned
        case followAreaGoal(area: String, example: String?)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noGoal(unit): "\(unit) opsætter ikke selv noget mål"
                case .noLocalGoal: "intet lokalt `mål`"
                case let .addGoal(unit, follows): "tilføj `mål \(unit)1 \"…\" følger \(follows ?? "<områdemål>")`"
                case let .leadsToNoAreaGoal(goal, unit): "det lokale mål \(goal) i \(unit) fører ikke tilbage til noget områdemål"
                case let .leadsElsewhere(goal, unit, reached, area):
                "det lokale mål \(goal) i \(unit) fører tilbage til \(reached.joined(separator: ", ")), men ikke til et mål i sit eget område \(area)"
                case .misaligned: "peger et andet sted hen"
                case let .followAreaGoal(area, example): "lad det følge et mål i område \(area)\(example.map { " (fx \($0))" } ?? "")"
                }
            case .english:
                return switch self {
                case let .noGoal(unit): "\(unit) sets no goal of its own"
                case .noLocalGoal: "no local `mål`"
                case let .addGoal(unit, follows): "add `mål \(unit)1 \"…\" følger \(follows ?? "<area goal>")`"
                case let .leadsToNoAreaGoal(goal, unit): "local goal \(goal) of \(unit) leads back to no area goal"
                case let .leadsElsewhere(goal, unit, reached, area):
                    "local goal \(goal) of \(unit) leads back to \(reached.joined(separator: ", ")), not to a goal of its own område \(area)"
                case .misaligned: "misaligned"
                case let .followAreaGoal(area, example): "let it follow a goal of område \(area)\(example.map { " (such as \($0))" } ?? "")"
                }
            }
        }
    }
}
