// K105 unknown-name.

import KaskadeDiagnostics
import KaskadeSyntax

public enum UnknownName {
    public static let description = RuleDescription(105, "unknown-name", .error,
             "A reference to an ID that no statement defines, with a \"did you mean\" from the nearest existing ID.",
             danishSummary: "En henvisning til et id, som ingen sætning definerer, med et \"mente du\" ud fra det nærmeste eksisterende id.",
             notes: "Nearest means the smallest edit distance after folding case and accents (æ→ae, ø→oe, å→aa); no rule reports on a reference that is unknown.",
             danishNotes: "Nærmest betyder den mindste redigeringsafstand efter at have set bort fra store/små bogstaver og accenter (æ→ae, ø→oe, å→aa); ingen regel melder om en henvisning, der er ukendt.",
             triggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under ↓BX\n"],
             nonTriggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under BY\n"])

    /// What K105 says.
    enum Says: Message {
        case noUnitWithIDOrCode(String)
        case giveUnitCode(String)
        case noStatementNamed(String)
        case unknownName
        case didYouMean(String)
        /// `wanted` are the keywords of the kinds the name may have.
        case defineOrCorrect(wanted: [String], name: String)
        case change(name: String, to: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noUnitWithIDOrCode(name): "ingen virksomhed eller afdeling har id eller `kode` `\(name)`"
                case let .giveUnitCode(name): "giv enheden `kode \"\(name)\"`, eller ret cellen"
                case let .noStatementNamed(name): "ingen sætning hedder `\(name)`"
                case .unknownName: "ukendt navn"
                case let .didYouMean(nearest): "mente du `\(nearest)`?"
                case let .defineOrCorrect(wanted, name):
                "definér en \(wanted.map { "`\($0)`" }.joined(separator: " eller ")) med navnet `\(name)`, eller ret navnet"
                case let .change(name, to): "ret `\(name)` til `\(to)`"
                }
            case .english:
                return switch self {
                case let .noUnitWithIDOrCode(name): "no virksomhed or afdeling has the ID or `kode` `\(name)`"
                case let .giveUnitCode(name): "give the unit `kode \"\(name)\"`, or correct the cell"
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
