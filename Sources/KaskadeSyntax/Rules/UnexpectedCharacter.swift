// K002 unexpected-character.

import KaskadeDiagnostics

public enum UnexpectedCharacter {
    public static let description = RuleDescription(2, "unexpected-character", .error,
             "A character that starts no token (or an unknown escape in a string).",
             danishSummary: "Et tegn, der ikke begynder noget ord (eller en ukendt escape-sekvens i en tekst).",
             triggering: ["plan \"Allerød\" år 2027 ↓@\n", "kompetence INK \"Tab↓\\q\"\n"],
             nonTriggering: ["plan \"Allerød\" år 2027 # @ in a comment is fine\n"])

    /// What K002 says.
    public enum Says: Message {
        /// `first` is the (first) character as shown: `` `x` `` or `U+1F`.
        case unexpectedCharacter(String)
        case unexpectedCharacters(count: Int, first: String)
        case unexpectedCharacterLabel
        case unexpectedCharactersLabel
        case removeIt
        case removeThem
        case unknownEscape(String)
        case unknownEscapeLabel
        case theEscapes

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .unexpectedCharacter(character): "uventet tegn \(character): det begynder intet ord"
                case let .unexpectedCharacters(count, first): "\(count) uventede tegn, begyndende med \(first): de begynder intet ord"
                case .unexpectedCharacterLabel: "uventet tegn"
                case .unexpectedCharactersLabel: "uventede tegn"
                case .removeIt: "fjern det, eller sæt teksten i anførselstegn, hvis den hører til en titel"
                case .removeThem: "fjern dem, eller sæt teksten i anførselstegn, hvis den hører til en titel"
                case let .unknownEscape(escape): "ukendt escape-sekvens `\(escape)` i en tekst"
                case .unknownEscapeLabel: "ukendt escape-sekvens"
                case .theEscapes: "escape-sekvenserne er \\\", \\\\, \\n, \\t og \\u{…}; skriv \\\\ for en backslash"
                }
            case .english:
                return switch self {
                case let .unexpectedCharacter(character): "unexpected character \(character): it starts no token"
                case let .unexpectedCharacters(count, first): "\(count) unexpected characters, starting with \(first): they start no token"
                case .unexpectedCharacterLabel: "unexpected character"
                case .unexpectedCharactersLabel: "unexpected characters"
                case .removeIt: "remove it, or put the text in quotes if it belongs to a title"
                case .removeThem: "remove them, or put the text in quotes if it belongs to a title"
                case let .unknownEscape(escape): "unknown escape `\(escape)` in a string"
                case .unknownEscapeLabel: "unknown escape"
                case .theEscapes: "the escapes are \\\", \\\\, \\n, \\t and \\u{…}; write \\\\ for a backslash"
                }
            }
        }
    }
}
