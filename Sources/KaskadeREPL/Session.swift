// What the REPL holds between commands: the plan as loaded from files, the statements added
// for "what if" (never written to a file), the check date and the output format. A load or
// reload that fails leaves the last good plan in place and says why.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeQuery
import KaskadeSyntax

public final class Session {
    public enum Format: String { case text, json }

    public private(set) var paths: [String] = []
    /// The plan as read from disk, before any what-if.
    private var fileSources = SourceSet()
    /// Statements added in this session, as one in-memory file, and the files changed by
    /// `in ID: …` (kept in memory only).
    private var whatIf: [String] = []
    private var editedFiles: [FileID: [UInt8]] = [:]
    public private(set) var index: QueryIndex?
    public var asOf: Day = Day.today()
    public var format: Format = .text
    public var useColor = false
    private var calendarCache: YearCalendar?
    private var completionCache: Completion?

    public init() {}

    public var isLoaded: Bool { index != nil }

    // MARK: - Loading

    /// Loads plans; on failure the previous plan stays loaded and the error says why.
    @discardableResult
    public func load(_ paths: [String]) throws -> Report {
        let sources = try PlanLoader.load(paths)
        let result = Checker.check(sources, options: CheckOptions(asOf: asOf))
        if let syntax = result.report.diagnostics.first(where: { $0.rule.rawValue < 100 }), index != nil {
            let at = result.report.position(syntax.primary.span)
            throw QueryError("\(at.path):\(at.line):\(at.column): \(syntax.message) (\(result.report.count(.error)) errors); the previous plan stays loaded")
        }
        self.paths = paths
        fileSources = sources
        whatIf = []
        editedFiles = [:]
        install(result)
        return result.report
    }

    public func reload() throws -> Report {
        guard !paths.isEmpty else { throw QueryError("no plan is loaded; use `:load PLAN`") }
        let previous = (whatIf, editedFiles)
        let report = try load(paths)
        // What-if statements survive a reload of the files they were added to.
        (whatIf, editedFiles) = (previous.0, [:])
        if !whatIf.isEmpty { recheck() }
        return index?.report ?? report
    }

    private func install(_ result: CheckResult) {
        index = QueryIndex(result)
        index?.prepareSearch()
        calendarCache = nil
        completionCache = nil
    }

    /// The sources with the what-if changes applied.
    private var currentSources: SourceSet {
        var files = fileSources.files.enumerated().map { offset, file in
            editedFiles[FileID(offset)].map { SourceFile(path: file.path, bytes: $0) } ?? file
        }
        if !whatIf.isEmpty {
            files.append(SourceFile(path: "<what-if>", text: whatIf.joined(separator: "\n") + "\n"))
        }
        return SourceSet(files)
    }

    private func recheck() {
        install(Checker.check(currentSources, options: CheckOptions(asOf: asOf)))
    }

    public func setAsOf(_ day: Day) {
        asOf = day
        if isLoaded { recheck() }
    }

    // MARK: - What if

    /// Adds a statement to the plan for this session: at the top level, or into a unit's
    /// block with `in ID: STATEMENT`. A statement that does not parse is refused.
    public func addStatement(_ text: String, into unitID: String?) throws -> (before: Report, after: Report) {
        guard let index else { throw QueryError("no plan is loaded; use `:load PLAN`") }
        let before = index.report
        let parsed = Parser.parse(SourceFile(path: "<what-if>", text: text), file: 0)
        if let problem = parsed.diagnostics.first(where: { $0.rule.rawValue < 100 }) {
            throw QueryError("the statement does not parse: \(problem.message)")
        }
        if let unitID {
            try splice(text, into: unitID)
        } else {
            whatIf.append(text)
        }
        recheck()
        return (before, self.index!.report)
    }

    /// Inserts the statement before the `}` that closes the unit's block (opening one if the
    /// unit has none), in an in-memory copy of its file.
    private func splice(_ text: String, into unitID: String) throws {
        guard let index else { return }
        let ref = try Queries.entity(unitID, in: index.plan)
        guard [.omraade, .virksomhed, .afdeling, .direktion, .byraad, .udvalg].contains(ref.kind) else {
            throw QueryError("`in \(unitID):` needs a unit; `\(unitID)` is a `\(ref.kind.danish)`")
        }
        let unit = index.plan.units[ref.index]
        let file = unit.extent.file
        guard Int(file) < fileSources.files.count else {
            throw QueryError("`\(unitID)` was itself added in this session; add to it at the top level")
        }
        var bytes = editedFiles[file] ?? fileSources[file].bytes
        let tree = index.plan.trees[Int(file)]
        guard let node = tree.statements.first(where: { tree.span($0.name) == unit.keywordSpan }) else { return }
        let addition = Array(("\n" + text + "\n").utf8)
        if node.blockClose >= 0 {
            bytes.insert(contentsOf: addition, at: Int(node.blockClose))
        } else {
            bytes.insert(contentsOf: Array(" {".utf8) + addition + Array("}".utf8), at: Int(node.end))
        }
        editedFiles[file] = bytes
    }

    // MARK: - Derived data, built once per plan

    func calendar() throws -> YearCalendar {
        if let calendarCache { return calendarCache }
        guard let index else { throw QueryError("no plan is loaded") }
        let calendar = try YearCalendar(plan: index.plan)
        calendarCache = calendar
        return calendar
    }

    public func completion() -> Completion {
        if let completionCache { return completionCache }
        let completion = Completion(names: index.map { Array($0.plan.names.keys) } ?? [])
        completionCache = completion
        return completion
    }
}
