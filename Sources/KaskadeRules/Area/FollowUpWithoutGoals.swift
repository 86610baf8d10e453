// K306 follow-up-without-goals.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum FollowUpWithoutGoals: CascadeRule {
    static let description = RuleDescription(306, "follow-up-without-goals", .warning,
             "An `opfølgning` that names no goal in `om`.",
             danishSummary: "En `opfølgning`, der ikke nævner noget mål i `om`.",
             guideline: "Opfølgning på (politiske) mål med den enkelte virksomhedsleder.",
             triggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  ↓opfølgning 2027-09-10 med LYS
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                }
                """],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  mål CSD1 "Inklusion" følger D1
                  opfølgning 2027-09-10 med LYS om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                }
                """])

    /// K306: a follow-up is about goals.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for index in plan.events.indices {
            let event = plan.events[index]
            guard event.kind == .followUp, event.status.counts, event.about.items.isEmpty, !event.about.hasUnresolved else { continue }
            let goals = plan.units[event.owner].goals.prefix(1).map { plan.goals[$0].id }
            context.report(description, Says.namesNoGoal(date: event.date, area: plan.units[event.owner].id),
                           at: event.keywordSpan, label: Says.aboutNoGoal,
                           help: Says.sayWhichGoals(example: goals.first), subject: event.owner)
        }
    }

    /// What K306 says.
    enum Says: Message {
        case namesNoGoal(date: Day?, area: String)
        case aboutNoGoal
        /// `example` is nil where the area has no goal to name.
        case sayWhichGoals(example: String?)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .namesNoGoal(date, area): "opfølgningen \(date.map { "\($0)" } ?? "uden dato") i område \(area) nævner intet mål i `om`"
                case .aboutNoGoal: "om intet mål"
                case let .sayWhichGoals(example): "angiv, hvilke mål der følges op på: `om \(example ?? "<områdemål>")`"
                }
            case .english:
                return switch self {
                case let .namesNoGoal(date, area): "the follow-up on \(date.map { "\($0)" } ?? "undated") in område \(area) names no goal in `om`"
                case .aboutNoGoal: "about no goal"
                case let .sayWhichGoals(example): "say which goals it follows up on: `om \(example ?? "<area goal>")`"
                }
            }
        }
    }
}
