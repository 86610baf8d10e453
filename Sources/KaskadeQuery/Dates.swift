// `calendar [RANGE]`: the year's events in date order; `overdue [DATE]`: what is still
// planned before a day. Both read the index's date-sorted list, so a range is two binary
// searches and the rows it holds.

import Foundation
import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public struct CalendarRow: Encodable, Sendable, Equatable {
    public var start: String
    /// The last day, for the KOMPUS conversation period.
    public var end: String?
    /// The plan's keyword for it (`samtale`, `opfølgning`) in every language, so that a script
    /// reads the same JSON whatever the user's language; the text table says it in words.
    public var kind: String
    public var unit: String
    /// The plan's status keyword (`planlagt`, `afholdt`, `aflyst`), as `kind`.
    public var status: String
    public var detail: String
    /// What the text table says for `kind` and `status`, in the answer's language.
    var shownKind: String
    var shownStatus: String

    enum CodingKeys: String, CodingKey { case start, end, kind, unit, status, detail }
}

/// `calendar` and `overdue`.
public struct CalendarAnswer: TabularAnswer {
    public var command: String
    public var from: String?
    public var to: String?
    public var rows: [CalendarRow]
    /// How many there are in all (the rows are the first `AnswerLimit.rows`).
    public var total: Int

    public func text(width: Int, language: Language) -> String {
        let overdue = command == "overdue"
        let (columns, cells) = table(language: language)
        var table = TextTable(columns: columns, rows: cells)
        table.flexible = [table.columns.count - 1]
        var lines: [String] = []
        if overdue, let to { lines.append(QuerySays.stillPlannedBefore(to).text(language)) }
        if !rows.isEmpty { lines += table.lines(width: width) }
        lines.append(QuerySays.counted(total: total, shown: rows.count, overdue ? .overdue : .events).text(language))
        return lines.joined(separator: "\n")
    }

    public func table(language: Language) -> (columns: [String], rows: [[String]]) {
        let overdue = command == "overdue"
        return (Layout.columns(overdue ? .overdueHeader : .calendarHeader, language), rows.map { row in
            let date = row.end.map { "\(row.start)..\($0)" } ?? row.start
            return overdue ? [date, row.shownKind, row.unit, row.detail] : [date, row.shownKind, row.unit, row.shownStatus, row.detail]
        })
    }
}

/// A day, a week, a month, a year, or a range of them: `2027-03-15`, `2027-W11`, `2027-03`,
/// `2027`, `2027-03-01..2027-04-30`, `2027-W11..2027-W17`.
public enum DayRange {
    public static func parse(_ text: String) -> ClosedRange<Day>? {
        let parts = text.trimmingCharacters(in: .whitespaces).components(separatedBy: "..")
        guard parts.count <= 2, let first = period(parts[0]), let last = period(parts[parts.count - 1]),
              first.lowerBound <= last.upperBound else { return nil }
        return first.lowerBound...last.upperBound
    }

    static func period(_ text: String) -> ClosedRange<Day>? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = Day.parse(text) { return text.contains("W") ? day...(day + 6) : day...day }
        let numbers = text.split(separator: "-").map { Int($0) }
        if numbers.count == 2, let year = numbers[0], let month = numbers[1], text.count == 7,
           let first = Day(year: year, month: month, day: 1) {
            return first...(first + (Day.daysIn(month: month, year: year) - 1))
        }
        if numbers.count == 1, let year = numbers[0], text.count == 4, let first = Day(year: year, month: 1, day: 1) {
            return first...Day(year: year, month: 12, day: 31)!
        }
        return nil
    }
}

extension Queries {
    public static func calendar(_ index: QueryIndex, _ range: ClosedRange<Day>?) -> CalendarAnswer {
        var rows: [CalendarRow] = [], total = 0
        let items = index.calendar
        var start = 0, end = items.count
        if let range {
            start = index.firstCalendarItem(from: range.lowerBound + -index.longestCalendarItem)
            end = index.firstCalendarItem(from: range.upperBound + 1)
        }
        for position in start..<end where range.map({ items[position].end >= $0.lowerBound }) ?? true {
            total += 1
            if rows.count < AnswerLimit.rows { rows.append(row(index, items[position])) }
        }
        return CalendarAnswer(command: "calendar", from: range.map { "\($0.lowerBound)" }, to: range.map { "\($0.upperBound)" },
                              rows: rows, total: total)
    }

    /// Discussions, follow-ups, proposals, evaluations, KOMPUS briefings and conversations
    /// still planned and dated before `day` (what K503 reports with `--as-of`).
    public static func overdue(_ index: QueryIndex, before day: Day) -> CalendarAnswer {
        var rows: [CalendarRow] = [], total = 0
        let items = index.calendar
        for position in 0..<index.firstCalendarItem(from: day) {
            let item = items[position]
            guard item.status == .planned, item.kind != .conversations, item.kind != .deadline else { continue }
            total += 1
            if rows.count < AnswerLimit.rows { rows.append(row(index, item)) }
        }
        return CalendarAnswer(command: "overdue", to: "\(day)", rows: rows, total: total)
    }

    static func row(_ index: QueryIndex, _ item: DatedItem) -> CalendarRow {
        let plan = index.plan
        let source = Int(item.source)
        let detail: String
        switch item.kind {
        case .discussion, .followUp, .proposal, .evaluation:
            detail = plan.detail(of: plan.events[source])
        case .briefing, .conversations:
            let concept = plan.kompuses[source].concept.first.map { plan.concepts[$0.index].id }
            detail = index.say(item.kind == .briefing ? .briefingDetail : .conversationsDetail) + (concept.map { " (\($0))" } ?? "")
        case .conversation:
            let employee = plan.employees[source]
            detail = employee.id + (employee.development.isEmpty ? ""
                : index.say(.developmentDetail(employee.development.map { plan.courses[$0.index].id }.joined(separator: ", "))))
        case .deadline:
            detail = index.say(.goalDetail(id: plan.goals[source].id, title: plan.goals[source].title))
        }
        return CalendarRow(start: "\(item.start)", end: item.end == item.start ? nil : "\(item.end)", kind: item.kind.word,
                           unit: plan.units[Int(item.unit)].id, status: item.status.word, detail: detail,
                           shownKind: index.say(.dated(item.kind)), shownStatus: index.say(.status(item.status)))
    }
}
