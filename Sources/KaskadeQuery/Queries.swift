// The questions leaders ask of a loaded plan: tree, show, trace, why, check, coverage, gaps,
// find, overdue. Each is a function of the resolved plan and its findings; what several
// answers need (folded names for `find`, which courses serve politics) is computed once per
// loaded plan in `QueryIndex`, so that every answer costs at most one pass over the part
// of the plan it is about.

import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeSyntax

public struct QueryError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

public final class QueryIndex: @unchecked Sendable {
    public let result: CheckResult
    public var plan: Plan { result.plan }
    public var report: Report { result.report }
    private var politicalCourses: [Bool]?

    public init(_ result: CheckResult) { self.result = result }

    /// Every ID and title, folded two ways, one per line in two byte buffers, with the
    /// entity of each line: `find` then searches a few megabytes with memmem.
    struct SearchText {
        var folded: [UInt8] = []
        var loose: [UInt8] = []
        var foldedStarts: [Int32] = []
        var looseStarts: [Int32] = []
        var refs: [EntityRef] = []
    }

    private var search: SearchText?

    /// Builds the search text now (a loaded plan's one pass), so `find` answers at once.
    public func prepareSearch() { _ = searchText() }

    func searchText() -> SearchText {
        if let search { return search }
        var text = SearchText()
        text.refs.reserveCapacity(plan.names.count)
        func add(_ kind: Keyword, _ index: Int, _ id: String, _ title: String?) {
            let line = title.map { id + " " + $0 } ?? id
            text.foldedStarts.append(Int32(text.folded.count))
            text.folded += Spelling.fold(line).utf8
            text.folded.append(0x0A)
            text.looseStarts.append(Int32(text.loose.count))
            text.loose += Spelling.foldLoose(line).utf8
            text.loose.append(0x0A)
            text.refs.append(EntityRef(kind: kind, index: index))
        }
        for (i, unit) in plan.units.enumerated() { add(unit.kind.keyword, i, unit.id, unit.title) }
        for (i, goal) in plan.goals.enumerated() { add(.maal, i, goal.id, goal.title) }
        for (i, course) in plan.courses.enumerated() { add(.uddannelse, i, course.id, course.title) }
        for (i, task) in plan.tasks.enumerated() { add(.opgave, i, task.id, task.title) }
        for (i, item) in plan.competences.enumerated() { add(.kompetence, i, item.id, item.title) }
        for (i, item) in plan.concepts.enumerated() { add(.koncept, i, item.id, item.title) }
        for (i, employee) in plan.employees.enumerated() { add(.medarbejder, i, employee.id, employee.title) }
        search = text
        return text
    }

    /// Whether each course leads back to a political goal (for `coverage`).
    func servesPolitics(course: Int) -> Bool {
        if politicalCourses == nil {
            politicalCourses = plan.courses.indices.map { course in
                plan.courses[course].follows.contains { goal in
                    plan.isPolitical(goal: goal.index)
                        || !plan.nearestGoals(above: goal.index) { plan.isPolitical(goal: $0) }.isEmpty
                }
            }
        }
        return politicalCourses![course]
    }
}

public enum Queries {
    // MARK: - Looking things up

    public static func entity(_ id: String, in plan: Plan) throws -> EntityRef {
        guard let ref = plan.names[id], ref.index >= 0 else {
            // On a large plan, compare with names of the same length and first letter only.
            let first = id.first.map { String($0).lowercased() }
            let candidates = plan.names.count < 20_000 ? Array(plan.names.keys)
                : plan.names.keys.filter { abs($0.count - id.count) <= 1 && $0.first.map { String($0).lowercased() } == first }.prefix(20_000).map { $0 }
            let nearest = Spelling.nearest(to: id, among: candidates)
            throw QueryError("no statement is named `\(id)`" + (nearest.map { "; did you mean `\($0)`?" } ?? ""))
        }
        return ref
    }

    public static func title(of ref: EntityRef, in plan: Plan) -> String { plan.entity(ref).title }

    static func id(of ref: EntityRef, in plan: Plan) -> String { plan.entity(ref).id }

    static func node(_ ref: EntityRef, in plan: Plan, note: String? = nil, children: [TreeNode] = []) -> TreeNode {
        TreeNode(id: id(of: ref, in: plan), kind: ref.kind.danish, title: title(of: ref, in: plan), note: note, children: children)
    }

    static func goalRef(_ goal: Int) -> EntityRef { EntityRef(kind: .maal, index: goal) }

    static func unitRef(_ unit: Int, in plan: Plan) -> EntityRef {
        EntityRef(kind: plan.units[unit].kind.keyword, index: unit)
    }

    // MARK: - tree

    /// The organisation: council, committees, board, areas with their units.
    public static func tree(_ index: QueryIndex, from id: String?) throws -> Answer {
        let plan = index.plan
        var answer = Answer(command: "tree", title: plan.title.map { "\($0) \(plan.year.map(String.init) ?? "")" } ?? "")
        func unitNode(_ unit: Int) -> TreeNode {
            let staff = plan.units[unit].employees.count
            return node(unitRef(unit, in: plan), in: plan, note: staff > 0 ? "\(staff) medarbejdere" : nil,
                        children: plan.units[unit].children.map(unitNode))
        }
        if let id {
            let ref = try entity(id, in: plan)
            guard Schema.spec(ref.kind) != nil, [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(ref.kind) else {
                throw QueryError("`\(id)` is a `\(ref.kind.danish)`, not a unit; `show \(id)` tells about it")
            }
            answer.tree = [unitNode(ref.index)]
        } else {
            answer.tree = plan.units.indices.filter { plan.units[$0].parent == nil }.map(unitNode)
        }
        return answer
    }

    // MARK: - show

    public static func show(_ index: QueryIndex, _ id: String) throws -> Answer {
        let plan = index.plan
        let ref = try entity(id, in: plan)
        var answer = Answer(command: "show", title: "\(ref.kind.danish) \(id) \"\(title(of: ref, in: plan))\"")
        var fields: [Field] = []
        func add(_ name: String, _ value: String?) { if let value, !value.isEmpty { fields.append(Field(name: name, value: value)) } }
        func ids(_ list: ReferenceList, _ kind: Keyword) -> String {
            list.map { Queries.id(of: EntityRef(kind: kind, index: $0.index), in: plan) }.joined(separator: ", ")
        }
        let source = plan.sources
        switch ref.kind {
        case .maal:
            let goal = plan.goals[ref.index]
            add("ejer", plan.unitLabel(goal.owner))
            add("niveau", levelName(plan.level(of: ref.index)))
            add("følger", ids(goal.follows, .maal))
            add("følges af", goal.followedBy.map { plan.goals[$0].id }.joined(separator: ", "))
            add("uddannelser", goal.courses.map { plan.courses[$0].id }.joined(separator: ", "))
            add("frist", goal.deadline.map { "\($0)" })
            add("sted", location(goal.nameSpan, source))
        case .uddannelse:
            let course = plan.courses[ref.index]
            add("enhed", plan.unitLabel(course.unit))
            add("følger", ids(course.follows, .maal))
            add("prioritet", course.priority.map(String.init))
            add("pladser", course.seats.map(String.init))
            add("giver", ids(course.provides, .kompetence))
            add("deltagere", "\(course.participants.count)")
            add("sted", location(course.nameSpan, source))
        case .medarbejder:
            let employee = plan.employees[ref.index]
            add("enhed", plan.unitLabel(employee.unit))
            add("samtale", employee.conversation.map { "\($0) (\(statusName(employee.status)))" } ?? "ingen")
            add("udvikling", ids(employee.development, .uddannelse))
            add("kompetencer", ids(employee.competences, .kompetence))
            add("sted", location(employee.nameSpan, source))
        case .kompetence, .opgave, .koncept:
            if ref.kind == .opgave {
                add("enhed", plan.unitLabel(plan.tasks[ref.index].unit))
                add("kræver", ids(plan.tasks[ref.index].requires, .kompetence))
            }
            if ref.kind == .koncept { add("forberedelse", plan.concepts[ref.index].preparation) }
        default:
            let unit = plan.units[ref.index]
            add("over", unit.parent.map { plan.unitLabel($0) })
            add("chef", unit.chef)
            add("leder", unit.leader)
            add("udvalg", ids(unit.committees, .udvalg))
            add("mål", unit.goals.map { plan.goals[$0].id }.joined(separator: ", "))
            add("enheder", unit.children.map { plan.units[$0].id }.joined(separator: ", "))
            add("uddannelser", unit.courses.map { plan.courses[$0].id }.joined(separator: ", "))
            add("medarbejdere", unit.employees.isEmpty ? nil : "\(unit.employees.count)" + (unit.staffCount.map { " (of \($0))" } ?? ""))
            for event in unit.events {
                let item = plan.events[event]
                add(item.kind.keyword.danish, "\(item.date.map { "\($0)" } ?? "?") \(statusName(item.status))")
            }
            if let kompus = plan.effectiveKompus(of: ref.index) {
                let k = plan.kompuses[kompus]
                add("kompus", "\(k.concept.first.map { plan.concepts[$0.index].id } ?? "?") orientering \(k.briefing.map { "\($0)" } ?? "?") samtaler \(k.period.map { "\($0.lowerBound)..\($0.upperBound)" } ?? "?")" + (k.unit == ref.index ? "" : " (from \(plan.units[k.unit].id))"))
            }
            add("fund", "\(findings(in: ref.index, index).count)")
            add("sted", location(unit.nameSpan, source))
        }
        answer.fields = fields
        return answer
    }

    static func levelName(_ kind: UnitKind) -> String {
        switch kind {
        case .council, .committee: "politisk mål"
        case .board: "direktionens kompetencemål"
        case .area: "områdemål"
        case .institution, .department: "lokalt mål"
        }
    }

    static func statusName(_ status: Status) -> String {
        switch status {
        case .planned: "planlagt"
        case .held: "afholdt"
        case .cancelled: "aflyst"
        }
    }

    static func location(_ span: Span, _ sources: SourceSet) -> String {
        let file = sources[span.file]
        let at = file.location(of: Int(span.start))
        return "\(file.path):\(at.line):\(at.column)"
    }

    // MARK: - trace and why

    /// Downwards from a goal (or a unit's goals): every goal, course and employee development
    /// item that follows it. Employees are counted, and the first few named.
    public static func trace(_ index: QueryIndex, _ id: String) throws -> Answer {
        let plan = index.plan
        let ref = try entity(id, in: plan)
        let roots: [Int]
        switch ref.kind {
        case .maal: roots = [ref.index]
        case .uddannelse: return Answer(command: "trace", title: "").with(tree: [courseNode(ref.index, plan)])
        default:
            guard plan.units.indices.contains(ref.index), [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(ref.kind) else {
                throw QueryError("`trace` starts from a goal, a course or a unit; `\(id)` is a `\(ref.kind.danish)`")
            }
            roots = plan.units[ref.index].goals
        }
        var visited = Set<Int>()
        func goalNode(_ goal: Int) -> TreeNode {
            guard visited.insert(goal).inserted else { return node(goalRef(goal), in: plan, note: "see above") }
            let children = plan.goals[goal].followedBy.map(goalNode) + plan.goals[goal].courses.map { courseNode($0, plan) }
            return node(goalRef(goal), in: plan, note: plan.unitLabel(plan.goals[goal].owner), children: children)
        }
        var answer = Answer(command: "trace", title: "")
        answer.tree = roots.map(goalNode)
        let courses = Set(visitedCourses(roots: roots, plan))
        let employees = courses.reduce(0) { $0 + plan.courses[$1].participants.count }
        answer.summary = "\(visited.count) goals, \(courses.count) courses, \(employees) employee development items"
        return answer
    }

    static func visitedCourses(roots: [Int], _ plan: Plan) -> [Int] {
        var seen = Set<Int>(), stack = roots, courses: [Int] = []
        while let goal = stack.popLast() {
            guard seen.insert(goal).inserted else { continue }
            courses += plan.goals[goal].courses
            stack += plan.goals[goal].followedBy
        }
        return courses
    }

    static func courseNode(_ course: Int, _ plan: Plan) -> TreeNode {
        let participants = plan.courses[course].participants
        let shown = participants.prefix(8).map { plan.employees[$0].id }
        let more = participants.count > shown.count ? ", … \(participants.count - shown.count) more" : ""
        let note = participants.isEmpty ? "no employee yet" : "\(participants.count) employees: \(shown.joined(separator: ", "))\(more)"
        return node(EntityRef(kind: .uddannelse, index: course), in: plan, note: "\(plan.units[plan.courses[course].unit].id); \(note)")
    }

    /// Upwards from a goal, course or employee: the chain back to the political goals.
    public static func why(_ index: QueryIndex, _ id: String) throws -> Answer {
        let plan = index.plan
        let ref = try entity(id, in: plan)
        func up(_ goal: Int, _ path: Set<Int>) -> TreeNode {
            let level = levelName(plan.level(of: goal))
            guard !path.contains(goal) else { return node(goalRef(goal), in: plan, note: "cycle") }
            let parents = plan.goals[goal].follows.map { up($0.index, path.union([goal])) }
            return node(goalRef(goal), in: plan, note: parents.isEmpty && !plan.isPolitical(goal: goal) ? "\(level); follows no goal" : level, children: parents)
        }
        func courseUp(_ course: Int) -> TreeNode {
            node(EntityRef(kind: .uddannelse, index: course), in: plan, note: plan.units[plan.courses[course].unit].id,
                 children: plan.courses[course].follows.map { up($0.index, []) })
        }
        var answer = Answer(command: "why", title: "")
        switch ref.kind {
        case .maal: answer.tree = [up(ref.index, [])]
        case .uddannelse: answer.tree = [courseUp(ref.index)]
        case .medarbejder:
            let employee = plan.employees[ref.index]
            let note = employee.development.isEmpty ? "no development item (udvikling)" : plan.units[employee.unit].id
            answer.tree = [node(ref, in: plan, note: note, children: employee.development.map { courseUp($0.index) })]
        default:
            guard plan.units.indices.contains(ref.index) else { throw QueryError("`why` starts from a goal, a course or an employee") }
            answer.tree = [node(ref, in: plan, children: plan.units[ref.index].goals.map { up($0, []) })]
        }
        return answer
    }

    // MARK: - check

    /// Findings whose place lies inside a unit's statement (or all of them).
    static func findings(in unit: Int?, _ index: QueryIndex) -> [Diagnostic] {
        guard let unit else { return index.report.diagnostics }
        let extent = index.plan.units[unit].extent
        return index.report.diagnostics.filter {
            $0.primary.span.file == extent.file && extent.start <= $0.primary.span.start && $0.primary.span.end <= extent.end
        }
    }

    public static func check(_ index: QueryIndex, _ id: String?, color: Bool) throws -> Answer {
        var unit: Int?
        if let id {
            let ref = try entity(id, in: index.plan)
            guard [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(ref.kind) else {
                throw QueryError("`check` takes a unit; `\(id)` is a `\(ref.kind.danish)`")
            }
            unit = ref.index
        }
        var report = index.report
        report.diagnostics = findings(in: unit, index)
        var answer = Answer(command: "check", title: "")
        answer.findings = report.diagnostics.map { JSONRenderer.finding($0, in: report) }
        answer.summary = report.summaryLine
        answer.text = TextRenderer(useColor: color, maxShown: 200).render(report).trimmingCharacters(in: .newlines)
        return answer
    }

    // MARK: - coverage and gaps

    /// Per unit: employees with a conversation, with a development item, with one that leads
    /// back to a political goal.
    public static func coverage(_ index: QueryIndex, _ id: String?) throws -> Answer {
        let plan = index.plan
        let units = try localUnits(under: id, plan)
        var rows: [[String]] = []
        var totals = (staff: 0, talk: 0, develop: 0, aligned: 0)
        for unit in units {
            var talk = 0, develop = 0, aligned = 0
            for employee in plan.units[unit].employees {
                let item = plan.employees[employee]
                if item.conversation != nil && item.status.counts { talk += 1 }
                if !item.development.isEmpty { develop += 1 }
                if item.development.contains(where: { index.servesPolitics(course: $0.index) }) { aligned += 1 }
            }
            let staff = plan.units[unit].employees.count
            totals = (totals.staff + staff, totals.talk + talk, totals.develop + develop, totals.aligned + aligned)
            rows.append([plan.units[unit].id, plan.units[unit].title, "\(staff)", share(talk, staff), share(develop, staff), share(aligned, staff)])
        }
        var answer = Answer(command: "coverage", title: "")
        answer.table = Table(columns: ["unit", "title", "employees", "conversation", "development", "aligned to politics"], rows: rows)
        answer.summary = "all \(units.count) units: \(totals.staff) employees; conversation \(share(totals.talk, totals.staff)), development \(share(totals.develop, totals.staff)), aligned \(share(totals.aligned, totals.staff))"
        return answer
    }

    static func share(_ count: Int, _ total: Int) -> String {
        total == 0 ? "0" : "\(count) (\(Int((Double(count) * 100 / Double(total)).rounded()))%)"
    }

    /// The institutions and departments under a unit (all of them without an ID).
    static func localUnits(under id: String?, _ plan: Plan) throws -> [Int] {
        guard let id else { return plan.units.indices.filter { plan.units[$0].kind.isLocal } }
        let ref = try entity(id, in: plan)
        guard [.omraade, .virksomhed, .afdeling].contains(ref.kind) else {
            throw QueryError("`\(id)` is a `\(ref.kind.danish)`; give an område, virksomhed or afdeling")
        }
        var result: [Int] = [], stack = [ref.index]
        while let unit = stack.popLast() {
            if plan.units[unit].kind.isLocal { result.append(unit) }
            stack += plan.units[unit].children.reversed()
        }
        return result
    }

    /// Competences that tasks require and nobody in the unit holds or is being trained in.
    public static func gaps(_ index: QueryIndex, _ id: String?) throws -> Answer {
        let plan = index.plan
        var rows: [[String]] = []
        for unit in try localUnits(under: id, plan) where !plan.units[unit].tasks.isEmpty {
            var held = Set<Int>()
            for employee in plan.units[unit].employees {
                for competence in plan.employees[employee].competences { held.insert(competence.index) }
                for course in plan.employees[employee].development {
                    for competence in plan.courses[course.index].provides { held.insert(competence.index) }
                }
            }
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires where !held.contains(required.index) {
                    rows.append([plan.units[unit].id, plan.tasks[task].id, plan.competences[required.index].id, plan.competences[required.index].title])
                }
            }
        }
        var answer = Answer(command: "gaps", title: "")
        answer.table = Table(columns: ["unit", "task", "competence", "title"], rows: rows)
        answer.summary = rows.isEmpty ? "no gaps: every required competence is held or being trained" : "\(rows.count) gaps"
        return answer
    }

    // MARK: - find

    public static func find(_ index: QueryIndex, _ text: String) throws -> Answer {
        let folded = Array(Spelling.fold(text).utf8), loose = Array(Spelling.foldLoose(text).utf8)
        guard !folded.isEmpty, !folded.contains(0x0A) else { throw QueryError("`find` needs a text to look for") }
        let plan = index.plan
        let search = index.searchText()
        // `boerne` and `borne` both find `Børne`: search both foldings, count each entity once.
        var hits = Set<Int>()
        collect(folded, in: search.folded, starts: search.foldedStarts, into: &hits)
        collect(loose, in: search.loose, starts: search.looseStarts, into: &hits)
        let shown = hits.sorted().prefix(200).map { search.refs[$0] }
        let rows = shown.map { [$0.kind.danish, id(of: $0, in: plan), title(of: $0, in: plan)] }
        var answer = Answer(command: "find", title: "")
        answer.table = Table(columns: ["kind", "id", "title"], rows: rows)
        answer.summary = hits.count > rows.count ? "\(hits.count) found, the first \(rows.count) shown" : "\(hits.count) found"
        return answer
    }

    /// Where `needle` next occurs in `hay` from `offset`: memchr for its first byte, then a compare.
    static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var position = offset
        while position + needle.count <= hay.count {
            guard let found = memchr(hay.baseAddress! + position, Int32(first), hay.count - needle.count + 1 - position) else { return nil }
            position = hay.baseAddress!.distance(to: UnsafeRawPointer(found))
            if memcmp(hay.baseAddress! + position, needle.baseAddress!, needle.count) == 0 { return position }
            position += 1
        }
        return nil
    }

    /// The lines of `haystack` that contain `needle` (then the line by binary search).
    static func collect(_ needle: [UInt8], in haystack: [UInt8], starts: [Int32], into hits: inout Set<Int>) {
        haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                var offset = 0
                while offset < hay.count, let position = find(pin, in: hay, from: offset) {
                    var low = 0, high = starts.count - 1
                    while low < high {
                        let middle = (low + high + 1) / 2
                        if Int(starts[middle]) <= position { low = middle } else { high = middle - 1 }
                    }
                    hits.insert(low)
                    // Go on from the next line: each line counts once.
                    offset = low + 1 < starts.count ? Int(starts[low + 1]) : hay.count
                }
            }
        }
    }

    // MARK: - overdue

    /// Planned events dated before `day`: discussions, follow-ups, proposals, evaluations,
    /// briefings and employees' conversations, in date order (the first 500 listed).
    public static func overdue(_ index: QueryIndex, before day: Day) -> Answer {
        let plan = index.plan
        var items: [(date: Day, what: String, unit: Int, detail: String)] = []
        var total = 0
        func add(_ date: Day, _ what: @autoclosure () -> String, _ unit: Int, _ detail: @autoclosure () -> String) {
            total += 1
            if items.count < 5000 { items.append((date, what(), unit, detail())) }
        }
        for event in plan.events where event.status == .planned {
            if let date = event.date, date < day {
                add(date, event.kind.keyword.danish, event.owner, event.about.map { plan.goals.indices.contains($0.index) && $0.kind == .maal ? plan.goals[$0.index].id : "" }.joined(separator: " "))
            }
        }
        for kompus in plan.kompuses {
            if let date = kompus.briefing, date < day { add(date, "orientering", kompus.unit, "KOMPUS briefing") }
        }
        for employee in plan.employees where employee.status == .planned {
            if let date = employee.conversation, date < day { add(date, "samtale", employee.unit, employee.id) }
        }
        items.sort { ($0.date, $0.unit) < ($1.date, $1.unit) }
        var answer = Answer(command: "overdue", title: "planned before \(day):")
        answer.table = Table(columns: ["date", "what", "unit", "detail"],
                             rows: items.prefix(500).map { ["\($0.date)", $0.what, plan.units[$0.unit].id, $0.detail] })
        answer.summary = total > 500 ? "\(total) overdue, the first 500 shown" : "\(total) overdue"
        return answer
    }
}

extension Answer {
    func with(tree: [TreeNode]) -> Answer {
        var copy = self
        copy.tree = tree
        return copy
    }
}
