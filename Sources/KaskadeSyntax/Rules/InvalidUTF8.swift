// K001 invalid-utf8.

import KaskadeDiagnostics

public enum InvalidUTF8 {
    public static let description = RuleDescription(1, "invalid-utf8", .error,
             "The file is not valid UTF-8; the finding gives the offset of the first bad byte.",
             notes: "One finding per file, at the first bad byte; later bad bytes are skipped silently and the rest of the file is still read.",
             triggering: ["plan \"Allerød\" år 2027\nkompetence INK \"Inklusion ↓⟪FF⟫\"\n"],
             nonTriggering: ["plan \"Allerød\" år 2027\nkompetence INK \"Inklusion på dansk: æøå\"\n"])
}
