// The whole pipeline: sources → syntax trees → resolved plan → findings, with the plan's
// own configuration (levels, exceptions) and the baseline applied, in stable order.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

public struct CheckOptions: Sendable {
    public var asOf: Day?
    public var limits = Limits()
    public init(asOf: Day? = nil) { self.asOf = asOf }
}

/// How long each phase took, for `--timings`.
public struct Timings: Sendable {
    public var phases: [(name: String, seconds: Double)] = []
    public var bytes = 0
    public init() {}

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = monotonicSeconds()
        defer { phases.append((name, monotonicSeconds() - start)) }
        return try body()
    }
}

public func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

#if canImport(Glibc)
import Glibc
#endif

public struct CheckResult: Sendable {
    public var plan: Plan
    public var report: Report
}

public enum Checker {
    /// Parses every file and resolves the plan, without the cascade rules.
    public static func parse(_ sources: SourceSet, options: CheckOptions = CheckOptions(), timings: inout Timings)
        -> (plan: Plan, diagnostics: [Diagnostic])
    {
        var trees: [SyntaxTree] = []
        var diagnostics: [Diagnostic] = []
        timings.measure("lex+parse") {
            for (index, file) in sources.files.enumerated() {
                let (tree, found) = Parser.parse(file, file: FileID(index), maxDepth: options.limits.maxDepth)
                trees.append(tree)
                diagnostics += found
            }
        }
        let (plan, resolved) = timings.measure("resolve") { Resolver.resolve(sources: sources, trees: trees) }
        return (plan, diagnostics + resolved)
    }

    public static func check(_ sources: SourceSet, options: CheckOptions = CheckOptions()) -> CheckResult {
        var timings = Timings()
        return check(sources, options: options, timings: &timings)
    }

    public static func check(_ sources: SourceSet, options: CheckOptions, timings: inout Timings) -> CheckResult {
        let (plan, early) = parse(sources, options: options, timings: &timings)
        // A plan that could not be read in full is not judged against the cascade: its
        // duties would be reported missing where only the syntax is wrong.
        let readable = !early.contains { $0.rule.rawValue < 100 }
        let found = timings.measure("rules") { Rules.check(plan, asOf: options.asOf, cascade: readable) }
        let (kept, suppressed) = timings.measure("configure") {
            Configuration(plan: plan, asOf: options.asOf).apply(to: early + found)
        }
        let report = Report(sources: sources, diagnostics: kept.sorted(by: Diagnostic.stableOrder),
                            statementCount: plan.statementCount, suppressed: suppressed.sorted(by: Diagnostic.stableOrder))
        return CheckResult(plan: plan, report: report)
    }
}
