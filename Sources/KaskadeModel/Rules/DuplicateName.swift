// K104 duplicate-name.

import KaskadeDiagnostics
import KaskadeSyntax

public enum DuplicateName {
    public static let description = RuleDescription(104, "duplicate-name", .error,
             "Two statements with the same ID; the finding points at both.",
             danishSummary: "To sætninger med samme id; fundet peger på begge.",
             triggering: ["kompetence INK \"Inklusion\"\nkompetence ↓INK \"Inklusion igen\"\n"],
             nonTriggering: ["kompetence INK \"Inklusion\"\nkompetence INK2 \"Inklusion igen\"\n"])

    /// What K104 says.
    enum Says: Message {
        case definedTwice(String)
        case codeTwice(String, first: String)
        case codeIsAnID(String, unit: String)
        case codesAreUnique
        case secondDefinition
        case firstDefinedHere
        case giveAnotherName

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .codeTwice(code, first): "`kode \"\(code)\"` er allerede koden for \(first)"
                case let .codeIsAnID(code, unit): "`kode \"\(code)\"` er id for \(unit)"
                case .codesAreUnique: "en medarbejderliste nævner en enhed ved dens id eller `kode`: giv hver enhed sin egen kode fra HR-systemet"
                case let .definedTwice(id): "`\(id)` er defineret to gange; navne skal være entydige i hele planen"
                case .secondDefinition: "anden definition"
                case .firstDefinedHere: "først defineret her"
                case .giveAnotherName: "giv den ene et andet navn"
                }
            case .english:
                return switch self {
                case let .codeTwice(code, first): "`kode \"\(code)\"` is already the code of \(first)"
                case let .codeIsAnID(code, unit): "`kode \"\(code)\"` is the ID of \(unit)"
                case .codesAreUnique: "a roster names a unit by its ID or its `kode`: give each unit its own code from the HR system"
                case let .definedTwice(id): "`\(id)` is defined twice; names are unique across the whole plan"
                case .secondDefinition: "second definition"
                case .firstDefinedHere: "first defined here"
                case .giveAnotherName: "give one of them another name"
                }
            }
        }
    }
}
