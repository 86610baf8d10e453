// What the REPL holds between commands: the plan as read from its files, the statements
// added for "what if" (never written to a file), the check date and the output format.
//
// What-if statements live in memory only: top-level ones in one extra source file appended
// to the plan's files; `in ID: STATEMENT` in a copy of the file that holds unit ID, with the
// statement spliced in before the `}` that closes the unit's block. Either way the whole
// plan is checked again, so every rule sees the statement as if it had been written.
//
// A load or reload that fails (an unreadable path, or a file that no longer parses) keeps
// the last good plan, and the error says why. A reload keeps the what-if statements.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeQuery
import KaskadeSyntax

public final class Session {
    public enum Format: String, CaseIterable, Sendable { case text, json }

    public private(set) var paths: [String] = []
    public private(set) var index: QueryIndex?
    public var asOf: Day?
    public var format: Format = .text
    public var useColor = false

    /// The plan's files as read from disk.
    private var fileSources = SourceSet()
    /// Copies of plan files with statements spliced in by `in ID: …`, by file.
    private var editedFiles: [FileID: [UInt8]] = [:]
    /// Statements added at the top level (and into units they added), one in-memory file.
    private var addedFile: [UInt8] = []
    /// The `in ID: …` statements, in order, to splice in again after a reload.
    private var splices: [Splice] = []

    struct Splice {
        var unit: String
        var text: String
    }

    static let addedPath = "<what-if>"

    public init(asOf: Day? = nil) { self.asOf = asOf }

    public var isLoaded: Bool { index != nil }

    /// The number of what-if statements in force.
    public var whatIfCount: Int { addedStatements + splices.count }
    private var addedStatements = 0

    func loadedIndex() throws -> QueryIndex {
        guard let index else { throw QueryError("no plan is loaded; `:load PLAN` loads one") }
        return index
    }

    // MARK: - Loading

    /// Loads plan files or directories. When a plan is already loaded and the new one does
    /// not parse, the old one stays and the error says why.
    @discardableResult
    public func load(_ paths: [String]) throws -> Report {
        let sources = try PlanLoader.load(paths)
        let result = Checker.check(sources, options: CheckOptions(asOf: asOf))
        if index != nil, let syntax = result.report.diagnostics.first(where: { $0.rule.number < 100 }) {
            let at = result.report.position(syntax.primary.span)
            throw QueryError("\(at.path):\(at.line):\(at.column): \(syntax.message) (\(result.report.count(.error)) errors); "
                + "the previous plan stays loaded")
        }
        self.paths = paths
        fileSources = sources
        editedFiles = [:]
        addedFile = []
        addedStatements = 0
        splices = []
        index = QueryIndex(result)
        return result.report
    }

    /// Reads the same paths again; the what-if statements are added again. Returns the
    /// report and what could not be added again (a unit that is gone).
    public func reload() throws -> (report: Report, dropped: [String]) {
        guard !paths.isEmpty else { throw QueryError("no plan is loaded; `:load PLAN` loads one") }
        let kept = (added: addedFile, count: addedStatements, splices: splices)
        let report = try load(paths)
        guard !kept.added.isEmpty || !kept.splices.isEmpty, let index else { return (report, []) }
        addedFile = kept.added
        addedStatements = kept.count
        var dropped: [String] = []
        for splice in kept.splices where (try? index.entity(splice.unit)) == nil {
            dropped.append("in \(splice.unit): \(splice.text)")
        }
        splices = kept.splices.filter { splice in !dropped.contains("in \(splice.unit): \(splice.text)") }
        editedFiles = (try? Session.insertions(splices, into: index, files: fileSources.files.count)) ?? [:]
        recheck()
        return (self.index?.report ?? report, dropped)
    }

    /// The sources with the what-if statements in.
    private var currentSources: SourceSet {
        var files = fileSources.files.enumerated().map { offset, file in
            editedFiles[FileID(offset)].map { SourceFile(path: file.path, bytes: $0) } ?? file
        }
        if !addedFile.isEmpty { files.append(SourceFile(path: Session.addedPath, bytes: addedFile)) }
        return SourceSet(files)
    }

    private func recheck() {
        index = QueryIndex(Checker.check(currentSources, options: CheckOptions(asOf: asOf)))
    }

    /// The day for `check` and `overdue`; the plan is checked again for it.
    public func setAsOf(_ day: Day) {
        asOf = day
        if isLoaded { recheck() }
    }

    // MARK: - What if

    /// Adds a statement for this session: at the top level, or into a unit's block with
    /// `in ID: STATEMENT`. Returns the findings before and after. A statement that does not
    /// parse is refused and changes nothing.
    public func add(_ text: String, into unit: String?) throws -> (before: Report, after: Report) {
        let index = try loadedIndex()
        let parsed = Parser.parse(SourceFile(path: Session.addedPath, text: text), file: 0)
        if let problem = parsed.diagnostics.first(where: { $0.rule.number < 100 }) {
            throw QueryError("the statement does not parse: \(problem.message); nothing was added")
        }
        let statement = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let unit {
            let target = try index.entity(unit)
            guard [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(target.kind) else {
                throw QueryError("`in \(unit):` takes a unit; `\(unit)` is a `\(target.kind.danish)`")
            }
            let addedFileID = fileSources.files.count
            let edits = try Session.insertions([Splice(unit: unit, text: statement)], into: index, files: addedFileID + 1)
            for (file, bytes) in edits {
                if Int(file) == addedFileID { addedFile = bytes } else { editedFiles[file] = bytes }
            }
            if index.plan.units[target.index].extent.file == FileID(addedFileID) {
                addedStatements += 1   // kept with the added file's bytes
            } else {
                splices.append(Splice(unit: unit, text: statement))
            }
        } else {
            addedFile += Array(((addedFile.isEmpty ? "" : "\n") + statement + "\n").utf8)
            addedStatements += 1
        }
        recheck()
        return (index.report, self.index!.report)
    }

    /// The files (of the first `files` of the checked plan in `index`) with each statement
    /// spliced in before the `}` that closes its unit's block, or in a new block for a unit
    /// that has none. Statements for one unit go in together, in order.
    static func insertions(_ splices: [Splice], into index: QueryIndex, files: Int) throws -> [FileID: [UInt8]] {
        let plan = index.plan
        var byUnit: [(unit: Int, texts: [String])] = []
        for splice in splices {
            let unit = try index.entity(splice.unit).index
            if let at = byUnit.firstIndex(where: { $0.unit == unit }) { byUnit[at].texts.append(splice.text) } else { byUnit.append((unit, [splice.text])) }
        }
        var edits: [FileID: [(offset: Int, bytes: [UInt8])]] = [:]
        for (unit, texts) in byUnit {
            let extent = plan.units[unit].extent
            guard Int(extent.file) < files,
                  let node = plan.trees[Int(extent.file)].statements.first(where: { $0.start == extent.start }) else { continue }
            let body = "\n" + texts.joined(separator: "\n") + "\n"
            let insertion = node.blockClose >= 0 ? (Int(node.blockClose), Array(body.utf8)) : (Int(node.end), Array((" {" + body + "}").utf8))
            edits[extent.file, default: []].append(insertion)
        }
        var result: [FileID: [UInt8]] = [:]
        for (file, list) in edits {
            var bytes = plan.sources[file].bytes
            for edit in list.sorted(by: { $0.offset > $1.offset }) { bytes.insert(contentsOf: edit.bytes, at: edit.offset) }
            result[file] = bytes
        }
        return result
    }
}
