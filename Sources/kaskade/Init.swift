// `kaskade init [DIR]`: a small, clean plan to start from, with comments that teach the language.

import ArgumentParser
import Foundation
import KaskadeFormat
import KaskadeSyntax

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small, clean starting plan (plan.kaskade) into a folder; never overwrites.")

    @OptionGroup var language: LanguageOption

    @Argument(help: "The folder (created if missing).")
    var directory: String = "."

    @Option(help: "The plan year (default: the coming one: next year from July, this year before).")
    var year: Int?

    @Option(help: "The municipality's name, for the plan's title.")
    var name: String = "Min Kommune"

    func run() throws {
        let today = Day.today()
        let planYear = year ?? InitPlan.comingYear(month: today.components.month, year: today.year)
        guard (1001...9998).contains(planYear) else {
            printError("kaskade: error: init: \(planYear) is not a plan year")
            throw Exit.couldNotRun
        }
        switch InitPlan.write(into: directory, year: planYear, name: name) {
        case .written(let path):
            writeOut("wrote \(path)\nnext: `kaskade check \(directory)`, then edit it to describe your municipality\n")
        case .refused(let message):
            printError("kaskade: error: init: \(message)")
            throw Exit.couldNotRun
        }
    }
}
