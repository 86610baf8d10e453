// K005 unexpected-token.

import KaskadeDiagnostics

public enum UnexpectedToken {
    public static let description = RuleDescription(5, "unexpected-token", .error,
             "The parser expected something else; the finding says what it expected.",
             notes: "After the finding the parser skips to the next statement, so each broken statement gives one finding.",
             triggering: ["mål D1 \"Mål\" følger ↓\n", "↓\"Allerød\"\n", "mål D1 \"Mål\" følger A, ↓{ }\n"],
             nonTriggering: ["mål D1 \"Mål\" følger A,\n  B\n"])
}
