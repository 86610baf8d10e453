// What the answers say around the plan's own words: table headers, summaries, notes and the
// errors of a query, in both languages, in one place. IDs, titles, dates and the plan's
// keywords stay as the plan writes them.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension QueryIndex {
    /// The language of the answers: the report's (the command line, the plan's `sprog`, the locale).
    public var language: Language { report.language }

    func say(_ words: QuerySays) -> String { words.text(language) }
}

/// The queries that take a unit, named in each language in their errors.
public enum UnitCommand: String, Sendable, CaseIterable {
    case tree, check, coverage, gaps

    var danish: String {
        switch self {
        case .tree: "træ"
        case .check: "tjek"
        case .coverage: "dækning"
        case .gaps: "huller"
        }
    }
}

extension Keyword {
    /// `et mål`, `et område`, `en medarbejder`: the article a Danish sentence puts before it.
    public var danishArticle: String { [.maal, .koncept, .byraad, .udvalg, .omraade].contains(self) ? "et" : "en" }
}

enum QuerySays: Message {
    // Counting
    case counted(total: Int, shown: Int, Counted)
    // Tables
    case coverageHeader, gapsHeader, calendarHeader, overdueHeader, findHeader
    case firstUnitsShown(shown: Int, of: Int)
    case coverageSummary(units: Int, scope: String?, staff: Int, listed: Int, shares: [String])
    case noGaps(scope: String?)
    case stillPlannedBefore(String)
    case moreFindings(Int)
    case firstListed(summary: String, Int)
    // Trees
    case employeeDevelopmentItems(Int)
    case traceSummary(goals: Int, courses: Int, items: Int, cut: Bool)
    case seeAbove
    case noEmployeeYet
    case employees(Int, shown: String, more: Int)
    case aCycle
    case followsNoGoal
    case noDevelopmentItem
    case noGoalsOfItsOwn
    case leadsToNoPoliticalGoal
    case serves(String)
    case chef(String), leader(String)
    case employeesOfStaff(Int, staff: Int)
    case employeeCount(Int)
    case unitsBelow(Int, id: String)
    case unitsShown(Int, of: Int)
    // show
    case field(Field)
    case none, undated, missing, noneYet
    case inPlan(Int, staff: Int?)
    case fromUnit(String)
    case findingsOfUnit(Int, id: String)
    case step(Int)
    case level(UnitKind)
    case dated(DatedKind)
    case status(Status)
    case briefingDetail, conversationsDetail
    case developmentDetail(String)
    case goalDetail(id: String, title: String)
    // Errors
    case traceFrom(id: String, kind: Keyword)
    case whyFrom(id: String, kind: Keyword)
    case takesAUnit(command: UnitCommand, id: String, kind: Keyword)
    case noStatementNamed(String, hint: String?)
    case usage(String)

    enum Counted: Sendable { case found, gaps, overdue, events }

    enum Field: Sendable {
        case owner, level, follows, followedBy, courses, deadline, mentionedIn, unit, priority, seats, provides
        case participants, conversation, development, competences, requires, providedBy, requiredBy
        case preparation, description, location, above, chef, leader, under, committees, goals, units, tasks
        case employees, steps, kompus, exceptions, findings
    }

    func text(_ language: Language) -> String {
        switch language {
        case .english: english
        case .danish: danish
        }
    }

    private var english: String {
        let en = Language.english
        switch self {
        case let .counted(total, shown, what):
            let noun = switch what {
            case .found: "found"
            case .gaps: total == 1 ? "gap" : "gaps"
            case .overdue: "overdue"
            case .events: total == 1 ? "event" : "events"
            }
            return total > shown ? "\(total) \(noun), the first \(shown) shown" : "\(total) \(noun)"
        case .coverageHeader: return "unit|title|employees|listed|conversation|development|aligned to politics"
        case .gapsHeader: return "unit|task|competence|title"
        case .calendarHeader: return "date|what|unit|status|detail"
        case .overdueHeader: return "date|what|unit|detail"
        case .findHeader: return "kind|id|title"
        case let .firstUnitsShown(shown, of): return "the first \(shown) of \(of) units shown"
        case let .coverageSummary(units, scope, staff, listed, shares):
            return "\(Count.of(units, .unit, en)) \(scope.map { "under \($0)" } ?? "in the plan"), \(Count.of(staff, .employee, en))"
                + (listed < staff ? " (\(listed) listed)" : "")
                + ": conversation \(shares[0]), development \(shares[1]), aligned to politics \(shares[2])"
        case let .noGaps(scope): return "no gaps: every competence a task requires is held or being trained" + (scope.map { " under \($0)" } ?? "")
        case let .stillPlannedBefore(day): return "still planned before \(day):"
        case let .moreFindings(count): return "… and \(count) more findings; `check ID` narrows to one unit"
        case let .firstListed(summary, count): return "\(summary); the first \(count) listed"
        case let .employeeDevelopmentItems(count): return "\(count) employee development item\(count == 1 ? "" : "s")"
        case let .traceSummary(goals, courses, items, cut):
            return "\(goals) goal\(goals == 1 ? "" : "s"), \(courses) course\(courses == 1 ? "" : "s"), \(items) employee development item\(items == 1 ? "" : "s")"
                + (cut ? "; the first \(AnswerLimit.treeNodes) shown, trace a goal further down to see the rest" : "")
        case .seeAbove: return "see above"
        case .noEmployeeYet: return "no employee yet"
        case let .employees(count, shown, more): return "\(Count.of(count, .employee, en)): \(shown)\(more > 0 ? ", … \(more) more" : "")"
        case .aCycle: return "a cycle (K107)"
        case .followsNoGoal: return "follows no goal"
        case .noDevelopmentItem: return "no development item (udvikling)"
        case .noGoalsOfItsOwn: return "no goals of its own"
        case .leadsToNoPoliticalGoal: return "leads to no political goal"
        case let .serves(goals): return "serves \(goals)"
        case let .chef(name): return "head \(name)"
        case let .leader(name): return "leader \(name)"
        case let .employeesOfStaff(count, staff): return "\(count) of \(staff) employees"
        case let .employeeCount(count): return Count.of(count, .employee, en)
        case let .unitsBelow(count, id): return "\(Count.of(count, .unit, en)) below; tree \(id)"
        case let .unitsShown(count, total): return "\(count) of \(total) units shown; `tree ID` shows the units below one"
        case let .field(field):
            switch field {
            case .owner: return "owner"
            case .level: return "level"
            case .follows: return "follows"
            case .followedBy: return "followed by"
            case .courses: return "courses"
            case .deadline: return "deadline"
            case .mentionedIn: return "mentioned in"
            case .unit: return "unit"
            case .priority: return "priority"
            case .seats: return "seats"
            case .provides: return "provides"
            case .participants: return "participants"
            case .conversation: return "conversation"
            case .development: return "development"
            case .competences: return "competences"
            case .requires: return "requires"
            case .providedBy: return "provided by"
            case .requiredBy: return "required by"
            case .preparation: return "preparation"
            case .description: return "description"
            case .location: return "location"
            case .above: return "above"
            case .chef: return "head"
            case .leader: return "leader"
            case .under: return "under"
            case .committees: return "committees"
            case .goals: return "goals"
            case .units: return "units"
            case .tasks: return "tasks"
            case .employees: return "employees"
            case .steps: return "steps"
            case .kompus: return "KOMPUS"
            case .exceptions: return "exceptions"
            case .findings: return "findings"
            }
        case .none: return "none"
        case .undated: return "undated"
        case .missing: return "missing"
        case .noneYet: return "none yet"
        case let .inPlan(count, staff): return "\(count) in the plan" + (staff.map { ", \($0) in all" } ?? "")
        case let .fromUnit(id): return "from \(id)"
        case let .findingsOfUnit(count, id): return "\(count); `check \(id)` shows them"
        case let .step(number): return "step \(number)"
        case let .level(kind):
            switch kind {
            case .council, .committee: return "political goal"
            case .board: return "the board's competence goal"
            case .area: return "area goal"
            case .institution, .department: return "local goal"
            }
        case let .dated(kind): return kind.word(.english)
        case let .status(status): return status.word(.english)
        case .briefingDetail: return "KOMPUS briefing"
        case .conversationsDetail: return "KOMPUS conversations"
        case let .developmentDetail(courses): return "; development \(courses)"
        case let .goalDetail(id, title): return "goal \(id) \"\(title)\""
        case let .traceFrom(id, kind): return "`trace` goes down from a goal, a course or a unit; `\(id)` is a `\(kind.danish)` (try `why \(id)`)"
        case let .whyFrom(id, kind): return "`why` goes up from a goal, a course, an employee or a unit; `\(id)` is a `\(kind.danish)`"
        case let .takesAUnit(command, id, kind): return "`\(command.rawValue)` takes a unit; `\(id)` is a `\(kind.danish)`"
        case let .noStatementNamed(id, hint): return "no statement is named `\(id)`" + (hint.map { "; did you mean `\($0)`?" } ?? "")
        case let .usage(text): return "usage: \(text)"
        }
    }

    private var danish: String {
        let da = Language.danish
        switch self {
        case let .counted(total, shown, what):
            let noun = switch what {
            case .found: "fundet"
            case .gaps: total == 1 ? "hul" : "huller"
            case .overdue: "forfaldne"
            case .events: total == 1 ? "begivenhed" : "begivenheder"
            }
            return total > shown ? "\(Count.number(total, da)) \(noun), de første \(Count.number(shown, da)) vises" : "\(Count.number(total, da)) \(noun)"
        case .coverageHeader: return "enhed|titel|medarbejdere|opført|samtale|udvikling|til politisk mål"
        case .gapsHeader: return "enhed|opgave|kompetence|titel"
        case .calendarHeader: return "dato|hvad|enhed|status|detaljer"
        case .overdueHeader: return "dato|hvad|enhed|detaljer"
        case .findHeader: return "slags|id|titel"
        case let .firstUnitsShown(shown, of): return "de første \(Count.number(shown, da)) af \(Count.number(of, da)) enheder vises"
        case let .coverageSummary(units, scope, staff, listed, shares):
            return "\(Count.of(units, .unit, da)) \(scope.map { "under \($0)" } ?? "i planen"), \(Count.of(staff, .employee, da))"
                + (listed < staff ? " (\(Count.number(listed, da)) opført)" : "")
                + ": samtale \(shares[0]), udvikling \(shares[1]), til politisk mål \(shares[2])"
        case let .noGaps(scope): return "ingen huller: alle kompetencer, opgaverne kræver, er til stede eller under uddannelse" + (scope.map { " under \($0)" } ?? "")
        case let .stillPlannedBefore(day): return "stadig planlagt før \(day):"
        case let .moreFindings(count): return "… og \(Count.number(count, da)) fund til; `check ID` afgrænser til én enhed"
        case let .firstListed(summary, count): return "\(summary); de første \(Count.number(count, da)) vises"
        case let .employeeDevelopmentItems(count): return "\(Count.number(count, da)) \(count == 1 ? "udviklingspunkt" : "udviklingspunkter") hos medarbejdere"
        case let .traceSummary(goals, courses, items, cut):
            return "\(Count.number(goals, da)) mål, \(Count.number(courses, da)) \(courses == 1 ? "uddannelse" : "uddannelser"), \(Count.number(items, da)) \(items == 1 ? "udviklingspunkt" : "udviklingspunkter") hos medarbejdere"
                + (cut ? "; de første \(AnswerLimit.treeNodes) vises, spor et mål længere ned for at se resten" : "")
        case .seeAbove: return "se ovenfor"
        case .noEmployeeYet: return "ingen medarbejder endnu"
        case let .employees(count, shown, more): return "\(Count.of(count, .employee, da)): \(shown)\(more > 0 ? ", … \(Count.number(more, da)) til" : "")"
        case .aCycle: return "en ring (K107)"
        case .followsNoGoal: return "følger intet mål"
        case .noDevelopmentItem: return "intet udviklingspunkt (udvikling)"
        case .noGoalsOfItsOwn: return "ingen egne mål"
        case .leadsToNoPoliticalGoal: return "fører ikke til noget politisk mål"
        case let .serves(goals): return "tjener \(goals)"
        case let .chef(name): return "chef \(name)"
        case let .leader(name): return "leder \(name)"
        case let .employeesOfStaff(count, staff): return "\(Count.number(count, da)) af \(Count.number(staff, da)) medarbejdere"
        case let .employeeCount(count): return Count.of(count, .employee, da)
        case let .unitsBelow(count, id): return "\(Count.of(count, .unit, da)) under; tree \(id)"
        case let .unitsShown(count, total): return "\(Count.number(count, da)) af \(Count.number(total, da)) enheder vises; `tree ID` viser enhederne under én"
        case let .field(field):
            switch field {
            case .owner: return "ejer"
            case .level: return "niveau"
            case .follows: return "følger"
            case .followedBy: return "følges af"
            case .courses: return "uddannelser"
            case .deadline: return "frist"
            case .mentionedIn: return "nævnt i"
            case .unit: return "enhed"
            case .priority: return "prioritet"
            case .seats: return "pladser"
            case .provides: return "giver"
            case .participants: return "deltagere"
            case .conversation: return "samtale"
            case .development: return "udvikling"
            case .competences: return "kompetencer"
            case .requires: return "kræver"
            case .providedBy: return "gives af"
            case .requiredBy: return "kræves af"
            case .preparation: return "forberedelse"
            case .description: return "beskrivelse"
            case .location: return "sted"
            case .above: return "over"
            case .chef: return "chef"
            case .leader: return "leder"
            case .under: return "under"
            case .committees: return "udvalg"
            case .goals: return "mål"
            case .units: return "enheder"
            case .tasks: return "opgaver"
            case .employees: return "medarbejdere"
            case .steps: return "trin"
            case .kompus: return "kompus"
            case .exceptions: return "undtagelser"
            case .findings: return "fund"
            }
        case .none: return "ingen"
        case .undated: return "udateret"
        case .missing: return "mangler"
        case .noneYet: return "ingen endnu"
        case let .inPlan(count, staff): return "\(Count.number(count, da)) i planen" + (staff.map { ", \(Count.number($0, da)) i alt" } ?? "")
        case let .fromUnit(id): return "fra \(id)"
        case let .findingsOfUnit(count, id): return "\(Count.number(count, da)); `tjek \(id)` viser dem"
        case let .step(number): return "trin \(number)"
        case let .level(kind):
            switch kind {
            case .council, .committee: return "politisk mål"
            case .board: return "direktionens kompetencemål"
            case .area: return "områdemål"
            case .institution, .department: return "lokalt mål"
            }
        case let .dated(kind): return kind.word
        case let .status(status): return status.word
        case .briefingDetail: return "KOMPUS-orientering"
        case .conversationsDetail: return "KOMPUS-samtaler"
        case let .developmentDetail(courses): return "; udvikling \(courses)"
        case let .goalDetail(id, title): return "mål \(id) \"\(title)\""
        case let .traceFrom(id, kind): return "`spor` går ned fra et mål, en uddannelse eller en enhed; `\(id)` er \(kind.danishArticle) `\(kind.danish)` (prøv `hvorfor \(id)`)"
        case let .whyFrom(id, kind): return "`hvorfor` går op fra et mål, en uddannelse, en medarbejder eller en enhed; `\(id)` er \(kind.danishArticle) `\(kind.danish)`"
        case let .takesAUnit(command, id, kind): return "`\(command.danish)` skal have en enhed; `\(id)` er \(kind.danishArticle) `\(kind.danish)`"
        case let .noStatementNamed(id, hint): return "ingen sætning hedder `\(id)`" + (hint.map { "; mente du `\($0)`?" } ?? "")
        case let .usage(text): return "brug: \(text)"
        }
    }
}

extension QueryError {
    /// A query error said in the index's language.
    init(_ words: QuerySays, _ index: QueryIndex) { self.init(words.text(index.language)) }
}
