// `kaskade rules` and `kaskade explain RULE`: the rule catalogue for people.

import ArgumentParser
import KaskadeDiagnostics
import KaskadeRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rule catalogue.")

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, json or markdown.")
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    func run() {
        switch format {
        case .text: writeOut(CatalogueRenderer(RuleCatalogue.book).table())
        case .json: writeOut(RuleCatalogueJSON(RuleCatalogue.book).catalogue())
        case .markdown: writeOut(CatalogueRenderer(RuleCatalogue.book).markdown())
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule: what it asks, the guideline sentence, an example and its fix.")

    @OptionGroup var language: LanguageOption

    @Argument(help: "A rule identifier (K402) or name (no-proposal).")
    var rule: String

    @Option(help: "Output format: text or json.")
    var format: ExplainFormat = .text

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        guard let id = RuleCatalogue.book.lookup(rule) else {
            let known = RuleCatalogue.book.spellings
            printError("kaskade: error: there is no rule `\(rule)` (`kaskade rules` lists them)\(DidYouMean.hint(for: rule, among: known))")
            throw Exit.couldNotRun
        }
        switch format {
        case .text: writeOut(CatalogueRenderer(RuleCatalogue.book).explain(id))
        case .json: writeOut(RuleCatalogueJSON(RuleCatalogue.book).explain(id))
        }
    }
}
