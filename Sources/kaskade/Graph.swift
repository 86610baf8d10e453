// `kaskade graph PLAN… --format dot|mermaid|svg [--unit ID]`: the cascade as a graph
// (`--from` stays as an alias of `--unit`).

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeFormat

struct Graph: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: OutputHelp.graphAbstract.text(cliLanguage), discussion: OutputHelp.graphDiscussion.text(cliLanguage),
                             aliases: ["graf"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(OutputHelp.plans.text(cliLanguage)))
    var plans: [String]

    @Option(help: ArgumentHelp(OutputHelp.graphFormat.text(cliLanguage)))
    var format: GraphFormat = .dot

    @Option(name: [.customLong("unit"), .customLong("from")], help: ArgumentHelp(OutputHelp.graphUnit.text(cliLanguage)))
    var unit: String?

    enum GraphFormat: String, ExpressibleByArgument {
        case dot, mermaid, svg
    }

    func run() throws {
        // Say at once, before reading the plan, when SVG cannot be made here.
        if format == .svg, Graphviz.executable() == nil { throw exportFailed("graph", OutputHelp.installGraphviz.text(cliLanguage)) }
        let result = try loadForExport(plans, command: "graph")
        let graph: CascadeGraph
        do {
            graph = try CascadeGraph(plan: result.plan, report: result.report, from: unit)
        } catch let error as ExportError {
            throw exportFailed("graph", error.description)
        }
        switch format {
        case .dot: writeOut(graph.dot())
        case .mermaid: writeOut(graph.mermaid())
        case .svg:
            do {
                FileHandle.standardOutput.write(try Graphviz.render(graph.dot(), format: "svg"))
            } catch let error as Graphviz.Failure {
                throw exportFailed("graph", error.description)
            }
        }
    }
}
