// K115 goal-not-upward: a goal follows only goals above it in the cascade.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum GoalNotUpward: CascadeRule {
    static let description = RuleDescription(115, "goal-not-upward", .error,
             "A goal `følger` a goal that is not above it in the cascade.",
             danishSummary: "Et mål `følger` et mål, der ikke ligger over det i kaskaden.",
             notes: "Allowed targets: a committee goal → a council goal; a direktion goal → a council or committee goal; an area goal → a direktion, council or committee goal; a goal of a virksomhed → a goal of its own område, the direktion, a council or a committee; a goal of an afdeling → as a virksomhed's, plus a goal of the virksomhed it stands in. A council goal follows nothing. K302 and K401 say nothing about a goal reported here.",
             danishNotes: "Tilladte mål at følge: et udvalgsmål → et byrådsmål; et af direktionens mål → et byråds- eller udvalgsmål; et områdemål → et mål fra direktionen, byrådet eller et udvalg; en virksomheds mål → et mål fra dens eget område, direktionen, byrådet eller et udvalg; en afdelings mål → som en virksomheds, plus et mål fra den virksomhed, den hører til. Et byrådsmål følger intet. K302 og K401 siger intet om et mål, der meldes her.",
             triggering: ["""
                plan "P" år 2027
                udvalg BSU "Børneudvalget" {
                  mål BSU1 "Trivsel"
                }
                direktion DIR "Direktionen" {
                  mål D1 "Inklusion" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion i skolen" følger D1
                  virksomhed LYS "Lyngehus" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                  }
                  virksomhed KRA "Kratbjerg" leder "Jens" {
                    mål KRA1 "Læsning" følger ↓LYS1
                  }
                }
                område CSS "Sundhed" chef "Bo" udvalg BSU {
                  mål CSS1 "Sundhed" følger ↓CSD1
                }
                """],
             nonTriggering: ["""
                plan "P" år 2027
                byråd BY "Byrådet" {
                  mål BY1 "Uddannelse"
                }
                udvalg BSU "Børneudvalget" under BY {
                  mål BSU1 "Trivsel" følger BY1
                }
                direktion DIR "Direktionen" {
                  mål D1 "Inklusion" følger BSU1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion i skolen" følger D1
                  virksomhed LYS "Lyngehus" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1, D1
                    afdeling IND "Indskolingen" leder "Eva" {
                      mål IND1 "Makkerlæsning" følger LYS1
                    }
                  }
                }
                """])

    /// The targets of a goal's `følger` that are not above it.
    static func wrongTargets(of goal: Int, in plan: Plan) -> [Reference] {
        plan.goals[goal].follows.filter { !isAbove($0.index, goal, in: plan) }
    }

    /// Whether `target` lies above `goal` in the cascade, as rules.md lists the allowed targets.
    static func isAbove(_ target: Int, _ goal: Int, in plan: Plan) -> Bool {
        let owner = plan.goals[goal].owner, targetOwner = plan.goals[target].owner
        let kind = plan.units[owner].kind, targetKind = plan.units[targetOwner].kind
        switch kind {
        case .council: return false
        case .committee: return targetKind == .council
        case .board: return targetKind.isPolitical
        case .area: return targetKind.isPolitical || targetKind == .board
        case .institution, .department:
            if targetKind.isPolitical || targetKind == .board { return true }
            if targetKind == .area { return plan.area(of: owner) == targetOwner }
            // A department's goal may follow the virksomhed it stands in.
            return kind == .department && targetKind == .institution && plan.units[owner].parent == targetOwner
        }
    }

    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for goal in plan.goals.indices {
            for target in wrongTargets(of: goal, in: plan) {
                let owner = plan.goals[goal].owner, targetOwner = plan.goals[target.index].owner
                context.report(description, Says.notAbove(goal: plan.label(EntityRef(kind: .maal, index: goal)),
                                                          owner: "\(plan.units[owner].kind.keyword.danish) \(plan.units[owner].id)",
                                                          target: plan.goals[target.index].id,
                                                          targetOwner: "\(plan.units[targetOwner].kind.keyword.danish) \(plan.units[targetOwner].id)"),
                               at: target.span, label: Says.notAboveThisGoal,
                               secondary: [context.label(plan.goals[target.index].nameSpan, Says.definedHere)],
                               help: Says.followGoalOf(plan.units[owner].kind),
                               subject: owner)
            }
        }
    }

    /// What K115 says.
    enum Says: Message {
        /// `owner` and `targetOwner` are the units' keywords and IDs (`område CSD`).
        case notAbove(goal: String, owner: String, target: String, targetOwner: String)
        case notAboveThisGoal
        case definedHere
        /// The help: which goals a goal of a unit of this kind may follow.
        case followGoalOf(UnitKind)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notAbove(goal, owner, target, targetOwner):
                "målet \(goal) i \(owner) følger \(target) i \(targetOwner), som ikke ligger over det i kaskaden"
                case .notAboveThisGoal: "ligger ikke over dette mål"
                case .definedHere: "defineret her"
                case let .followGoalOf(kind):
                switch kind {
                case .council: "et byrådsmål følger intet: fjern `følger`"
                case .committee: "lad det følge et af byrådets mål"
                case .board: "lad det følge et mål fra byrådet eller et udvalg"
                case .area: "lad det følge et mål fra direktionen, byrådet eller et udvalg"
                case .institution: "lad det følge et mål fra sit eget område, direktionen, byrådet eller et udvalg"
                case .department: "lad det følge et mål fra sin virksomhed, sit eget område, direktionen, byrådet eller et udvalg"
                }
                }
            case .english:
                return switch self {
                case let .notAbove(goal, owner, target, targetOwner):
                    "goal \(goal) of \(owner) follows \(target) of \(targetOwner), which is not above it in the cascade"
                case .notAboveThisGoal: "not above this goal"
                case .definedHere: "defined here"
                case let .followGoalOf(kind):
                    switch kind {
                    case .council: "let it follow a goal of nobody: a council goal follows nothing"
                    case .committee: "let it follow a goal of the council"
                    case .board: "let it follow a goal of the council or a committee"
                    case .area: "let it follow a goal of the direktion, the council or a committee"
                    case .institution: "let it follow a goal of its own område, the direktion, the council or a committee"
                    case .department: "let it follow a goal of its virksomhed, its own område, the direktion, the council or a committee"
                    }
                }
            }
        }
    }
}
