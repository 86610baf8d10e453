// One diagnostic type for every finding Kaskade reports, whatever stage found it.
//
// Every renderer (text, JSON, SARIF, GitHub, JUnit) takes this same value, so all
// formats say the same thing. The message must make sense on its own: it is all
// that the one-line and GitHub formats show.

public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case error, warning, info

    /// The Danish word used in `regel … niveau`.
    public var danish: String {
        switch self {
        case .error: "fejl"
        case .warning: "advarsel"
        case .info: "info"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors sort first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A location with a short message, shown under the source line.
public struct Label: Sendable, Hashable {
    public var span: Span
    public var message: Phrase

    public init(_ span: Span, phrase: Phrase = .empty) {
        self.span = span
        self.message = phrase
    }
}

/// One replacement of the bytes a span covers (an empty span inserts).
public struct Edit: Sendable, Hashable {
    public var span: Span
    public var replacement: String

    public init(_ span: Span, _ replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

/// A concrete change to the text that resolves a finding: what the help line says, as edits.
/// Computed once by the rule; the JSON output lists it and the language server offers it as
/// a quick fix.
public struct Fix: Sendable, Hashable {
    public var title: Phrase
    public var edits: [Edit]

    public init(phrase title: Phrase, _ edits: [Edit]) {
        self.title = title
        self.edits = edits
    }
}

public struct Diagnostic: Sendable, Hashable {
    public var rule: RuleCode
    /// The rule's kebab-case name, as every output names it beside the code.
    public var name: String
    public var severity: Severity
    public var message: Phrase
    public var primary: Label
    public var secondary: [Label]
    public var notes: [String]
    public var help: Phrase?
    public var fixes: [Fix]
    /// What the finding is *about*, as opposed to where it points: the index of the unit
    /// (or direktion) whose duty it is, so that an `undtagelse` in that unit hides it even
    /// when it points at the area's KOMPUS. nil: about the plan as a whole (or as text).
    public var subject: Int?

    public init(
        _ rule: RuleDescription, _ message: some Message, at primary: Label,
        secondary: [Label] = [], notes: [String] = [], help: (any Message)? = nil,
        fixes: [Fix] = [], severity: Severity? = nil, subject: Int? = nil
    ) {
        self.rule = rule.rule
        self.name = rule.name
        self.fixes = fixes
        self.message = Phrase(message)
        self.primary = primary
        self.secondary = secondary
        self.help = help.map { Phrase($0) }
        self.severity = severity ?? rule.level
        self.subject = subject
        // The guideline sentence the rule enforces is always the first note.
        self.notes = rule.guideline.isEmpty ? notes : [rule.guideline] + notes
    }

    /// The stable order of rules.md: by file, line, column, rule.
    /// Offsets order the same way as line and column within a file.
    public static func stableOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let x = a.primary.span, y = b.primary.span
        if x.file != y.file { return x.file < y.file }
        if x.start != y.start { return x.start < y.start }
        if a.rule != b.rule { return a.rule < b.rule }
        if x.end != y.end { return x.end < y.end }
        return a.message < b.message
    }
}

/// Collects findings from one stage; stages append, the driver sorts once at the end.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Says that the findings from `start` on are about `unit` (those that name none yet).
    public mutating func assignSubject(_ unit: Int?, from start: Int) {
        guard let unit else { return }
        for index in start..<diagnostics.count where diagnostics[index].subject == nil { diagnostics[index].subject = unit }
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var isEmpty: Bool { diagnostics.isEmpty }
    public var count: Int { diagnostics.count }
}
