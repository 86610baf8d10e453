// One checked plan, as the features ask it: the check's result, the URI of each file, and
// (built on first use) every occurrence of an ID — its definition and each reference — by
// file and position and by what it names. Definition, references, rename, hover and the
// semantic tokens are all look-ups in this one index.

import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeSyntax

struct Occurrence: Sendable {
    var span: Span
    var target: EntityRef
    var isDefinition: Bool
}

final class Analysis: @unchecked Sendable {
    let plan: Plan
    let report: Report
    /// `uris[file]` is the URI of file `file` of the plan: its plan files, then the rosters
    /// they read (`indlæs`), whose findings are published on the CSV file.
    let uris: [String]

    init(result: CheckResult, uris: [String]) {
        plan = result.plan
        report = result.report
        self.uris = uris + result.plan.sources.files.dropFirst(uris.count).map { uri(ofPath: $0.path) }
    }

    /// The plan file of an open document (a roster has no syntax tree to ask about).
    func file(of uri: String) -> FileID? {
        uris.prefix(plan.trees.count).firstIndex(of: uri).map { FileID($0) }
    }

    // MARK: - Occurrences

    private var builtOccurrences: (byFile: [[Occurrence]], byTarget: [EntityRef: [Occurrence]])?

    var occurrences: (byFile: [[Occurrence]], byTarget: [EntityRef: [Occurrence]]) {
        if let builtOccurrences { return builtOccurrences }
        let built = Analysis.collect(plan)
        builtOccurrences = built
        return built
    }

    /// The occurrence whose span holds `offset` (its end included, where a cursor stands
    /// right after a name), in one file.
    func occurrence(at offset: Int, in file: FileID) -> Occurrence? {
        let list = occurrences.byFile[Int(file)]
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle].span.end) < offset { low = middle + 1 } else { high = middle }
        }
        guard low < list.count, Int(list[low].span.start) <= offset else { return nil }
        return list[low]
    }

    /// Every definition and every resolved reference of the plan.
    static func collect(_ plan: Plan) -> (byFile: [[Occurrence]], byTarget: [EntityRef: [Occurrence]]) {
        var all: [Occurrence] = []
        func define(_ kind: Keyword, _ index: Int, _ span: Span) {
            all.append(Occurrence(span: span, target: EntityRef(kind: kind, index: index), isDefinition: true))
        }
        func refer(_ list: ReferenceList) {
            for reference in list {
                all.append(Occurrence(span: reference.span, target: EntityRef(kind: reference.kind, index: reference.index), isDefinition: false))
            }
        }
        for (i, unit) in plan.units.enumerated() {
            define(unit.kind.keyword, i, unit.nameSpan)
            refer(unit.under)
            refer(unit.committees)
        }
        for (i, goal) in plan.goals.enumerated() {
            define(.maal, i, goal.nameSpan)
            refer(goal.follows)
        }
        for event in plan.events {
            refer(event.with)
            refer(event.about)
        }
        for (i, course) in plan.courses.enumerated() {
            define(.uddannelse, i, course.nameSpan)
            refer(course.follows)
            refer(course.provides)
        }
        for (i, employee) in plan.employees.enumerated() {
            define(.medarbejder, i, employee.nameSpan)
            refer(employee.development)
            refer(employee.competences)
        }
        for (i, item) in plan.competences.enumerated() { define(.kompetence, i, item.nameSpan) }
        for (i, task) in plan.tasks.enumerated() {
            define(.opgave, i, task.nameSpan)
            refer(task.requires)
        }
        for (i, item) in plan.concepts.enumerated() { define(.koncept, i, item.nameSpan) }
        for kompus in plan.kompuses { refer(kompus.concept) }

        var byFile = [[Occurrence]](repeating: [], count: plan.sources.files.count)
        var byTarget: [EntityRef: [Occurrence]] = [:]
        for occurrence in all where Int(occurrence.span.file) < byFile.count && occurrence.span.file >= 0 {
            byFile[Int(occurrence.span.file)].append(occurrence)
            byTarget[occurrence.target, default: []].append(occurrence)
        }
        for index in byFile.indices { byFile[index].sort { $0.span.start < $1.span.start } }
        return (byFile, byTarget)
    }
}
