// K109 plan-header.

import KaskadeDiagnostics
import KaskadeSyntax

public enum PlanHeader {
    public static let description = RuleDescription(109, "plan-header", .error,
             "No `plan` statement in the plan, or more than one.",
             danishSummary: "Ingen `plan`-sætning i planen, eller mere end én.",
             triggering: ["plan \"P\" år 2027\n↓plan \"Q\" år 2027\n", "↓kompetence INK \"Inklusion\"\n"],
             nonTriggering: ["plan \"P\" år 2027\nkompetence INK \"Inklusion\"\n"])

    /// What K109 says.
    enum Says: Message {
        case noHeader
        case noHeaderBefore
        case startWithHeader
        case moreThanOne
        case secondHeader
        case theFirst
        case keepOne

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .noHeader: "planen har ingen `plan`-sætning"
                case .noHeaderBefore: "ingen planoverskrift før dette"
                case .startWithHeader: "begynd den første fil med `plan \"Allerød Kommune\" år 2027`"
                case .moreThanOne: "planen har mere end én `plan`-sætning"
                case .secondHeader: "anden planoverskrift"
                case .theFirst: "den første"
                case .keepOne: "behold én `plan`-sætning for hele planen"
                }
            case .english:
                return switch self {
                case .noHeader: "the plan has no `plan` statement"
                case .noHeaderBefore: "no plan header before this"
                case .startWithHeader: "start the first file with `plan \"Allerød Kommune\" år 2027`"
                case .moreThanOne: "the plan has more than one `plan` statement"
                case .secondHeader: "second plan header"
                case .theFirst: "the first"
                case .keepOne: "keep one `plan` statement for the whole plan"
                }
            }
        }
    }
}
