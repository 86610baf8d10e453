// Everything in a plan that has a date — meetings, KOMPUS briefings and conversation
// periods, employee conversations, goal deadlines — as one list in date order. The REPL's
// `calendar` and `overdue` and the exported årshjul (text and iCalendar) all read this list,
// so they agree on what is dated and in which order it comes.

import KaskadeDiagnostics
import KaskadeSyntax

/// The kinds of dated things, in the order they are listed on one day.
public enum DatedKind: UInt8, Sendable, Comparable, CaseIterable {
    case discussion, followUp, proposal, briefing, conversations, evaluation, conversation, deadline

    /// The plan's keyword for it: the event's statement, or the property that dates it.
    public var keyword: Keyword {
        switch self {
        case .discussion: .droeftelse
        case .followUp: .opfoelgning
        case .proposal: .oplaeg
        case .briefing: .orientering
        case .conversations: .samtaler
        case .evaluation: .evaluering
        case .conversation: .samtale
        case .deadline: .frist
        }
    }

    /// The plan's own word for it, from the keyword table.
    public var word: String { keyword.danish }

    /// What it is called in `language`: the plan's word in Danish (`opfølgning`), an English
    /// noun in English (`follow-up`).
    public func word(_ language: Language) -> String {
        switch language {
        case .danish: word
        case .english:
            switch self {
            case .discussion: "discussion"
            case .followUp: "follow-up"
            case .proposal: "proposal"
            case .briefing: "briefing"
            case .conversations: "conversations"
            case .evaluation: "evaluation"
            case .conversation: "conversation"
            case .deadline: "deadline"
            }
        }
    }

    /// For an event of the cascade.
    public init(_ kind: EventKind) {
        switch kind {
        case .discussion: self = .discussion
        case .followUp: self = .followUp
        case .proposal: self = .proposal
        case .evaluation: self = .evaluation
        }
    }

    public static func < (a: DatedKind, b: DatedKind) -> Bool { a.rawValue < b.rawValue }
}

/// One dated thing. Plain data of 20 bytes: a plan of half a million employees has as many.
public struct DatedItem: Sendable {
    public var start: Day
    /// The last day, inclusive (a KOMPUS conversation period spans weeks).
    public var end: Day
    public var kind: DatedKind
    public var status: Status
    public var unit: Int32
    /// Index into the plan's events, kompuses, employees or goals, by kind.
    public var source: Int32
}

extension Plan {
    /// Every dated thing, by date; on one day by kind, then in the order of the plan.
    public func datedItems() -> [DatedItem] {
        var items: [DatedItem] = []
        items.reserveCapacity(events.count + 2 * kompuses.count + employees.count)
        for (index, event) in events.enumerated() {
            guard let date = event.date else { continue }
            items.append(DatedItem(start: date, end: date, kind: DatedKind(event.kind), status: event.status,
                                   unit: Int32(event.owner), source: Int32(index)))
        }
        for (index, kompus) in kompuses.enumerated() {
            if let briefing = kompus.briefing {
                items.append(DatedItem(start: briefing, end: briefing, kind: .briefing, status: kompus.status,
                                       unit: Int32(kompus.unit), source: Int32(index)))
            }
            if let period = kompus.period {
                items.append(DatedItem(start: period.lowerBound, end: period.upperBound, kind: .conversations,
                                       status: .planned, unit: Int32(kompus.unit), source: Int32(index)))
            }
        }
        employees.withUnsafeBufferPointer { employees in
            for index in employees.indices {
                guard let date = employees[index].conversation else { continue }
                items.append(DatedItem(start: date, end: date, kind: .conversation, status: employees[index].status,
                                       unit: Int32(employees[index].unit), source: Int32(index)))
            }
        }
        for (index, goal) in goals.enumerated() {
            guard let deadline = goal.deadline else { continue }
            items.append(DatedItem(start: deadline, end: deadline, kind: .deadline, status: .planned,
                                   unit: Int32(goal.owner), source: Int32(index)))
        }
        items.sort { ($0.start.number, $0.kind.rawValue, $0.source) < ($1.start.number, $1.kind.rawValue, $1.source) }
        return items
    }

    /// What an event is about, as the plan says it: `med lederne om CSD1, CSD2`.
    public func detail(of event: Event) -> String {
        var parts: [String] = []
        switch event.audience {
        case .heads: parts.append("med chefgruppen")
        case .leaders: parts.append("med lederne")
        case .units: parts.append("med " + event.with.map { units[$0.index].id }.joined(separator: ", "))
        case .none: break
        }
        let about = event.about.map { $0.kind == .uddannelse ? courses[$0.index].id : goals[$0.index].id }
        if !about.isEmpty { parts.append("om " + about.joined(separator: ", ")) }
        return parts.joined(separator: " ")
    }
}

extension Status {
    /// The plan's value word for the status.
    public var keyword: Keyword {
        switch self {
        case .planned: .planlagt
        case .held: .afholdt
        case .cancelled: .aflyst
        }
    }

    /// `planlagt`, `afholdt`, `aflyst`, from the keyword table.
    public var word: String { keyword.danish }

    /// `planlagt` / `planned`, `afholdt` / `held`, `aflyst` / `cancelled`.
    public func word(_ language: Language) -> String {
        switch language {
        case .danish: word
        case .english:
            switch self {
            case .planned: "planned"
            case .held: "held"
            case .cancelled: "cancelled"
            }
        }
    }
}
