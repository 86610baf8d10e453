// `kaskade rules` and `kaskade explain RULE`: the rule catalogue for people.

import ArgumentParser
import KaskadeDiagnostics
import KaskadeRules

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rule catalogue.")

    @Option(help: "Output format: text or markdown.")
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument {
        case text, markdown
    }

    func run() {
        switch format {
        case .text: writeOut(CatalogueRenderer(RuleCatalogue.book).table())
        case .markdown: writeOut(CatalogueRenderer(RuleCatalogue.book).markdown())
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule: what it asks, the guideline sentence, an example and its fix.")

    @Argument(help: "A rule identifier (K402) or name (no-proposal).")
    var rule: String

    func run() throws {
        guard let description = RuleCatalogue.book.lookup(rule) else {
            printError("kaskade: there is no rule `\(rule)`; `kaskade rules` lists them")
            throw Exit.couldNotRun
        }
        writeOut(CatalogueRenderer(RuleCatalogue.book).explain(description))
    }
}
