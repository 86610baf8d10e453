// `coverage [ID]`: per institution and department, how many employees have had their
// conversation, have a development item, and have one that serves a political goal;
// `gaps [ID]`: competences that tasks require and nobody holds or is being trained in.
// Both read counts the index made when the plan was loaded.

import KaskadeDiagnostics
import KaskadeModel

public struct CoverageRow: Encodable, Sendable, Equatable {
    public var unit: String
    public var title: String
    /// Employees listed in the plan (statements and roster rows), with the units below.
    public var employees: Int
    /// The staff the shares are counted against: the declared `medarbejdere`, else the listed.
    public var staff: Int
    public var conversation: Int
    public var development: Int
    /// Employees with a development item that leads back to a political goal.
    public var aligned: Int
}

/// The counts of all the units asked about.
public struct CoverageTotal: Encodable, Sendable, Equatable {
    public var employees: Int
    public var staff: Int
    public var conversation: Int
    public var development: Int
    public var aligned: Int
}

public struct CoverageAnswer: TabularAnswer {
    public var command = "coverage"
    public var of: String?
    public var rows: [CoverageRow]
    /// All the units counted (the rows are the first `AnswerLimit.rows`).
    public var units: Int
    public var total: CoverageTotal

    public func text(width: Int, language: Language) -> String {
        var table = TextTable(columns: Layout.columns(.coverageHeader, language),
                              rows: rows.map { [$0.unit, $0.title, Count.number($0.staff, language), Count.number($0.employees, language)] + shares($0, language) })
        table.flexible = [1]
        table.numeric = [2, 3, 4, 5, 6]
        var lines = rows.isEmpty ? [] : table.lines(width: width)
        if rows.count < units { lines.append(QuerySays.firstUnitsShown(shown: rows.count, of: units).text(language)) }
        lines.append(QuerySays.coverageSummary(units: units, scope: of, staff: total.staff, listed: total.employees,
                                               shares: shares(total, language)).text(language))
        return lines.joined(separator: "\n")
    }

    /// Counts as plain numbers, for a spreadsheet to divide.
    public func table(language: Language) -> (columns: [String], rows: [[String]]) {
        (Layout.columns(.coverageHeader, language),
         rows.map { [$0.unit, $0.title] + [$0.staff, $0.employees, $0.conversation, $0.development, $0.aligned].map(String.init) })
    }

    func shares(_ row: CoverageRow, _ language: Language) -> [String] {
        [row.conversation, row.development, row.aligned].map { Layout.share($0, of: row.staff, language) }
    }

    func shares(_ total: CoverageTotal, _ language: Language) -> [String] {
        [total.conversation, total.development, total.aligned].map { Layout.share($0, of: total.staff, language) }
    }
}

public struct GapRow: Encodable, Sendable, Equatable {
    public var unit: String
    public var task: String
    public var competence: String
    public var title: String
}

public struct GapsAnswer: TabularAnswer {
    public var command = "gaps"
    public var of: String?
    public var rows: [GapRow]
    public var total: Int

    public func text(width: Int, language: Language) -> String {
        guard total > 0 else { return QuerySays.noGaps(scope: of).text(language) }
        let (columns, cells) = table(language: language)
        var table = TextTable(columns: columns, rows: cells)
        table.flexible = [3]
        return (table.lines(width: width) + [QuerySays.counted(total: total, shown: rows.count, .gaps).text(language)]).joined(separator: "\n")
    }

    public func table(language: Language) -> (columns: [String], rows: [[String]]) {
        (Layout.columns(.gapsHeader, language), rows.map { [$0.unit, $0.task, $0.competence, $0.title] })
    }
}

extension Queries {
    public static func coverage(_ index: QueryIndex, _ id: String?) throws -> CoverageAnswer {
        let plan = index.plan
        var rows: [CoverageRow] = [], units = 0
        var total = CoverageTotal(employees: 0, staff: 0, conversation: 0, development: 0, aligned: 0)
        let counted = try localUnits(index, id, for: .coverage)
        let selected = Set(counted)
        for unit in counted {
            let count = index.coverage.counts[unit]
            // A row includes the units below it: the total adds only the outermost rows.
            if plan.units[unit].parent.map({ !selected.contains($0) }) ?? true {
                total.employees += count.listed
                total.staff += count.staff
                total.conversation += count.conversation
                total.development += count.development
                total.aligned += count.aligned
            }
            units += 1
            if rows.count < AnswerLimit.rows {
                rows.append(CoverageRow(unit: plan.units[unit].id, title: plan.units[unit].title, employees: count.listed,
                                        staff: count.staff, conversation: count.conversation,
                                        development: count.development, aligned: count.aligned))
            }
        }
        return CoverageAnswer(of: id, rows: rows, units: units, total: total)
    }

    public static func gaps(_ index: QueryIndex, _ id: String?) throws -> GapsAnswer {
        let plan = index.plan
        let gaps = index.gaps
        var slice = gaps[...]
        if let id {
            let unit = try index.unit(id, for: .gaps)
            let first = index.unitPosition[unit], end = index.subtreeEnd[unit]
            let lower = gaps.partitioningIndex { index.unitPosition[$0.unit] >= first }
            let upper = gaps.partitioningIndex { index.unitPosition[$0.unit] >= end }
            slice = gaps[lower..<upper]
        }
        let rows = slice.prefix(AnswerLimit.rows).map { gap in
            GapRow(unit: plan.units[gap.unit].id, task: plan.tasks[gap.task].id,
                   competence: plan.competences[gap.competence].id, title: plan.competences[gap.competence].title)
        }
        return GapsAnswer(of: id, rows: rows, total: slice.count)
    }

    /// The institutions and departments in a unit and below it (all of them without an ID).
    static func localUnits(_ index: QueryIndex, _ id: String?, for command: UnitCommand) throws -> [Int] {
        let units = try id.map { index.subtree(try index.unit($0, for: command)) } ?? index.unitOrder[...]
        return units.filter { index.plan.units[$0].kind.isLocal }
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, for an array in which every such
    /// element comes after every other (binary search).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
