// Answers to leaders' questions, in one shape that renders as text (trees and tables that
// fit the terminal) and as JSON (the same content, for programs).

import Foundation
import KaskadeDiagnostics

public struct Answer: Encodable, Sendable {
    public var command: String
    public var title: String
    public var tree: [TreeNode]?
    public var table: Table?
    public var fields: [Field]?
    /// Findings, for `check` (rendered as in `kaskade check`).
    public var findings: [JSONRenderer.Finding]?
    public var summary: String?
    /// Text already laid out (findings with their source lines).
    public var text: String?

    public init(command: String, title: String) {
        self.command = command
        self.title = title
    }

    enum CodingKeys: String, CodingKey { case command, title, tree, table, fields, findings, summary }
}

public struct TreeNode: Encodable, Sendable {
    public var id: String
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
}

public struct Table: Encodable, Sendable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }
}

public struct Field: Encodable, Sendable {
    public var name: String
    public var value: String
}

public enum AnswerRenderer {
    public static func json(_ answer: Answer) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(answer)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Text for a terminal `width` columns wide: long lines are cut with `…`.
    public static func text(_ answer: Answer, width: Int = 100) -> String {
        var lines: [String] = []
        if !answer.title.isEmpty { lines.append(answer.title) }
        if let text = answer.text { return (lines + [text]).joined(separator: "\n") }
        if let fields = answer.fields {
            let nameWidth = fields.map(\.name.count).max() ?? 0
            for field in fields {
                lines.append("  " + field.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + field.value)
            }
        }
        if let tree = answer.tree {
            for (index, node) in tree.enumerated() { render(node, prefix: "", isLast: index == tree.count - 1, isRoot: true, into: &lines) }
        }
        if let table = answer.table { lines += render(table) }
        if let summary = answer.summary { lines.append(summary) }
        return lines.map { cut($0, width) }.joined(separator: "\n")
    }

    static func label(_ node: TreeNode) -> String {
        var text = node.kind.isEmpty ? node.id : "\(node.kind) \(node.id)"
        if !node.title.isEmpty { text += " \"\(node.title)\"" }
        if let note = node.note { text += "  (\(note))" }
        return text
    }

    static func render(_ node: TreeNode, prefix: String, isLast: Bool, isRoot: Bool, into lines: inout [String]) {
        lines.append(isRoot ? label(node) : prefix + (isLast ? "└─ " : "├─ ") + label(node))
        let childPrefix = isRoot ? "" : prefix + (isLast ? "   " : "│  ")
        for (index, child) in node.children.enumerated() {
            render(child, prefix: childPrefix, isLast: index == node.children.count - 1, isRoot: false, into: &lines)
        }
    }

    static func render(_ table: Table) -> [String] {
        var widths = table.columns.map(\.count)
        for row in table.rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return [line(table.columns), line(widths.map { String(repeating: "─", count: $0) })] + table.rows.map(line)
    }

    static func cut(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(max(1, width - 1))) + "…"
    }
}
