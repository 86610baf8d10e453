// `kaskade init [DIR]`: a small, clean plan to start from, with comments that teach the language.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeFormat
import KaskadeSyntax

struct Init: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: OutputHelp.initAbstract.text(cliLanguage), aliases: ["opret"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(OutputHelp.initFolder.text(cliLanguage)))
    var directory: String = "."

    @Option(help: ArgumentHelp(OutputHelp.initYear.text(cliLanguage)))
    var year: Int?

    @Option(help: ArgumentHelp(OutputHelp.initName.text(cliLanguage)))
    var name: String = "Min Kommune"

    func run() throws {
        let today = Day.today()
        let planYear = year ?? InitPlan.comingYear(month: today.components.month, year: today.year)
        guard (1001...9998).contains(planYear) else {
            printFailure(OutputHelp.notAPlanYear(planYear))
            throw Exit.couldNotRun
        }
        switch InitPlan.write(into: directory, year: planYear, name: name, language: cliLanguage) {
        case .written(let path):
            writeOut(OutputHelp.wrote(path: path, directory: directory).text(cliLanguage) + "\n")
        case .refused(let message):
            printFailure(Phrase(verbatim: "init: " + message.text(cliLanguage)))
            throw Exit.couldNotRun
        }
    }
}
