// The parser: tokens in, one flat syntax tree out.
//
// Design. The language has a single statement shape (keyword, arguments, properties,
// optional block), so the parser knows nothing about which statement may stand where:
// that is the schema's job, after parsing. This keeps the parser small and its error
// recovery simple: when a statement goes wrong, report once, skip to the next separator
// at the same block depth (jlox's `synchronize`) and go on, so a file with three mistakes
// gets three findings. Blocks recurse, but never deeper than `maxDepth`; a deeper block
// is reported (K007) and skipped by counting braces, so hostile input cannot overflow
// the stack. Each parse function names the production of grammar/kaskade.ebnf it reads.

import KaskadeDiagnostics

public struct Parser {
    public static let defaultMaxDepth = 64

    private var lexer: Lexer
    private var token: Token
    private var tree: SyntaxTree
    private let maxDepth: Int
    private var diagnostics = DiagnosticSink()
    private let bytes: UnsafeBufferPointer<UInt8>

    private init(file: FileID, bytes: UnsafeBufferPointer<UInt8>, start: Int, bomLength: Int, maxDepth: Int) {
        self.bytes = bytes
        self.lexer = Lexer(file: file, bytes: bytes, start: start, bomLength: bomLength)
        self.tree = SyntaxTree(file: file)
        self.maxDepth = maxDepth
        self.token = Token(kind: .endOfFile, start: 0, end: 0)
        advance()
    }

    /// Parses one file, or the part `range` of it as if it stood alone; the findings are the
    /// lexer's and the parser's, in no particular order.
    /// The tree's arrays are reserved for `reserving` bytes of source (the part's own size by
    /// default). The first part of a file cut in parts reserves for the whole file, so that the
    /// parts after it are appended in place (`joined`) rather than copied with it into larger
    /// arrays: reserved pages that are never written cost no memory, and a copy of the first
    /// part would raise the peak by that part's size.
    public static func parse(_ source: SourceFile, file: FileID, maxDepth: Int = defaultMaxDepth, range: Range<Int>? = nil,
                             reserving: Int? = nil)
        -> (tree: SyntaxTree, diagnostics: [Diagnostic])
    {
        source.bytes.withUnsafeBufferPointer { all in
            let range = range ?? 0..<all.count
            // The part's end is the end of the input; its offsets stay those of the file.
            let bytes = UnsafeBufferPointer(rebasing: all[..<range.upperBound])
            var parser = Parser(file: file, bytes: bytes, start: range.lowerBound, bomLength: source.bomLength, maxDepth: maxDepth)
            let reserved = reserving ?? range.count
            parser.tree.statements.reserveCapacity(reserved / 48)
            parser.tree.values.reserveCapacity(reserved / 16)
            parser.tree.properties.reserveCapacity(reserved / 24)
            parser.parsePlanFile()
            parser.tree.comments = parser.lexer.comments
            return (parser.tree, parser.lexer.diagnostics.diagnostics + parser.diagnostics.diagnostics)
        }
    }

    // MARK: - A large file in parts

    /// Where a large file may be cut to be parsed in `parts` pieces side by side: after a line
    /// that is a lone `}` in the first column, before a line that starts with a letter — the
    /// end of one top-level block and the start of the next statement in a formatted plan.
    /// Returns the bounds `[0, cut₁, …, file size]`, or `[0, size]` when no cut is worth it.
    /// A cut is a guess (the `}` may close an inner block of an unindented file, or lie in a
    /// `"""` string); `joined` tells whether it held.
    public static func cuts(_ source: SourceFile, parts: Int, minimumPart: Int = 1 << 20) -> [Int] {
        let bytes = source.bytes, size = bytes.count
        let parts = min(parts, size / max(minimumPart, 1))
        guard parts > 1 else { return [0, size] }
        var bounds = [0]
        for part in 1..<parts {
            var index = max(size / parts * part, bounds[bounds.count - 1] + 1)
            while index + 1 < size {
                // `\n}\n` then optional blank lines, then a letter in the first column.
                if bytes[index] == 0x7D, bytes[index - 1] == 0x0A, bytes[index + 1] == 0x0A {
                    var next = index + 1
                    while next < size, bytes[next] == 0x0A { next += 1 }
                    if next < size, Lexer.isASCIILetter(bytes[next]) {
                        bounds.append(next)
                        break
                    }
                }
                index += 1
            }
        }
        bounds.append(size)
        return bounds
    }

    /// The parts of one file, parsed from the bounds of `cuts`, joined into the file's tree —
    /// or nil when a cut fell where the file was not between top-level statements: then a
    /// part before the last ends inside a block, a string or a statement, and reports it.
    /// A part that ends cleanly was read exactly as a parse of the whole file reads it, so
    /// the joined tree and findings are those of the whole file.
    ///
    /// The parts are emptied: each part's arrays are let go as soon as they are appended, and
    /// the first part's become the whole tree's without a copy (see `parse(reserving:)`).
    public static func joined(_ parts: inout [(tree: SyntaxTree, diagnostics: [Diagnostic])]) -> (tree: SyntaxTree, diagnostics: [Diagnostic])? {
        guard !parts.isEmpty else { return nil }
        for part in parts.dropLast() where !part.diagnostics.isEmpty || part.tree.hasUnclosedBlock { return nil }
        let file = parts[0].tree.file
        var whole = parts[0].tree
        parts[0].tree = SyntaxTree(file: file)
        for index in parts.indices.dropFirst() {
            whole.append(parts[index].tree)
            parts[index].tree = SyntaxTree(file: file)
        }
        return (whole, parts[parts.count - 1].diagnostics)
    }

    // MARK: - Token stream

    private mutating func advance() { token = lexer.next() }

    private var isSeparator: Bool { token.kind == .newline || token.kind == .semicolon }

    private var atStatementEnd: Bool {
        isSeparator || token.kind == .rightBrace || token.kind == .endOfFile
    }

    /// A line that ends with `,` or `..` continues on the next line.
    private mutating func skipNewlines() {
        while token.kind == .newline { advance() }
    }

    private func span(_ token: Token) -> Span { Span(file: tree.file, start: token.start, end: token.end) }

    /// The text of a token that "found …" quotes (names, keywords, numbers, dates, weeks).
    private func quoted(_ token: Token) -> String? {
        switch token.kind {
        case .identifier, .keyword, .number, .date, .week:
            String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        default:
            nil
        }
    }

    // MARK: - Productions

    // plan-file = body EOF ;
    private mutating func parsePlanFile() {
        parseBody(parent: -1, depth: 0)
    }

    // body = { separator | statement separator } [ statement ] ;
    private mutating func parseBody(parent: Int32, depth: Int) {
        while true {
            switch token.kind {
            case .newline, .semicolon:
                advance()
            case .endOfFile:
                return
            case .rightBrace:
                if depth > 0 { return }
                reportUnmatchedBraces()
            case .keyword where token.keyword.role == .statement || token.keyword.role == .property:
                parseStatement(parent: parent, depth: depth)
            case .identifier where misspelledKeyword(among: Parser.statementSpellings) != nil:
                parseStatement(parent: parent, depth: depth, misspelled: misspelledKeyword(among: Parser.statementSpellings))
            default:
                expected(.statementKeyword)
            }
        }
    }

    // statement = keyword { argument } { property } [ block ] ;
    /// A statement whose keyword is `misspelled` (`udvlag` for `udvalg`) is reported once with
    /// a fix and parsed as the keyword it is close to, block and all, but marked broken: the
    /// resolver then checks nothing in it yet knows the IDs it defines, so the typo is one
    /// finding rather than one K105 for every use of a goal defined inside it.
    private mutating func parseStatement(parent: Int32, depth: Int, misspelled: (keyword: Keyword, spelling: String)? = nil) {
        let index = tree.statements.count
        var keyword = token
        if let misspelled {
            reportMisspelled(keyword, as: misspelled.spelling, what: .statementKeyword)
            keyword.kind = .keyword
            keyword.keyword = misspelled.keyword
        }
        // Empty runs where this statement's values and properties would start, so that a
        // statement broken before its arguments still points into its own place in the tree.
        let values = Int32(tree.values.count), properties = Int32(tree.properties.count)
        tree.statements.append(StatementNode(
            name: keyword.start..<keyword.end, arguments: values..<values, properties: properties..<properties,
            subtreeEnd: Int32(index + 1), parent: parent, start: keyword.start, end: keyword.end,
            blockOpen: -1, blockClose: -1, keyword: keyword.keyword, isBroken: false))
        advance()
        let broken = !parseArgumentsAndProperties(index) || !parseOptionalBlock(index, depth: depth)
        if !broken, !atStatementEnd {
            expected(.statementEnd)
            tree.statements[index].isBroken = true
        } else if broken || misspelled != nil {
            tree.statements[index].isBroken = true
        }
        tree.statements[index].subtreeEnd = Int32(tree.statements.count)
    }

    /// Returns false after reporting (and synchronising) when the statement is broken.
    private mutating func parseArgumentsAndProperties(_ index: Int) -> Bool {
        let firstArgument = Int32(tree.values.count)
        while isArgumentStart {
            // `mål SVB1 "Titel" folger BY1`: the typo is a property, not one more argument.
            if token.kind == .identifier, tree.values.count > Int(firstArgument),
               misspelledKeyword(among: Parser.propertySpellings) != nil { break }
            guard parseValue(after: nil) else { return fail(index) }
        }
        tree.statements[index].arguments = firstArgument..<Int32(tree.values.count)
        let firstProperty = Int32(tree.properties.count)
        defer {
            tree.statements[index].properties = firstProperty..<Int32(tree.properties.count)
            tree.statements[index].end = max(tree.statements[index].end, lastEnd)
        }
        while token.kind == .keyword || misspelledProperty(afterArguments: tree.values.count > Int(firstArgument)) != nil {
            guard parseProperty() else { return fail(index) }
        }
        return true
    }

    // MARK: - Misspelled keywords

    /// Every spelling of the statement keywords and of the properties, Danish first, so that
    /// `mal` is told `mål` rather than `maal`.
    static let statementSpellings = Spellings(of: .statement)
    static let propertySpellings = Spellings(of: .property)

    /// The spellings of one role's keywords, folded once for "did you mean".
    struct Spellings: Sendable {
        let keywords: [String: Keyword]
        let table: DidYouMean.Table

        init(of role: Keyword.Role) {
            let pairs = Keyword.all.filter { $0.role == role }.flatMap { keyword in keyword.spellings.all.map { ($0, keyword) } }
            keywords = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
            table = DidYouMean.Table(pairs.map(\.0))
        }
    }

    /// The keyword the current identifier is a likely typo of: a lower-case word of three
    /// letters or more close to one spelling (IDs are mostly capitals and digits: `LYS1`).
    private func misspelledKeyword(among candidates: Spellings) -> (keyword: Keyword, spelling: String)? {
        guard token.kind == .identifier, token.end - token.start >= 3 else { return nil }
        let word = UnsafeBufferPointer(rebasing: bytes[token.range])
        guard word.allSatisfy({ $0 >= 0x80 || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) }) else { return nil }
        let text = String(decoding: word, as: UTF8.self)
        guard let nearest = candidates.table.nearest(to: text), let keyword = candidates.keywords[nearest] else { return nil }
        return (keyword, nearest)
    }

    /// A property typo (`folger BY1`) stands after the arguments and before a value; then it is
    /// reported, fixed and read as the property, so the statement keeps what it says.
    private mutating func misspelledProperty(afterArguments: Bool) -> Keyword? {
        guard afterArguments, let (keyword, spelling) = misspelledKeyword(among: Parser.propertySpellings) else { return nil }
        reportMisspelled(token, as: spelling, what: .property)
        token.kind = .keyword
        token.keyword = keyword
        return keyword
    }

    private mutating func reportMisspelled(_ found: Token, as spelling: String, what: UnexpectedToken.Says.Misspelled) {
        typealias Says = UnexpectedToken.Says
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[found.range]), as: UTF8.self)
        let at = span(found)
        diagnostics.report(UnexpectedToken.description, Says.misspelled(text: text, what: what, spelling: spelling),
                           at: at, label: Says.unknown(what), help: Says.write(spelling: spelling),
                           fixes: [Fix(Says.replace(text: text, spelling: spelling), [Edit(at, spelling)])])
    }

    private var lastEnd: Int32 = 0

    private mutating func fail(_ index: Int) -> Bool {
        tree.statements[index].end = max(tree.statements[index].end, lastEnd)
        return false
    }

    /// argument = IDENT | STRING | NUMBER [ unit ] | when | value-word ;
    private var isArgumentStart: Bool {
        switch token.kind {
        case .identifier, .string, .blockString, .number, .date, .week: true
        case .keyword: token.keyword.isValueWord
        default: false
        }
    }

    // property = keyword value { "," value } ;
    private mutating func parseProperty() -> Bool {
        let keyword = token
        lastEnd = token.end
        advance()
        let firstValue = Int32(tree.values.count)
        guard parseValue(after: keyword) else { return false }
        while token.kind == .comma {
            advance()
            skipNewlines()
            guard parseValue(after: keyword) else { return false }
        }
        tree.properties.append(PropertyNode(keyword: keyword.keyword, name: keyword.start..<keyword.end,
                                            values: firstValue..<Int32(tree.values.count)))
        return true
    }

    // value = IDENT | STRING | NUMBER [ unit ] | when | value-word ;
    private mutating func parseValue(after property: Token?) -> Bool {
        let first = token
        var node = ValueNode(first: first.start..<first.end, second: first.end..<first.end,
                             kind: .identifier, keyword: .none, isInvalid: first.isInvalid,
                             firstKind: first.kind, secondKind: .endOfFile)
        switch first.kind {
        case .identifier:
            node.kind = .identifier
        case .string, .blockString:
            node.kind = .string
        case .number:
            node.kind = .number
        case .date, .week:
            advance()
            lastEnd = first.end
            return parseWhen(&node)
        case .keyword where first.keyword.isValueWord:
            node.kind = .word
            node.keyword = first.keyword
        default:
            if let property {
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[property.range]), as: UTF8.self)
                expected(.valueAfter(property: name))
            } else {
                expected(.value)
            }
            return false
        }
        advance()
        lastEnd = first.end
        // NUMBER [ unit ]
        if node.kind == .number, token.kind == .keyword, token.keyword.isUnit {
            node.kind = .duration
            node.keyword = token.keyword
            node.second = token.start..<token.end
            node.secondKind = .keyword
            lastEnd = token.end
            advance()
        }
        tree.values.append(node)
        return true
    }

    // when = ( DATE | WEEK ) [ ".." ( DATE | WEEK ) ] ;
    private mutating func parseWhen(_ node: inout ValueNode) -> Bool {
        node.kind = .when
        if token.kind == .dotDot {
            advance()
            skipNewlines()
            guard token.kind == .date || token.kind == .week else {
                expected(.rangeEnd)
                return false
            }
            node.kind = .range
            node.second = token.start..<token.end
            node.secondKind = token.kind
            node.isInvalid = node.isInvalid || token.isInvalid
            lastEnd = token.end
            advance()
            checkRangeOrder(&node)
        }
        tree.values.append(node)
        return true
    }

    /// A range that ends before it starts is K004, like an impossible date.
    private mutating func checkRangeOrder(_ node: inout ValueNode) {
        guard !node.isInvalid,
              let start = DateValue.day(bytes, node.first, node.firstKind),
              let end = DateValue.day(bytes, node.second, node.secondKind) else { return }
        // A week as the end of a range means the whole week, up to its Sunday.
        let last = node.secondKind == .week ? end + 6 : end
        if last < start {
            node.isInvalid = true
            diagnostics.report(InvalidDate.description, InvalidDate.Says.endsBeforeStart(end: "\(last)", start: "\(start)"),
                               at: Span(file: tree.file, start: node.start, end: node.end),
                               label: InvalidDate.Says.endsBeforeStartLabel, help: InvalidDate.Says.swapEnds)
        }
    }

    // block = "{" body "}" ;
    private mutating func parseOptionalBlock(_ index: Int, depth: Int) -> Bool {
        guard token.kind == .leftBrace else { return true }
        let open = token
        tree.statements[index].blockOpen = open.start
        advance()
        if depth + 1 > maxDepth {
            diagnostics.report(TooDeep.description, TooDeep.Says.nestedTooDeep(maxDepth: maxDepth),
                               at: span(open), label: TooDeep.Says.levelsDeep(maxDepth + 1),
                               help: TooDeep.Says.fewLevels)
            skipBalancedBlock(open: open)
            tree.statements[index].end = max(tree.statements[index].end, lastEnd)
            return false
        }
        parseBody(parent: Int32(index), depth: depth + 1)
        if token.kind == .rightBrace {
            tree.statements[index].blockClose = token.start
            tree.statements[index].end = token.end
            lastEnd = token.end
            advance()
        } else {
            reportUnclosed(open)
            tree.statements[index].end = token.start
        }
        return true
    }

    /// A run of `}` that close no block (with only white space and separators between them)
    /// is one K006: 100,000 of them are one finding, not 100,000.
    private mutating func reportUnmatchedBraces() {
        let first = token
        var last = token, count = 0
        while token.kind == .rightBrace || token.kind == .newline || token.kind == .semicolon {
            if token.kind == .rightBrace { last = token; count += 1 }
            advance()
        }
        let run = Span(file: tree.file, start: first.start, end: last.end)
        if count == 1 {
            diagnostics.report(UnclosedBlock.description, UnclosedBlock.Says.closesNoBlock, at: run,
                               label: UnclosedBlock.Says.noOpenBlock, help: UnclosedBlock.Says.removeIt)
        } else {
            diagnostics.report(UnclosedBlock.description, UnclosedBlock.Says.closeNoBlock(count: count), at: run,
                               label: UnclosedBlock.Says.noOpenBlock, help: UnclosedBlock.Says.removeThem)
        }
    }

    private mutating func reportUnclosed(_ open: Token) {
        tree.hasUnclosedBlock = true
        let endOfFile = Span(file: tree.file, start: token.start, end: token.start)
        diagnostics.report(UnclosedBlock.description, UnclosedBlock.Says.neverClosed, at: span(open), label: UnclosedBlock.Says.blockOpensHere,
                           secondary: [Label(endOfFile, UnclosedBlock.Says.fileEndsInBlock)],
                           help: UnclosedBlock.Says.addClosingBrace)
    }

    /// Skips a block too deep to parse, iteratively (no recursion on hostile input).
    private mutating func skipBalancedBlock(open: Token) {
        var depth = 1
        while token.kind != .endOfFile {
            if token.kind == .leftBrace { depth += 1 }
            if token.kind == .rightBrace {
                depth -= 1
                if depth == 0 {
                    lastEnd = token.end
                    advance()
                    return
                }
            }
            // Found by fuzzing the parser: without this, a too-deep block left open to the end
            // of the file ended its statement at a stale offset, before the statement's start.
            lastEnd = token.end
            advance()
        }
        reportUnclosed(open)
    }

    // MARK: - Recovery

    /// Reports K005 at the current token and skips to the next statement.
    private mutating func expected(_ what: UnexpectedToken.Says.Expected) {
        diagnostics.report(UnexpectedToken.description, UnexpectedToken.Says.expected(what, found: token.kind, text: quoted(token)), at: span(token),
                           label: UnexpectedToken.Says.unexpectedHere)
        synchronize()
    }

    /// Skips to the next separator at this block depth; a nested `{…}` is skipped whole and a
    /// `}` that closes the enclosing block is left for it. Always makes progress.
    private mutating func synchronize() {
        var depth = 0
        if token.kind == .rightBrace {
            // Progress guard: a stray `}` at the top level is consumed by the body loop.
            return
        }
        while token.kind != .endOfFile {
            switch token.kind {
            case .leftBrace:
                depth += 1
            case .rightBrace:
                if depth == 0 { return }
                depth -= 1
            case .newline, .semicolon:
                if depth == 0 { return }
            default:
                break
            }
            lastEnd = token.end
            advance()
        }
    }
}

/// Reading the day a date or week token names.
public enum DateValue {
    static func day(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int32>, _ kind: TokenKind) -> Day? {
        switch kind {
        case .date: Day.parseDate(bytes, Int(range.lowerBound))
        case .week: Day.parseWeek(bytes, Int(range.lowerBound))
        default: nil
        }
    }
}
