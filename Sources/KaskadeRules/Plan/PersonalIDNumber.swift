// K110 personal-id-number.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum PersonalIDNumber: CascadeRule {
    static let description = RuleDescription(110, "personal-id-number", .error,
             "Something shaped like a Danish CPR number (DDMMYY-NNNN or DDMMYYNNNN with a valid date) anywhere in the source, comments included.",
             danishSummary: "Noget, der ligner et dansk CPR-nummer (DDMMÅÅ-NNNN eller DDMMÅÅNNNN med en gyldig dato), hvor som helst i kilden, også i kommentarer.",
             notes: "The number is masked in every output (`******-****`: the date of birth is personal data too), and the source line shown under the finding is masked too.",
             danishNotes: "Nummeret maskeres i alle uddata (`******-****`: fødselsdatoen er også en personoplysning), og kildelinjen under fundet maskeres også.",
             triggering: ["plan \"P\" år 2027\n# Peter: ↓010190-1234\n", "plan \"P\" år 2027 # ↓3112991234\n"],
             nonTriggering: ["plan \"P\" år 2027\n# telefon 4812-3456, sag 3213991234\n"])

    /// K110: CPR-shaped numbers anywhere in the source, comments included; masked in the message.
    static func check(_ context: inout RuleContext) {
        for (index, file) in context.plan.sources.files.enumerated() {
            let found = file.bytes.withUnsafeBufferPointer { PersonalID.find(in: $0) }
            for range in found {
                let masked = PersonalID.mask(file.text(range))
                context.report(description, Says.looksLikeCPR(masked: masked),
                               at: Span(file: FileID(index), start: range.lowerBound, end: range.upperBound),
                               label: Says.cprShaped,
                               help: Says.usePseudonym)
            }
        }
    }

    /// What K110 says.
    enum Says: Message {
        /// `masked` is the number with its digits masked.
        case looksLikeCPR(masked: String)
        case cprShaped
        case usePseudonym

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .looksLikeCPR(masked): "dette ligner et CPR-nummer (\(masked)); planer må ikke indeholde personnumre"
                case .cprShaped: "tal i CPR-format"
                case .usePseudonym: "angiv medarbejderen med et pseudonymt id som `M1042`, og fjern også nummeret fra filens historik"
                }
            case .english:
                return switch self {
                case let .looksLikeCPR(masked): "this looks like a CPR number (\(masked)); plans must not hold personal ID numbers"
                case .cprShaped: "CPR-shaped number"
                case .usePseudonym: "name the employee by a pseudonymous ID such as `M1042`, and remove the number from the history of the file too"
                }
            }
        }
    }
}
