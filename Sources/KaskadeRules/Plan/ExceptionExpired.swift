// K111 exception-expired.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum ExceptionExpired: CascadeRule {
    static let description = RuleDescription(111, "exception-expired", .warning,
             "An `undtagelse` whose `til` date has passed (with `--as-of`); it no longer hides anything.",
             triggering: ["# as-of: 2027-08-01\nområde CSD \"Skole\" chef \"Anne\" {\n  undtagelse K402 \"Ny leder\" til ↓2027-06-30\n}\n"],
             nonTriggering: ["# as-of: 2027-06-01\nområde CSD \"Skole\" chef \"Anne\" {\n  undtagelse K402 \"Ny leder\" til 2027-06-30\n}\n"])

    /// K111: an exception whose `til` date has passed no longer hides anything.
    static func check(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for exception in plan.exceptions {
            guard let until = exception.until, let span = exception.untilSpan, until < asOf else { continue }
            context.report(description, "the exception from \(exception.rule.code) in \(plan.unitLabel(exception.unit)) expired on \(until)",
                           at: span, label: "expired",
                           help: "remove the exception, or extend its `til` date if the reason still holds", subject: exception.unit)
        }
    }
}
