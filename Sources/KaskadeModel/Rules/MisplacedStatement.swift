// K101 misplaced-statement.

import KaskadeDiagnostics
import KaskadeSyntax

public enum MisplacedStatement {
    public static let description = RuleDescription(101, "misplaced-statement", .error,
             "A statement where the schema does not allow it; the finding says where it may stand.",
             danishSummary: "En sætning, hvor skemaet ikke tillader den; fundet siger, hvor den må stå.",
             triggering: ["plan \"P\" år 2027\n↓virksomhed LYS \"Lyngehus Skole\" leder \"Peter Holm\"\n"],
             nonTriggering: ["plan \"P\" år 2027\nområde CSD \"Skole\" chef \"Anne\" udvalg BSU {\n  virksomhed LYS \"Lyngehus Skole\" leder \"Peter Holm\"\n}\n"])

    /// What K101 says.
    enum Says: Message {
        /// Where a statement stands: at the top level, or in a statement with this keyword.
        enum Place: Sendable {
            case topLevel, inside(keyword: String)

            /// "at the top level", "in `område`".
            func here(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case .topLevel: "på øverste niveau"
                    case let .inside(keyword): "i `\(keyword)`"
                    }
                case .english:
                    return switch self {
                    case .topLevel: "at the top level"
                    case let .inside(keyword): "in `\(keyword)`"
                    }
                }
            }

            /// "the top level", "`område`".
            func name(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case .topLevel: "øverste niveau"
                    case let .inside(keyword): "`\(keyword)`"
                    }
                case .english:
                    return switch self {
                    case .topLevel: "the top level"
                    case let .inside(keyword): "`\(keyword)`"
                    }
                }
            }
        }

        /// `allowed` is where the statement may stand (`.places`).
        case mayNotStand(keyword: String, here: Place, allowed: SchemaPhrase)
        case notAllowed(Place)
        case moveIt(allowed: SchemaPhrase)
        case isAProperty(keyword: String, place: Place)
        /// `owners` are the keywords of the statements that have the property.
        case propertyOf(owners: [String])
        case secondBoard
        case secondBoardLabel
        case firstBoard
        case mergeBoards

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .mayNotStand(keyword, here, allowed): "`\(keyword)` må ikke stå \(here.here(language)); den må stå \(allowed.text(language))"
                case let .notAllowed(here): "ikke tilladt \(here.here(language))"
                case let .moveIt(allowed): "flyt den, så den står \(allowed.text(language))"
                case let .isAProperty(keyword, place): "`\(keyword)` er en egenskab, og \(place.name(language)) har den ikke"
                case let .propertyOf(owners): "den er en egenskab ved " + owners.map { "`\($0)`" }.joined(separator: ", ")
                case .secondBoard: "planen har en direktion mere; der er højst én"
                case .secondBoardLabel: "anden direktion"
                case .firstBoard: "den første direktion"
                case .mergeBoards: "slå de to sammen til én `direktion`"
                }
            case .english:
                return switch self {
                case let .mayNotStand(keyword, here, allowed): "`\(keyword)` may not stand \(here.here(language)); it may stand \(allowed.text(language))"
                case let .notAllowed(here): "not allowed \(here.here(language))"
                case let .moveIt(allowed): "move it \(allowed.text(language).replacingOccurrences(of: "in `", with: "into `"))"
                case let .isAProperty(keyword, place): "`\(keyword)` is a property, and \(place.name(language)) does not take it"
                case let .propertyOf(owners): "it is a property of " + owners.map { "`\($0)`" }.joined(separator: ", ")
                case .secondBoard: "the plan has a second `direktion`; there is at most one"
                case .secondBoardLabel: "second direktion"
                case .firstBoard: "the first direktion"
                case .mergeBoards: "merge the two into one `direktion`"
                }
            }
        }
    }
}
