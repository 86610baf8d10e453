// K303 committee-goal-not-carried.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CommitteeGoalNotCarried: CascadeRule {
    static let description = RuleDescription(303, "committee-goal-not-carried", .warning,
             "A goal of the area's own committee that no area goal carries (directly or through a direktion goal).",
             danishSummary: "Et mål fra områdets eget udvalg, som intet områdemål viderefører (direkte eller gennem et af direktionens mål).",
             guideline: "At efterleve byrådet og fagudvalgets mål for eget område.",
             notes: "One finding per area and committee goal, at the area's `udvalg` reference to that committee.",
             danishNotes: "Ét fund pr. område og udvalgsmål, ved områdets `udvalg`-henvisning til udvalget.",
             triggering: ["""
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                  mål BSU2 "Dagtilbud"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Skole" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg ↓BSU {
                  mål CSD1 "Skole" følger D1
                }
                """],
             nonTriggering: ["""
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                  mål BSU2 "Dagtilbud"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Skole" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Skole" følger D1
                  mål CSD2 "Dagtilbud" følger BSU2
                }
                """, """
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                }
                udvalg SVB "Sundhed" {
                  mål SVB1 "Sundhed"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Skole" følger BSU1
                  mål D2 "Sundhed" følger SVB1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "To veje, den anden bærer BSU1" følger D2, D1
                }
                """])

    /// K303: each goal of the area's own committees is carried by an area goal.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) {
            if plan.units[area].goals.contains(where: { plan.goals[$0].follows.hasUnresolved }) { continue }
            var carried = Set<Int>()
            for goal in plan.units[area].goals {
                carried.formUnion(plan.nearestGoals(above: goal) { plan.isPolitical(goal: $0) })
            }
            for committee in plan.units[area].committees.items {
                for goal in plan.units[committee.index].goals where !carried.contains(goal) {
                    context.report(description, Says.notCarried(area: plan.units[area].id, goal: plan.label(EntityRef(kind: .maal, index: goal)), committee: plan.units[committee.index].id),
                                   at: committee.span, label: Says.goalNotCarried(goal: plan.goals[goal].id),
                                   secondary: [context.label(plan.goals[goal].nameSpan, Says.committeesGoal)],
                                   help: Says.addCarryingGoal(goal: plan.goals[goal].id), subject: area)
                }
            }
        }
    }

    /// What K303 says.
    enum Says: Message {
        case notCarried(area: String, goal: String, committee: String)
        case goalNotCarried(goal: String)
        case committeesGoal
        case addCarryingGoal(goal: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notCarried(area, goal, committee): "intet områdemål i område \(area) viderefører \(goal) fra udvalget \(committee)"
                case let .goalNotCarried(goal): "\(goal) videreføres ikke"
                case .committeesGoal: "udvalgets mål"
                case let .addCarryingGoal(goal): "tilføj et områdemål, der `følger` \(goal), eller et af direktionens mål, der gør"
                }
            case .english:
                return switch self {
                case let .notCarried(area, goal, committee): "no area goal of område \(area) carries \(goal) of its committee \(committee)"
                case let .goalNotCarried(goal): "\(goal) not carried"
                case .committeesGoal: "the committee's goal"
                case let .addCarryingGoal(goal): "add an area goal that `følger` \(goal), or a direktion goal that does"
                }
            }
        }
    }
}
