// `kaskade export PLAN… --format json`: the resolved plan for programs
// (docs/export.schema.json); and the loading that every export shares.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeFormat

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the resolved plan as JSON (documented in docs/export.schema.json).")

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(help: "Output format: json.")
    var format: ExportFormat = .json

    enum ExportFormat: String, ExpressibleByArgument {
        case json
    }

    func run() throws {
        let result = try loadForExport(plans, command: "export")
        writeOut(JSONExport.render(result))
    }
}

/// Loads and checks a plan for an export. A plan with syntax findings (K0xx) is only partly
/// read, so it is not exported: its findings go to standard error and the command exits 1.
func loadForExport(_ plans: [String], command: String) throws -> CheckResult {
    let sources: SourceSet
    do {
        sources = try PlanLoader.load(plans)
    } catch let error as LoadError {
        printError("kaskade: error: \(error.description)")
        throw Exit.couldNotRun
    }
    let result = Checker.check(sources)
    let syntax = result.report.diagnostics.filter { $0.rule.number < 100 }
    guard syntax.isEmpty else {
        let renderer = TextRenderer(useColor: standardErrorWantsColor)
        for diagnostic in syntax { printError(renderer.render(diagnostic, in: result.report)) }
        printError("kaskade: error: \(command): the plan has \(syntax.count) syntax finding\(syntax.count == 1 ? "" : "s"); fix \(syntax.count == 1 ? "it" : "them") first")
        throw Exit.findings
    }
    return result
}

/// Reports an export's own error (an unknown ID) and exits 2.
func exportFailed(_ command: String, _ message: String) -> ExitCode {
    printError("kaskade: error: \(command): \(message)")
    return Exit.couldNotRun
}
