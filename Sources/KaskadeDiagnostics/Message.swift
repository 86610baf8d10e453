// What Kaskade says, as values: each rule's messages are the cases of its own `Says` enum,
// rendered in one place, so a new language is a new branch the compiler asks for everywhere.

/// The languages Kaskade speaks. Every message renders itself with an exhaustive switch over
/// them, so adding a language makes the compiler ask for it in every message.
public enum Language: String, Sendable, CaseIterable { case english = "en" }

/// Something Kaskade says: a value that renders itself, in one place, in each language.
public protocol Message: Sendable { func text(_ language: Language) -> String }

extension Label {
    /// A label whose text is a message, rendered in `language`.
    public init(_ span: Span, _ message: some Message, in language: Language) {
        self.init(span, message.text(language))
    }
}

extension Fix {
    /// A fix whose title is a message, rendered in `language`.
    public init(_ title: some Message, _ edits: [Edit], in language: Language) {
        self.init(title.text(language), edits)
    }
}

extension DiagnosticSink {
    /// Reports a finding whose message, label and help are messages, rendered in `language`.
    public mutating func report(
        _ rule: RuleDescription, _ message: some Message, at span: Span, label: (any Message)? = nil,
        secondary: [Label] = [], help: (any Message)? = nil, fixes: [Fix] = [], in language: Language
    ) {
        report(rule, message.text(language), at: span, label: label?.text(language) ?? "", secondary: secondary,
               help: help?.text(language), fixes: fixes)
    }
}
