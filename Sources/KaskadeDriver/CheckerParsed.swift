// The pipeline from trees already parsed: the language server keeps each file's tree and
// re-parses only the file that changed, then resolves and checks the whole plan again.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

extension Checker {
    /// As `check(_:options:)`, but `parsed[i]` is the tree (and syntax findings) of
    /// `sources.files[i]`, parsed with file ID `i`.
    public static func check(_ sources: SourceSet, parsed: [(tree: SyntaxTree, diagnostics: [Diagnostic])],
                             options: CheckOptions = CheckOptions()) -> CheckResult {
        precondition(parsed.count == sources.files.count, "one parsed tree per file")
        let (plan, resolved) = Resolver.resolve(sources: sources, trees: parsed.map(\.tree))
        let early = parsed.flatMap(\.diagnostics) + resolved
        let readable = !early.contains { $0.rule.rawValue < 100 }
        let found = Rules.check(plan, asOf: options.asOf, cascade: readable)
        let (kept, suppressed) = Configuration(plan: plan, asOf: options.asOf).apply(to: early + found)
        let report = Report(sources: sources, diagnostics: kept.sorted(by: Diagnostic.stableOrder),
                            statementCount: plan.statementCount, suppressed: suppressed.sorted(by: Diagnostic.stableOrder))
        return CheckResult(plan: plan, report: report)
    }
}
