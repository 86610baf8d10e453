// `kaskade calendar`: the year's cycle (årshjul) — every dated event of the plan in date
// order, as text for people or as RFC 5545 iCalendar for Outlook and other calendars.
//
// iCalendar: lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence);
// TEXT values escape `\`, `;`, `,` and line breaks; every event is all-day (DTSTART and an
// exclusive DTEND with VALUE=DATE). A UID is a hash of the plan's title and year and the
// event's kind, unit, subject and date, so exporting the same plan again gives the same UIDs
// and a calendar that imports it again updates its events instead of doubling them.

import Foundation
import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public struct YearCalendar: Sendable {
    public enum Kind: Int, Sendable, Comparable, CaseIterable {
        // Order of events on the same day.
        case discussion, followUp, proposal, briefing, conversations, evaluation, conversation, deadline

        /// The plan's own word for it.
        public var word: String {
            switch self {
            case .discussion: "drøftelse"
            case .followUp: "opfølgning"
            case .proposal: "oplæg"
            case .briefing: "orientering"
            case .conversations: "samtaler"
            case .evaluation: "evaluering"
            case .conversation: "samtale"
            case .deadline: "frist"
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Entry: Sendable {
        public var kind: Kind
        public var start: Day
        /// The last day (inclusive); equal to `start` for a one-day event.
        public var end: Day
        public var unit: Int
        public var status: Status
        /// What the event is about, after the unit: `med lederne om CSD1, CSD2`.
        public var detail: String
        /// Short title for a calendar: `Drøftelse (trin 2): CSD med lederne`.
        public var summary: String
        /// Longer text for a calendar's description.
        public var description: String
        /// Distinguishes events of one kind, unit and day (an employee, a goal, the units met).
        var subject: String
        var sequence: Int
        /// The index in `plan.events`, for discussions, follow-ups, proposals and evaluations.
        var event: Int?
        var location: Span
    }

    public let title: String
    public let year: Int?
    public private(set) var entries: [Entry] = []
    let plan: Plan

    /// Every dated event of the plan, or those that concern unit `unit` (see `concerns`).
    public init(plan: Plan, unit: String? = nil) throws {
        self.plan = plan
        self.title = plan.title.map(Text.safe) ?? "Plan"
        self.year = plan.year
        let focus = try unit.map { try plan.unit(named: $0) }
        collect()
        if let focus {
            let below = plan.subtree(of: focus), above = Set(plan.ancestors(of: focus))
            entries = entries.filter { concerns($0, focus, below: below, above: above) }
        }
        entries.sort { ($0.start, $0.kind, $0.sequence) < ($1.start, $1.kind, $1.sequence) }
    }

    // MARK: - Collecting

    private mutating func collect() {
        for (index, event) in plan.events.enumerated() {
            guard let date = event.date else { continue }
            add(kind(event.kind), date, date, unit: event.owner, status: event.status,
                detail: eventDetail(event), subject: event.with.items.map { plan.units[$0.index].id }.joined(separator: ","),
                step: step(event), location: event.keywordSpan, sequence: index, event: index)
        }
        for (index, kompus) in plan.kompuses.enumerated() {
            let concept = kompus.concept.items.first.map { plan.concepts[$0.index] }
            let named = concept.map { " (\(Text.safe($0.id)) \"\(Text.safe($0.title))\")" } ?? ""
            if let briefing = kompus.briefing {
                add(.briefing, briefing, briefing, unit: kompus.unit, status: .planned,
                    detail: "KOMPUS-orientering af medarbejderne" + named, subject: "", step: nil,
                    location: kompus.briefingSpan ?? kompus.keywordSpan, sequence: index)
            }
            if let period = kompus.period {
                let expectation = (kompus.expectation ?? concept?.preparation).map { "; forventning: \(Text.safe($0))" } ?? ""
                add(.conversations, period.lowerBound, period.upperBound, unit: kompus.unit, status: .planned,
                    detail: "KOMPUS-samtaler" + named + expectation, subject: "", step: nil,
                    location: kompus.periodSpan ?? kompus.keywordSpan, sequence: index)
            }
        }
        for (index, employee) in plan.employees.enumerated() {
            guard let date = employee.conversation else { continue }
            let courses = employee.development.items.map { Text.safe(plan.courses[$0.index].id) }
            var detail = Text.safe(employee.id) + (employee.title.map { " \"\(Text.safe($0))\"" } ?? "")
            if !courses.isEmpty { detail += "; udvikling " + courses.joined(separator: ", ") }
            add(.conversation, date, date, unit: employee.unit, status: employee.status, detail: detail,
                subject: employee.id, step: nil, location: employee.conversationSpan ?? employee.nameSpan, sequence: index)
        }
        for (index, goal) in plan.goals.enumerated() {
            guard let deadline = goal.deadline else { continue }
            add(.deadline, deadline, deadline, unit: goal.owner, status: .planned,
                detail: "frist for mål \(Text.safe(goal.id)) \"\(Text.safe(goal.title))\"", subject: goal.id, step: nil,
                location: goal.deadlineSpan ?? goal.nameSpan, sequence: index)
        }
    }

    private mutating func add(_ kind: Kind, _ start: Day, _ end: Day, unit: Int, status: Status, detail: String,
                              subject: String, step: Int?, location: Span, sequence: Int, event: Int? = nil) {
        let owner = plan.units[unit]
        let word = kind == .briefing || kind == .conversations ? "KOMPUS-" + kind.word : kind.word.prefix(1).uppercased() + kind.word.dropFirst()
        let heading = word + (step.map { " (trin \($0))" } ?? "")
        let summary: String
        switch kind {
        case .conversation: summary = "\(heading): \(Text.safe(subject)) (\(Text.safe(owner.id)))"
        case .deadline: summary = "\(heading): \(detail)"
        case .discussion, .followUp: summary = "\(heading): \(Text.safe(owner.id)) \(detail.split(separator: ";").first ?? "")"
        default: summary = "\(heading): \(Text.safe(owner.id)) \(Text.safe(owner.title))"
        }
        var description = "\(plan.unitLabel(unit)): \(detail)"
        if status != .planned { description += "\nstatus \(Self.word(status))" }
        entries.append(Entry(kind: kind, start: start, end: end, unit: unit, status: status, detail: detail,
                             summary: Text.safe(summary), description: Text.safe(description),
                             subject: subject, sequence: sequence, event: event, location: location))
    }

    private func kind(_ kind: EventKind) -> Kind {
        switch kind {
        case .discussion: .discussion
        case .followUp: .followUp
        case .proposal: .proposal
        case .evaluation: .evaluation
        }
    }

    /// Steps 1–3 of the cascade: the board's discussion, the area's, the unit's proposal.
    private func step(_ event: Event) -> Int? {
        switch (event.kind, plan.units[event.owner].kind) {
        case (.discussion, .board): 1
        case (.discussion, .area): 2
        case (.proposal, _): 3
        default: nil
        }
    }

    private func eventDetail(_ event: Event) -> String {
        var parts: [String] = []
        switch event.audience {
        case .heads: parts.append("med chefgruppen")
        case .leaders: parts.append("med lederne")
        case .units: parts.append("med " + event.with.items.map { Text.safe(plan.units[$0.index].id) }.joined(separator: ", "))
        case .none: break
        }
        let about = event.about.items.map { item -> String in
            item.kind == .uddannelse ? Text.safe(plan.courses[item.index].id) : Text.safe(plan.goals[item.index].id)
        }
        if !about.isEmpty { parts.append("om " + about.joined(separator: ", ")) }
        return parts.joined(separator: " ")
    }

    static func word(_ status: Status) -> String {
        switch status {
        case .planned: "planlagt"
        case .held: "afholdt"
        case .cancelled: "aflyst"
        }
    }

    /// Whether an entry concerns unit `focus`: it belongs to the unit or a unit below it, it is
    /// a follow-up with one of them, it is the KOMPUS they inherit, or it is a meeting the
    /// unit's leader attends above it (the area's discussion with its leaders; for an area,
    /// the board's discussion with the heads of area).
    func concerns(_ entry: Entry, _ focus: Int, below: Set<Int>, above: Set<Int>) -> Bool {
        if below.contains(entry.unit) { return true }
        guard above.contains(entry.unit) else { return false }
        switch entry.kind {
        case .followUp:
            guard let index = entry.event else { return false }
            return plan.events[index].with.items.contains { below.contains($0.index) }
        case .discussion:
            guard let index = entry.event else { return false }
            switch (plan.events[index].audience, plan.units[entry.unit].kind, plan.units[focus].kind) {
            case (.leaders, .area, _), (.heads, .board, .area): return true
            default: return false
            }
        case .briefing, .conversations:
            guard let own = plan.effectiveKompus(of: focus) else { return false }
            return plan.kompuses[own].unit == entry.unit
        default:
            return false
        }
    }

    // MARK: - Text

    /// One line per event: `2027-01-12  drøftelse    CSD  med lederne om CSD1 (trin 2)`.
    public func text() -> String {
        var out = "Årshjul: \(title)\(year.map { " \($0)" } ?? "")\n"
        if entries.isEmpty { return out + "(no dated events)\n" }
        let dateWidth = entries.contains { $0.start != $0.end } ? 22 : 10
        let kindWidth = Kind.allCases.filter { kind in entries.contains { $0.kind == kind } }.map(\.word.count).max() ?? 0
        let unitWidth = entries.map { Text.safe(plan.units[$0.unit].id).count }.max() ?? 0
        for entry in entries {
            let date = entry.start == entry.end ? "\(entry.start)" : "\(entry.start)..\(entry.end)"
            var line = Text.pad(date, dateWidth) + "  " + Text.pad(entry.kind.word, kindWidth) + "  "
                + Text.pad(Text.safe(plan.units[entry.unit].id), unitWidth) + "  " + entry.detail
            if entry.status != .planned { line += " [\(Self.word(entry.status))]" }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    // MARK: - iCalendar

    /// RFC 5545 text. `stamp` is the DTSTAMP of every event (when the calendar was made).
    public func ics(stamp: Date, version: String = "0.1.0") -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Kaskade//kaskade \(version)//DA",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICS.text("Årshjul: \(title)\(year.map { " \($0)" } ?? "")"),
        ]
        let stampText = ICS.timestamp(stamp)
        var used: [String: Int] = [:]
        for entry in entries {
            let key = [title, year.map(String.init) ?? "", "\(entry.kind)", plan.units[entry.unit].id, entry.subject, "\(entry.start)"]
                .joined(separator: "\u{1F}")
            let count = used[key, default: 0]
            used[key] = count + 1
            let uid = StableHash.hex128(count == 0 ? key : key + "\u{1F}\(count)") + "@kaskade"
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid,
                "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + entry.start.compact,
                "DTEND;VALUE=DATE:" + (entry.end + 1).compact,
                "SUMMARY:" + ICS.text(entry.summary),
                "DESCRIPTION:" + ICS.text(entry.description),
                "CATEGORIES:" + ICS.text(entry.kind.word),
                "STATUS:" + (entry.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICS.fold).joined()
    }
}

/// The text rules of RFC 5545.
public enum ICS {
    /// A TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks escaped.
    public static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded (section 3.1): at most 75 octets per line, continuation
    /// lines start with a space, never a break inside a UTF-8 sequence; ends in CRLF.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 37 + 2)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out += bytes[start..<end]
            out += [0x0D, 0x0A, 0x20]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }

    /// `20270101T120000Z`.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(number: Int32((seconds >= 0 ? seconds : seconds - 86_399) / 86_400))
        let rest = seconds - Int(day.number) * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.compact)T\(two(rest / 3600))\(two(rest / 60 % 60))\(two(rest % 60))Z"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
