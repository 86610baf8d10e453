// The resolved plan: what the rules, the REPL, the queries and the exports read.
//
// Everything is held in flat arrays and referred to by index; a reference keeps the span
// it was written at, so that findings can point at it. References that could not be
// resolved have already been reported (K105, K106) and are not in these lists; the list
// remembers that one was dropped (`hasUnresolved`), so that no rule reports on a target
// that is missing.

import KaskadeDiagnostics
import KaskadeSyntax

public enum UnitKind: Sendable, Hashable {
    case council, committee, board, area, institution, department

    public var keyword: Keyword {
        switch self {
        case .council: .byraad
        case .committee: .udvalg
        case .board: .direktion
        case .area: .omraade
        case .institution: .virksomhed
        case .department: .afdeling
        }
    }

    /// Institutions and departments: the units of step 3, KOMPUS and employees.
    public var isLocal: Bool { self == .institution || self == .department }
    public var isPolitical: Bool { self == .council || self == .committee }
}

public struct Reference: Sendable, Hashable {
    // The index stored as 32 bits (a plan has far fewer than 2³¹ entities of a kind), and
    // the span first so that nothing pads it: 17 bytes a reference instead of 32, and a
    // large plan holds a million of them.
    public var span: Span
    private var storedIndex: Int32
    public var kind: Keyword

    /// Index into the array of the target's kind.
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }

    public init(index: Int, kind: Keyword, span: Span) {
        self.storedIndex = Int32(index)
        self.kind = kind
        self.span = span
    }
}

/// The references of one property. Nearly every list holds one reference (`følger D1`,
/// `udvikling PD`), so the first is stored inline and only further ones go to an array: a
/// plan of half a million employees allocates nothing for their lists.
public struct ReferenceList: Sendable, RandomAccessCollection {
    // `rest` before `first`, so that the two flags fill the padding after it (32 bytes a list).
    private var rest: [Reference] = []
    private var first: Reference?
    /// A reference in the source could not be resolved (already reported).
    public var hasUnresolved = false
    /// The property was written at all.
    public var isGiven = false

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { first == nil ? 0 : 1 + rest.count }
    public subscript(position: Int) -> Reference { position == 0 ? first! : rest[position - 1] }

    public mutating func append(_ reference: Reference) {
        if first == nil { first = reference } else { rest.append(reference) }
    }

    /// The list itself (kept for readability at call sites: `goal.follows.items`).
    public var items: ReferenceList { self }

    /// The indices of the targets, in the order written.
    public var targets: [Int] { map(\.index) }

    /// Whether a target with this index is in the list.
    public func contains(target: Int) -> Bool { contains { $0.index == target } }
}

public enum Status: Sendable, Hashable {
    case planned, held, cancelled

    /// A cancelled event counts for nothing.
    public var counts: Bool { self != .cancelled }
}

public struct Unit: Sendable {
    public var id: String
    public var title: String
    public var kind: UnitKind
    public var nameSpan: Span
    public var keywordSpan: Span
    /// The whole statement, block included: findings inside it belong to the unit.
    public var extent: Span
    public var parent: Int?
    public var children: [Int] = []
    public var leader: String?
    public var chef: String?
    public var staffCount: Int?
    /// The unit's number in the HR system (`kode "4711"`), by which a roster may name it.
    public var code: String?
    public var codeSpan: Span?
    /// A roster that should hold some of its employees could not be read in full (K120,
    /// K121, K122, a row naming no unit): rules that need all of a unit's employees (K601,
    /// K602) say nothing about it until that is fixed.
    public var hasIncompleteRoster = false
    /// A committee's council.
    public var under = ReferenceList()
    /// An area's committees.
    public var committees = ReferenceList()
    public var goals: [Int] = []
    public var events: [Int] = []
    public var courses: [Int] = []
    public var employees: [Int] = []
    public var tasks: [Int] = []
    public var kompus: Int?
    public var exceptions: [Int] = []
}

public struct Goal: Sendable {
    public var id: String
    public var title: String
    public var nameSpan: Span
    public var owner: Int
    public var follows = ReferenceList()
    public var deadline: Day?
    public var deadlineSpan: Span?
    /// Goals that name this one in `følger` (filled after resolution).
    public var followedBy: [Int] = []
    /// Courses that name this one in `følger`.
    public var courses: [Int] = []
}

public enum EventKind: Sendable, Hashable {
    case discussion, followUp, proposal, evaluation

    public var keyword: Keyword {
        switch self {
        case .discussion: .droeftelse
        case .followUp: .opfoelgning
        case .proposal: .oplaeg
        case .evaluation: .evaluering
        }
    }
}

public enum Audience: Sendable {
    case none
    /// `med chefgruppen`.
    case heads
    /// `med lederne`.
    case leaders
    /// `med CSD, CSS`.
    case units
}

public struct Event: Sendable {
    public var kind: EventKind
    public var keywordSpan: Span
    public var owner: Int
    public var date: Day?
    public var dateSpan: Span?
    public var status: Status = .planned
    public var audience: Audience = .none
    /// The units named in `med`.
    public var with = ReferenceList()
    /// The goals (and, for a proposal, courses) named in `om`.
    public var about = ReferenceList()
}

public struct Course: Sendable {
    public var id: String
    public var title: String
    public var nameSpan: Span
    public var unit: Int
    public var follows = ReferenceList()
    public var priority: Int?
    public var seats: Int?
    public var provides = ReferenceList()
    /// Employees that name it in `udvikling`.
    public var participants: [Int] = []
}

/// A plan holds more employees than anything else, so their fields are ordered to pack
/// without padding (Swift lays fields out in the order written): 136 bytes an employee.
public struct Employee: Sendable {
    public var id: String
    public var title: String?
    public var development = ReferenceList()
    public var competences = ReferenceList()
    public var nameSpan: Span
    public var conversationSpan: Span?
    public var conversation: Day?
    public var status: Status = .planned
    /// A roster cell for the conversation or the status could not be read (K004, K103, already
    /// reported): the rules say nothing about what the cell would have said.
    public var hasUnreadableCell = false
    /// The roster the employee was read from (index into `Plan.rosters`), or -1 when it is
    /// written out as a `medarbejder` statement.
    public var roster: Int32 = -1
    private var storedUnit: Int32
    /// Index into `Plan.units`.
    public var unit: Int {
        get { Int(storedUnit) }
        set { storedUnit = Int32(newValue) }
    }

    public init(id: String, title: String?, nameSpan: Span, unit: Int,
                conversation: Day? = nil, conversationSpan: Span? = nil, status: Status = .planned) {
        self.id = id
        self.title = title
        self.nameSpan = nameSpan
        self.storedUnit = Int32(unit)
        self.conversation = conversation
        self.conversationSpan = conversationSpan
        self.status = status
    }
}

/// A roster the plan read: its path and the header of the column each property names, so
/// that advice about a roster employee says which cell to fill in rather than what to write.
public struct RosterColumns: Sendable {
    public var path: String
    public var headers: [Keyword: String]
}

public struct Competence: Sendable {
    public var id: String
    public var title: String
    public var nameSpan: Span
}

public struct Task: Sendable {
    public var id: String
    public var title: String
    public var nameSpan: Span
    public var unit: Int
    public var requires = ReferenceList()
}

public struct Concept: Sendable {
    public var id: String
    public var title: String
    public var nameSpan: Span
    public var preparation: String?
    public var description: String?
}

public struct Kompus: Sendable {
    public var keywordSpan: Span
    public var unit: Int
    public var concept = ReferenceList()
    public var briefing: Day?
    public var briefingSpan: Span?
    public var period: ClosedRange<Day>?
    public var periodSpan: Span?
    public var expectation: String?
    /// `varsel`, in days.
    public var notice: Int?
    /// The briefing's status (`planlagt` until HR marks it `afholdt`).
    public var status: Status = .planned
}

public struct RuleSetting: Sendable {
    public var rule: RuleCode
    public var span: Span
    /// nil: the default level; `.some(nil)`: turned off (`niveau fra`).
    public var level: Severity??
    public var notice: Int?
}

public struct Exception: Sendable {
    public var rule: RuleCode
    public var reason: String
    public var until: Day?
    public var untilSpan: Span?
    public var unit: Int
    public var keywordSpan: Span
}

/// Something with an ID: its kind and its index in that kind's array.
public struct EntityRef: Sendable, Hashable {
    public var kind: Keyword
    // 32 bits, as in `Reference`: the name table holds one per name.
    private var storedIndex: Int32

    /// Index into the array of the kind's entities; -1 for a name whose statement is unusable.
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }

    public init(kind: Keyword, index: Int) {
        self.kind = kind
        self.storedIndex = Int32(index)
    }
}

public struct Plan: Sendable {
    public var sources: SourceSet
    public var trees: [SyntaxTree]
    public var title: String?
    public var year: Int?
    /// The plan's `sprog`: the language Kaskade speaks about it when neither the command line
    /// nor `KASKADE_LANG` chooses one.
    public var language: Language?
    public var headerSpan: Span?
    public var units: [Unit] = []
    public var goals: [Goal] = []
    public var events: [Event] = []
    public var courses: [Course] = []
    public var employees: [Employee] = []
    public var competences: [Competence] = []
    public var tasks: [Task] = []
    public var concepts: [Concept] = []
    public var kompuses: [Kompus] = []
    public var settings: [RuleSetting] = []
    public var exceptions: [Exception] = []
    /// Every ID of the plan. Statements that were misplaced or broken are here with index -1,
    /// so that references to them are neither resolved nor reported again.
    public var names = NameTable()
    public var statementCount = 0
    /// How many `medarbejder` lines the resolver read straight from the tree (for the tests
    /// that compare that reading with the generic one).
    var employeeLinesReadDirectly = 0
    /// The rosters read with `indlæs`, in the order read.
    public var rosters: [RosterColumns] = []

    public init(sources: SourceSet, trees: [SyntaxTree]) {
        self.sources = sources
        self.trees = trees
    }

    // MARK: - Questions every reader asks

    public var board: Int? { units.firstIndex { $0.kind == .board } }

    public func units(_ kind: UnitKind) -> [Int] { units.indices.filter { units[$0].kind == kind } }

    /// The area a unit lies in (itself for an area).
    public func area(of unit: Int) -> Int? {
        var current: Int? = unit
        while let index = current {
            if units[index].kind == .area { return index }
            current = units[index].parent
        }
        return nil
    }

    /// The KOMPUS in force for a unit: its own, else the nearest enclosing unit's.
    public func effectiveKompus(of unit: Int) -> Int? {
        var current: Int? = unit
        while let index = current {
            if let kompus = units[index].kompus { return kompus }
            current = units[index].parent
        }
        return nil
    }

    /// A unit and every unit below it, the unit first.
    public func subtree(of unit: Int) -> [Int] {
        var result = [unit]
        var next = 0
        while next < result.count {
            result.append(contentsOf: units[result[next]].children)
            next += 1
        }
        return result
    }

    public func isPolitical(goal: Int) -> Bool { units[goals[goal].owner].kind.isPolitical }

    public func level(of goal: Int) -> UnitKind { units[goals[goal].owner].kind }

    /// The ID, title and place of definition of anything with an ID: the one switch over
    /// the kinds of entity that everything else asks.
    public func entity(_ ref: EntityRef) -> (id: String, title: String, nameSpan: Span) {
        switch ref.kind {
        case .maal: (goals[ref.index].id, goals[ref.index].title, goals[ref.index].nameSpan)
        case .uddannelse: (courses[ref.index].id, courses[ref.index].title, courses[ref.index].nameSpan)
        case .medarbejder: (employees[ref.index].id, employees[ref.index].title ?? "", employees[ref.index].nameSpan)
        case .kompetence: (competences[ref.index].id, competences[ref.index].title, competences[ref.index].nameSpan)
        case .opgave: (tasks[ref.index].id, tasks[ref.index].title, tasks[ref.index].nameSpan)
        case .koncept: (concepts[ref.index].id, concepts[ref.index].title, concepts[ref.index].nameSpan)
        default: (units[ref.index].id, units[ref.index].title, units[ref.index].nameSpan)
        }
    }

    /// The ID and title of a thing, as messages name it: `LYS "Lyngehus Skole"`.
    public func label(_ ref: EntityRef) -> String {
        let (id, title, _) = entity(ref)
        return title.isEmpty ? id : "\(id) \"\(title)\""
    }

    public func unitLabel(_ unit: Int) -> String {
        "\(units[unit].kind.keyword.danish) \(units[unit].id) \"\(units[unit].title)\""
    }

    /// Follows `følger` upwards from a goal on every path and collects the first goals that
    /// satisfy `stop` (the goal itself excluded). Each goal is visited once, so this is
    /// linear in the part of the graph above the goal, and safe on cycles.
    public func nearestGoals(above goal: Int, where stop: (Int) -> Bool) -> Set<Int> {
        var found = Set<Int>()
        var visited: Set<Int> = [goal]
        var stack = goals[goal].follows.targets
        while let next = stack.popLast() {
            guard visited.insert(next).inserted else { continue }
            if stop(next) {
                found.insert(next)
            } else {
                for target in goals[next].follows { stack.append(target.index) }
            }
        }
        return found
    }
}
