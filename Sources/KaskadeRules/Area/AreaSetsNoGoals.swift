// K301 area-sets-no-goals.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AreaSetsNoGoals: CascadeRule {
    static let description = RuleDescription(301, "area-sets-no-goals", .error,
             "An `område` that sets no area goal of its own.",
             danishSummary: "Et `område`, der ikke selv opsætter noget områdemål.",
             guideline: "Den enkelte chefs drøftelse med egne virksomhedsledere omkring relevante politiske mål, og egne mål og retning for området.",
             triggering: ["område ↓CSD \"Skole\" chef \"Anne\" udvalg BSU\n"],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                }
                """])

    /// K301.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) where plan.units[area].goals.isEmpty {
            context.report(description, Says.noAreaGoal(area: plan.unitLabel(area)),
                           at: plan.units[area].nameSpan, label: Says.noGoal,
                           help: Says.addGoal(area: plan.units[area].id), subject: area)
        }
    }

    /// What K301 says.
    enum Says: Message {
        case noAreaGoal(area: String)
        case noGoal
        case addGoal(area: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noAreaGoal(area): "\(area) opsætter ikke selv noget områdemål"
                case .noGoal: "intet `mål`"
                case let .addGoal(area): "tilføj `mål \(area)1 \"…\" følger <direktionens mål>` til område \(area)"
                }
            case .english:
                return switch self {
                case let .noAreaGoal(area): "\(area) sets no area goal of its own"
                case .noGoal: "no `mål`"
                case let .addGoal(area): "add `mål \(area)1 \"…\" følger <direktion goal>` to område \(area)"
                }
            }
        }
    }
}
