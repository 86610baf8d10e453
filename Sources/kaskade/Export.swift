// `kaskade export PLAN… --format json|csv`: the resolved plan for programs
// (docs/export.schema.json), or the employees table for Excel; and the loading that every export shares.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeFormat

struct Export: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: OutputHelp.exportAbstract.text(cliLanguage), aliases: ["eksport"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(OutputHelp.plans.text(cliLanguage)))
    var plans: [String]

    @Option(help: ArgumentHelp(OutputHelp.exportFormat.text(cliLanguage)))
    var format: ExportFormat = .json

    @OptionGroup var csvSeparator: CSVSeparatorOption

    enum ExportFormat: String, ExpressibleByArgument {
        case json, csv
    }

    func run() throws {
        let result = try loadForExport(plans, command: "export")
        switch format {
        case .json:
            writeOut(JSONExport.render(result))
        case .csv:
            let bytes = EmployeesCSV.render(result, language: result.report.language,
                                            separator: csvSeparator.byte)
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}

/// Loads and checks a plan for an export. A plan with syntax findings (K0xx) is only partly
/// read, so it is not exported: its findings go to standard error and the command exits 1.
func loadForExport(_ plans: [String], command: String) throws -> CheckResult {
    let sources: SourceSet
    do {
        sources = try PlanLoader.load(plans)
    } catch let error as LoadError {
        printFailure(error.phrase)
        throw Exit.couldNotRun
    }
    let result = Checker.check(sources, options: CheckOptions(language: languageChoice))
    let syntax = result.report.diagnostics.filter { $0.rule.number < 100 }
    guard syntax.isEmpty else {
        let renderer = TextRenderer(useColor: standardErrorWantsColor)
        for diagnostic in syntax { printError(renderer.render(diagnostic, in: result.report)) }
        printFailure(OutputHelp.syntaxFirst(command: command, count: syntax.count))
        throw Exit.findings
    }
    return result
}

/// Reports an export's own error (an unknown ID) and exits 2.
func exportFailed(_ command: String, _ message: String) -> ExitCode {
    printFailure(Phrase(verbatim: "\(command): \(message)"))
    return Exit.couldNotRun
}
