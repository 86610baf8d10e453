// The rule catalogue for programs: `kaskade rules --format json` and
// `kaskade explain RULE --format json` (docs/rules-json.md). Read from the catalogue through
// the rule book it is handed, like the text and Markdown renderings, so nothing is written twice.

import Foundation

public struct RuleCatalogueJSON: Sendable {
    public let rules: RuleBook
    /// The language of the summaries and notes; the keys never change.
    public let language: Language

    public init(_ rules: RuleBook, language: Language = .english) {
        self.rules = rules
        self.language = language
    }

    struct Rule: Encodable {
        let id: String
        let name: String
        let level: String
        let configurable: Bool
        let summary: String
        let guideline: String?
        let notes: String?
        let triggering: [String]
        let nonTriggering: [String]
    }

    struct Catalogue: Encodable {
        let version = 1
        let rules: [Rule]
    }

    struct One: Encodable {
        let version = 1
        let rule: Rule
    }

    func rule(_ info: RuleDescription) -> Rule {
        let notes = info.notes(language)
        return Rule(id: info.code, name: info.name, level: info.level.rawValue, configurable: info.isConfigurable,
                    summary: info.summary(language), guideline: info.guideline.isEmpty ? nil : info.guideline,
                    notes: notes.isEmpty ? nil : notes,
                    triggering: info.triggering.map(CatalogueRenderer.display),
                    nonTriggering: info.nonTriggering.map(CatalogueRenderer.display))
    }

    /// `{ "version": 1, "rules": [...] }`, in catalogue order.
    public func catalogue() -> String {
        Self.encode(Catalogue(rules: rules.all.map(rule)))
    }

    /// `{ "version": 1, "rule": {...} }`.
    public func explain(_ description: RuleDescription) -> String {
        Self.encode(One(rule: rule(description)))
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }
}
