// What a check produced: the resolved plan and the findings about it. The driver makes
// it; the queries, the exports and the REPL read it.

import KaskadeDiagnostics

public struct CheckResult: Sendable {
    public var plan: Plan
    public var report: Report

    public init(plan: Plan, report: Report) {
        self.plan = plan
        self.report = report
    }
}
