// K007 too-deep.

import KaskadeDiagnostics

public enum TooDeep {
    public static let description = RuleDescription(7, "too-deep", .error,
             "Blocks nested deeper than the limit (64 by default); reported, never a crash.",
             triggering: [String(repeating: "område A \"A\" {\n", count: 64) + "område A \"A\" ↓{\n"
                          + String(repeating: "}\n", count: 65)],
             nonTriggering: [String(repeating: "område A \"A\" {\n", count: 64) + String(repeating: "}\n", count: 64)])
}
