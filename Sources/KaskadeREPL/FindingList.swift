// The findings of a load, as one line each, for the REPL's opening screen, `:load` and
// `:reload`: a leader sees what is wrong before the first prompt, without scrolling away.

import KaskadeDiagnostics

public enum FindingList {
    /// `file:line:col: level[K305]: message` per finding, at most `limit` of them, then how many
    /// more there are and where to see them.
    public static func lines(_ report: Report, limit: Int) -> [String] {
        let renderer = TextRenderer(useColor: false)
        var lines = report.diagnostics.prefix(max(0, limit)).map { renderer.oneLine($0, in: report) }
        let rest = report.diagnostics.count - lines.count
        if rest > 0 { lines.append(REPLSays.moreFindings(rest).text(report.language)) }
        return lines
    }

    /// How many finding lines fit on a screen of `rows` rows, leaving room for the summary,
    /// the "and more" line and the prompt.
    public static func screenful(rows: Int) -> Int { max(1, rows - 4) }
}
