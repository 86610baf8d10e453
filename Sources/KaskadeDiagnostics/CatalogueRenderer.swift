// The rule catalogue rendered for people: `kaskade rules`, `kaskade explain` and the
// generated docs/rules.md. All three are handed the catalogue; nothing is written twice.

public struct CatalogueRenderer: Sendable {
    public let rules: RuleBook
    public let language: Language

    public init(_ rules: RuleBook, language: Language = .english) {
        self.rules = rules
        self.language = language
    }

    private func say(_ words: CatalogueSays) -> String { words.text(language) }

    /// One line per rule: identifier, level, name, summary.
    public func table() -> String {
        let nameWidth = rules.all.map(\.name.count).max() ?? 0
        let levelWidth = Severity.allCases.map { $0.word(language).count }.max() ?? 0
        var out = ""
        for rule in rules.all {
            let level = rule.level.word(language).padding(toLength: levelWidth, withPad: " ", startingAt: 0)
            out += "\(rule.code)  \(level)  \(rule.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0))  \(rule.summary(language))\n"
        }
        return out
    }

    /// Example text as shown to people: markers removed, raw bytes named.
    public static func display(_ example: String) -> String {
        var text = example.replacingOccurrences(of: "↓", with: "")
        while let open = text.range(of: "⟪"), let close = text.range(of: "⟫", range: open.upperBound..<text.endIndex) {
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: "<byte 0x\(text[open.upperBound..<close.lowerBound])>")
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// SARIF's full description: the summary and the guideline sentence it enforces.
    public func fullDescription(_ rule: RuleDescription) -> String {
        rule.guideline.isEmpty ? rule.summary(language) : "\(rule.summary(language)) \(say(.guidelineLabel)): \(rule.guideline)"
    }

    public func explain(_ rule: RuleDescription) -> String {
        var out = "\(rule.code) \(rule.name) (\(rule.level.word(language)), \(say(rule.isConfigurable ? .configurable : .notConfigurable)))\n\n"
        out += rule.summary(language) + "\n"
        if !rule.guideline.isEmpty { out += "\n\(say(.theGuideline)): \"\(rule.guideline)\"\n" }
        let notes = rule.notes(language)
        if !notes.isEmpty { out += "\n\(say(.howKaskadeReadsIt)): \(notes)\n" }
        if let example = rule.triggering.first {
            out += "\n\(say(.thisTriggers)):\n\n" + indent(Self.display(example))
        }
        if let fix = rule.nonTriggering.first {
            out += "\n\(say(.thisDoesNot)):\n\n" + indent(Self.display(fix))
        }
        return out
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }

    /// docs/rules.md (English) and docs/regler.md (Danish): generated, never edited by hand
    /// (a test keeps them in step).
    public func markdown() -> String {
        var out = "# \(say(.referenceTitle))\n\n"
        out += "<!-- \(say(.generatedComment)) -->\n\n"
        out += say(.referenceIntro) + "\n\n"
        out += "| \(say(.tableHeader)) |\n|---|---|---|---|\n"
        for rule in rules.all {
            out += "| [\(rule.code)](#\(rule.code.lowercased())) | \(rule.name) | \(rule.level.word(language)) | \(rule.summary(language).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for rule in rules.all {
            out += "\n## \(rule.code)\n\n**\(rule.name)** — \(rule.level.word(language))\n\n\(rule.summary(language))\n"
            if !rule.guideline.isEmpty { out += "\n> \(rule.guideline)\n" }
            let notes = rule.notes(language)
            if !notes.isEmpty { out += "\n*\(say(.howKaskadeReadsIt)):* \(notes)\n" }
            for example in rule.triggering {
                out += "\n\(say(.triggers)):\n\n```kaskade\n\(Self.display(example))```\n"
            }
            for example in rule.nonTriggering {
                out += "\n\(say(.doesNotTrigger)):\n\n```kaskade\n\(Self.display(example))```\n"
            }
        }
        return out
    }
}

/// The catalogue's own words.
enum CatalogueSays: Message {
    case configurable, notConfigurable, theGuideline, guidelineLabel, howKaskadeReadsIt, thisTriggers, thisDoesNot
    case referenceTitle, generatedComment, referenceIntro, tableHeader, triggers, doesNotTrigger

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .configurable: "can be configured with `regel` and `undtagelse`"
            case .notConfigurable: "cannot be turned off"
            case .theGuideline: "The guideline"
            case .guidelineLabel: "Guideline"
            case .howKaskadeReadsIt: "How Kaskade reads it"
            case .thisTriggers: "This triggers it"
            case .thisDoesNot: "This does not"
            case .referenceTitle: "Rule reference"
            case .generatedComment: "Generated by `kaskade rules --format markdown` from the rule catalogue; do not edit."
            case .referenceIntro: "Every finding carries one of these identifiers. Syntax (K0xx) and name (K1xx) rules cannot be turned off or excepted (except K111 and K114, the warnings about the plan's own configuration); all others can, with `regel` and `undtagelse`."
            case .tableHeader: "id | name | level | summary"
            case .triggers: "Triggers"
            case .doesNotTrigger: "Does not trigger"
            }
        case .danish:
            switch self {
            case .configurable: "kan styres med `regel` og `undtagelse`"
            case .notConfigurable: "kan ikke slås fra"
            case .theGuideline: "Retningslinjen"
            case .guidelineLabel: "Retningslinje"
            case .howKaskadeReadsIt: "Sådan læser Kaskade den"
            case .thisTriggers: "Dette udløser den"
            case .thisDoesNot: "Dette gør ikke"
            case .referenceTitle: "Regeloversigt"
            case .generatedComment: "Genereret af `kaskade rules --sprog da --format markdown` ud fra regelkataloget; ret ikke i filen."
            case .referenceIntro: "Hvert fund har et af disse id'er. Syntaksregler (K0xx) og navneregler (K1xx) kan hverken slås fra eller undtages (undtagen K111 og K114, advarslerne om planens egen opsætning); alle andre kan, med `regel` og `undtagelse`."
            case .tableHeader: "id | navn | niveau | kort fortalt"
            case .triggers: "Udløser"
            case .doesNotTrigger: "Udløser ikke"
            }
        }
    }
}
