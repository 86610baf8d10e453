// K004 invalid-date.

import KaskadeDiagnostics

public enum InvalidDate {
    public static let description = RuleDescription(4, "invalid-date", .error,
             "A date or ISO week that does not exist, or a range that ends before it starts.",
             triggering: ["mål D1 \"Mål\" frist ↓2027-02-29\n", "kompus samtaler ↓2027-W53\n",
                          "kompus samtaler ↓2027-05-01..2027-04-01\n"],
             nonTriggering: ["mål D1 \"Mål\" frist 2028-02-29\n", "kompus samtaler 2026-W53..2027-W02\n"])
}
