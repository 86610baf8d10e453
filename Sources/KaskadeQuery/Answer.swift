// KaskadeQuery answers leaders' questions over a checked plan: tree, show, trace, why,
// check, calendar, overdue, coverage, gaps, find. It reads the plan and its findings and
// never prints, reads files or changes the plan; the REPL and `kaskade query` do the talking.
//
// What a query returns: a small value type per question, which lays itself out as text for a
// terminal of a given width (tables whose widest columns give way, trees drawn with box
// lines) and encodes itself as JSON with Foundation's JSONEncoder for programs. The text and
// the JSON carry the same content; long answers are cut to a stated number of rows in both.

import Foundation
import KaskadeCSV
import KaskadeDiagnostics

/// The questions leaders ask of a loaded plan, one function per command; each answers from
/// a `QueryIndex` and returns a value that renders as text and as JSON.
public enum Queries {}

/// An answer to one query.
public protocol Answer: Encodable, Sendable {
    /// The answer for people, for a terminal `width` columns wide (`Int.max`: never cut),
    /// in `language` (the JSON carries the same content; only the words around it differ).
    func text(width: Int, language: Language) -> String
}

/// An answer that is a table (coverage, gaps, calendar, overdue, find): it can also be
/// written as CSV for a spreadsheet, with whole cells (nothing cut) and plain counts.
public protocol TabularAnswer: Answer {
    func table(language: Language) -> (columns: [String], rows: [[String]])
}

/// A query that could not be answered; the message says why and, where it can, what to type.
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The two ways an answer is written out. Both mask CPR-shaped numbers, as every output of
/// plan text must.
public enum AnswerOutput {
    public static func text(_ answer: any Answer, width: Int, language: Language) -> String {
        PersonalID.mask(answer.text(width: width, language: language))
    }

    /// A table answer as CSV (tool.md, "CSV for Excel"); `byteOrderMark` for a file, not for a
    /// terminal. Other answers are tables of nothing: nil.
    public static func csv(_ answer: any Answer, language: Language, separator: UInt8 = 0x3B, byteOrderMark: Bool = true) -> [UInt8]? {
        guard let tabular = answer as? any TabularAnswer else { return nil }
        let (columns, rows) = tabular.table(language: language)
        var writer = CSVWriter(separator: separator)
        writer.row(columns)
        for row in rows { writer.row(row.map(PersonalID.mask)) }
        return byteOrderMark ? writer.bytes : Array(writer.bytes.dropFirst(3))
    }

    /// Pretty-printed JSON with sorted keys, so that the output is stable across runs.
    public static func json(_ answer: any Answer) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(answer) else { return "{}" }
        return PersonalID.mask(String(decoding: data, as: UTF8.self))
    }
}

/// How many rows or tree nodes an answer shows at most: enough for any real municipality's
/// question, few enough that an answer about 500,000 employees is still instant and readable.
public enum AnswerLimit {
    public static let rows = 1000
    public static let treeNodes = 1000
}

// MARK: - Text layout

/// A table whose flexible columns (titles, details) are shortened with `…` until it fits.
struct TextTable {
    var columns: [String]
    var rows: [[String]]
    /// Columns that may be shortened (the others keep their width).
    var flexible: Set<Int> = []
    /// Columns aligned to the right (counts).
    var numeric: Set<Int> = []

    func lines(width: Int) -> [String] {
        var widths = columns.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        shrink(&widths, toFit: width)
        func line(_ cells: [String]) -> String {
            var out = ""
            for (column, cell) in cells.enumerated() {
                let fitted = Layout.cut(cell, widths[column])
                let pad = String(repeating: " ", count: max(0, widths[column] - fitted.count))
                if column > 0 { out += "  " }
                if numeric.contains(column) { out += pad + fitted } else { out += column == cells.count - 1 ? fitted : fitted + pad }
            }
            return out
        }
        return [line(columns), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(line)
    }

    /// Takes columns away from the widest flexible column until the table fits (a flexible
    /// column keeps at least 8 characters).
    private func shrink(_ widths: inout [Int], toFit width: Int) {
        guard width < Int.max / 2 else { return }
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
        let candidates = flexible.sorted()
        while excess > 0 {
            guard let widest = candidates.filter({ widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }
}

public struct TreeNode: Encodable, Sendable, Equatable {
    public var id: String
    /// The plan's keyword for it (`mål`, `uddannelse`, `virksomhed`), or empty for a note.
    public var kind: String
    public var title: String
    public var note: String?
    public var children: [TreeNode]

    public init(id: String, kind: String, title: String, note: String? = nil, children: [TreeNode] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.note = note
        self.children = children
    }

    /// `mål BSU1 "Alle børn trives"  (note)`.
    var label: String {
        var text = kind.isEmpty ? id : "\(kind) \(id)"
        if !title.isEmpty { text += " \"\(title)\"" }
        if let note { text += kind.isEmpty && id.isEmpty ? note : "  (\(note))" }
        return text
    }
}

enum Layout {
    /// `text` shortened to `width` characters, ending in `…` when cut; control characters
    /// from the plan's strings are never sent to the terminal.
    static func cut(_ text: String, _ width: Int) -> String {
        let text = safe(text)
        guard width < Int.max / 2, text.count > width else { return text }
        return String(text.prefix(max(0, width - 1))) + "…"
    }

    /// The text with control characters (C0, DEL, C1; a plan string may hold `\u{1B}`)
    /// shown as `�`, so that no escape sequence from a plan reaches the terminal.
    static func safe(_ text: String) -> String {
        var needsWork = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { needsWork = true; break }
            previous = byte
        }
        guard needsWork else { return text }
        return String(text.unicodeScalars.map { scalar -> Character in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : Character(scalar)
        })
    }

    /// The lines of trees drawn with box characters, each cut to the width.
    static func tree(_ roots: [TreeNode], width: Int) -> [String] {
        var lines: [String] = []
        func draw(_ node: TreeNode, prefix: String, isLast: Bool, isRoot: Bool) {
            lines.append(cut(isRoot ? node.label : prefix + (isLast ? "└─ " : "├─ ") + node.label, width))
            let inner = isRoot ? "" : prefix + (isLast ? "   " : "│  ")
            for (position, child) in node.children.enumerated() {
                draw(child, prefix: inner, isLast: position == node.children.count - 1, isRoot: false)
            }
        }
        for root in roots { draw(root, prefix: "", isLast: true, isRoot: true) }
        return lines
    }

    /// `12 (67%)`, `12 (67 %)`.
    static func share(_ count: Int, of total: Int, _ language: Language) -> String {
        total == 0 ? "0" : "\(Count.number(count, language)) (\(Count.percent(count, of: total, language)))"
    }

    /// A table's header from its `|`-separated rendering.
    static func columns(_ words: QuerySays, _ language: Language) -> [String] {
        words.text(language).split(separator: "|").map(String.init)
    }
}
