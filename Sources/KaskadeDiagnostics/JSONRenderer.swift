// Findings for programs: `{ "version": 1, "findings": [...], "summary": {...} }`.

import Foundation

public struct JSONRenderer {
    public init() {}

    public struct Document: Codable, Sendable {
        public var version: Int
        public var findings: [Finding]
        public var summary: Summary
        public var suppressed: [Finding]?
    }

    public struct Finding: Codable, Sendable, Hashable {
        public var rule: String
        public var name: String
        public var level: String
        public var message: String
        public var file: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        public var related: [Related]
        public var notes: [String]
        public var help: String?
        public var fixes: [FixEntry]
    }

    /// A fix as data: its title and its edits, each a replacement of a range of one file
    /// (line and column as in `file:line:column`, and the byte offsets of the file).
    public struct FixEntry: Codable, Sendable, Hashable {
        public var title: String
        public var edits: [EditEntry]
    }

    public struct EditEntry: Codable, Sendable, Hashable {
        public var file: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        public var offset: Int
        public var endOffset: Int
        public var text: String
    }

    public struct Related: Codable, Sendable, Hashable {
        public var message: String
        public var file: String
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
    }

    public struct Summary: Codable, Sendable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        public var files: Int
        public var statements: Int
        public var suppressed: Int
        public var baselined: Int
    }

    public static func finding(_ diagnostic: Diagnostic, in report: Report) -> Finding {
        let position = report.position(diagnostic.primary.span)
        return Finding(
            rule: diagnostic.rule.code, name: diagnostic.name, level: diagnostic.severity.rawValue,
            message: report.say(diagnostic.message), file: position.path,
            line: position.line, column: position.column,
            endLine: position.endLine, endColumn: position.endColumn,
            related: diagnostic.secondary.map { label in
                let at = report.position(label.span)
                return Related(message: report.say(label.message), file: at.path, line: at.line,
                               column: at.column, endLine: at.endLine, endColumn: at.endColumn)
            },
            notes: diagnostic.notes.map(PersonalID.mask),
            help: diagnostic.help.map(report.say),
            fixes: diagnostic.fixes.map { fix in
                FixEntry(title: report.say(fix.title), edits: fix.edits.map { edit in
                    let at = report.position(edit.span)
                    return EditEntry(file: at.path, line: at.line, column: at.column, endLine: at.endLine,
                                     endColumn: at.endColumn, offset: Int(edit.span.start),
                                     endOffset: Int(edit.span.end), text: edit.replacement)
                })
            })
    }

    public func document(_ report: Report, includeSuppressed: Bool = false) -> Document {
        Document(
            version: 1,
            findings: report.diagnostics.map { JSONRenderer.finding($0, in: report) },
            summary: Summary(errors: report.count(.error), warnings: report.count(.warning),
                             infos: report.count(.info), files: report.fileCount,
                             statements: report.statementCount, suppressed: report.suppressed.count,
                             baselined: report.baselined),
            suppressed: includeSuppressed ? report.suppressed.map { JSONRenderer.finding($0, in: report) } : nil)
    }

    public func render(_ report: Report, includeSuppressed: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(report, includeSuppressed: includeSuppressed))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
