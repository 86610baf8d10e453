// K403 course-misaligned.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CourseMisaligned: CascadeRule {
    static let description = RuleDescription(403, "course-misaligned", .error,
             "A prioritised `uddannelse` that does not follow a goal of its own unit.",
             danishSummary: "En prioriteret `uddannelse`, der ikke følger et mål i sin egen enhed.",
             guideline: "Virksomhederne skal melde ud omkring hvilke uddannelser, der vil blive prioriteret.",
             notes: "Every `uddannelse` a unit lists is one it prioritises (`prioritet` orders them). It must name a goal of that very unit in `følger`.",
             danishNotes: "Hver `uddannelse`, en enhed opfører, er en, den prioriterer (`prioritet` ordner dem). Den skal nævne et mål i netop den enhed i `følger`.",
             triggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse ↓PD "PD i specialpædagogik" følger CSD1 prioritet 1
                  }
                }
                """],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    mål LYS1 "Co-teaching" følger CSD1
                    uddannelse PD "PD i specialpædagogik" følger LYS1 prioritet 1
                  }
                }
                """])

    /// K403: each course a unit prioritises follows one of that unit's goals.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for course in plan.courses.indices {
            let item = plan.courses[course]
            guard item.follows.isGiven, !item.follows.hasUnresolved else { continue }
            if item.follows.items.contains(where: { plan.goals[$0.index].owner == item.unit }) { continue }
            let own = plan.units[item.unit].goals.first.map { plan.goals[$0].id }
            context.report(description, Says.followsNoOwnGoal(course: plan.label(EntityRef(kind: .uddannelse, index: course)), unit: plan.units[item.unit].id),
                           at: item.nameSpan, label: Says.notTied,
                           help: own.map { Says.followGoal(goal: $0, unit: plan.units[item.unit].id) } ?? Says.giveUnitAGoal(unit: plan.units[item.unit].id), subject: item.unit)
        }
    }

    /// What K403 says.
    enum Says: Message {
        case followsNoOwnGoal(course: String, unit: String)
        case notTied
        case followGoal(goal: String, unit: String)
        case giveUnitAGoal(unit: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .followsNoOwnGoal(course, unit): "uddannelsen \(course) følger intet mål i sin egen enhed \(unit)"
                case .notTied: "ikke knyttet til enhedens mål"
                case let .followGoal(goal, unit): "lad den følge \(goal), et mål i \(unit)"
                case let .giveUnitAGoal(unit): "giv \(unit) et mål, og lad uddannelsen følge det"
                }
            case .english:
                return switch self {
                case let .followsNoOwnGoal(course, unit): "course \(course) follows no goal of its own unit \(unit)"
                case .notTied: "not tied to the unit's goals"
                case let .followGoal(goal, unit): "let it follow \(goal), a goal of \(unit)"
                case let .giveUnitAGoal(unit): "give \(unit) a goal and let the course follow it"
                }
            }
        }
    }
}
