// K006 unclosed-block.

import KaskadeDiagnostics

public enum UnclosedBlock {
    public static let description = RuleDescription(6, "unclosed-block", .error,
             "A `{` without its `}` (pointing at both ends), or a `}` without its `{`.",
             danishSummary: "En `{` uden sin `}` (med henvisning til begge ender), eller en `}` uden sin `{`.",
             triggering: ["byråd BY \"Byrådet\" ↓{\n  mål BY1 \"Mål\"\n", "kompetence INK \"Inklusion\"\n↓}\n"],
             nonTriggering: ["byråd BY \"Byrådet\" {\n  mål BY1 \"Mål\"\n}\n"])

    /// What K006 says.
    public enum Says: Message {
        case closesNoBlock
        case closeNoBlock(count: Int)
        case noOpenBlock
        case removeIt
        case removeThem
        case neverClosed
        case blockOpensHere
        case fileEndsInBlock
        case addClosingBrace

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .closesNoBlock: "denne `}` lukker ingen blok"
                case let .closeNoBlock(count): "disse \(count) `}` lukker ingen blok"
                case .noOpenBlock: "ingen `{` er åben her"
                case .removeIt: "fjern den, eller tilføj den `{`, den hører til"
                case .removeThem: "fjern dem, eller tilføj de `{`, de hører til"
                case .neverClosed: "denne `{` lukkes aldrig"
                case .blockOpensHere: "blokken begynder her"
                case .fileEndsInBlock: "filen slutter her, stadig inde i blokken"
                case .addClosingBrace: "tilføj den manglende `}`"
                }
            case .english:
                return switch self {
                case .closesNoBlock: "this `}` closes no block"
                case let .closeNoBlock(count): "these \(count) `}` close no block"
                case .noOpenBlock: "no `{` is open here"
                case .removeIt: "remove it, or add the `{` it belongs to"
                case .removeThem: "remove them, or add the `{` they belong to"
                case .neverClosed: "this `{` is never closed"
                case .blockOpensHere: "block opens here"
                case .fileEndsInBlock: "the file ends here, still inside the block"
                case .addClosingBrace: "add the missing `}`"
                }
            }
        }
    }
}
