// K112 unknown-rule.

import KaskadeDiagnostics

public enum UnknownRule {
    public static let description = RuleDescription(112, "unknown-rule", .error,
             "`regel` or `undtagelse` names a rule that does not exist.",
             danishSummary: "`regel` eller `undtagelse` nævner en regel, der ikke findes.",
             notes: "Rules may be named by identifier (K402) or by name (no-proposal).",
             danishNotes: "Regler kan nævnes med id (K402) eller navn (no-proposal).",
             triggering: ["regel ↓K999 niveau fra\n"],
             nonTriggering: ["regel K502 niveau fra\nregel annual-follow-up niveau advarsel\n"])

    /// What K112 says.
    enum Says: Message {
        case noRule(String)
        case unknownRule
        case didYouMean(String)
        case rulesListsThem

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noRule(text): "der findes ingen regel `\(text)`"
                case .unknownRule: "ukendt regel"
                case let .didYouMean(nearest): "mente du `\(nearest)`? `kaskade rules` viser dem alle"
                case .rulesListsThem: "`kaskade rules` viser reglerne"
                }
            case .english:
                return switch self {
                case let .noRule(text): "there is no rule `\(text)`"
                case .unknownRule: "unknown rule"
                case let .didYouMean(nearest): "did you mean `\(nearest)`? `kaskade rules` lists them all"
                case .rulesListsThem: "`kaskade rules` lists the rules"
                }
            }
        }
    }
}
