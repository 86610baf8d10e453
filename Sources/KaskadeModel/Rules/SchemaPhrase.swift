// The schema's words as the structure rules (K101, K102, K103) say them: what an argument or
// a value is, where a statement may stand, and what was found instead.

import KaskadeDiagnostics
import KaskadeSyntax

/// A phrase about the schema, shared by the messages of K101–K103.
enum SchemaPhrase: Message {
    /// "its name (an ID such as `LYS`)".
    case argument(ArgumentType)
    /// "a period (such as 2027-03-15..2027-04-30)".
    case value(ValueType)
    /// "at the top level", "in `område`, `virksomhed` or `afdeling`" (`.none` is the top level).
    case places([Keyword])
    /// What stands where something else was expected.
    case found(Found)

    enum Found: Sendable {
        case name(String), string, number(String), numberTooLarge(String), duration, date, period, word(String)
    }

    func text(_ language: Language) -> String {
        switch language {
        case .danish:
            return switch self {
            case let .argument(type):
            switch type {
            case .id: "sit navn (et id som `LYS`)"
            case .title, .optionalTitle: "en titel i anførselstegn"
            case .date: "en dato (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-Wuu)"
            case .ruleID: "en regel (fx `K402`)"
            case .reason: "en begrundelse i anførselstegn"
            case .path: "en filsti i anførselstegn"
            }
            case let .value(type):
            switch type {
            case .number: "et tal"
            case .string: "en tekst"
            case .date: "en dato (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-Wuu)"
            case .range: "en periode (fx 2027-03-15..2027-04-30)"
            case .duration: "en varighed (fx 14 dage)"
            case .ref(let kinds): "navnet på " + Self.either(kinds.keywords.map { "`\($0.danish)`" }, language)
            case .oneOf(let words): words.keywords.map { "`\($0.danish)`" }.joined(separator: ", ")
            case .audience: "`chefgruppen`, `lederne` eller navne på enheder"
            case .units: "navne på enheder (virksomhed eller afdeling)"
            case .language: "`da` eller `en`"
            case .encoding: "`utf-8` eller `windows-1252`"
            }
            case let .places(places):
            places == [.none] ? "på øverste niveau"
                    : "i " + Self.either(places.map { $0 == .none ? "øverste niveau" : "`\($0.danish)`" }, language)
            case let .found(found):
            switch found {
            case let .name(name): "navnet `\(name)`"
            case .string: "en tekst"
            case let .number(text): "tallet \(text)"
            case let .numberTooLarge(text): "et for stort tal (\(text))"
            case .duration: "en varighed"
            case .date: "en dato"
            case .period: "en periode"
            case let .word(text): "ordet `\(text)`"
            }
            }
        case .english:
            return switch self {
            case let .argument(type):
                switch type {
                case .id: "its name (an ID such as `LYS`)"
                case .title, .optionalTitle: "a title in quotes"
                case .date: "a date (YYYY-MM-DD or YYYY-Www)"
                case .ruleID: "a rule (such as `K402`)"
                case .reason: "a reason in quotes"
                case .path: "a file path in quotes"
                }
            case let .value(type):
                switch type {
                case .number: "a number"
                case .string: "a string"
                case .date: "a date (YYYY-MM-DD or YYYY-Www)"
                case .range: "a period (such as 2027-03-15..2027-04-30)"
                case .duration: "a duration (such as 14 dage)"
                case .ref(let kinds): "the name of " + kinds.keywords.map { "a `\($0.danish)`" }.joined(separator: " or ")
                case .oneOf(let words): words.keywords.map { "`\($0.danish)`" }.joined(separator: ", ")
                case .audience: "`chefgruppen`, `lederne` or the names of units"
                case .units: "the names of units (virksomhed or afdeling)"
                case .language: "`da` or `en`"
                case .encoding: "`utf-8` or `windows-1252`"
                }
            case let .places(places):
                places == [.none] ? "at the top level"
                    : "in " + Self.either(places.map { $0 == .none ? "the top level" : "`\($0.danish)`" })
            case let .found(found):
                switch found {
                case let .name(name): "the name `\(name)`"
                case .string: "a string"
                case let .number(text): "the number \(text)"
                case let .numberTooLarge(text): "a number too large (\(text))"
                case .duration: "a duration"
                case .date: "a date"
                case .period: "a period"
                case let .word(text): "the word `\(text)`"
                }
            }
        }
    }

    /// "a", "a or b", "a, b or c".
    private static func either(_ names: [String], _ language: Language = .english) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (language == .danish ? " eller " : " or ") + names.last!
    }
}
