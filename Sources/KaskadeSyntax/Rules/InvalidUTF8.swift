// K001 invalid-utf8.

import KaskadeDiagnostics

public enum InvalidUTF8 {
    public static let description = RuleDescription(1, "invalid-utf8", .error,
             "The file is not valid UTF-8; the finding gives the offset of the first bad byte.",
             danishSummary: "Filen er ikke gyldig UTF-8; fundet angiver positionen af den første forkerte byte.",
             notes: "One finding per file, at the first bad byte; later bad bytes are skipped silently and the rest of the file is still read.",
             danishNotes: "Ét fund pr. fil, ved den første forkerte byte; senere forkerte bytes springes stille over, og resten af filen læses stadig.",
             triggering: ["plan \"Allerød\" år 2027\nkompetence INK \"Inklusion ↓⟪FF⟫\"\n"],
             nonTriggering: ["plan \"Allerød\" år 2027\nkompetence INK \"Inklusion på dansk: æøå\"\n"])

    /// What K001 says.
    public enum Says: Message {
        /// `offset` is the byte's offset in the file (its BOM counted); `hex` the byte in hex.
        case notUTF8(offset: Int, hex: String)
        case invalidByte
        case saveAsUTF8

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notUTF8(offset, hex): "filen er ikke gyldig UTF-8: byten ved position \(offset) (0x\(hex)) begynder intet tegn"
                case .invalidByte: "ugyldig byte"
                case .saveAsUTF8: "gem filen som UTF-8 (de fleste editorer kalder det \"UTF-8\" eller \"Unicode\")"
                }
            case .english:
                return switch self {
                case let .notUTF8(offset, hex): "the file is not valid UTF-8: the byte at offset \(offset) (0x\(hex)) starts no character"
                case .invalidByte: "invalid byte"
                case .saveAsUTF8: "save the file as UTF-8 (most editors call it \"UTF-8\" or \"Unicode\")"
                }
            }
        }
    }
}
