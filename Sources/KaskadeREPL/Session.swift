// What the REPL holds between commands: the plan as read from its files, the statements
// added for "what if" (never written to a file), the check date and the output format.
//
// What-if statements live in memory only: top-level ones in one extra source file appended
// to the plan's files; `in ID: STATEMENT` in a copy of the file that holds unit ID, with the
// statement spliced in before the `}` that closes the unit's block. Either way the whole
// plan is checked again, so every rule sees the statement as if it had been written.
// Findings never point into a spliced copy: every what-if statement is also written to
// the `<what-if>` source that the report shows, and the report's spans are mapped back —
// into `<what-if>` for the spliced text, to the file's own offsets for the rest.
//
// A load or reload that fails (an unreadable path, or a file that no longer parses) keeps
// the last good plan, and the error says why. A reload keeps the what-if statements.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeQuery
import KaskadeSyntax

public final class Session {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv }

    public private(set) var paths: [String] = []
    public private(set) var index: QueryIndex? {
        didSet { if preparesIndexAhead { index?.prepareInBackground() } }
    }
    /// An interactive session builds the index's deferred parts (the text `find` scans, the
    /// names completion offers) on another thread once a plan is in, while the user types.
    public var preparesIndexAhead = false {
        didSet { if preparesIndexAhead { index?.prepareInBackground() } }
    }
    public var asOf: Day?
    public var format: Format = .text
    /// The field separator of `:format csv` (`--csv-separator`), and whether a table starts
    /// with a byte-order mark (for a file that Excel opens; not for a terminal).
    public var csvSeparator: UInt8 = 0x3B
    public var csvByteOrderMark = false
    public var useColor = false

    /// The plan's files as read from disk.
    private var fileSources = SourceSet()
    /// The plan as read from disk (without what-if statements): where `in ID:` splices go.
    private var basePlan: Plan?
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

    /// The language chosen on the command line and in the environment; the plan's `sprog`
    /// decides where it leaves the choice open (on every load and reload).
    public let languageChoice: LanguageChoice

    public init(asOf: Day? = nil, language: LanguageChoice = LanguageChoice()) {
        self.asOf = asOf
        self.languageChoice = language
    }

    /// The language the session speaks: the loaded plan's report's, else the choice made
    /// before any plan was read.
    public var language: Language { index?.language ?? languageChoice.beforePlan }

    public var isLoaded: Bool { index != nil }

    /// The number of what-if statements in force.
    public var whatIfCount: Int { addedStatements + splices.count }
    private var addedStatements = 0

    func loadedIndex() throws -> QueryIndex {
        guard let index else { throw QueryError(REPLSays.notLoaded.text(language)) }
        return index
    }

    // MARK: - Loading

    /// Loads plan files or directories. When a plan is already loaded and the new one does
    /// not parse, the old one stays and the error says why.
    @discardableResult
    public func load(_ paths: [String]) throws -> Report {
        let sources = try PlanLoader.load(paths)
        let result = Checker.check(sources, options: CheckOptions(asOf: asOf, language: languageChoice))
        if index != nil, let syntax = result.report.diagnostics.first(where: { $0.rule.number < 100 }) {
            let at = result.report.position(syntax.primary.span)
            let language = result.report.language
            throw QueryError(REPLSays.syntaxInPlan(position: "\(at.path):\(at.line):\(at.column)", message: result.report.say(syntax.message),
                                                   errors: result.report.count(.error)).text(language))
        }
        self.paths = paths
        fileSources = sources
        editedFiles = [:]
        addedFile = []
        addedStatements = 0
        splices = []
        basePlan = result.plan
        index = QueryIndex(result)
        return result.report
    }

    /// Reads the same paths again; the what-if statements are added again. Returns the
    /// report and what could not be added again (a unit that is gone).
    public func reload() throws -> (report: Report, dropped: [String]) {
        guard !paths.isEmpty else { throw QueryError(REPLSays.notLoaded.text(language)) }
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
        editedFiles = basePlan.flatMap { try? Session.splicedPieces(splices, into: $0, files: fileSources.files.count).bytes } ?? [:]
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
        let result = Checker.check(currentSources, options: CheckOptions(asOf: asOf, language: languageChoice))
        index = QueryIndex(whatIfMap().shown(result))
    }

    /// How the checked sources relate to the ones findings are shown in.
    private func whatIfMap() -> WhatIfMap {
        guard let basePlan, !splices.isEmpty,
              let spliced = try? Session.splicedPieces(splices, into: basePlan, files: fileSources.files.count) else {
            return WhatIfMap(files: fileSources.files.count, addedFile: addedFile, pieces: [:], spliceTexts: [])
        }
        return WhatIfMap(files: fileSources.files.count, addedFile: addedFile, pieces: spliced.pieces,
                         spliceTexts: spliced.order)
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
            throw QueryError(REPLSays.doesNotParse(problem.message.text(language)).text(language))
        }
        let statement = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let unit {
            let target = try index.entity(unit)
            guard [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(target.kind) else {
                throw QueryError(REPLSays.notAUnit(unit: unit, kind: target.kind).text(language))
            }
            let addedFileID = fileSources.files.count
            if index.plan.units[target.index].extent.file == FileID(addedFileID) {
                // A unit added for this session: the statement goes into the added file.
                let edits = try Session.splicedPieces([Splice(unit: unit, text: statement)], into: index.plan, files: addedFileID + 1, language: language)
                if let bytes = edits.bytes[FileID(addedFileID)] { addedFile = bytes }
                addedStatements += 1
            } else if let basePlan {
                // Every splice again, into the files as read, so offsets stay those of the disk.
                let all = splices + [Splice(unit: unit, text: statement)]
                editedFiles = try Session.splicedPieces(all, into: basePlan, files: addedFileID, language: language).bytes
                splices = all
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
    /// The spliced files, and where each statement went in them (for `WhatIfMap`).
    static func splicedPieces(_ splices: [Splice], into plan: Plan, files: Int, language: Language = .english) throws
        -> (bytes: [FileID: [UInt8]], pieces: [FileID: [WhatIfMap.Piece]], order: [String])
    {
        var byUnit: [(unit: Int, texts: [String])] = []
        for splice in splices {
            guard let ref = plan.names[splice.unit], ref.index >= 0 else { throw QueryError(REPLSays.noUnitNamed(splice.unit).text(language)) }
            let unit = ref.index
            if let at = byUnit.firstIndex(where: { $0.unit == unit }) { byUnit[at].texts.append(splice.text) } else { byUnit.append((unit, [splice.text])) }
        }
        var edits: [FileID: [(offset: Int, bytes: [UInt8], statements: [(start: Int, text: String, ordinal: Int)])]] = [:]
        var order: [String] = []
        for (unit, texts) in byUnit {
            let extent = plan.units[unit].extent
            guard Int(extent.file) < files,
                  let node = plan.trees[Int(extent.file)].statements.first(where: { $0.start == extent.start }) else { continue }
            let opening = node.blockClose >= 0 ? "\n" : " {\n"
            var body = opening, statements: [(start: Int, text: String, ordinal: Int)] = []
            for text in texts {
                statements.append((body.utf8.count, text, order.count))
                body += text + "\n"
                order.append(text)
            }
            if node.blockClose < 0 { body += "}" }
            edits[extent.file, default: []].append((node.blockClose >= 0 ? Int(node.blockClose) : Int(node.end), Array(body.utf8), statements))
        }
        var result: [FileID: [UInt8]] = [:]
        var pieces: [FileID: [WhatIfMap.Piece]] = [:]
        for (file, list) in edits {
            var bytes = plan.sources[file].bytes
            for edit in list.sorted(by: { $0.offset > $1.offset }) { bytes.insert(contentsOf: edit.bytes, at: edit.offset) }
            result[file] = bytes
            // Offsets in the spliced copy: each piece moves the ones after it.
            var shift = 0
            for edit in list.sorted(by: { $0.offset < $1.offset }) {
                let start = edit.offset + shift
                pieces[file, default: []].append(WhatIfMap.Piece(
                    splicedStart: start, length: edit.bytes.count,
                    statements: edit.statements.map { (start + $0.start, $0.text, $0.ordinal) }))
                shift += edit.bytes.count
            }
        }
        return (result, pieces, order)
    }
}

/// Maps a report on the checked sources (with `in ID:` statements spliced into copies of
/// plan files) to the sources a person is shown: the plan's files as they are on disk, and
/// `<what-if>` holding every what-if statement.
struct WhatIfMap {
    struct Piece {
        /// Where the inserted bytes begin in the spliced copy, and how many there are.
        var splicedStart: Int
        var length: Int
        /// Each statement's offset in the spliced copy, and its place among `spliceTexts`.
        var statements: [(start: Int, text: String, ordinal: Int)]
    }

    /// The number of plan files (the `<what-if>` source comes after them).
    let files: Int
    /// The top-level what-if statements, checked as they are.
    let addedFile: [UInt8]
    let pieces: [FileID: [Piece]]
    /// The spliced statements in the order they are appended to `<what-if>`.
    let spliceTexts: [String]

    /// The report as shown: spans mapped, sources as on disk plus `<what-if>`.
    func shown(_ result: CheckResult) -> CheckResult {
        guard !pieces.isEmpty else { return result }
        var display = addedFile
        var statementOffsets: [Int] = []
        for text in spliceTexts {
            if !display.isEmpty, display.last != 0x0A { display.append(0x0A) }
            statementOffsets.append(display.count)
            display += Array((text + "\n").utf8)
        }
        var shownFiles = Array(result.report.sources.files.prefix(files))
        for index in shownFiles.indices where pieces[FileID(index)] != nil {
            shownFiles[index] = SourceFile(path: shownFiles[index].path, bytes: original(of: FileID(index), result))
        }
        shownFiles.append(SourceFile(path: Session.addedPath, bytes: display))
        var report = result.report
        report.sources = SourceSet(shownFiles)
        let mapping = Mapping(map: self, files: files, statementOffsets: statementOffsets)
        report.diagnostics = report.diagnostics.map(mapping.diagnostic)
        report.suppressed = report.suppressed.map(mapping.diagnostic)
        return CheckResult(plan: result.plan, report: report)
    }

    /// A spliced file's bytes without the spliced pieces.
    private func original(of file: FileID, _ result: CheckResult) -> [UInt8] {
        var bytes = result.report.sources[file].bytes
        for piece in (pieces[file] ?? []).reversed() {
            bytes.removeSubrange(piece.splicedStart..<piece.splicedStart + piece.length)
        }
        return bytes
    }

    struct Mapping {
        let map: WhatIfMap
        let files: Int
        let statementOffsets: [Int]

        func diagnostic(_ diagnostic: Diagnostic) -> Diagnostic {
            var diagnostic = diagnostic
            diagnostic.primary.span = span(diagnostic.primary.span)
            diagnostic.secondary = diagnostic.secondary.map { Label(span($0.span), $0.message) }
            // A fix's edits are for the checked text; shown elsewhere they would edit the wrong bytes.
            diagnostic.fixes = diagnostic.fixes.filter { fix in fix.edits.allSatisfy { map.pieces[$0.span.file] == nil } }
            return diagnostic
        }

        func span(_ span: Span) -> Span {
            guard map.pieces[span.file] != nil else {
                // The top-level what-if file moves to after the plan files, where it already is.
                return span
            }
            let start = offset(Int(span.start), in: span.file)
            let end = offset(Int(span.end), in: span.file)
            guard start.file == end.file, end.offset >= start.offset else {
                return Span(file: start.file, start: start.offset, end: start.offset)
            }
            return Span(file: start.file, start: start.offset, end: end.offset)
        }

        /// Where an offset of a spliced copy is shown.
        func offset(_ offset: Int, in file: FileID) -> (file: FileID, offset: Int) {
            var shift = 0
            let whatIf = FileID(files)
            for piece in map.pieces[file] ?? [] {
                if offset < piece.splicedStart { break }
                if offset < piece.splicedStart + piece.length {
                    for statement in piece.statements
                    where statement.start <= offset && offset <= statement.start + statement.text.utf8.count {
                        return (whatIf, statementOffsets[statement.ordinal] + offset - statement.start)
                    }
                    return (whatIf, piece.statements.first.map { statementOffsets[$0.ordinal] } ?? 0)
                }
                shift += piece.length
            }
            return (file, offset - shift)
        }
    }
}
