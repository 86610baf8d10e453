// Employees from the HR system (language reference, section 7): an `indlæs` statement names
// a CSV export, and each of its rows is a `medarbejder` in its unit, exactly as if it had
// been written out. The rows are read after the first pass, when every unit and name of the
// plan files is known, and before references are resolved, so that a row's courses and
// competences are resolved and reported like any other reference.
//
// The CSV file becomes one of the plan's sources (transcoded to UTF-8), so findings point
// at `hr/medarbejdere.csv:LINE:COLUMN` and show the CSV line; the cells of columns the plan
// does not name are hidden in every snippet, since they are never part of the plan.

import KaskadeCSV
import KaskadeDiagnostics
import KaskadeSyntax

/// How the resolver reaches the files that `indlæs` names: the driver reads the disk (with
/// its size limit); tests and the language server may hand in text of their own.
public struct RosterFiles: Sendable {
    /// `path` as written in the statement; `planFile` the path of the file that holds it.
    public typealias Read = @Sendable (_ path: String, _ planFile: String) -> RosterRead
    public let read: Read

    public init(_ read: @escaping Read) { self.read = read }

    /// No file can be read (a plan checked without a file system).
    public static let none = RosterFiles { _, _ in .failure(.notAvailable) }

    /// Files given as bytes, by the path written in `indlæs` (tests, examples).
    public static func inMemory(_ files: [String: [UInt8]]) -> RosterFiles {
        RosterFiles { path, _ in files[path].map { .bytes($0, shownPath: path) } ?? .failure(.missing(path)) }
    }
}

public enum RosterRead: Sendable {
    /// The file's bytes, and the path to show for it (joined to the plan file's directory).
    case bytes([UInt8], shownPath: String)
    case failure(RosterFailure)
}

public enum RosterFailure: Sendable {
    case missing(String)
    case directory(String)
    case unreadable(String, reason: Phrase)
    case tooLarge(String, limit: Int)
    case notAvailable
}

/// One `indlæs` statement, as pass 1 recorded it.
struct PendingRoster {
    var keywordSpan: Span
    var path: String
    var pathSpan: Span
    var planFile: String
    /// The unit that holds the statement (nil: the top level).
    var owner: Int?
    /// Each property that names a column: the header text asked for, and where it is written.
    var columns: [(property: Keyword, header: String, span: Span)]
    var separator: UInt8?
    var encoding: TextEncoding?
}

extension Resolver {

    /// The properties of `indlæs` that name columns, in the order a row is read.
    static let rosterColumns: [Keyword] = [.nummer, .enhed, .samtale, .status, .udvikling, .kompetencer]

    mutating func recordRoster(_ s: StatementReader, keywordSpan: Span, owner: Int?) {
        guard let path = s.path, let pathSpan = s.pathSpan else { return }
        var roster = PendingRoster(keywordSpan: keywordSpan, path: path, pathSpan: pathSpan,
                                   planFile: plan.sources[s.tree.file].path, owner: owner, columns: [],
                                   separator: nil, encoding: s.encoding(.tegnsaet))
        for property in Resolver.rosterColumns {
            if let header = s.string(property), let span = s.span(property) {
                roster.columns.append((property, header, span))
            }
        }
        if let text = s.string(.adskiller), let span = s.span(.adskiller) {
            // (A separator the resolver cannot use is K103; the roster is then read with the
            // separator found in its header.)
            if let separator = CSVWriter.separator(named: text) {
                roster.separator = separator
            } else {
                sink.report(WrongValue.description, WrongValue.Says.notASeparator(text), at: span,
                            label: WrongValue.Says.notASeparatorLabel, help: WrongValue.Says.separators)
            }
        }
        // Without `enhed`, the rows belong to the unit that holds the statement: only an
        // institution or a department has employees of its own.
        let ownerIsLocal = owner.map { plan.units[$0].kind.isLocal } ?? false
        if !ownerIsLocal, !s.has(.enhed) {
            sink.report(MissingProperty.description,
                        MissingProperty.Says.needsProperty(keyword: Keyword.indlaes.danish, property: Keyword.enhed.danish, type: .string),
                        at: keywordSpan, label: MissingProperty.Says.propertyMissing(property: Keyword.enhed.danish),
                        help: MissingProperty.Says.unitColumnNeeded)
            return
        }
        guard s.has(.nummer) else { return }  // K102 has been reported
        rosters.append(roster)
    }

    mutating func readRosters() {
        guard !rosters.isEmpty else { return }
        let units = UnitKeys(plan: plan, codes: checkUnitCodes())
        for roster in rosters {
            let before = sink.diagnostics.count
            let complete = read(roster, units: units)
            // Findings about the file, its header and its rows belong to the unit that reads it.
            sink.assignSubject(roster.owner, from: before)
            if complete == false { markIncomplete(below: roster.owner) }
        }
        rosters = []
    }

    /// What reading a roster's file gave.
    private enum RosterText {
        case text([UInt8], path: String)
        /// K120: nothing of it was read.
        case unreadable
        /// Another `indlæs` reads the same file (K120): its rows are there once already.
        case readAlready
    }

    /// The bytes of the file, as UTF-8 text.
    private mutating func text(of roster: PendingRoster) -> RosterText {
        let raw: [UInt8], shownPath: String
        switch rosterFiles.read(roster.path, roster.planFile) {
        case let .bytes(bytes, path):
            raw = bytes
            shownPath = path
            let key = Resolver.standardPath(path)
            if let first = rosterPathsRead[key] {
                sink.report(ImportFile.description, ImportFile.Says.readTwice(path: roster.path), at: roster.pathSpan,
                            label: ImportFile.Says.readAgain, secondary: [Label(first, ImportFile.Says.firstRead)],
                            help: ImportFile.Says.readOnce)
                return .readAlready
            }
            rosterPathsRead[key] = roster.pathSpan
        case let .failure(failure):
            sink.report(ImportFile.description, ImportFile.Says.cannotRead(path: roster.path, failure), at: roster.pathSpan,
                        label: ImportFile.Says.cannotReadLabel, help: ImportFile.Says.checkPath(failure))
            return .unreadable
        }
        let encoding = roster.encoding ?? TextEncoding.detect(raw)
        if encoding == .utf8, let bad = TextEncoding.firstInvalidUTF8(raw) {
            let line = 1 + raw[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            sink.report(ImportFile.description, ImportFile.Says.notUTF8(path: roster.path, line: line), at: roster.pathSpan,
                        label: ImportFile.Says.cannotReadLabel, help: ImportFile.Says.sayWindows1252)
            return .unreadable
        }
        return .text(TextEncoding.utf8(raw, from: encoding), path: shownPath)
    }

    /// `hr/./x.csv` and `hr//x.csv` are `hr/x.csv`: one file, however the path is written.
    public static func standardPath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// The units a roster that could not be read in full may have held employees of.
    private mutating func markIncomplete(below owner: Int?) {
        for index in plan.units.indices where plan.units[index].kind.isLocal {
            if owner.map({ Resolver.isWithin(index, $0, plan) }) ?? true { plan.units[index].hasIncompleteRoster = true }
        }
    }

    /// A `kode` names one unit: it is neither another unit's `kode` nor another unit's ID (K104).
    /// Returns each code that names a unit, with the unit it names.
    private mutating func checkUnitCodes() -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, unit) in plan.units.enumerated() {
            guard let code = unit.code, let span = unit.codeSpan else { continue }
            if let other = first[code] {
                sink.report(DuplicateName.description, DuplicateName.Says.codeTwice(code, first: plan.unitLabel(other)), at: span,
                            label: DuplicateName.Says.secondDefinition,
                            secondary: plan.units[other].codeSpan.map { [Label($0, DuplicateName.Says.firstDefinedHere)] } ?? [],
                            help: DuplicateName.Says.codesAreUnique)
            } else if let named = plan.names[code], named.index >= 0, named.index != index, Schema.units.contains(named.kind) {
                sink.report(DuplicateName.description, DuplicateName.Says.codeIsAnID(code, unit: plan.unitLabel(named.index)), at: span,
                            label: DuplicateName.Says.secondDefinition,
                            secondary: [Label(plan.units[named.index].nameSpan, DuplicateName.Says.firstDefinedHere)],
                            help: DuplicateName.Says.codesAreUnique)
            } else {
                first[code] = index
            }
        }
        return first
    }

    /// Reads one roster; false if some of it could not be read (the file, a named column, a
    /// row), so that its units are known to lack employees; nil if another `indlæs` read it.
    private mutating func read(_ roster: PendingRoster, units: UnitKeys) -> Bool? {
        let bytes: [UInt8], shownPath: String
        switch text(of: roster) {
        case let .text(text, path): (bytes, shownPath) = (text, path)
        case .unreadable: return false
        case .readAlready: return nil
        }
        var file = SourceFile(path: shownPath, bytes: bytes)
        let fileID = FileID(plan.sources.files.count)
        let text = file.bytes
        let separator = roster.separator ?? CSVScanner.detectSeparator(text)
        var scanner = CSVScanner(bytes: text, separator: separator)
        var fields: [CSVField] = []
        fields.reserveCapacity(32)

        guard let header = scanner.next(into: &fields), !(fields.count == 1 && fields[0].isEmpty) else {
            sink.report(ImportFile.description, ImportFile.Says.noHeader(path: roster.path), at: roster.pathSpan,
                        label: ImportFile.Says.cannotReadLabel, help: ImportFile.Says.exportWithHeader)
            plan.sources.add(file)
            return false
        }
        let headers = fields.map { $0.value(in: text) }
        // Which field holds each property's column (-1: not named, or not in the header).
        var position = [Int](repeating: -1, count: Resolver.rosterColumns.count)
        var missingColumn = false
        for column in roster.columns {
            guard let slot = Resolver.rosterColumns.firstIndex(of: column.property) else { continue }
            if let found = Resolver.column(named: column.header, in: headers) {
                position[slot] = found
            } else {
                missingColumn = true
                let nearest = Spelling.nearest(to: column.header, among: headers)
                sink.report(ImportColumn.description, ImportColumn.Says.noColumn(column.header, path: roster.path), at: column.span,
                            label: ImportColumn.Says.notInHeader,
                            secondary: [Label(Span(file: fileID, start: header.start, end: header.end), ImportColumn.Says.theHeader)],
                            help: nearest.map { ImportColumn.Says.didYouMean($0) } ?? ImportColumn.Says.columnsAre(headers),
                            fixes: nearest.map { [Fix(ImportColumn.Says.change(column.header, to: $0), [Edit(column.span, "\"\($0)\"")])] } ?? [])
            }
        }
        var named = [Bool](repeating: false, count: headers.count)
        for index in position where index >= 0 { named[index] = true }
        var hidden: [Range<Int32>] = []
        hidden.reserveCapacity(text.count / 32)
        // Without the employee number no row can be read; the other columns may be missing.
        let readRows = !(missingColumn && position[0] < 0)
        let firstEmployee = plan.employees.count
        plan.employees.reserveCapacity(firstEmployee + text.count / 48)
        var found: [Keyword: String] = [:]
        for (slot, index) in position.enumerated() where index >= 0 { found[Resolver.rosterColumns[slot]] = headers[index] }
        plan.rosters.append(RosterColumns(path: roster.path, headers: found))
        let missing = KindSet(roster.columns.map(\.property).filter { position[Resolver.rosterColumns.firstIndex(of: $0)!] < 0 })
        var reader = RowReader(text: text, file: fileID, position: position, roster: roster, index: Int32(plan.rosters.count - 1),
                               missing: missing)
        var complete = !missingColumn
        // One pass: each record is judged and becomes an employee at once (nothing is kept
        // per row but the employee itself).
        while let record = scanner.next(into: &fields) {
            // A row that is not read as a whole hides every field: its cells may not be in
            // their columns, so a name could stand where a unit belongs.
            let whole = fields.count == headers.count && !record.isUnterminated && record.textAfterQuote == nil
            for (index, field) in fields.enumerated() where !field.isEmpty && !(whole && index < named.count && named[index]) {
                hidden.append(field.start..<field.end)
            }
            if !record.isUnterminated && fields.allSatisfy({ $0.trimmed(in: text).isEmpty }) { continue }  // an empty row
            if record.isUnterminated {
                let quote = Int(fields.last.map { $0.start - 1 } ?? Int32(record.start))
                sink.report(ImportRow.description, ImportRow.Says.unterminatedQuote, at: Span(file: fileID, start: quote, end: quote + 1),
                            label: ImportRow.Says.quoteOpensHere, help: ImportRow.Says.closeQuote)
                complete = false
                break
            }
            if let after = record.textAfterQuote {
                sink.report(ImportRow.description, ImportRow.Says.textAfterQuote, at: Span(file: fileID, start: after, end: after + 1),
                            label: ImportRow.Says.textAfterQuoteLabel, help: ImportRow.Says.checkQuotes)
                complete = false
                continue
            }
            if fields.count != headers.count {
                sink.report(ImportRow.description, ImportRow.Says.wrongFieldCount(found: fields.count, header: headers.count),
                            at: Span(file: fileID, start: record.start, end: record.end),
                            label: ImportRow.Says.fieldsLabel(fields.count),
                            secondary: [Label(Span(file: fileID, start: header.start, end: header.end), ImportRow.Says.headerLabel(headers.count))],
                            help: ImportRow.Says.sameCount(separator: separator))
                complete = false
                continue
            }
            if readRows {
                let before = sink.diagnostics.count
                let unit = defineEmployee(fields, record, reader: &reader, units: units)
                if unit == nil { complete = false }
                // What is wrong with a row is about its unit (`check LYS` in the REPL, the
                // report), or about the unit that reads the roster when the row names none.
                sink.assignSubject(unit ?? roster.owner, from: before)
            }
        }
        file.hidden = hidden
        plan.sources.add(file)
        return complete
    }

    /// The field whose header matches `name`: trimmed, case and accents folded.
    static func column(named name: String, in headers: [String]) -> Int? {
        let wanted = name.trimmingSpaces
        if let exact = headers.firstIndex(where: { $0.trimmingSpaces == wanted }) { return exact }
        let strict = Spelling.fold(wanted), loose = Spelling.foldLoose(wanted)
        return headers.firstIndex { Spelling.fold($0.trimmingSpaces) == strict || Spelling.foldLoose($0.trimmingSpaces) == loose }
    }

    // MARK: - Rows

    /// What reading one row needs of its roster.
    struct RowReader {
        let text: [UInt8]
        let file: FileID
        let position: [Int]
        let roster: PendingRoster
        /// The roster's index in `Plan.rosters`.
        let index: Int32
        /// The properties whose column the statement names but the header lacks (K121).
        let missing: KindSet
        /// The last unit cell and status cell read, and what they meant: a roster is usually
        /// sorted by unit, and has a handful of status words, so most rows look up nothing.
        var lastUnit: (bytes: ArraySlice<UInt8>, unit: Int)?
        var lastStatus: (bytes: ArraySlice<UInt8>, status: Status)?

        /// The statement names a column for `property` that the header does not have.
        func isMissing(_ property: Keyword) -> Bool { missing.contains(property) }

        func cell(_ slot: Int, _ fields: [CSVField]) -> (range: Range<Int>, span: Span)? {
            let index = position[slot]
            guard index >= 0 else { return nil }
            let range = fields[index].trimmed(in: text)
            guard !range.isEmpty else { return nil }
            return (range, Span(file: file, start: range.lowerBound, end: range.upperBound))
        }

        func value(_ slot: Int, _ fields: [CSVField]) -> String? {
            let index = position[slot]
            guard index >= 0, cell(slot, fields) != nil else { return nil }
            return fields[index].value(in: text)
        }
    }

    /// Defines the row's employee; returns its unit (nil: the row names no unit that exists).
    private mutating func defineEmployee(_ fields: [CSVField], _ record: CSVRecord, reader: inout RowReader, units: UnitKeys) -> Int? {
        let rowSpan = Span(file: reader.file, start: record.start, end: record.end)
        guard let numberCell = reader.cell(0, fields) else {
            sink.report(MissingProperty.description, MissingProperty.Says.rowHasNoNumber(column: reader.roster.columns[0].header),
                        at: rowSpan, label: MissingProperty.Says.noNumberLabel, help: MissingProperty.Says.fillNumber)
            return nil
        }
        let number = fields[reader.position[0]].value(in: reader.text)
        // Every cell is judged, even in a row whose unit is unknown, so one export shows all
        // that is wrong with it.
        var conversation: (day: Day, span: Span)?
        // A column named but not in the header (K121) is unknown for every row, not empty.
        var unreadable = reader.isMissing(.samtale) || reader.isMissing(.status)
        if let cell = reader.cell(2, fields) {
            if let day = Resolver.cellDay(reader.text[cell.range]) {
                conversation = (day, cell.span)
            } else {
                unreadable = true
                let shown = reader.value(2, fields) ?? ""
                sink.report(InvalidDate.description, InvalidDate.Says.notACellDate(shown), at: cell.span,
                            label: InvalidDate.Says.notADateLabel, help: InvalidDate.Says.writeCellDate)
            }
        }
        var rowStatus = Status.planned
        if let cell = reader.cell(3, fields) {
            let bytes = reader.text[cell.range]
            if let last = reader.lastStatus, last.bytes.elementsEqual(bytes) {
                rowStatus = last.status
            } else if let word = status(bytes, span: cell.span) {
                rowStatus = word
                reader.lastStatus = (bytes, word)
            } else {
                unreadable = true
            }
        }
        guard let unit = unit(of: fields, reader: &reader, rowSpan: rowSpan, units: units) else { return nil }
        plan.statementCount += 1
        let index = appendEmployee(id: number, title: nil, nameSpan: numberCell.span, unit: unit,
                                   conversation: conversation?.day, conversationSpan: conversation?.span, status: rowStatus)
        plan.employees[index].roster = reader.index
        plan.employees[index].hasUnreadableCell = unreadable
        registerName(number, span: numberCell.span, EntityRef(kind: .medarbejder, index: index))
        if let cell = reader.cell(4, fields) {
            references(in: cell, reader: reader, property: .udvikling, kinds: Resolver.developmentKinds, slot: .employeeDevelopment(index))
        }
        if let cell = reader.cell(5, fields) {
            references(in: cell, reader: reader, property: .kompetencer, kinds: Resolver.competenceKinds, slot: .employeeCompetences(index))
        }
        plan.employees[index].development.isGiven = reader.position[4] >= 0
        plan.employees[index].competences.isGiven = reader.position[5] >= 0
        if reader.isMissing(.udvikling) { plan.employees[index].development.hasUnresolved = true }
        if reader.isMissing(.kompetencer) { plan.employees[index].competences.hasUnresolved = true }
        return unit
    }

    /// The row's unit: the `enhed` cell names one by ID or `kode`, among the institutions and
    /// departments the statement may reach; without the column, the unit that holds it.
    private mutating func unit(of fields: [CSVField], reader: inout RowReader, rowSpan: Span, units: UnitKeys) -> Int? {
        let owner = reader.roster.owner
        guard reader.position[1] >= 0 else {
            // Without an `enhed` column only a local unit's roster is read (checked when recorded).
            return owner
        }
        guard let cell = reader.cell(1, fields) else {
            if let owner, plan.units[owner].kind.isLocal { return owner }
            sink.report(MissingProperty.description, MissingProperty.Says.rowHasNoUnit(column: reader.roster.columns.first { $0.property == .enhed }?.header ?? ""),
                        at: rowSpan, label: MissingProperty.Says.noUnitLabel, help: MissingProperty.Says.fillUnit)
            return nil
        }
        let bytes = reader.text[cell.range]
        if let last = reader.lastUnit, last.bytes.elementsEqual(bytes) { return last.unit }
        let name = reader.value(1, fields) ?? ""
        let plan = self.plan
        let inScope = { (unit: Int) in plan.units[unit].kind.isLocal && (owner.map { Resolver.isWithin(unit, $0, plan) } ?? true) }
        guard let found = units.unit(named: name, in: plan) else {
            let candidates = units.keys(where: inScope)
            let nearest = Spelling.nearest(to: name, among: candidates)
            sink.report(UnknownName.description, UnknownName.Says.noUnitWithIDOrCode(name), at: cell.span,
                        label: UnknownName.Says.unknownName,
                        help: nearest.map { UnknownName.Says.didYouMean($0) } ?? UnknownName.Says.giveUnitCode(name))
            return nil
        }
        guard inScope(found) else {
            let within = owner.map { plan.unitLabel($0) }
            sink.report(WrongKind.description, WrongKind.Says.rowUnitOutOfReach(unit: plan.unitLabel(found), within: within), at: cell.span,
                        label: WrongKind.Says.notReachable, secondary: [Label(plan.units[found].nameSpan, WrongKind.Says.definedHere)],
                        help: WrongKind.Says.rowNamesLocalUnit(within: within))
            return nil
        }
        reader.lastUnit = (bytes, found)
        return found
    }

    static func isWithin(_ unit: Int, _ ancestor: Int, _ plan: Plan) -> Bool {
        var current: Int? = unit
        while let here = current {
            if here == ancestor { return true }
            current = plan.units[here].parent
        }
        return false
    }

    /// `2027-03-20`, `20-03-2027`, `20.03.2027` or `20/03/2027`, a real calendar date.
    public static func cellDay(_ bytes: ArraySlice<UInt8>) -> Day? {
        guard let parts = CellDate.components(bytes) else { return nil }
        return Day(year: parts.year, month: parts.month, day: parts.day)
    }

    /// A status word in any case and any of its spellings (`Afholdt`, `HELD`); K103 otherwise.
    private mutating func status(_ bytes: ArraySlice<UInt8>, span: Span) -> Status? {
        let word = String(decoding: bytes, as: UTF8.self)
        switch Keyword.lookup(word.lowercased()) {
        case .planlagt: return .planned
        case .afholdt: return .held
        case .aflyst: return .cancelled
        default:
            let words = [Keyword.planlagt, .afholdt, .aflyst]
            let nearest = Spelling.nearest(to: word.lowercased(), among: words.flatMap { $0.spellings.all })
            sink.report(WrongValue.description, WrongValue.Says.notAStatus(word), at: span, label: WrongValue.Says.notAStatusLabel,
                        help: nearest.map { WrongValue.Says.didYouMean($0) } ?? WrongValue.Says.statusWords)
            return nil
        }
    }

    /// IDs separated by `,` or `|` in one cell, each resolved at its own span.
    private mutating func references(in cell: (range: Range<Int>, span: Span), reader: RowReader, property: Keyword,
                                     kinds: KindSet, slot: Slot) {
        var start = cell.range.lowerBound
        let end = cell.range.upperBound
        while start <= end {
            var stop = start
            while stop < end, reader.text[stop] != 0x2C, reader.text[stop] != 0x7C { stop += 1 }
            var low = start, high = stop
            while low < high, reader.text[low] == 0x20 { low += 1 }
            while high > low, reader.text[high - 1] == 0x20 { high -= 1 }
            if low < high {
                let span = Span(file: reader.file, start: low, end: high)
                reader.text.withUnsafeBufferPointer {
                    recordReference(named: UnsafeBufferPointer(rebasing: $0[low..<high]), at: span, property: property, kinds: kinds, slot: slot)
                }
            }
            start = stop + 1
        }
    }
}

/// The units a roster's `enhed` cell may name: by ID (the plan's names) or by `kode`.
struct UnitKeys {
    private let codes: [String: Int]
    /// Every unit's ID and code, for "did you mean".
    private let labels: [(key: String, unit: Int)]

    init(plan: Plan, codes: [String: Int]) {
        var labels: [(String, Int)] = []
        for (index, unit) in plan.units.enumerated() {
            labels.append((unit.id, index))
            if let code = unit.code { labels.append((code, index)) }
        }
        self.codes = codes
        self.labels = labels
    }

    func unit(named name: String, in plan: Plan) -> Int? {
        if let named = plan.names[name], named.index >= 0, Schema.units.contains(named.kind) { return named.index }
        return codes[name]
    }

    func keys(where fits: (Int) -> Bool) -> [String] { labels.filter { fits($0.unit) }.map(\.key) }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " || scalars.first == "\t" { scalars = scalars.dropFirst() }
        while scalars.last == " " || scalars.last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

extension Plan {
    /// For an employee read from a roster: advice to fill in the cell of `property` (or, when
    /// the roster has no such column, to name one), instead of a line to add to the plan.
    public func rosterAdvice(_ employee: Employee, _ property: Keyword, example: String) -> RosterAdvice? {
        guard employee.roster >= 0 else { return nil }
        let roster = rosters[Int(employee.roster)]
        guard let header = roster.headers[property] else {
            return .nameColumn(property: property.danish, path: roster.path)
        }
        return .fillIn(column: header, employee: employee.id, path: roster.path, example: example)
    }
}

/// What to do about a roster employee: the roster is the HR system's, so the fix is made there.
public enum RosterAdvice: Message {
    case fillIn(column: String, employee: String, path: String, example: String)
    case nameColumn(property: String, path: String)

    public func text(_ language: Language) -> String {
        switch language {
        case .danish:
            return switch self {
            case let .fillIn(column, employee, path, example):
                "udfyld \"\(column)\" for \(employee) i HR-systemet (fx \(example)), og eksportér \"\(path)\" igen"
            case let .nameColumn(property, path):
                "medarbejderlisten \"\(path)\" har ingen kolonne til `\(property)`: tilføj `\(property) \"Kolonnenavn\"` til dens `indlæs`"
            }
        case .english:
            return switch self {
            case let .fillIn(column, employee, path, example):
                "fill in \"\(column)\" for \(employee) in the HR system (such as \(example)), and export \"\(path)\" again"
            case let .nameColumn(property, path):
                "the roster \"\(path)\" has no column for `\(property)`: add `\(property) \"Column name\"` to its `indlæs`"
            }
        }
    }
}
