// K103 wrong-value.

import KaskadeDiagnostics
import KaskadeSyntax

public enum WrongValue {
    public static let description = RuleDescription(103, "wrong-value", .error,
             "A value of the wrong type (a string where a date belongs, …), an unknown enumeration word, or a property the statement does not take.",
             danishSummary: "En værdi af den forkerte type (en tekst, hvor en dato hører til, …), et ukendt værdiord eller en egenskab, sætningen ikke har.",
             triggering: ["plan \"P\" år ↓\"2027\"\n", "plan \"P\" år 2027\ndirektion D \"D\" {\n  drøftelse 2026-11-01 med chefgruppen om X status ↓done\n}\n"],
             nonTriggering: ["plan \"P\" år 2027\n"])

    /// What K103 says.
    enum Says: Message {
        case notASeparator(String)
        case notASeparatorLabel
        case separators
        case notAStatus(String)
        case notAStatusLabel
        case didYouMean(String)
        case statusWords
        case cannotConfigure(code: String, name: String)
        case cannotBeConfigured
        case fixThePlan
        case takesOnly(keyword: String, arguments: [ArgumentType])
        case notExpectedHere
        case writeItAs(usage: String)
        /// `found` is what stands there instead.
        case expectsHere(keyword: String, what: ArgumentType, found: SchemaPhrase.Found)
        /// `what` is an argument's or a value's phrase.
        case expected(what: SchemaPhrase)
        case takesNoBlock(property: String, statement: String)
        case blockOnProperty
        case moveStatements
        case noProperty(statement: String, property: String)
        case notAPropertyOf(statement: String)
        case takesNoProperties(statement: String)
        case propertiesAre([String])
        case needs(property: String, type: ValueType)
        case noValue
        case writeFollowedBy(property: String, type: ValueType)
        case takesOneValue(property: String)
        case secondValue
        case keepOneValue
        case expects(property: String, type: ValueType, found: SchemaPhrase.Found)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notASeparator(text): "`\(text)` er ikke et skilletegn, Kaskade kan læse"
                case .notASeparatorLabel: "ukendt skilletegn"
                case .separators: "skriv `adskiller \";\"`, `adskiller \",\"` eller `adskiller \"\\t\"` (tabulator), eller udelad den, så findes skilletegnet i overskriftslinjen"
                case let .notAStatus(word): "`\(word)` er ikke en status"
                case .notAStatusLabel: "ukendt status"
                case let .didYouMean(nearest): "mente du `\(nearest)`?"
                case .statusWords: "en status er `planlagt`, `afholdt` eller `aflyst` (også på engelsk: planned, held, cancelled)"
                case let .cannotConfigure(code, name): "\(code) (\(name)) er en syntaks- eller navneregel og kan hverken slås fra eller undtages"
                case .cannotBeConfigured: "kan ikke styres"
                case .fixThePlan: "ret i stedet planen"
                case let .takesOnly(keyword, arguments):
                "`\(keyword)` tager \(arguments.isEmpty ? "ingen argumenter" : "kun " + arguments.map { SchemaPhrase.argument($0).text(language) }.joined(separator: " og "))"
                case .notExpectedHere: "ikke forventet her"
                case let .writeItAs(usage): "skriv den som `\(usage)`"
                case let .expectsHere(keyword, what, found): "`\(keyword)` forventede \(SchemaPhrase.argument(what).text(language)) her, men fandt \(SchemaPhrase.found(found).text(language))"
                case let .expected(what): "forventede \(what.text(language))"
                case let .takesNoBlock(property, statement): "`\(property)` sætter en egenskab ved `\(statement)` og har ingen blok"
                case .blockOnProperty: "en blok på en egenskab"
                case .moveStatements: "flyt sætningerne i denne blok derhen, hvor de hører til"
                case let .noProperty(statement, property): "`\(statement)` har ingen egenskab `\(property)`"
                case let .notAPropertyOf(statement): "ikke en egenskab ved `\(statement)`"
                case let .takesNoProperties(statement): "`\(statement)` har ingen egenskaber"
                case let .propertiesAre(names): "dens egenskaber er " + names.map { "`\($0)`" }.joined(separator: ", ")
                case let .needs(property, type): "`\(property)` skal have \(SchemaPhrase.value(type).text(language))"
                case .noValue: "ingen værdi"
                case let .writeFollowedBy(property, type): "skriv `\(property)` efterfulgt af \(SchemaPhrase.value(type).text(language))"
                case let .takesOneValue(property): "`\(property)` tager én værdi"
                case .secondValue: "en værdi mere"
                case .keepOneValue: "behold én værdi"
                case let .expects(property, type, found): "`\(property)` forventede \(SchemaPhrase.value(type).text(language)), men fandt \(SchemaPhrase.found(found).text(language))"
                }
            case .english:
                return switch self {
                case let .notASeparator(text): "`\(text)` is not a separator Kaskade can read"
                case .notASeparatorLabel: "unknown separator"
                case .separators: "write `adskiller \";\"`, `adskiller \",\"` or `adskiller \"\\t\"` (a tab), or leave it out to detect it from the header line"
                case let .notAStatus(word): "`\(word)` is not a status"
                case .notAStatusLabel: "unknown status"
                case let .didYouMean(nearest): "did you mean `\(nearest)`?"
                case .statusWords: "a status is `planlagt`, `afholdt` or `aflyst` (or in English: planned, held, cancelled)"
                case let .cannotConfigure(code, name): "\(code) (\(name)) is a syntax or name rule and cannot be turned off or excepted"
                case .cannotBeConfigured: "cannot be configured"
                case .fixThePlan: "fix the plan instead"
                case let .takesOnly(keyword, arguments):
                    "`\(keyword)` takes \(arguments.isEmpty ? "no arguments" : "only " + arguments.map { SchemaPhrase.argument($0).text(language) }.joined(separator: " and "))"
                case .notExpectedHere: "not expected here"
                case let .writeItAs(usage): "write it as `\(usage)`"
                case let .expectsHere(keyword, what, found): "`\(keyword)` expects \(SchemaPhrase.argument(what).text(language)) here, found \(SchemaPhrase.found(found).text(language))"
                case let .expected(what): "expected \(what.text(language))"
                case let .takesNoBlock(property, statement): "`\(property)` sets a property of `\(statement)` and takes no block"
                case .blockOnProperty: "a block on a property"
                case .moveStatements: "move the statements of this block to where they belong"
                case let .noProperty(statement, property): "`\(statement)` has no property `\(property)`"
                case let .notAPropertyOf(statement): "not a property of `\(statement)`"
                case let .takesNoProperties(statement): "`\(statement)` takes no properties"
                case let .propertiesAre(names): "its properties are " + names.map { "`\($0)`" }.joined(separator: ", ")
                case let .needs(property, type): "`\(property)` needs \(SchemaPhrase.value(type).text(language))"
                case .noValue: "no value"
                case let .writeFollowedBy(property, type): "write `\(property)` followed by \(SchemaPhrase.value(type).text(language))"
                case let .takesOneValue(property): "`\(property)` takes one value"
                case .secondValue: "a second value"
                case .keepOneValue: "keep one value"
                case let .expects(property, type, found): "`\(property)` expects \(SchemaPhrase.value(type).text(language)), found \(SchemaPhrase.found(found).text(language))"
                }
            }
        }
    }
}
