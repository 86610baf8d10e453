// K113 property-repeated.

import KaskadeDiagnostics
import KaskadeSyntax

public enum PropertyRepeated {
    public static let description = RuleDescription(113, "property-repeated", .error,
             "The same property set twice on one statement (on its line or in its block).",
             triggering: ["plan \"P\" år 2027 ↓år 2028\n", "område CSD \"Skole\" chef \"Anne\" udvalg BSU {\n  ↓chef \"Bo\"\n}\n"],
             nonTriggering: ["område CSD \"Skole\" udvalg BSU {\n  chef \"Anne\"\n}\n"])
}
