// What Kaskade says, as values: each rule's messages are the cases of its own `Says` enum,
// rendered in one place, so a new language is a new branch the compiler asks for everywhere.

/// The languages Kaskade speaks. Every message renders itself with an exhaustive switch over
/// them, so adding a language makes the compiler ask for it in every message.
public enum Language: String, Sendable, CaseIterable { case english = "en", danish = "da" }

/// Something Kaskade says: a value that renders itself, in one place, in each language.
public protocol Message: Sendable { func text(_ language: Language) -> String }

/// A message rendered once in every language, where it is reported. Findings keep phrases,
/// not one string, because the language is chosen after the plan is read (its `sprog`), and
/// because a baseline or a sort must not depend on the language the user reads.
public struct Phrase: Message, Hashable, Comparable, CustomStringConvertible {
    public let english: String
    public let danish: String

    public init(_ message: some Message) {
        if let phrase = message as? Phrase { self = phrase; return }
        english = message.text(.english)
        danish = message.text(.danish)
    }

    /// Text that is the same in every language: a date, a name, a quote from the plan.
    public init(verbatim text: String) {
        english = text
        danish = text
    }

    public static let empty = Phrase(verbatim: "")

    public func text(_ language: Language) -> String {
        switch language {
        case .english: english
        case .danish: danish
        }
    }

    public var isEmpty: Bool { english.isEmpty && danish.isEmpty }

    /// The English rendering, for test output and debugging.
    public var description: String { english }

    /// Sorts by the English rendering, so the order of findings is the same in every language.
    public static func < (a: Phrase, b: Phrase) -> Bool { a.english < b.english }
}

extension Label {
    /// A label whose text is a message.
    public init(_ span: Span, _ message: some Message) {
        self.init(span, phrase: Phrase(message))
    }
}

extension Fix {
    /// A fix whose title is a message.
    public init(_ title: some Message, _ edits: [Edit]) {
        self.init(phrase: Phrase(title), edits)
    }
}

extension DiagnosticSink {
    /// Reports a finding whose message, label and help are messages.
    public mutating func report(
        _ rule: RuleDescription, _ message: some Message, at span: Span, label: (any Message)? = nil,
        secondary: [Label] = [], help: (any Message)? = nil, fixes: [Fix] = []
    ) {
        report(Diagnostic(rule, message, at: Label(span, phrase: label.map { Phrase($0) } ?? .empty),
                          secondary: secondary, help: help, fixes: fixes))
    }
}
