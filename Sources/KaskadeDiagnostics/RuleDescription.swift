// What a diagnostic engine needs to know about the rules it reports: a stable code, and a
// description that renderers print (SARIF's rule table, `explain`, docs/rules.md). The
// engine knows no particular rule: each rule's description lives in the rule's own file,
// in the module that checks it, and the catalogue (KaskadeRules) lists them all.

/// A rule's stable identifier: `K` and three digits. Users write it in `regel`, `undtagelse`, baselines
/// and their own documentation, so a number is never reused for another meaning.
public struct RuleCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let number: Int

    public init(_ number: Int) { self.number = number }

    /// `K` and three digits (case-insensitive); nil for anything else.
    public init?(code text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "K") || bytes[0] == UInt8(ascii: "k"),
              bytes[1...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(String(text.dropFirst()))
        else { return nil }
        self.number = number
    }

    /// `K` and three digits, zero-padded.
    public var code: String {
        let digits = String(number)
        return "K" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    public var description: String { code }

    /// Syntax (K0xx) and name (K1xx) findings can be neither turned off nor excepted, except
    /// the two warnings about the plan's own configuration (K111, K114).
    public var isConfigurable: Bool { number >= 200 || number == 111 || number == 114 }

    /// The family a rule belongs to, as SARIF tags it.
    public var family: String { number < 100 ? "syntax" : number < 200 ? "names" : "cascade" }

    public static func < (a: RuleCode, b: RuleCode) -> Bool { a.number < b.number }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = RuleCode(code: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a rule code: \(text)")
        }
        self = code
    }
}

/// One rule as data, SwiftLint's `RuleDescription`: it generates `kaskade rules`,
/// `kaskade explain`, docs/rules.md, SARIF's rule table and the rule's own tests.
public struct RuleDescription: Sendable {
    public let rule: RuleCode
    /// kebab-case, unique: `annual-follow-up`.
    public let name: String
    public let level: Severity
    public let summary: String
    /// The summary and the notes in Danish: `explain`, `rules` and docs/regler.md in Danish.
    public let danishSummary: String
    /// The sentence of the guideline the rule enforces (empty for syntax and name rules).
    public let guideline: String
    /// How the project reads the rule where rules.md leaves room (shown in docs/rules.md).
    public let notes: String
    public let danishNotes: String
    /// Plans that must trigger the rule; `↓` marks where each finding must point, and
    /// `# as-of: DATE` sets `--as-of`.
    public let triggering: [String]
    /// Plans that must not trigger it.
    public let nonTriggering: [String]
    /// The parameters `regel` may set for this rule (`varsel` for K405).
    public let parameters: [String]

    public init(_ number: Int, _ name: String, _ level: Severity, _ summary: String,
                danishSummary: String = "",
                guideline: String = "", notes: String = "", danishNotes: String = "", parameters: [String] = [],
                triggering: [String] = [], nonTriggering: [String] = []) {
        self.rule = RuleCode(number)
        self.name = name
        self.level = level
        self.summary = summary
        self.danishSummary = danishSummary
        self.guideline = guideline
        self.notes = notes
        self.danishNotes = danishNotes
        self.parameters = parameters
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    public var code: String { rule.code }

    public func summary(_ language: Language) -> String {
        switch language {
        case .english: summary
        case .danish: danishSummary
        }
    }

    public func notes(_ language: Language) -> String {
        switch language {
        case .english: notes
        case .danish: danishNotes
        }
    }
    public var isConfigurable: Bool { rule.isConfigurable }
}

/// The rules a report was checked against, in code order: what renderers print about them.
public struct RuleBook: Sendable {
    public let all: [RuleDescription]
    private let byNumber: [Int: Int]

    public init(_ descriptions: [RuleDescription]) {
        all = descriptions.sorted { $0.rule < $1.rule }
        var byNumber: [Int: Int] = [:]
        for (index, description) in all.enumerated() { byNumber[description.rule.number] = index }
        self.byNumber = byNumber
    }

    public subscript(_ code: RuleCode) -> RuleDescription? { byNumber[code.number].map { all[$0] } }

    /// The position of a rule in `all` (SARIF's `ruleIndex`).
    public func index(of code: RuleCode) -> Int? { byNumber[code.number] }

    /// By code (case-insensitive) or by kebab-case name.
    public func lookup(_ text: String) -> RuleDescription? {
        if let code = RuleCode(code: text) { return self[code] }
        let lower = text.lowercased()
        return all.first { $0.name == lower }
    }

    /// Every code and name, for "did you mean" and completion.
    public var spellings: [String] { all.flatMap { [$0.code, $0.name] } }
}
