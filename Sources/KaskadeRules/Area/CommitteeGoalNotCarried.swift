// K303 committee-goal-not-carried.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CommitteeGoalNotCarried: CascadeRule {
    static let description = RuleDescription(303, "committee-goal-not-carried", .warning,
             "A goal of the area's own committee that no area goal carries (directly or through a direktion goal).",
             guideline: "At efterleve byrådet og fagudvalgets mål for eget område.",
             notes: "One finding per area and committee goal, at the area's `udvalg` reference to that committee.",
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
                    context.report(description, "no area goal of område \(plan.units[area].id) carries \(plan.label(EntityRef(kind: .maal, index: goal))) of its committee \(plan.units[committee.index].id)",
                                   at: committee.span, label: "\(plan.goals[goal].id) not carried",
                                   secondary: [Label(plan.goals[goal].nameSpan, "the committee's goal")],
                                   help: "add an area goal that `følger` \(plan.goals[goal].id), or a direktion goal that does", subject: area)
                }
            }
        }
    }
}
