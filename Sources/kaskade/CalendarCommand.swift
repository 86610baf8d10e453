// `kaskade calendar PLAN… --format text|ics|svg|json [--unit ID] [--as-of DATE]`: the year's
// cycle (årshjul); `svg` is the wheel of the leaders' report, alone.

import ArgumentParser
import Foundation
import KaskadeFormat
import KaskadeReport
import KaskadeSyntax

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List every dated event in date order, as text, iCalendar (RFC 5545), JSON, or draw the year wheel (SVG).",
        discussion: """
            The ics output has stable UIDs (what the event is, never its date), so importing it again \
            after a meeting moved updates the event instead of doubling it. Its DTSTAMP and SEQUENCE \
            are from now, or from SOURCE_DATE_EPOCH when that is set. The json output is described \
            in docs/calendar.schema.json.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(help: "Output format: text, ics, json or svg.")
    var format: CalendarFormat = .text

    @Option(help: "Only what concerns this unit: its events and those below it, its follow-ups, the KOMPUS it follows and the meetings its leader attends.")
    var unit: String?

    @Option(name: .customLong("as-of"), help: "For svg: the day the wheel marks and colours overdue by (YYYY-MM-DD or today; default today).")
    var asOf: AsOf?

    enum CalendarFormat: String, ExpressibleByArgument {
        case text, ics, json, svg
    }

    func run() throws {
        let result = try loadForExport(plans, command: "calendar")
        if let unit, let problem = UnitFilter.unknownUnit(unit, in: result.plan) { throw exportFailed("calendar", problem) }
        do {
            let calendar = try YearCalendar(plan: result.plan, unit: unit)
            switch format {
            case .text: writeOut(calendar.text())
            case .ics: writeOut(calendar.ics(stamp: stamp, version: Kaskade.configuration.version))
            case .json: writeOut(calendar.json(unit: unit))
            case .svg: writeOut(try LeadersReport.wheelSVG(plan: result.plan, unit: unit, asOf: asOf?.day ?? Day.today()))
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
