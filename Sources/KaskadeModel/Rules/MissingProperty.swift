// K102 missing-property.

import KaskadeDiagnostics
import KaskadeSyntax

public enum MissingProperty {
    public static let description = RuleDescription(102, "missing-property", .error,
             "A required property (or argument) is missing.",
             danishSummary: "En påkrævet egenskab (eller et argument) mangler.",
             notes: "A missing required argument (an ID or a TITLE) is reported here too. A `mål` of a committee without `følger` is reported here; a board, area or local goal without `følger` is reported by K204, K302 and K401, which say what it should follow.",
             danishNotes: "Et manglende påkrævet argument (et id eller en TITEL) meldes også her. Et udvalgs `mål` uden `følger` meldes her; et af direktionens mål, et områdemål eller et lokalt mål uden `følger` meldes af K204, K302 og K401, som siger, hvad det bør følge.",
             triggering: ["plan \"P\" år 2027\n↓område CSD \"Skole\" chef \"Anne\"\n", "↓plan \"P\"\n",
                          "plan \"P\" år 2027\nudvalg BSU \"Udvalg\"\n↓område CSD \"Skole\" udvalg BSU {\n  ↓virksomhed LYS \"Lyngehus\"\n}\n"],
             nonTriggering: ["plan \"P\" år 2027\n"])

    /// What K102 says.
    enum Says: Message {
        case unitColumnNeeded
        case rowHasNoNumber(column: String)
        case noNumberLabel
        case fillNumber
        case rowHasNoUnit(column: String)
        case noUnitLabel
        case fillUnit
        case committeeGoalFollowsNothing(goal: String, title: String)
        case followsNothing
        case everyGoalFollows
        case needsArgument(keyword: String, what: ArgumentType)
        case argumentMissing(what: ArgumentType)
        case writeItAs(usage: String)
        case needsProperty(keyword: String, property: String, type: ValueType)
        case propertyMissing(property: String)
        case add(text: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .unitColumnNeeded: "uden for en virksomhed eller afdeling skal `indlæs` sige, hvilken kolonne der rummer enheden: tilføj `enhed \"Kolonnenavn\"`"
                case let .rowHasNoNumber(column): "rækken har intet medarbejdernummer i kolonnen \"\(column)\""
                case .noNumberLabel: "intet medarbejdernummer"
                case .fillNumber: "udfyld nummeret i HR-systemet og eksportér igen, eller slet rækken"
                case let .rowHasNoUnit(column): "rækken har ingen enhed i kolonnen \"\(column)\""
                case .noUnitLabel: "ingen enhed"
                case .fillUnit: "udfyld enhedens id eller `kode`, eller læs filen ind i enheden selv"
                case let .committeeGoalFollowsNothing(goal, title): "udvalgsmålet \(goal) \"\(title)\" nævner intet mål, det `følger`"
                case .followsNothing: "følger intet"
                case .everyGoalFollows: "alle mål undtagen byrådets nævner, hvad de følger: tilføj `følger` og et byrådsmål"
                case let .needsArgument(keyword, what): "`\(keyword)` skal have \(SchemaPhrase.argument(what).text(language)) her"
                case let .argumentMissing(what): "\(SchemaPhrase.argument(what).text(language)) mangler"
                case let .writeItAs(usage): "skriv den som `\(usage)`"
                case let .needsProperty(keyword, property, type): "`\(keyword)` skal have `\(property)`: \(SchemaPhrase.value(type).text(language))"
                case let .propertyMissing(property): "`\(property)` mangler"
                case let .add(text): "tilføj `\(text)`"
                }
            case .english:
                return switch self {
                case .unitColumnNeeded: "outside a virksomhed or afdeling, `indlæs` must say which column holds the unit: add `enhed \"Column name\"`"
                case let .rowHasNoNumber(column): "the row has no employee number in the column \"\(column)\""
                case .noNumberLabel: "no employee number"
                case .fillNumber: "fill in the number in the HR system and export again, or delete the row"
                case let .rowHasNoUnit(column): "the row has no unit in the column \"\(column)\""
                case .noUnitLabel: "no unit"
                case .fillUnit: "fill in the unit's ID or `kode`, or read the file inside the unit itself"
                case let .committeeGoalFollowsNothing(goal, title): "goal \(goal) \"\(title)\" of a committee names no goal it `følger`"
                case .followsNothing: "follows nothing"
                case .everyGoalFollows: "every goal except a council's names what it follows: add `følger` and a council goal"
                case let .needsArgument(keyword, what): "`\(keyword)` needs \(SchemaPhrase.argument(what).text(language)) here"
                case let .argumentMissing(what): "\(SchemaPhrase.argument(what).text(language)) missing"
                case let .writeItAs(usage): "write it as `\(usage)`"
                case let .needsProperty(keyword, property, type): "`\(keyword)` needs `\(property)`: \(SchemaPhrase.value(type).text(language))"
                case let .propertyMissing(property): "`\(property)` missing"
                case let .add(text): "add `\(text)`"
                }
            }
        }
    }
}
