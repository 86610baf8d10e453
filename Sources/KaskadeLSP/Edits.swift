// Formatting and quick fixes: both turn Kaskade's byte edits into LSP text edits.
//
// Formatting is `kaskade fmt`'s layout, sent as one edit covering the lines that differ (the
// common head and tail are left alone, so the client keeps its marks there); a file that
// does not parse is not formatted. A quick fix is a fix a finding carries, offered for
// the findings whose range meets the requested one.

import KaskadeDiagnostics
import KaskadeFormat

extension Server {
    func formatting(_ params: FormattingParams) -> [TextEdit] {
        guard let (source, _) = currentTree(params.textDocument.uri) else { return [] }
        switch PlanFormatter.format(source) {
        case .syntaxErrors(let findings):
            let first = findings.first.map { "\($0.rule.code): \(PersonalID.mask($0.message.text(language)))" }
            showMessage(language == .danish ? "kaskade: filen er ikke formateret, da den ikke kan læses (\(first ?? "syntaksfejl"))"
                                            : "kaskade: the file is not formatted: it does not parse (\(first ?? "syntax error"))", type: 2)
            return []
        case .formatted(var bytes):
            if source.bomLength > 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            return Server.minimalEdit(from: source, to: bytes, encoding: encoding).map { [$0] } ?? []
        }
    }

    /// One edit replacing the lines between the common first and last lines of two texts.
    static func minimalEdit(from source: SourceFile, to new: [UInt8], encoding: PositionEncoding) -> TextEdit? {
        let old = source.bytes
        if old == new { return nil }
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        // Back to a line start, so that the edit covers whole lines.
        while head > 0, old[head - 1] != 0x0A { head -= 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        while tail > 0, old[old.count - tail - 1] != 0x0A { tail -= 1 }
        let replaced = String(decoding: new[head..<(new.count - tail)], as: UTF8.self)
        return TextEdit(range: LSPRange(start: source.position(of: head, encoding: encoding),
                                        end: source.position(of: old.count - tail, encoding: encoding)),
                        newText: replaced)
    }

    func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        if let only = params.context?.only, !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0) }) { return [] }
        guard let (analysis, file) = freshAnalysis(for: params.textDocument.uri) else { return [] }
        let source = analysis.plan.sources[file]
        let low = source.offset(of: params.range.start, encoding: encoding), high = source.offset(of: params.range.end, encoding: encoding)
        var actions: [CodeAction] = []
        for finding in analysis.report.diagnostics where finding.primary.span.file == file && !finding.fixes.isEmpty {
            guard Int(finding.primary.span.start) <= high, low <= Int(finding.primary.span.end) else { continue }
            for fix in finding.fixes {
                var changes: [String: [TextEdit]] = [:]
                for edit in fix.edits {
                    guard let place = location(edit.span, analysis) else { continue }
                    changes[place.uri, default: []].append(TextEdit(range: place.range, newText: edit.replacement))
                }
                actions.append(CodeAction(title: fix.title.text(language), kind: "quickfix", diagnostics: [lspDiagnostic(finding, analysis)],
                                          isPreferred: finding.fixes.count == 1, edit: WorkspaceEdit(changes: changes)))
            }
        }
        return actions
    }
}
