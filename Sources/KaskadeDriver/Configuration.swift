// The plan's own configuration: `regel` sets a rule's level (or turns it off), and
// `undtagelse` hides a rule's findings in a unit and below it until its date. Syntax and
// name findings (K0xx, K1xx) pass through untouched.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

struct Configuration {
    let plan: Plan
    let asOf: Day?

    /// Findings to report, and findings hidden by exceptions.
    func apply(to diagnostics: [Diagnostic]) -> (kept: [Diagnostic], suppressed: [Diagnostic]) {
        var levels: [RuleID: Severity?] = [:]
        for setting in plan.settings {
            if let level = setting.level { levels[setting.rule] = level }
        }
        var kept: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for var diagnostic in diagnostics {
            guard diagnostic.rule.isConfigurable else { kept.append(diagnostic); continue }
            if let level = levels[diagnostic.rule] {
                guard let level else { continue }
                diagnostic.severity = level
            }
            if isExcepted(diagnostic) { suppressed.append(diagnostic) } else { kept.append(diagnostic) }
        }
        return (kept, suppressed)
    }

    /// An exception in force covers every finding whose primary location lies inside its unit.
    private func isExcepted(_ diagnostic: Diagnostic) -> Bool {
        let span = diagnostic.primary.span
        for exception in plan.exceptions where exception.rule == diagnostic.rule {
            if let until = exception.until, let asOf, until < asOf { continue }
            let extent = plan.units[exception.unit].extent
            if extent.file == span.file, extent.start <= span.start, span.end <= extent.end { return true }
        }
        return false
    }
}
