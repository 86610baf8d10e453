// The plan's own configuration: `regel` sets a rule's level (or turns it off), and
// `undtagelse` hides a rule's findings about a unit and the units below it until its
// date. Syntax and name findings (K0xx, K1xx) pass through untouched. An exception in
// force that hides nothing is K114.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

struct Configuration {
    let plan: Plan
    let asOf: Day?

    /// Findings to report, and findings hidden by exceptions.
    func apply(to diagnostics: [Diagnostic]) -> (kept: [Diagnostic], suppressed: [Diagnostic]) {
        var levels: [RuleCode: Severity?] = [:]
        for setting in plan.settings {
            if let level = setting.level { levels[setting.rule] = level }
        }
        var kept: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        var used = [Bool](repeating: false, count: plan.exceptions.count)
        kept.reserveCapacity(diagnostics.count)
        func configure(_ diagnostic: Diagnostic) -> Diagnostic? {
            var diagnostic = diagnostic
            guard diagnostic.rule.isConfigurable else { return diagnostic }
            if let level = levels[diagnostic.rule] {
                guard let level else { return nil }
                diagnostic.severity = level
            }
            return diagnostic
        }
        for original in diagnostics {
            guard let diagnostic = configure(original) else { continue }
            if diagnostic.rule.isConfigurable, let exception = exception(hiding: diagnostic) {
                used[exception] = true
                suppressed.append(diagnostic)
            } else {
                kept.append(diagnostic)
            }
        }
        let unused = plan.exceptions.indices.filter { !used[$0] && isInForce(plan.exceptions[$0]) }
        kept += UnusedException.findings(unused: unused, in: plan).compactMap(configure)
        return (kept, suppressed)
    }

    /// An exception whose `til` date has passed hides nothing (K111 says so instead).
    private func isInForce(_ exception: Exception) -> Bool {
        guard let until = exception.until, let asOf else { return true }
        return until >= asOf
    }

    /// The exception in force that covers a finding: same rule, and the finding is about
    /// the exception's unit or a unit below it. A finding with no subject is matched by
    /// where it points instead.
    private func exception(hiding diagnostic: Diagnostic) -> Int? {
        for index in plan.exceptions.indices {
            let exception = plan.exceptions[index]
            guard exception.rule == diagnostic.rule, isInForce(exception) else { continue }
            if let subject = diagnostic.subject {
                if isWithin(subject, exception.unit) { return index }
            } else {
                let span = diagnostic.primary.span, extent = plan.units[exception.unit].extent
                if extent.file == span.file, extent.start <= span.start, span.end <= extent.end { return index }
            }
        }
        return nil
    }

    /// Whether `unit` is `ancestor` or lies below it.
    private func isWithin(_ unit: Int, _ ancestor: Int) -> Bool {
        var current: Int? = unit
        while let index = current {
            if index == ancestor { return true }
            current = plan.units[index].parent
        }
        return false
    }
}
