// K122 import-row.

import KaskadeDiagnostics
import KaskadeSyntax

public enum ImportRow {
    public static let description = RuleDescription(122, "import-row", .error,
             "A roster row with more or fewer fields than the header, or a quoted field that is never closed.",
             danishSummary: "En række i en medarbejderliste med flere eller færre felter end overskriftslinjen, eller et felt i anførselstegn, der aldrig lukkes.",
             notes: "A row with the wrong number of fields is not read (its cells cannot be trusted to be in their columns); an empty row is skipped. A field in quotes may hold the separator and line breaks.",
             danishNotes: "En række med forkert antal felter læses ikke (dens celler står måske ikke i deres kolonner); en tom række springes over. Et felt i anførselstegn må rumme skilletegnet og linjeskift.",
             triggering: ["indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed;Navn\n↓1001;LYS;Søren;Ærø\n1002;LYS;Anna\n",
                          "indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed;Navn;Stilling\n1001;LYS;\"Søren;Lærer\n1002;LYS;\"↓Anna\";Pædagog\n",
                          "indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed;Navn\n1001;LYS;↓\"Søren\n"],
             nonTriggering: ["indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed;Navn⟪0D⟫\n1001;LYS;\"Søren; Ærø\"⟪0D⟫\n⟪0D⟫\n;;⟪0D⟫\n1002;LYS;\"Anna⟪0D⟫\n\"\"Bo\"\"\"⟪0D⟫\n"])

    /// What K122 says.
    public enum Says: Message {
        case wrongFieldCount(found: Int, header: Int)
        case fieldsLabel(Int)
        case headerLabel(Int)
        case sameCount(separator: UInt8)
        case unterminatedQuote
        case quoteOpensHere
        case closeQuote
        case textAfterQuote
        case textAfterQuoteLabel
        case checkQuotes

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .wrongFieldCount(found, header): "rækken har \(found) felter, men overskriftslinjen har \(header)"
                case let .fieldsLabel(count): count == 1 ? "1 felt" : "\(count) felter"
                case let .headerLabel(count): "\(count) kolonner"
                case let .sameCount(separator): "hvert felt, der rummer \(Self.separatorName(separator, language)), skal stå i anførselstegn, og ingen kolonne må mangle; eksportér igen fra HR-systemet"
                case .unterminatedQuote: "et felt i anførselstegn lukkes aldrig"
                case .quoteOpensHere: "anførselstegnet åbner her"
                case .closeQuote: "luk feltet med `\"`; et anførselstegn inde i feltet skrives `\"\"`"
                case .textAfterQuote: "der står tekst efter det afsluttende anførselstegn i et felt"
                case .textAfterQuoteLabel: "tekst efter anførselstegnet"
                case .checkQuotes: "et anførselstegn tidligt i rækken åbner måske et felt, der opsluger de følgende linjer; fjern det, eller skriv det `\"\"` inde i et felt i anførselstegn"
                }
            case .english:
                return switch self {
                case let .wrongFieldCount(found, header): "the row has \(found) fields, but the header has \(header)"
                case let .fieldsLabel(count): count == 1 ? "1 field" : "\(count) fields"
                case let .headerLabel(count): "\(count) columns"
                case let .sameCount(separator): "every field that holds \(Self.separatorName(separator, language)) must be in quotes, and no column may be missing; export again from the HR system"
                case .unterminatedQuote: "a quoted field is never closed"
                case .quoteOpensHere: "the quote opens here"
                case .closeQuote: "close the field with `\"`; a quote inside it is written `\"\"`"
                case .textAfterQuote: "text follows the closing quote of a field"
                case .textAfterQuoteLabel: "text after the quote"
                case .checkQuotes: "a quote earlier in the row may open a field that swallows the lines after it; remove it, or write it `\"\"` inside a quoted field"
                }
            }
        }

        static func separatorName(_ separator: UInt8, _ language: Language) -> String {
            switch (separator, language) {
            case (0x09, .danish): "en tabulator"
            case (0x09, .english): "a tab"
            case (_, .danish): "`\(Character(Unicode.Scalar(separator)))`"
            case (_, .english): "a `\(Character(Unicode.Scalar(separator)))`"
            }
        }
    }
}
