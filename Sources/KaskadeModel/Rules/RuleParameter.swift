// K116 rule-parameter: `regel` sets a parameter the rule does not take.

import KaskadeDiagnostics

public enum RuleParameter {
    public static let description = RuleDescription(116, "rule-parameter", .error,
             "`regel` sets a parameter that the rule does not take (only K405 takes `varsel`).",
             danishSummary: "`regel` sætter en parameter, som reglen ikke har (kun K405 har `varsel`).",
             notes: "The parameter is ignored; the rest of the `regel` (its `niveau`) still applies.",
             danishNotes: "Parameteren ignoreres; resten af `regel` (dens `niveau`) gælder stadig.",
             triggering: ["regel K402 ↓varsel 14 dage\n"],
             nonTriggering: ["regel K405 varsel 14 dage\nregel K402 niveau advarsel\n"])

    /// What K116 says.
    enum Says: Message {
        case noParameter(rule: String)
        case notAParameter(rule: String)
        case removeNotice

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noParameter(rule): "\(rule) har ingen parameter `varsel`; det har kun K405"
                case let .notAParameter(rule): "ikke en parameter til \(rule)"
                case .removeNotice: "fjern `varsel …` fra denne `regel`"
                }
            case .english:
                return switch self {
                case let .noParameter(rule): "\(rule) takes no parameter `varsel`; only K405 does"
                case let .notAParameter(rule): "not a parameter of \(rule)"
                case .removeNotice: "remove `varsel …` from this `regel`"
                }
            }
        }
    }
}
