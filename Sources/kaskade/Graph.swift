// `kaskade graph PLAN… --format dot|mermaid|svg [--unit ID]`: the cascade as a graph
// (`--from` stays as an alias of `--unit`).

import ArgumentParser
import Foundation
import KaskadeFormat

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the cascade: goals and courses in their units, grouped by level, with an edge for each `følger`.",
        discussion: """
            Ranks run left to right (council, board, area, local goal, course), one cluster per area. Goals and \
            courses with a finding are marked: red when misaligned (K204, K302, K401, K403, K107), orange \
            otherwise; the tooltip says what the finding says. A `følger` to an ID that does not exist comes \
            from a dashed red node. A legend explains the colours.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(help: "Output format: dot (Graphviz), mermaid, or svg (rendered by Graphviz's dot).")
    var format: GraphFormat = .dot

    @Option(name: [.customLong("unit"), .customLong("from")], help: "Draw only what follows this goal, course or unit (--from is the same).")
    var unit: String?

    enum GraphFormat: String, ExpressibleByArgument {
        case dot, mermaid, svg
    }

    func run() throws {
        // Say at once, before reading the plan, when SVG cannot be made here.
        if format == .svg, Graphviz.executable() == nil { throw exportFailed("graph", Graphviz.installHint) }
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
