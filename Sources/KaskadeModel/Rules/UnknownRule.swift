// K112 unknown-rule.

import KaskadeDiagnostics

public enum UnknownRule {
    public static let description = RuleDescription(112, "unknown-rule", .error,
             "`regel` or `undtagelse` names a rule that does not exist.",
             notes: "Rules may be named by identifier (K402) or by name (no-proposal).",
             triggering: ["regel ↓K999 niveau fra\n"],
             nonTriggering: ["regel K502 niveau fra\nregel annual-follow-up niveau advarsel\n"])
}
