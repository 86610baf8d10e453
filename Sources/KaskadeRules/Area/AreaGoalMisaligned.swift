// K302 area-goal-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AreaGoalMisaligned: CascadeRule {
    static let description = RuleDescription(302, "area-goal-misaligned", .error,
             "An area goal whose nearest political goals include neither a goal of the area's own committees nor a council goal.",
             danishSummary: "Et områdemål, hvis nærmeste politiske mål hverken omfatter et mål fra områdets egne udvalg eller et byrådsmål.",
             guideline: "At efterleve byrådet og fagudvalgets mål for eget område.",
             notes: "Nearest political goals: follow `følger` upwards on every path and stop at the first goal of a council or committee. One path to an allowed goal is enough. An area goal without `følger` has none and is reported here; one that follows another area's goal is K115, not K302.",
             danishNotes: "Nærmeste politiske mål: følg `følger` opad ad alle veje, og stop ved det første mål fra byrådet eller et udvalg. Én vej til et tilladt mål er nok. Et områdemål uden `følger` har ingen og meldes her; et, der følger et andet områdes mål, er K115, ikke K302.",
             triggering: ["""
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                }
                udvalg SVB "Sundhed" {
                  mål SVB1 "Sundhed"
                }
                direktion DIR "Direktionen" {
                  mål D2 "Sundhed" følger SVB1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål ↓CSD1 "Forkert udvalg" følger D2
                  mål ↓CSD2 "Intet"
                }
                """],
             nonTriggering: ["""
                byråd BY "Byrådet" {
                  mål BY1 "Byrådets mål"
                }
                udvalg BSU "Børne- og Skoleudvalget" under BY {
                  mål BSU1 "Skole" følger BY1
                }
                direktion DIR "Direktionen" {
                  mål D1 "Skole" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Via direktionen" følger D1
                  mål CSD2 "Direkte byrådet" følger BY1
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
                  mål CSD1 "To veje, den anden til eget udvalg" følger D2, D1
                }
                """, """
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                }
                udvalg SVB "Sundhed" {
                  mål SVB1 "Sundhed"
                }
                direktion DIR "Direktionen" {
                  mål D3 "Tværgående" følger SVB1, BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Via et direktionsmål med to veje" følger D3
                }
                """, """
                udvalg BSU "Børne- og Skoleudvalget" {
                  mål BSU1 "Skole"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Skole" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Skole" følger D1
                }
                område CSS "Sundhed" chef "Bo" udvalg BSU {
                  mål CSS1 "Følger et andet områdes mål (K115)" følger CSD1
                }
                """])

    /// The goals an area goal may lead back to: its own committees' goals and the council's.
    static func allowedPolitics(_ plan: Plan, area: Int, councilGoals: Set<Int>) -> Set<Int> {
        var allowed = councilGoals
        for committee in plan.units[area].committees.items { allowed.formUnion(plan.units[committee.index].goals) }
        return allowed
    }

    /// K302: an area goal's nearest political goals include its own committee's or the council's.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        let councilGoals = Set(plan.units(.council).flatMap { plan.units[$0].goals })
        for area in plan.units(.area) where !plan.units[area].committees.hasUnresolved {
            let allowed = allowedPolitics(plan, area: area, councilGoals: councilGoals)
            let committees = plan.units[area].committees.items.map { plan.units[$0.index].id }.joined(separator: ", ")
            for goal in plan.units[area].goals where context.isJudgeable(goal: goal) {
                let nearest = plan.nearestGoals(above: goal) { plan.isPolitical(goal: $0) }
                guard nearest.isDisjoint(with: allowed) else { continue }
                let reached = nearest.map { plan.goals[$0].id }.sorted()
                let goalLabel = plan.label(EntityRef(kind: .maal, index: goal)), areaID = plan.units[area].id
                context.report(description, reached.isEmpty ? Says.leadsToNoPoliticalGoal(goal: goalLabel, area: areaID)
                                   : Says.leadsElsewhere(goal: goalLabel, area: areaID, reached: reached, committees: committees),
                               at: plan.goals[goal].nameSpan, label: Says.misaligned,
                               help: Says.followServingGoal(committees: committees), subject: area)
            }
        }
    }

    /// What K302 says.
    enum Says: Message {
        case leadsToNoPoliticalGoal(goal: String, area: String)
        case leadsElsewhere(goal: String, area: String, reached: [String], committees: String)
        case misaligned
        /// `committees` is the area's committees' IDs joined, empty when it names none.
        case followServingGoal(committees: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .leadsToNoPoliticalGoal(goal, area):
                "områdemålet \(goal) i område \(area) fører ikke tilbage til noget politisk mål"
                case let .leadsElsewhere(goal, area, reached, committees):
                "områdemålet \(goal) i område \(area) fører tilbage til \(reached.joined(separator: ", ")), men ikke til et mål fra områdets udvalg (\(committees)) eller byrådet"
                case .misaligned: "peger et andet sted hen"
                case let .followServingGoal(committees):
                "lad det følge et af direktionens mål, der tjener \(committees.isEmpty ? "områdets udvalg" : committees), eller et af \(committees.isEmpty ? "udvalgets" : danishGenitive(committees)) mål"
                }
            case .english:
                return switch self {
                case let .leadsToNoPoliticalGoal(goal, area):
                    "area goal \(goal) of område \(area) leads back to no political goal"
                case let .leadsElsewhere(goal, area, reached, committees):
                    "area goal \(goal) of område \(area) leads back to \(reached.joined(separator: ", ")), not to a goal of its committee (\(committees)) or the council"
                case .misaligned: "misaligned"
                case let .followServingGoal(committees):
                    "let it follow a direktion goal that serves \(committees.isEmpty ? "the area's committee" : committees), or one of \(committees.isEmpty ? "its committee's" : committees + "'s") goals"
                }
            }
        }
    }
}
