// K105 unknown-name.

import KaskadeDiagnostics
import KaskadeSyntax

public enum UnknownName {
    public static let description = RuleDescription(105, "unknown-name", .error,
             "A reference to an ID that no statement defines, with a \"did you mean\" from the nearest existing ID.",
             notes: "Nearest means the smallest edit distance after folding case and accents (æ→ae, ø→oe, å→aa); no rule reports on a reference that is unknown.",
             triggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under ↓BX\n"],
             nonTriggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\nudvalg BSU \"Udvalg\" under BY\n"])
}
