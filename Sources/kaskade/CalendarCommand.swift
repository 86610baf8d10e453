// `kaskade calendar PLAN… --format text|ics|svg|json [--unit ID] [--as-of DATE]`: the year's
// cycle (årshjul); `svg` is the wheel of the leaders' report, alone.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeFormat
import KaskadeReport
import KaskadeSyntax

struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "calendar", abstract: OutputHelp.calendarAbstract.text(cliLanguage),
                             discussion: OutputHelp.calendarDiscussion.text(cliLanguage), aliases: ["kalender"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(OutputHelp.plans.text(cliLanguage)))
    var plans: [String]

    @Option(help: ArgumentHelp(OutputHelp.calendarFormat.text(cliLanguage)))
    var format: CalendarFormat = .text

    @Option(help: ArgumentHelp(OutputHelp.calendarUnit.text(cliLanguage)))
    var unit: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(OutputHelp.calendarAsOf.text(cliLanguage)))
    var asOf: AsOf?

    enum CalendarFormat: String, ExpressibleByArgument {
        case text, ics, json, svg
    }

    func run() throws {
        let result = try loadForExport(plans, command: "calendar")
        let language = result.report.language
        if let unit, let problem = UnitFilter.unknownUnit(unit, in: result.plan, language) { throw exportFailed("calendar", problem) }
        do {
            let calendar = try YearCalendar(plan: result.plan, unit: unit, language: language)
            switch format {
            case .text: writeOut(calendar.text())
            case .ics: writeOut(calendar.ics(stamp: stamp, version: Kaskade.configuration.version))
            case .json: writeOut(calendar.json(unit: unit))
            case .svg: writeOut(try LeadersReport.wheelSVG(plan: result.plan, unit: unit, asOf: asOf?.day ?? Day.today(),
                                                           messages: .of(language)))
            }
        } catch let error as ExportError {
            throw exportFailed("calendar", error.description)
        }
    }

    /// Reproducible builds set SOURCE_DATE_EPOCH; otherwise the calendar is stamped now.
    private var stamp: Date {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
