// K103 wrong-value.

import KaskadeDiagnostics
import KaskadeSyntax

public enum WrongValue {
    public static let description = RuleDescription(103, "wrong-value", .error,
             "A value of the wrong type (a string where a date belongs, …), an unknown enumeration word, or a property the statement does not take.",
             triggering: ["plan \"P\" år ↓\"2027\"\n", "plan \"P\" år 2027\ndirektion D \"D\" {\n  drøftelse 2026-11-01 med chefgruppen om X status ↓done\n}\n"],
             nonTriggering: ["plan \"P\" år 2027\n"])
}
