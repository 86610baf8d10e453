// K109 plan-header.

import KaskadeDiagnostics
import KaskadeSyntax

public enum PlanHeader {
    public static let description = RuleDescription(109, "plan-header", .error,
             "No `plan` statement in the plan, or more than one.",
             triggering: ["plan \"P\" år 2027\n↓plan \"Q\" år 2027\n", "↓kompetence INK \"Inklusion\"\n"],
             nonTriggering: ["plan \"P\" år 2027\nkompetence INK \"Inklusion\"\n"])
}
