// K003 unterminated-string.

import KaskadeDiagnostics

public enum UnterminatedString {
    public static let description = RuleDescription(3, "unterminated-string", .error,
             "A string not closed on its line, or a `\"\"\"` string never closed.",
             danishSummary: "En tekst, der ikke lukkes på sin linje, eller en `\"\"\"`-tekst, der aldrig lukkes.",
             triggering: ["plan ↓\"Allerød år 2027\n", "koncept MUS \"MUS\" beskrivelse ↓\"\"\"\n  tekst\n"],
             nonTriggering: ["koncept MUS \"MUS\" beskrivelse \"\"\"\n  tekst\n  \"\"\"\n"])

    /// What K003 says.
    public enum Says: Message {
        case notClosedOnLine
        case stringStartsHere
        case closeIt
        case blockNeverClosed
        case fileEndsHere
        case closeBlock

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .notClosedOnLine: "denne tekst lukkes ikke på sin linje"
                case .stringStartsHere: "teksten begynder her"
                case .closeIt: "luk den med `\"`, eller brug `\"\"\"` til tekst over flere linjer"
                case .blockNeverClosed: "denne `\"\"\"`-tekst lukkes aldrig"
                case .fileEndsHere: "filen slutter her"
                case .closeBlock: "luk den med `\"\"\"` på en linje for sig"
                }
            case .english:
                return switch self {
                case .notClosedOnLine: "this string is not closed on its line"
                case .stringStartsHere: "string starts here"
                case .closeIt: "close it with `\"`, or use `\"\"\"` for text over several lines"
                case .blockNeverClosed: "this `\"\"\"` string is never closed"
                case .fileEndsHere: "the file ends here"
                case .closeBlock: "close it with `\"\"\"` on a line of its own"
                }
            }
        }
    }
}
