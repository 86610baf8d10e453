// K006 unclosed-block.

import KaskadeDiagnostics

public enum UnclosedBlock {
    public static let description = RuleDescription(6, "unclosed-block", .error,
             "A `{` without its `}` (pointing at both ends), or a `}` without its `{`.",
             triggering: ["byråd BY \"Byrådet\" ↓{\n  mål BY1 \"Mål\"\n", "kompetence INK \"Inklusion\"\n↓}\n"],
             nonTriggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\n"])
}
