// What one check produced: the findings in stable order and the figures for the summary.

public struct Report: Sendable {
    public var sources: SourceSet
    public var diagnostics: [Diagnostic]
    public var statementCount: Int
    /// Findings hidden by an `undtagelse` (listed with `--show-suppressed`).
    public var suppressed: [Diagnostic]
    /// Findings hidden because the baseline already knows them.
    public var baselined: Int
    /// The rules the plan was checked against (SARIF's rule table, JUnit's test cases).
    public var rules: RuleBook

    public init(sources: SourceSet, diagnostics: [Diagnostic], statementCount: Int,
                suppressed: [Diagnostic] = [], baselined: Int = 0, rules: RuleBook) {
        self.rules = rules
        self.sources = sources
        self.diagnostics = diagnostics
        self.statementCount = statementCount
        self.suppressed = suppressed
        self.baselined = baselined
    }

    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    public var fileCount: Int { sources.files.count }

    /// `2 errors, 1 warning in 3 files, 412 statements`.
    public var summaryLine: String {
        var parts = [plural(count(.error), "error"), plural(count(.warning), "warning")]
        let infos = count(.info)
        if infos > 0 { parts.append(plural(infos, "info")) }
        var line = parts.joined(separator: ", ")
            + " in \(plural(fileCount, "file")), \(plural(statementCount, "statement"))"
        if !suppressed.isEmpty { line += " (\(suppressed.count) suppressed by exceptions)" }
        if baselined > 0 { line += " (\(baselined) known from the baseline)" }
        return line
    }

    private func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    /// Where a span is, for humans and for the machine formats.
    public func position(_ span: Span) -> Position {
        let file = sources[span.file]
        let start = file.location(of: Int(span.start))
        let end = file.location(of: Int(span.end))
        return Position(path: file.path, line: start.line, column: start.column,
                        endLine: end.line, endColumn: end.column)
    }
}

public struct Position: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
}
