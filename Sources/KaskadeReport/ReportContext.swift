// What every section of the report reads, worked out once: the units in scope (`--unit`),
// the calendar and the wheel, the unit each finding belongs to, findings grouped by area and
// unit, and the coverage counts.

import KaskadeDiagnostics
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax

struct ReportContext {
    let input: ReportInput
    var plan: Plan { input.plan }
    var report: Report { input.report }
    var messages: ReportMessages { input.messages }
    var asOf: Day { input.asOf }
    var version: String { input.version }
    var limits: ReportLimits { input.limits }

    let planTitle: String
    /// The unit of `--unit`, and the units it covers (itself and below).
    let focus: Int?
    let scope: Set<Int>?
    let calendar: YearCalendar
    let wheel: Wheel
    /// For each finding (by index into the report's), the unit it lies in, if any.
    let findingUnit: [Int?]
    /// The findings shown: in scope, in the report's order.
    let shownFindings: [Int]
    let findingGroups: [FindingGroup]
    /// How each shown finding appears (by index into the report's findings).
    let display: [Int: FindingDisplay]
    let coverage: StaffCoverage

    init(_ input: ReportInput) throws {
        self.input = input
        let plan = input.plan
        planTitle = plan.title ?? "Plan"
        calendar = try YearCalendar(plan: plan, unit: input.unit, language: Language(rawValue: input.messages.languageCode) ?? .english)
        if let id = input.unit, let ref = plan.names[id], ref.index >= 0 {
            focus = ref.index
            scope = ReportContext.subtree(plan, of: ref.index)
        } else {
            focus = nil
            scope = nil
        }
        let year = plan.year ?? input.asOf.year
        wheel = Wheel(entries: calendar.entries, plan: plan, year: year, asOf: input.asOf, messages: input.messages)
        let units = UnitLocator(plan)
        // A finding about a unit (a rule's subject, a roster row's unit) belongs to it; any
        // other to the unit it points into.
        let unitOf = input.report.diagnostics.map { $0.subject ?? units.unit(containing: $0.primary.span) }
        findingUnit = unitOf
        let scope = scope
        let shown = unitOf.indices.filter { index in
            guard let scope else { return true }
            return unitOf[index].map(scope.contains) ?? false
        }
        shownFindings = shown
        let groups = FindingGroup.groups(plan: plan, findings: shown, unitOf: unitOf, report: input.report)
        findingGroups = groups
        display = FindingDisplay.decide(groups, report: input.report, limits: input.limits)
        coverage = StaffCoverage(plan: plan)
    }

    func count(_ severity: Severity) -> Int {
        shownFindings.reduce(0) { $0 + (report.diagnostics[$1].severity == severity ? 1 : 0) }
    }

    func inScope(_ unit: Int) -> Bool { scope?.contains(unit) ?? true }

    /// `område CSD "Center for Skole og Dagtilbud"`, as messages name a unit.
    func unitName(_ unit: Int) -> String {
        "\(plan.units[unit].kind.keyword.danish) \(plan.units[unit].id) “\(plan.units[unit].title)”"
    }

    static func subtree(_ plan: Plan, of unit: Int) -> Set<Int> {
        var found: Set<Int> = [unit]
        var stack = plan.units[unit].children
        while let next = stack.popLast() {
            if found.insert(next).inserted { stack += plan.units[next].children }
        }
        return found
    }

    /// The units of the plan, depth first, top-level units in the order written.
    var unitsDepthFirst: [Int] {
        var order: [Int] = []
        func visit(_ unit: Int) {
            order.append(unit)
            for child in plan.units[unit].children { visit(child) }
        }
        for unit in plan.units.indices where plan.units[unit].parent == nil { visit(unit) }
        return order
    }
}

/// Finds the innermost unit whose statement contains a place in a file.
struct UnitLocator {
    /// Per file, the units written in it, by where their statement starts.
    private var byFile: [FileID: [(start: Int32, unit: Int)]] = [:]
    private let plan: Plan

    init(_ plan: Plan) {
        self.plan = plan
        for (index, unit) in plan.units.enumerated() { byFile[unit.extent.file, default: []].append((unit.extent.start, index)) }
        for file in byFile.keys { byFile[file]!.sort { ($0.start, $0.unit) < ($1.start, $1.unit) } }
    }

    func unit(containing span: Span) -> Int? {
        guard let units = byFile[span.file] else { return nil }
        // The last unit that starts at or before the place, then outwards until one contains it.
        var low = 0, high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].start <= span.start { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        var current: Int? = units[low - 1].unit
        while let unit = current {
            let extent = plan.units[unit].extent
            if extent.file == span.file, extent.start <= span.start, span.start <= extent.end { return unit }
            current = plan.units[unit].parent
        }
        return nil
    }
}

/// The findings of one area (or of the plan's top, council and board), by unit.
struct FindingGroup {
    var area: Int?
    /// Per unit (nil: the area itself or the plan's top level), the findings' indices.
    var units: [(unit: Int?, findings: [Int])]
    var severities: [Severity]

    func count(_ severity: Severity) -> Int { severities.reduce(0) { $0 + ($1 == severity ? 1 : 0) } }

    static func groups(plan: Plan, findings: [Int], unitOf: [Int?], report: Report) -> [FindingGroup] {
        var byArea: [Int: [Int]] = [:]
        var top: [Int] = []
        for index in findings {
            if let unit = unitOf[index], let area = plan.area(of: unit) { byArea[area, default: []].append(index) } else { top.append(index) }
        }
        func group(_ area: Int?, _ indices: [Int]) -> FindingGroup {
            var units: [(unit: Int?, findings: [Int])] = []
            var position: [Int: Int] = [:]
            for index in indices {
                let unit = unitOf[index]
                let key = unit ?? -1
                if let at = position[key] { units[at].findings.append(index) } else {
                    position[key] = units.count
                    units.append((unit, [index]))
                }
            }
            return FindingGroup(area: area, units: units, severities: indices.map { report.diagnostics[$0].severity })
        }
        var result: [FindingGroup] = []
        if !top.isEmpty { result.append(group(nil, top)) }
        for area in plan.units.indices where plan.units[area].kind == .area {
            if let indices = byArea[area] { result.append(group(area, indices)) }
        }
        return result
    }
}

/// How a finding appears on the page: in full (the first of its rule in its unit), on one
/// line (the next few), or only counted (past the cap per rule and unit, or past the page's
/// budget). The embedded data lists the same findings the page lists.
enum FindingDisplay {
    case full, compact, counted

    static func decide(_ groups: [FindingGroup], report: Report, limits: ReportLimits) -> [Int: FindingDisplay] {
        var display: [Int: FindingDisplay] = [:]
        var listed = 0
        for group in groups {
            for (_, findings) in group.units {
                var perRule: [RuleCode: Int] = [:]
                for index in findings {
                    let rule = report.diagnostics[index].rule
                    let count = perRule[rule, default: 0] + 1
                    perRule[rule] = count
                    if count > limits.findingsPerRuleAndUnit || listed >= limits.findingsListed {
                        display[index] = .counted
                    } else {
                        display[index] = count == 1 ? .full : .compact
                        listed += 1
                    }
                }
            }
        }
        return display
    }
}
