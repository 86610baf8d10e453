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
    /// The language the renderers speak (tool.md, "Language"): findings keep every rendering,
    /// so this can be chosen after the plan is read.
    public var language: Language

    public init(sources: SourceSet, diagnostics: [Diagnostic], statementCount: Int,
                suppressed: [Diagnostic] = [], baselined: Int = 0, rules: RuleBook, language: Language = .english) {
        self.rules = rules
        self.language = language
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

    /// `2 errors, 1 warning in 3 files, 412 statements` / `2 fejl, 1 advarsel i 3 filer, 412 sætninger`.
    public var summaryLine: String {
        var line = EngineSays.summary(errors: count(.error), warnings: count(.warning), infos: count(.info),
                                      files: fileCount, statements: statementCount).text(language)
        if !suppressed.isEmpty { line += EngineSays.suppressed(suppressed.count).text(language) }
        if baselined > 0 { line += EngineSays.baselined(baselined).text(language) }
        return line
    }

    /// A phrase of a finding in the report's language, CPR-shaped numbers masked.
    public func say(_ phrase: Phrase) -> String { PersonalID.mask(phrase.text(language)) }

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
