// `kaskade rules` and `kaskade explain RULE`: the rule catalogue for people.

import ArgumentParser
import KaskadeDiagnostics
import KaskadeRules

struct Rules: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: RulesHelp.rulesAbstract.text(cliLanguage), aliases: ["regler"])
    }

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(RulesHelp.rulesFormat.text(cliLanguage)))
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    func run() {
        switch format {
        case .text: writeOut(CatalogueRenderer(RuleCatalogue.book, language: cliLanguage).table())
        case .json: writeOut(RuleCatalogueJSON(RuleCatalogue.book, language: cliLanguage).catalogue())
        case .markdown: writeOut(CatalogueRenderer(RuleCatalogue.book, language: cliLanguage).markdown())
        }
    }
}

struct Explain: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: RulesHelp.explainAbstract.text(cliLanguage), aliases: ["forklar"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(RulesHelp.rule.text(cliLanguage)))
    var rule: String

    @Option(help: ArgumentHelp(RulesHelp.explainFormat.text(cliLanguage)))
    var format: ExplainFormat = .text

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        guard let id = RuleCatalogue.book.lookup(rule) else {
            let known = RuleCatalogue.book.spellings
            printFailure(RulesHelp.noSuchRule(rule, hint: DidYouMean.hint(for: rule, among: known, cliLanguage)))
            throw Exit.couldNotRun
        }
        switch format {
        case .text: writeOut(CatalogueRenderer(RuleCatalogue.book, language: cliLanguage).explain(id))
        case .json: writeOut(RuleCatalogueJSON(RuleCatalogue.book, language: cliLanguage).explain(id))
        }
    }
}

/// What `rules` and `explain` say besides the catalogue.
enum RulesHelp: Message {
    case rulesAbstract, rulesFormat, explainAbstract, rule, explainFormat
    case noSuchRule(String, hint: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .rulesAbstract: "List the rule catalogue."
            case .rulesFormat: "Output format: text, json or markdown."
            case .explainAbstract: "Explain one rule: what it asks, the guideline sentence, an example and its fix."
            case .rule: "A rule identifier (K402) or name (no-proposal)."
            case .explainFormat: "Output format: text or json."
            case let .noSuchRule(rule, hint): "there is no rule `\(rule)` (`kaskade rules` lists them)\(hint)"
            }
        case .danish:
            switch self {
            case .rulesAbstract: "Vis regelkataloget."
            case .rulesFormat: "Uddataformat: text, json eller markdown."
            case .explainAbstract: "Forklar én regel: hvad den kræver, sætningen i retningslinjen, et eksempel og rettelsen."
            case .rule: "Et regel-id (K402) eller et regelnavn (no-proposal)."
            case .explainFormat: "Uddataformat: text eller json."
            case let .noSuchRule(rule, hint): "der findes ingen regel `\(rule)` (`kaskade rules` viser dem)\(hint)"
            }
        }
    }
}
