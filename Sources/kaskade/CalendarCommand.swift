// `kaskade calendar PLAN… --format text|ics [--unit ID]`: the year's cycle (årshjul).

import ArgumentParser
import Foundation
import KaskadeFormat

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List every dated event in date order, as text or as iCalendar (RFC 5545).",
        discussion: """
            The ics output has stable UIDs, so importing it again updates the events instead of \
            doubling them. Its DTSTAMP is now, or SOURCE_DATE_EPOCH when that is set.
            """)

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(help: "Output format: text or ics.")
    var format: CalendarFormat = .text

    @Option(help: "Only what concerns this unit: its events and those below it, its follow-ups, the KOMPUS it follows and the meetings its leader attends.")
    var unit: String?

    enum CalendarFormat: String, ExpressibleByArgument {
        case text, ics
    }

    func run() throws {
        let result = try loadForExport(plans, command: "calendar")
        let calendar: YearCalendar
        do {
            calendar = try YearCalendar(plan: result.plan, unit: unit)
        } catch let error as ExportError {
            throw exportFailed("calendar", error.description)
        }
        switch format {
        case .text: writeOut(calendar.text())
        case .ics: writeOut(calendar.ics(stamp: stamp, version: Kaskade.configuration.version))
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
