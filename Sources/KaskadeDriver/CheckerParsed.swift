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
        var timings = Timings()
        let (plan, resolved) = Resolver.resolve(sources: sources, trees: parsed.map(\.tree), rules: RuleCatalogue.book,
                                                  rosters: options.rosterFiles)
        return judge(plan, parsed.flatMap(\.diagnostics) + resolved, sources: sources, options: options, timings: &timings)
    }
}
