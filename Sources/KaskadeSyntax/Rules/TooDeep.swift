// K007 too-deep.

import KaskadeDiagnostics

public enum TooDeep {
    public static let description = RuleDescription(7, "too-deep", .error,
             "Blocks nested deeper than the limit (64 by default); reported, never a crash.",
             danishSummary: "Blokke indlejret dybere end grænsen (64 som standard); meldes, går aldrig ned.",
             triggering: [String(repeating: "område A \"A\" {\n", count: 64) + "område A \"A\" ↓{\n"
                          + String(repeating: "}\n", count: 65)],
             nonTriggering: [String(repeating: "område A \"A\" {\n", count: 64) + String(repeating: "}\n", count: 64)])

    /// What K007 says.
    public enum Says: Message {
        case nestedTooDeep(maxDepth: Int)
        case levelsDeep(Int)
        case fewLevels

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .nestedTooDeep(maxDepth): "blokkene er indlejret dybere end \(maxDepth) niveauer"
                case let .levelsDeep(levels): "blok i \(levels) niveauers dybde"
                case .fewLevels: "en plan har brug for få niveauer (område › virksomhed › afdeling); luk de blokke, der står åbne"
                }
            case .english:
                return switch self {
                case let .nestedTooDeep(maxDepth): "blocks are nested deeper than \(maxDepth) levels"
                case let .levelsDeep(levels): "block \(levels) levels deep"
                case .fewLevels: "a plan needs at most a handful of levels (område › virksomhed › afdeling); close the blocks that are left open"
                }
            }
        }
    }
}
