// K105 unknown-name.

import KaskadeDiagnostics
import KaskadeSyntax

public enum UnknownName {
    public static let description = RuleDescription(105, "unknown-name", .error,
             "A reference to an ID that no statement defines, with a \"did you mean\" from the nearest existing ID.",
             notes: "Nearest means the smallest edit distance after folding case and accents (æ→ae, ø→oe, å→aa); no rule reports on a reference that is unknown.",
             triggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under ↓BX\n"],
             nonTriggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under BY\n"])

    /// What K105 says.
    enum Says: Message {
        case noStatementNamed(String)
        case unknownName
        case didYouMean(String)
        /// `wanted` are the keywords of the kinds the name may have.
        case defineOrCorrect(wanted: [String], name: String)
        case change(name: String, to: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish: return text(.english) // TODO(da)
            case .english:
                return switch self {
                case let .noStatementNamed(name): "no statement is named `\(name)`"
                case .unknownName: "unknown name"
                case let .didYouMean(nearest): "did you mean `\(nearest)`?"
                case let .defineOrCorrect(wanted, name):
                    "define a \(wanted.map { "`\($0)`" }.joined(separator: " or ")) named `\(name)`, or correct the name"
                case let .change(name, to): "change `\(name)` to `\(to)`"
                }
            }
        }
    }
}
