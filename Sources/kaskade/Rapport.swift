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
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rapport", abstract: OutputHelp.reportAbstract.text(cliLanguage),
                             discussion: OutputHelp.reportDiscussion.text(cliLanguage), aliases: ["report"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(OutputHelp.plans.text(cliLanguage)))
    var plans: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(OutputHelp.reportOutput.text(cliLanguage)))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(OutputHelp.reportAsOf.text(cliLanguage)))
    var asOf: AsOf?

    @Option(help: ArgumentHelp(OutputHelp.reportUnit.text(cliLanguage)))
    var unit: String?

    func run() throws {
        let sources: SourceSet
        do {
            sources = try PlanLoader.load(plans)
        } catch let error as LoadError {
            printFailure(error.phrase)
            throw Exit.couldNotRun
        }
        let day = asOf?.day ?? Day.today()
        let result = Checker.check(sources, options: CheckOptions(asOf: day, language: languageChoice))
        let language = result.report.language
        if let unit, let problem = UnitFilter.unknownUnit(unit, in: result.plan, language) { throw exportFailed("rapport", problem) }
        let input = ReportInput(plan: result.plan, report: result.report, export: JSONExport.document(result), asOf: day,
                                version: Kaskade.configuration.version, unit: unit, messages: .of(language))
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
            printFailure(OutputHelp.cannotWrite(path: output, reason: error.localizedDescription))
            throw Exit.couldNotRun
        }
    }
}
