// What the queries need beyond the resolved plan, computed once per loaded plan (the costly
// parts the first time a question needs them, see `Deferred`): the units in depth-first order (so that "everything below a unit" is one contiguous slice),
// the coverage counts and competence gaps of every unit, the year's events sorted by date,
// a folded text of every ID and title for `find`, and the sorted names for completion and
// "did you mean". Each is one pass over the plan (or one sort); after that, every query
// costs at most a pass over the part of the plan it is about, and never a pass per unit.
//
// Nothing here changes after it is built: an index belongs to one checked plan; a reload or
// a what-if statement makes a new one.

import Foundation
import KaskadeDiagnostics

import KaskadeModel
import KaskadeSyntax

public final class QueryIndex: Sendable {
    /// A stored property (not a computed one), so that `index.plan.units[i]` in a loop does
    /// not copy the plan.
    public let plan: Plan
    public let report: Report
    /// `2 errors, 1 warning in 3 files, 412 statements`, counted once.
    public let summaryLine: String

    /// Every unit, depth first, the top-level units in the order written.
    let unitOrder: [Int]
    /// Where each unit stands in `unitOrder`, and one past its last descendant's place.
    let unitPosition: [Int]
    let subtreeEnd: [Int]

    /// Per unit, with the units below it: the employees listed, the staff they are counted
    /// against, and how many have a conversation, a development item, and one that leads
    /// back to a political goal.
    let coverage: StaffCoverage
    /// Competences a unit's tasks require that nobody there holds or is being trained in,
    /// ordered by the unit's depth-first place.
    var gaps: [Gap] { deferredGaps.wrapped }
    /// Every dated thing of the plan, by date.
    var calendar: [DatedItem] { deferredCalendar.wrapped.items }
    /// The most days any item spans past its first (a range starts this far back).
    var longestCalendarItem: Int { deferredCalendar.wrapped.longest }
    private let deferredGaps: Deferred<[Gap]>
    private let deferredCalendar: Deferred<(items: [DatedItem], longest: Int)>
    /// Folding every ID and title, sorting every name, the gaps and the sorted calendar take
    /// longer than the rest of the index together: each waits until a question needs it (or
    /// `prepareInBackground`), so that a one-shot question and the REPL's first prompt do not.
    private let deferredSearch: Deferred<SearchText>
    private let deferredNames: Deferred<[String]>
    var search: SearchText { deferredSearch.wrapped }
    /// Every ID of the plan, sorted, for completion and suggestions.
    public var names: [String] { deferredNames.wrapped }

    public init(_ result: CheckResult) {
        let plan = result.plan
        self.plan = plan
        self.report = result.report
        summaryLine = result.report.summaryLine
        (unitOrder, unitPosition, subtreeEnd) = QueryIndex.depthFirst(plan)
        coverage = StaffCoverage(plan: plan)
        let unitPosition = self.unitPosition
        deferredGaps = Deferred { QueryIndex.gaps(plan, unitPosition: unitPosition) }
        deferredCalendar = Deferred {
            let items = plan.datedItems()
            return (items, items.reduce(0) { max($0, $1.end - $1.start) })
        }
        deferredSearch = Deferred { SearchText(plan) }
        deferredNames = Deferred { plan.names.compactMap { $0.value.index >= 0 ? $0.key : nil }.sorted() }
    }

    /// Builds the deferred parts on another thread (the REPL calls this once its prompt is up).
    public func prepareInBackground() {
        deferredSearch.prepareInBackground()
        deferredNames.prepareInBackground()
        deferredGaps.prepareInBackground()
        deferredCalendar.prepareInBackground()
    }

    // MARK: - Units

    static func depthFirst(_ plan: Plan) -> (order: [Int], position: [Int], end: [Int]) {
        var order: [Int] = [], position = [Int](repeating: 0, count: plan.units.count), end = position
        order.reserveCapacity(plan.units.count)
        func visit(_ unit: Int) {
            position[unit] = order.count
            order.append(unit)
            for child in plan.units[unit].children { visit(child) }
            end[unit] = order.count
        }
        for unit in plan.units.indices where plan.units[unit].parent == nil { visit(unit) }
        return (order, position, end)
    }

    /// The unit and everything below it, depth first.
    func subtree(_ unit: Int) -> ArraySlice<Int> { unitOrder[unitPosition[unit]..<subtreeEnd[unit]] }

    /// The units at the top of the organisation: council, committees, board, areas.
    var topUnits: [Int] { unitOrder.filter { plan.units[$0].parent == nil } }

    // MARK: - Coverage

    // MARK: - Gaps

    struct Gap: Sendable {
        var unit: Int, task: Int, competence: Int
    }

    static func gaps(_ plan: Plan, unitPosition: [Int]) -> [Gap] {
        var gaps: [Gap] = []
        // The unit that last marked each competence as held: no set to clear per unit.
        var heldBy = [Int](repeating: -1, count: plan.competences.count)
        for unit in plan.units.indices where !plan.units[unit].tasks.isEmpty {
            for employee in plan.units[unit].employees {
                for competence in plan.employees[employee].competences { heldBy[competence.index] = unit }
                for course in plan.employees[employee].development {
                    for competence in plan.courses[course.index].provides { heldBy[competence.index] = unit }
                }
            }
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires where heldBy[required.index] != unit {
                    gaps.append(Gap(unit: unit, task: task, competence: required.index))
                }
            }
        }
        // Stable: within a unit, tasks and competences stay in the order written.
        return gaps.enumerated().sorted { (unitPosition[$0.element.unit], $0.offset) < (unitPosition[$1.element.unit], $1.offset) }.map(\.element)
    }

    // MARK: - Calendar

    /// The first item dated on or after `day`.
    func firstCalendarItem(from day: Day) -> Int {
        let calendar = self.calendar
        var low = 0, high = calendar.count
        while low < high {
            let middle = (low + high) / 2
            if calendar[middle].start < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Search text

    /// Every ID and title, folded two ways (`Børne` → `boerne` and `borne`), one per line in
    /// two byte buffers, with the entity of each line: `find` then scans a few megabytes with
    /// memchr instead of folding half a million strings per question.
    struct SearchText: Sendable {
        var folded: [UInt8] = []
        var loose: [UInt8] = []
        var foldedStarts: [Int32] = []
        var looseStarts: [Int32] = []
        var refs: [EntityRef] = []

        init(_ plan: Plan) {
            refs.reserveCapacity(plan.names.count)
            // A unit's leader and chef are searched too: a leader looks for their own name.
            for (i, unit) in plan.units.enumerated() {
                let people = [unit.leader, unit.chef].compactMap { $0 }.joined(separator: " ")
                add(unit.kind.keyword, i, unit.id, [unit.title, people].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
            }
            for (i, goal) in plan.goals.enumerated() { add(.maal, i, goal.id, goal.title) }
            for (i, course) in plan.courses.enumerated() { add(.uddannelse, i, course.id, course.title) }
            for (i, task) in plan.tasks.enumerated() { add(.opgave, i, task.id, task.title) }
            for (i, item) in plan.competences.enumerated() { add(.kompetence, i, item.id, item.title) }
            for (i, item) in plan.concepts.enumerated() { add(.koncept, i, item.id, item.title) }
            plan.employees.withUnsafeBufferPointer { employees in
                for i in employees.indices { add(.medarbejder, i, employees[i].id, employees[i].title) }
            }
        }

        private mutating func add(_ kind: Keyword, _ index: Int, _ id: String, _ title: String?) {
            let line = title.map { id + " " + $0 } ?? id
            foldedStarts.append(Int32(folded.count))
            folded += Spelling.fold(line).utf8
            folded.append(0x0A)
            looseStarts.append(Int32(loose.count))
            loose += Spelling.foldLoose(line).utf8
            loose.append(0x0A)
            refs.append(EntityRef(kind: kind, index: index))
        }
    }
}
