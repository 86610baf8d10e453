// K111 exception-expired.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum ExceptionExpired: CascadeRule {
    static let description = RuleDescription(111, "exception-expired", .warning,
             "An `undtagelse` whose `til` date has passed (with `--as-of`); it no longer hides anything.",
             danishSummary: "En `undtagelse`, hvis `til`-dato er passeret (med `--as-of`); den skjuler ikke længere noget.",
             triggering: ["# as-of: 2027-08-01\nområde CSD \"Skole\" chef \"Anne\" {\n  undtagelse K402 \"Ny leder\" til ↓2027-06-30\n}\n"],
             nonTriggering: ["# as-of: 2027-06-01\nområde CSD \"Skole\" chef \"Anne\" {\n  undtagelse K402 \"Ny leder\" til 2027-06-30\n}\n"])

    /// K111: an exception whose `til` date has passed no longer hides anything.
    static func check(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for exception in plan.exceptions {
            guard let until = exception.until, let span = exception.untilSpan, until < asOf else { continue }
            context.report(description, Says.exceptionExpired(rule: exception.rule.code, unit: plan.unitLabel(exception.unit), until: "\(until)"),
                           at: span, label: Says.expired,
                           help: Says.removeOrExtend, subject: exception.unit)
        }
    }

    /// What K111 says.
    enum Says: Message {
        case exceptionExpired(rule: String, unit: String, until: String)
        case expired
        case removeOrExtend

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .exceptionExpired(rule, unit, until): "undtagelsen fra \(rule) i \(unit) udløb \(until)"
                case .expired: "udløbet"
                case .removeOrExtend: "fjern undtagelsen, eller ryk dens `til`-dato, hvis begrundelsen stadig gælder"
                }
            case .english:
                return switch self {
                case let .exceptionExpired(rule, unit, until): "the exception from \(rule) in \(unit) expired on \(until)"
                case .expired: "expired"
                case .removeOrExtend: "remove the exception, or extend its `til` date if the reason still holds"
                }
            }
        }
    }
}
