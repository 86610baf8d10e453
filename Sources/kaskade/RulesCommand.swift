// `kaskade rules` and `kaskade explain RULE`: the rule catalogue for people.

import ArgumentParser
import KaskadeDiagnostics

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rule catalogue.")

    @Option(help: "Output format: text or markdown.")
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument {
        case text, markdown
    }

    func run() {
        switch format {
        case .text: writeOut(CatalogueRenderer.table())
        case .markdown: writeOut(CatalogueRenderer.markdown())
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule: what it asks, the guideline sentence, an example and its fix.")

    @Argument(help: "A rule identifier (K305) or name (annual-follow-up).")
    var rule: String

    func run() throws {
        guard let id = RuleID(codeOrName: rule) else {
            printError("kaskade: there is no rule `\(rule)`; `kaskade rules` lists them")
            throw Exit.couldNotRun
        }
        writeOut(CatalogueRenderer.explain(id))
    }
}
