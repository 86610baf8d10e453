// The formatter and the exports: plan text in the one canonical layout, and the resolved plan
// as a graph (DOT, Mermaid), a calendar (text, iCalendar) and JSON; and the starting plan of
// `kaskade init`.
//
// The formatter works from the syntax tree and the source bytes only: every token is copied
// from the source (a keyword respelled only when asked), so formatting can change layout and
// never meaning, and every comment is kept beside the token it followed. It must never
// format a file that did not parse cleanly (any K0xx finding): what the parser skipped would
// be lost. The exports read the resolved plan and never change it.

import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax

public struct FormatOptions: Sendable {
    /// Respell every keyword in this style; nil keeps the author's spelling of each.
    public var keywords: Keyword.Style?

    public init(keywords: Keyword.Style? = nil) { self.keywords = keywords }
}

public enum FormatOutcome: Sendable {
    /// The file in the canonical layout (possibly identical to the input).
    case formatted([UInt8])
    /// The file has syntax findings (K0xx) and is not formatted; they are here, in stable order.
    case syntaxErrors([Diagnostic])
}

public enum PlanFormatter {
    /// Formats one file's text, or returns its syntax findings.
    public static func format(_ source: SourceFile, options: FormatOptions = FormatOptions()) -> FormatOutcome {
        let (tree, diagnostics) = Parser.parse(source, file: 0)
        let syntax = diagnostics.filter { $0.rule.number < 100 }
        if !syntax.isEmpty { return .syntaxErrors(syntax.sorted(by: Diagnostic.stableOrder)) }
        var layout = Layout(bytes: source.bytes, tree: tree, style: options.keywords)
        layout.run()
        var out: [UInt8] = source.bomLength > 0 ? [0xEF, 0xBB, 0xBF] : []
        out += layout.out
        return .formatted(out)
    }

    /// Formats text (for tests and the REPL); nil when it has syntax findings.
    public static func format(text: String, options: FormatOptions = FormatOptions()) -> String? {
        guard case .formatted(let bytes) = format(SourceFile(path: "<text>", text: text), options: options) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One pass over the statements in source order, writing the canonical layout and
/// interleaving the comments by byte offset.
///
/// `cursor` is the source offset just past the last token or comment written. The bytes
/// between it and the next thing are only blanks, `;` and line breaks, so looking for line
/// breaks there tells whether a comment stands at the end of the line just written and
/// whether the author left a blank line.
struct Layout {
    let bytes: [UInt8]
    let tree: SyntaxTree
    let style: Keyword.Style?
    let newline: [UInt8]
    var out: [UInt8] = []
    private var cursor: Int32 = 0
    private var nextComment = 0
    /// Nothing written yet in the current block (or file): a blank line here is dropped.
    private var atBlockStart = true

    init(bytes: [UInt8], tree: SyntaxTree, style: Keyword.Style?) {
        self.bytes = bytes
        self.tree = tree
        self.style = style
        // The file's own line ending: CRLF if its first line ends so, else LF.
        let firstBreak = bytes.firstIndex(of: 0x0A)
        self.newline = firstBreak.map { $0 > 0 && bytes[$0 - 1] == 0x0D } == true ? [0x0D, 0x0A] : [0x0A]
        out.reserveCapacity(bytes.count + bytes.count / 8)
    }

    mutating func run() {
        for index in tree.children(of: -1) { statement(index, depth: 0) }
        comments(before: Int32.max, depth: 0)
        if !out.isEmpty { out += newline }
    }

    // MARK: - Statements

    // statement = keyword { argument } { property } [ block ] ;
    private mutating func statement(_ index: Int, depth: Int) {
        let node = tree.statements[index]
        comments(before: node.start, depth: depth)
        startLine(depth: depth, blankIfBefore: node.start)
        let pieces = header(node)
        for (position, piece) in pieces.enumerated() {
            if position > 0 { join(piece, depth: depth) }
            write(piece)
        }
        guard node.hasBlock else { return }
        // block = "{" body "}" ;
        let children = Array(tree.children(of: index))
        let hasComments = nextComment < tree.comments.count && tree.comments[nextComment].lowerBound < node.blockClose
        if children.isEmpty, !hasComments {
            out += Array(" {}".utf8)
            cursor = node.blockClose + 1
            return
        }
        out += Array(" {".utf8)
        cursor = node.blockOpen + 1
        atBlockStart = true
        for child in children { statement(child, depth: depth + 1) }
        comments(before: node.blockClose, depth: depth + 1)
        startLine(depth: depth, blankIfBefore: nil)
        out.append(UInt8(ascii: "}"))
        cursor = node.blockClose + 1
    }

    /// A piece of a statement's line: text copied or respelled from the source, and where
    /// it came from. `glued` pieces follow the previous one without a space (a range's end).
    struct Piece {
        var text: [UInt8]
        var start: Int32
        var end: Int32
        var glued = false
    }

    /// The statement's tokens as pieces: keyword, arguments, then each property keyword with
    /// its values joined `A, B`.
    private func header(_ node: StatementNode) -> [Piece] {
        var pieces = [Piece(text: keyword(node.keyword, node.name), start: node.name.lowerBound, end: node.name.upperBound)]
        for value in tree.arguments(of: node) { append(value, comma: false, to: &pieces) }
        for property in tree.properties(of: node) {
            pieces.append(Piece(text: keyword(property.keyword, property.name),
                                start: property.name.lowerBound, end: property.name.upperBound))
            let values = tree.values(of: property)
            for (offset, value) in values.enumerated() {
                append(value, comma: offset < values.count - 1, to: &pieces)
            }
        }
        return pieces
    }

    // value = IDENT | STRING | NUMBER [ unit ] | when | keyword ;
    private func append(_ value: ValueNode, comma: Bool, to pieces: inout [Piece]) {
        var first = Piece(text: source(value.first), start: value.first.lowerBound, end: value.first.upperBound)
        switch value.kind {
        case .word:
            first.text = keyword(value.keyword, value.first)
        case .duration:
            first.text += [UInt8(ascii: " ")] + keyword(value.keyword, value.second)
            first.end = value.second.upperBound
        case .range:
            // A line may break after `..`, so a comment can stand between the two ends.
            first.text += Array("..".utf8)
            pieces.append(first)
            first = Piece(text: source(value.second), start: value.second.lowerBound, end: value.second.upperBound, glued: true)
        default:
            break
        }
        if comma { first.text.append(UInt8(ascii: ",")) }
        pieces.append(first)
    }

    private func source(_ range: Range<Int32>) -> [UInt8] {
        Array(bytes[Int(range.lowerBound)..<Int(range.upperBound)])
    }

    private func keyword(_ keyword: Keyword, _ range: Range<Int32>) -> [UInt8] {
        guard let style, keyword != .none else { return source(range) }
        return Array(keyword.spelled(style).utf8)
    }

    /// What goes between two pieces of one statement: a space, or, where the author wrote a
    /// comment after `,` or `..`, the comment and a continuation line.
    private mutating func join(_ piece: Piece, depth: Int) {
        var broke = false
        while nextComment < tree.comments.count, tree.comments[nextComment].lowerBound < piece.start {
            let comment = tree.comments[nextComment]
            if !breaksLine(from: cursor, to: comment.lowerBound) {
                out.append(UInt8(ascii: " "))
            } else {
                newLine(indent: depth + 2)
            }
            writeComment(comment)
            broke = true
        }
        if broke {
            newLine(indent: depth + 2)
        } else if !piece.glued {
            out.append(UInt8(ascii: " "))
        }
    }

    private mutating func write(_ piece: Piece) {
        out += piece.text
        cursor = piece.end
    }

    // MARK: - Comments and lines

    /// Writes the comments that come before `offset`: at the end of the line just written
    /// when the author put them there, else each on its own line at `depth`.
    private mutating func comments(before offset: Int32, depth: Int) {
        while nextComment < tree.comments.count, tree.comments[nextComment].lowerBound < offset {
            let comment = tree.comments[nextComment]
            if !out.isEmpty, !breaksLine(from: cursor, to: comment.lowerBound) {
                out.append(UInt8(ascii: " "))
            } else {
                startLine(depth: depth, blankIfBefore: comment.lowerBound)
            }
            writeComment(comment)
        }
    }

    /// `#` and its text, without trailing blanks.
    private mutating func writeComment(_ comment: Range<Int32>) {
        var end = Int(comment.upperBound)
        while end > Int(comment.lowerBound), bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        out += bytes[Int(comment.lowerBound)..<end]
        cursor = comment.upperBound
        nextComment += 1
    }

    /// Ends the current line and indents the next; keeps one blank line if the author left
    /// at least one before `blankIfBefore` (never at the start of a block or file, never before `}`).
    private mutating func startLine(depth: Int, blankIfBefore next: Int32?) {
        if let next, !atBlockStart, blankLines(from: cursor, to: next) {
            out += newline
        }
        if !out.isEmpty { out += newline }
        indent(depth)
        atBlockStart = false
    }

    private mutating func newLine(indent depth: Int) {
        out += newline
        indent(depth)
    }

    private mutating func indent(_ depth: Int) {
        out += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    private func breaksLine(from start: Int32, to end: Int32) -> Bool {
        var index = Int(start)
        while index < Int(end) {
            if bytes[index] == 0x0A { return true }
            index += 1
        }
        return false
    }

    /// Whether a line that holds only blanks lies between the two offsets (a line holding
    /// only `;` is not blank: it separates nothing the reader sees as a paragraph).
    private func blankLines(from start: Int32, to end: Int32) -> Bool {
        var afterBreak = false
        var index = Int(start)
        while index < Int(end) {
            switch bytes[index] {
            case 0x0A:
                if afterBreak { return true }
                afterBreak = true
            case 0x20, 0x09, 0x0D:
                break
            default:
                afterBreak = false
            }
            index += 1
        }
        return false
    }
}
