// K104 duplicate-name.

import KaskadeDiagnostics
import KaskadeSyntax

public enum DuplicateName {
    public static let description = RuleDescription(104, "duplicate-name", .error,
             "Two statements with the same ID; the finding points at both.",
             triggering: ["kompetence INK \"Inklusion\"\nkompetence ↓INK \"Inklusion igen\"\n"],
             nonTriggering: ["kompetence INK \"Inklusion\"\nkompetence INK2 \"Inklusion igen\"\n"])
}
