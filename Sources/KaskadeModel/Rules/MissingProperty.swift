// K102 missing-property.

import KaskadeDiagnostics
import KaskadeSyntax

public enum MissingProperty {
    public static let description = RuleDescription(102, "missing-property", .error,
             "A required property (or argument) is missing.",
             notes: "A missing required argument (an ID or a TITLE) is reported here too. A `mål` of a committee without `følger` is reported here; a board, area or local goal without `følger` is reported by K204, K302 and K401, which say what it should follow.",
             triggering: ["plan \"P\" år 2027\n↓område CSD \"Skole\" chef \"Anne\"\n", "↓plan \"P\"\n",
                          "plan \"P\" år 2027\nudvalg BSU \"Udvalg\"\n↓område CSD \"Skole\" udvalg BSU {\n  ↓virksomhed LYS \"Lyngehus\"\n}\n"],
             nonTriggering: ["plan \"P\" år 2027\n"])
}
