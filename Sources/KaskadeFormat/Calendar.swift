// `kaskade calendar`: the year's cycle (årshjul) — every dated event of the plan in date
// order, as text for people, as RFC 5545 iCalendar for Outlook and other calendars, or as
// JSON for programs (docs/calendar.schema.json). The wheel (`--format svg`) is drawn by
// KaskadeReport from these same entries.
//
// iCalendar: lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence);
// TEXT values escape `\`, `;`, `,` and line breaks; every event is all-day (DTSTART and an
// exclusive DTEND with VALUE=DATE). A UID says what the event is, never when: the plan's title
// and year, the event's kind, its unit, and its ordinal among that unit's events of that kind
// in the order the plan writes them (an employee's conversation and a goal's deadline by the
// employee's or goal's ID instead, which is steadier still). So moving a meeting and importing
// the file again updates the meeting in Outlook instead of doubling it; DTSTAMP and SEQUENCE
// come from the time of export, so the later export is the newer revision.

import Foundation
import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public struct YearCalendar: Sendable {
    public struct Entry: Sendable {
        public var kind: DatedKind
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
        public var subject: String
        /// Index into the plan's events, kompuses, employees or goals, by kind.
        public var source: Int
    }

    public let title: String
    public let year: Int?
    public private(set) var entries: [Entry] = []
    let plan: Plan
    /// The steps of the cascade, as the rules define them: which meetings are steps 1–3.
    let steps: CascadeSteps

    /// Every dated event of the plan, or those that concern unit `unit` (see `concerns`).
    /// The language of the titles and descriptions (the plan's own words stay as written).
    public let language: Language

    public init(plan: Plan, unit: String? = nil, language: Language = .english) throws {
        self.plan = plan
        self.language = language
        self.steps = CascadeSteps(plan)
        self.title = plan.title.map(Text.safe) ?? "Plan"
        self.year = plan.year
        let focus = try unit.map { try plan.unit(named: $0) }
        var items = plan.datedItems()
        if let focus {
            let below = Set(plan.subtree(of: focus)), above = Set(plan.ancestors(of: focus))
            items = items.filter { concerns($0, focus, below: below, above: above) }
        }
        entries = items.map(entry)
    }

    func say(_ words: CalendarSays) -> String { words.text(language) }

    // MARK: - Collecting

    /// The calendar's entry for a dated item: its detail, title and description.
    private func entry(_ item: DatedItem) -> Entry {
        let source = Int(item.source)
        switch item.kind {
        case .discussion, .followUp, .proposal, .evaluation:
            let event = plan.events[source]
            return entry(item, detail: plan.detail(of: event), subject: event.with.items.map { plan.units[$0.index].id }.joined(separator: ","),
                         step: steps.stepNumber(ofEvent: source))
        case .briefing, .conversations:
            let kompus = plan.kompuses[source]
            let concept = kompus.concept.items.first.map { plan.concepts[$0.index] }
            let named = concept.map { " (\($0.id) \"\($0.title)\")" } ?? ""
            if item.kind == .briefing {
                return entry(item, detail: say(.briefingOfEmployees) + named, subject: "", step: nil)
            }
            let expectation = (kompus.expectation ?? concept?.preparation).map { say(.expectation($0)) } ?? ""
            return entry(item, detail: say(.conversations) + named + expectation, subject: "", step: nil)
        case .conversation:
            let employee = plan.employees[source]
            let courses = employee.development.items.map { plan.courses[$0.index].id }
            var detail = employee.id + (employee.title.map { " \"\($0)\"" } ?? "")
            if !courses.isEmpty { detail += say(.development(courses.joined(separator: ", "))) }
            return entry(item, detail: detail, subject: employee.id, step: nil)
        case .deadline:
            let goal = plan.goals[source]
            return entry(item, detail: say(.deadlineOf(goal: goal.id, title: goal.title)), subject: goal.id, step: nil)
        }
    }

    private func entry(_ item: DatedItem, detail: String, subject: String, step: Int?) -> Entry {
        let kind = item.kind, unit = Int(item.unit), status = item.status
        let owner = plan.units[unit]
        let heading = say(.heading(kind)) + (step.map { " (\(say(.step($0))))" } ?? "")
        let summary: String
        switch kind {
        case .conversation: summary = "\(heading): \(Text.safe(subject)) (\(Text.safe(owner.id)))"
        case .deadline: summary = "\(heading): \(detail)"
        case .discussion, .followUp: summary = "\(heading): \(Text.safe(owner.id)) \(detail.split(separator: ";").first ?? "")"
        default: summary = "\(heading): \(Text.safe(owner.id)) \(Text.safe(owner.title))"
        }
        var description = "\(plan.unitLabel(unit)): \(detail)"
        if status != .planned { description += "\n" + say(.status(status)) }
        return Entry(kind: kind, start: item.start, end: item.end, unit: unit, status: status, detail: Text.safe(detail),
                     summary: Text.safe(summary), description: Text.safe(description),
                     subject: subject, source: Int(item.source))
    }

    /// Whether a dated item concerns unit `focus`: it belongs to the unit or a unit below it, it is
    /// a follow-up with one of them, it is the KOMPUS they inherit, or it is a meeting the
    /// unit's leader attends above it (the area's discussion with its leaders; for an area,
    /// the board's discussion with the heads of area).
    func concerns(_ item: DatedItem, _ focus: Int, below: Set<Int>, above: Set<Int>) -> Bool {
        let unit = Int(item.unit), source = Int(item.source)
        if below.contains(unit) { return true }
        guard above.contains(unit) else { return false }
        switch item.kind {
        case .followUp:
            return plan.events[source].with.items.contains { below.contains($0.index) }
        case .discussion:
            switch (plan.events[source].audience, plan.units[unit].kind, plan.units[focus].kind) {
            case (.leaders, .area, _), (.heads, .board, .area): return true
            default: return false
            }
        case .briefing, .conversations:
            guard let own = plan.effectiveKompus(of: focus) else { return false }
            return plan.kompuses[own].unit == unit
        default:
            return false
        }
    }

    // MARK: - Text

    /// One line per event: `2027-01-12  drøftelse    CSD  med lederne om CSD1 (trin 2)`.
    public func text() -> String {
        var out = say(.title(title, year: year)) + "\n"
        if entries.isEmpty { return out + say(.noEvents) + "\n" }
        let dateWidth = entries.contains { $0.start != $0.end } ? 22 : 10
        let kindWidth = DatedKind.allCases.filter { kind in entries.contains { $0.kind == kind } }.map { say(.kind($0)).count }.max() ?? 0
        let unitWidth = entries.map { Text.safe(plan.units[$0.unit].id).count }.max() ?? 0
        for entry in entries {
            let date = entry.start == entry.end ? "\(entry.start)" : "\(entry.start)..\(entry.end)"
            var line = Text.pad(date, dateWidth) + "  " + Text.pad(say(.kind(entry.kind)), kindWidth) + "  "
                + Text.pad(Text.safe(plan.units[entry.unit].id), unitWidth) + "  " + entry.detail
            if entry.status != .planned { line += " [\(say(.statusWord(entry.status)))]" }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    // MARK: - iCalendar

    /// RFC 5545 text. `stamp` is the DTSTAMP of every event (when the calendar was made), and
    /// gives the SEQUENCE: minutes since 1970, so that a later export is a higher revision.
    public func ics(stamp: Date, version: String = "0.1.0") -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Kaskade//kaskade \(version)//DA",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICS.text(say(.title(title, year: year))),
        ]
        let stampText = ICS.timestamp(stamp)
        let sequence = ICS.sequence(stamp)
        let uids = self.uids()
        for (entry, uid) in zip(entries, uids) {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid,
                "DTSTAMP:" + stampText,
                "SEQUENCE:\(sequence)",
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

    /// One UID per entry, from what the event is and never from its date (see the top of
    /// this file). Ordinals are counted over the whole plan, so `--unit` gives the same UIDs.
    public func uids() -> [String] {
        let ordinals = self.ordinals()
        return entries.map { entry in
            let who: String
            switch entry.kind {
            case .conversation, .deadline: who = "id=" + entry.subject
            default: who = "#\(ordinals[entry.kind, default: [:]][entry.source] ?? 0)"
            }
            let key = [title, year.map(String.init) ?? "", "\(entry.kind)", plan.units[entry.unit].id, who].joined(separator: "\u{1F}")
            return StableHash.hex128(key) + "@kaskade"
        }
    }

    /// For each kind of meeting and each KOMPUS date, the ordinal of each source (event or
    /// KOMPUS index) among its unit's of that kind, in the order the plan writes them.
    private func ordinals() -> [DatedKind: [Int: Int]] {
        var result: [DatedKind: [Int: Int]] = [:]
        var counts: [DatedKind: [Int: Int]] = [:]
        for (index, event) in plan.events.enumerated() {
            let kind = DatedKind(event.kind)
            let ordinal = counts[kind, default: [:]][event.owner, default: 0]
            counts[kind, default: [:]][event.owner] = ordinal + 1
            result[kind, default: [:]][index] = ordinal
        }
        var perUnit: [Int: Int] = [:]
        for (index, kompus) in plan.kompuses.enumerated() {
            let ordinal = perUnit[kompus.unit, default: 0]
            perUnit[kompus.unit] = ordinal + 1
            result[.briefing, default: [:]][index] = ordinal
            result[.conversations, default: [:]][index] = ordinal
        }
        return result
    }

    // MARK: - JSON

    /// The entries for programs (docs/calendar.schema.json): sorted keys, one object per
    /// entry in date order, with the same UIDs as the iCalendar.
    public func json(unit: String? = nil) -> String {
        struct Document: Encodable {
            var version = 1
            var plan: Header
            var unit: String?
            var events: [Event]
        }
        struct Header: Encodable {
            var title: String
            var year: Int?
        }
        struct Event: Encodable {
            var uid: String
            var kind: String
            var keyword: String
            var start: String
            var end: String
            var unit: String
            var status: String
            var summary: String
            var detail: String
        }
        let uids = self.uids()
        let events = zip(entries, uids).map { entry, uid in
            Event(uid: uid, kind: "\(entry.kind)", keyword: entry.kind.word, start: "\(entry.start)", end: "\(entry.end)",
                  unit: Text.safe(plan.units[entry.unit].id), status: JSONExport.statusName(entry.status),
                  summary: entry.summary, detail: entry.detail)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(plan: Header(title: title, year: year), unit: unit, events: events))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
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

    /// The SEQUENCE of an export made at `date`: whole minutes since 1970, never negative.
    public static func sequence(_ date: Date) -> Int {
        max(0, Int(date.timeIntervalSince1970.rounded(.down)) / 60)
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

/// What the calendar says around the plan's words.
enum CalendarSays: Message {
    case briefingOfEmployees, conversations, noEvents
    case expectation(String), development(String)
    case deadlineOf(goal: String, title: String)
    case heading(DatedKind), kind(DatedKind), step(Int)
    case status(Status), statusWord(Status)
    case title(String, year: Int?)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .briefingOfEmployees: "KOMPUS briefing of the employees"
            case .conversations: "KOMPUS conversations"
            case .noEvents: "(no dated events)"
            case let .expectation(text): "; expectation: \(text)"
            case let .development(courses): "; development \(courses)"
            case let .deadlineOf(goal, title): "deadline of goal \(goal) \"\(title)\""
            case let .heading(kind):
                switch kind {
                case .briefing: "KOMPUS briefing"
                case .conversations: "KOMPUS conversations"
                default: kind.word(language).prefix(1).uppercased() + kind.word(language).dropFirst()
                }
            case let .kind(kind): kind.word(language)
            case let .step(number): "step \(number)"
            case let .status(status): "status \(status.word(language))"
            case let .statusWord(status): status.word(language)
            case let .title(title, year): "Year wheel: \(title)\(year.map { " \($0)" } ?? "")"
            }
        case .danish:
            switch self {
            case .briefingOfEmployees: "KOMPUS-orientering af medarbejderne"
            case .conversations: "KOMPUS-samtaler"
            case .noEvents: "(ingen daterede begivenheder)"
            case let .expectation(text): "; forventning: \(text)"
            case let .development(courses): "; udvikling \(courses)"
            case let .deadlineOf(goal, title): "frist for mål \(goal) \"\(title)\""
            case let .heading(kind):
                kind == .briefing || kind == .conversations ? "KOMPUS-" + kind.word : kind.word.prefix(1).uppercased() + kind.word.dropFirst()
            case let .kind(kind): kind.word
            case let .step(number): "trin \(number)"
            case let .status(status): "status \(status.word)"
            case let .statusWord(status): status.word
            case let .title(title, year): "Årshjul: \(title)\(year.map { " \($0)" } ?? "")"
            }
        }
    }
}
