// K106 wrong-kind.

import KaskadeDiagnostics
import KaskadeSyntax

public enum WrongKind {
    public static let description = RuleDescription(106, "wrong-kind", .error,
             "A reference to a statement of the wrong kind (a `mål` that `følger` an `uddannelse`).",
             triggering: ["kompetence INK \"Inklusion\"\nbyråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under ↓INK\n"],
             nonTriggering: ["byråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under BY\n"])
}
