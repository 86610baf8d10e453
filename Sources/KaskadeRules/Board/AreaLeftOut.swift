// K205 area-left-out.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AreaLeftOut: CascadeRule {
    static let description = RuleDescription(205, "area-left-out", .error,
             "An `område` that no step-1 discussion includes.",
             danishSummary: "Et `område`, som ingen drøftelse i trin 1 omfatter.",
             guideline: "Direktionen drøfter politiske mål og retning med relevante chefer i Forvaltningen.",
             notes: "`med chefgruppen` includes every area. Said only when there is a step-1 discussion at all (otherwise K201 says it).",
             danishNotes: "`med chefgruppen` omfatter alle områder. Meldes kun, når der overhovedet er en drøftelse i trin 1 (ellers melder K201 det).",
             triggering: ["""
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med CSD om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU
                område ↓CSS "Sundhed" chef "Bo" udvalg SVB
                """],
             nonTriggering: ["""
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU
                område CSS "Sundhed" chef "Bo" udvalg SVB
                """])

    /// K205: every area takes part in step 1 (said only when there is a step-1 discussion).
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard !context.steps.boardDiscussions.isEmpty else { return }
        for area in plan.units(.area) where context.steps.stepOne(area: area) == nil {
            context.report(description, Says.leftOut(area: plan.unitLabel(area)),
                           at: plan.units[area].nameSpan, label: Says.leftOutOfStepOne,
                           help: Says.addToDiscussion(area: plan.units[area].id),
                           subject: area)
        }
    }

    /// What K205 says.
    enum Says: Message {
        case leftOut(area: String)
        case leftOutOfStepOne
        case addToDiscussion(area: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .leftOut(area): "\(area) deltager ikke i nogen af direktionens drøftelser i trin 1"
                case .leftOutOfStepOne: "udeladt af trin 1"
                case let .addToDiscussion(area): "tilføj \(area) til direktionens `drøftelse … med`, eller drøft `med chefgruppen`"
                }
            case .english:
                return switch self {
                case let .leftOut(area): "\(area) takes part in no step-1 discussion of the direktion"
                case .leftOutOfStepOne: "left out of step 1"
                case let .addToDiscussion(area): "add \(area) to the direktion's `drøftelse … med`, or discuss `med chefgruppen`"
                }
            }
        }
    }
}
