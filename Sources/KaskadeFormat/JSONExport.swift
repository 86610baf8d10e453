// `kaskade export --format json`: the resolved plan for programs, described by
// docs/export.schema.json. `version` changes only when a field changes meaning or goes away;
// new fields may be added within a version. Things with an ID refer to each other by ID;
// events and KOMPUS have none and are referred to by their index in their array. A value that
// is not given is left out.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeSyntax

public enum JSONExport {
    public static let version = 1

    public struct Document: Codable, Sendable {
        public var version: Int
        public var plan: Header
        public var files: [String]
        public var units: [UnitEntry]
        public var goals: [GoalEntry]
        public var courses: [CourseEntry]
        public var events: [EventEntry]
        public var kompus: [KompusEntry]
        public var employees: [EmployeeEntry]
        public var competences: [CompetenceEntry]
        public var tasks: [TaskEntry]
        public var concepts: [ConceptEntry]
        public var rules: [RuleEntry]
        public var exceptions: [ExceptionEntry]
        public var findings: [JSONRenderer.Finding]
        public var summary: Summary
    }

    public struct Header: Codable, Sendable {
        public var title: String?
        public var year: Int?
    }

    public struct Location: Codable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int
    }

    public struct Period: Codable, Sendable {
        public var start: String
        public var end: String
    }

    public struct UnitEntry: Codable, Sendable {
        public var id: String
        public var kind: String
        public var keyword: String
        public var title: String
        public var parent: String?
        public var children: [String]
        public var leader: String?
        public var chef: String?
        public var staff: Int?
        /// `kode`: the unit's number in the HR system.
        public var code: String?
        public var under: [String]
        public var committees: [String]
        public var goals: [String]
        public var courses: [String]
        public var employees: [String]
        public var tasks: [String]
        public var events: [Int]
        public var kompus: Int?
        public var effectiveKompus: Int?
        public var exceptions: [Int]
        public var location: Location
    }

    public struct GoalEntry: Codable, Sendable {
        public var id: String
        public var title: String
        public var owner: String
        public var level: String
        public var follows: [String]
        public var followedBy: [String]
        public var courses: [String]
        public var deadline: String?
        public var location: Location
    }

    public struct CourseEntry: Codable, Sendable {
        public var id: String
        public var title: String
        public var unit: String
        public var follows: [String]
        public var priority: Int?
        public var seats: Int?
        public var provides: [String]
        public var participants: [String]
        public var location: Location
    }

    public struct EventEntry: Codable, Sendable {
        public var kind: String
        public var keyword: String
        public var owner: String
        public var date: String?
        public var status: String
        public var audience: String
        public var with: [String]
        public var about: [String]
        public var location: Location
    }

    public struct KompusEntry: Codable, Sendable {
        public var unit: String
        public var concept: String?
        public var briefing: String?
        public var conversations: Period?
        public var expectation: String?
        public var noticeDays: Int?
        public var location: Location
    }

    public struct EmployeeEntry: Codable, Sendable {
        public var id: String
        public var title: String?
        public var unit: String
        public var conversation: String?
        public var status: String
        public var development: [String]
        public var competences: [String]
        public var location: Location
    }

    public struct CompetenceEntry: Codable, Sendable {
        public var id: String
        public var title: String
        public var location: Location
    }

    public struct TaskEntry: Codable, Sendable {
        public var id: String
        public var title: String
        public var unit: String
        public var requires: [String]
        public var location: Location
    }

    public struct ConceptEntry: Codable, Sendable {
        public var id: String
        public var title: String
        public var preparation: String?
        public var description: String?
        public var location: Location
    }

    public struct RuleEntry: Codable, Sendable {
        public var rule: String
        /// `error`, `warning`, `info` or `off`; absent: the rule's default level.
        public var level: String?
        public var noticeDays: Int?
    }

    public struct ExceptionEntry: Codable, Sendable {
        public var rule: String
        public var reason: String
        public var until: String?
        public var unit: String
        public var location: Location
    }

    public struct Summary: Codable, Sendable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var files: Int
        public var statements: Int
    }

    // MARK: - Building

    public static func document(_ result: CheckResult) -> Document {
        let plan = result.plan, report = result.report
        let s = Text.safe
        func location(_ span: Span) -> Location {
            let file = plan.sources[span.file]
            let at = file.location(of: Int(span.start))
            return Location(file: file.path, line: at.line, column: at.column)
        }
        func unitID(_ index: Int) -> String { s(plan.units[index].id) }
        func ids(_ list: ReferenceList) -> [String] {
            list.items.map { item in
                switch item.kind {
                case .maal: s(plan.goals[item.index].id)
                case .uddannelse: s(plan.courses[item.index].id)
                case .kompetence: s(plan.competences[item.index].id)
                case .koncept: s(plan.concepts[item.index].id)
                case .medarbejder: s(plan.employees[item.index].id)
                case .opgave: s(plan.tasks[item.index].id)
                default: unitID(item.index)
                }
            }
        }
        let units = plan.units.indices.map { index -> UnitEntry in
            let unit = plan.units[index]
            return UnitEntry(
                id: s(unit.id), kind: kindName(unit.kind), keyword: unit.kind.keyword.danish, title: s(unit.title),
                parent: unit.parent.map(unitID), children: unit.children.map(unitID),
                leader: unit.leader.map(s), chef: unit.chef.map(s), staff: unit.staffCount, code: unit.code.map(s),
                under: ids(unit.under), committees: ids(unit.committees),
                goals: unit.goals.map { s(plan.goals[$0].id) }, courses: unit.courses.map { s(plan.courses[$0].id) },
                employees: unit.employees.map { s(plan.employees[$0].id) }, tasks: unit.tasks.map { s(plan.tasks[$0].id) },
                events: unit.events, kompus: unit.kompus, effectiveKompus: plan.effectiveKompus(of: index),
                exceptions: unit.exceptions, location: location(unit.nameSpan))
        }
        let goals = plan.goals.indices.map { index -> GoalEntry in
            let goal = plan.goals[index]
            return GoalEntry(id: s(goal.id), title: s(goal.title), owner: unitID(goal.owner), level: kindName(plan.level(of: index)),
                             follows: ids(goal.follows), followedBy: goal.followedBy.map { s(plan.goals[$0].id) },
                             courses: goal.courses.map { s(plan.courses[$0].id) }, deadline: goal.deadline?.description,
                             location: location(goal.nameSpan))
        }
        let courses = plan.courses.map { course in
            CourseEntry(id: s(course.id), title: s(course.title), unit: unitID(course.unit), follows: ids(course.follows),
                        priority: course.priority, seats: course.seats, provides: ids(course.provides),
                        participants: course.participants.map { s(plan.employees[$0].id) }, location: location(course.nameSpan))
        }
        let events = plan.events.map { event in
            EventEntry(kind: eventKindName(event.kind), keyword: event.kind.keyword.danish, owner: unitID(event.owner),
                       date: event.date?.description, status: statusName(event.status), audience: audienceName(event.audience),
                       with: ids(event.with), about: ids(event.about), location: location(event.keywordSpan))
        }
        let kompus = plan.kompuses.map { item in
            KompusEntry(unit: unitID(item.unit), concept: ids(item.concept).first, briefing: item.briefing?.description,
                        conversations: item.period.map { Period(start: $0.lowerBound.description, end: $0.upperBound.description) },
                        expectation: item.expectation.map(s), noticeDays: item.notice, location: location(item.keywordSpan))
        }
        let employees = plan.employees.map { employee in
            EmployeeEntry(id: s(employee.id), title: employee.title.map(s), unit: unitID(employee.unit),
                          conversation: employee.conversation?.description, status: statusName(employee.status),
                          development: ids(employee.development), competences: ids(employee.competences),
                          location: location(employee.nameSpan))
        }
        let rules = plan.settings.map { setting in
            RuleEntry(rule: setting.rule.code, level: setting.level.map { $0?.rawValue ?? "off" }, noticeDays: setting.notice)
        }
        let exceptions = plan.exceptions.map { item in
            ExceptionEntry(rule: item.rule.code, reason: s(item.reason), until: item.until?.description, unit: unitID(item.unit),
                           location: location(item.keywordSpan))
        }
        return Document(
            version: version,
            plan: Header(title: plan.title.map(s), year: plan.year),
            files: plan.sources.files.map(\.path),
            units: units, goals: goals, courses: courses, events: events, kompus: kompus, employees: employees,
            competences: plan.competences.map { CompetenceEntry(id: s($0.id), title: s($0.title), location: location($0.nameSpan)) },
            tasks: plan.tasks.map { TaskEntry(id: s($0.id), title: s($0.title), unit: unitID($0.unit), requires: ids($0.requires),
                                               location: location($0.nameSpan)) },
            concepts: plan.concepts.map { ConceptEntry(id: s($0.id), title: s($0.title), preparation: $0.preparation.map(s),
                                                       description: $0.description.map(s), location: location($0.nameSpan)) },
            rules: rules, exceptions: exceptions,
            findings: report.diagnostics.map { JSONRenderer.finding($0, in: report) },
            summary: Summary(errors: report.count(.error), warnings: report.count(.warning), infos: report.count(.info),
                             files: report.fileCount, statements: report.statementCount))
    }

    /// Pretty-printed JSON with sorted keys (stable output for diffs), ending in a line break.
    public static func render(_ result: CheckResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(result))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func kindName(_ kind: UnitKind) -> String {
        switch kind {
        case .council: "council"
        case .committee: "committee"
        case .board: "board"
        case .area: "area"
        case .institution: "institution"
        case .department: "department"
        }
    }

    static func eventKindName(_ kind: EventKind) -> String {
        switch kind {
        case .discussion: "discussion"
        case .followUp: "followUp"
        case .proposal: "proposal"
        case .evaluation: "evaluation"
        }
    }

    static func statusName(_ status: Status) -> String {
        switch status {
        case .planned: "planned"
        case .held: "held"
        case .cancelled: "cancelled"
        }
    }

    static func audienceName(_ audience: Audience) -> String {
        switch audience {
        case .none: "none"
        case .heads: "heads"
        case .leaders: "leaders"
        case .units: "units"
        }
    }
}
