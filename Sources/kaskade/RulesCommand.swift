// `kaskade rules` and `kaskade explain RULE`: the rule catalogue for people.

import ArgumentParser
import KaskadeDiagnostics

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rule catalogue.")

    @Option(help: "Output format: text, json or markdown.")
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    func run() {
        switch format {
        case .text: writeOut(CatalogueRenderer.table())
        case .json: writeOut(RuleCatalogueJSON.catalogue())
        case .markdown: writeOut(CatalogueRenderer.markdown())
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one rule: what it asks, the guideline sentence, an example and its fix.")

    @Argument(help: "A rule identifier (K305) or name (annual-follow-up).")
    var rule: String

    @Option(help: "Output format: text or json.")
    var format: ExplainFormat = .text

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        guard let id = RuleID(codeOrName: rule) else {
            let known = RuleCatalogue.all.flatMap { [$0.code, $0.name] }
            printError("kaskade: error: there is no rule `\(rule)` (`kaskade rules` lists them)\(DidYouMean.hint(for: rule, among: known))")
            throw Exit.couldNotRun
        }
        switch format {
        case .text: writeOut(CatalogueRenderer.explain(id))
        case .json: writeOut(RuleCatalogueJSON.explain(id))
        }
    }
}
