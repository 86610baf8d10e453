// `kaskade rapport PLAN… [-o FILE] [--as-of DATE|today] [--unit ID]`: the leaders' report,
// one self-contained HTML file (KaskadeReport; report.md). This file only loads and checks
// the plan and hands the result to the report.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeReport
import KaskadeSyntax

struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Write the leaders' report: one self-contained HTML page with the year wheel, the cascade, coverage, what is overdue and every finding.",
        discussion: "The page fetches nothing, works without scripts and prints on A4. The same plan and --as-of give the same bytes.",
        aliases: ["report"])

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(name: .shortAndLong, help: "Write the page to this file (default: standard output).")
    var output: String?

    @Option(name: .customLong("as-of"), help: "The day the plan is judged at (YYYY-MM-DD or today; default today).")
    var asOf: AsOf?

    @Option(help: "Only what concerns this unit and the units below it.")
    var unit: String?

    func run() throws {
        let sources: SourceSet
        do {
            sources = try PlanLoader.load(plans)
        } catch let error as LoadError {
            printError("kaskade: \(error.description)")
            throw Exit.couldNotRun
        }
        let day = asOf?.day ?? Day.today()
        let result = Checker.check(sources, options: CheckOptions(asOf: day, language: languageChoice))
        if let unit, let problem = UnitFilter.unknownUnit(unit, in: result.plan) { throw exportFailed("rapport", problem) }
        let input = ReportInput(plan: result.plan, report: result.report, export: JSONExport.document(result), asOf: day,
                                version: Kaskade.configuration.version, unit: unit)
        let page: String
        do {
            page = try LeadersReport.render(input)
        } catch let error as ExportError {
            throw exportFailed("rapport", error.description)
        }
        guard let output else { return writeOut(page) }
        do {
            try AtomicFile.write(Data(page.utf8), to: output)
        } catch {
            printError("kaskade rapport: cannot write \(output): \(error.localizedDescription)")
            throw Exit.couldNotRun
        }
    }
}
