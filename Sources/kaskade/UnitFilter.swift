// `--unit ID` everywhere: one check of the ID, with "did you mean" for a misspelled one, for
// every subcommand that filters by unit (calendar, graph, rapport) to call before it filters.

import KaskadeDiagnostics
import KaskadeModel

enum UnitFilter {
    /// nil when the plan has a unit `id`; otherwise the error message, with the nearest ID.
    static func unknownUnit(_ id: String, in plan: Plan, _ language: Language) -> String? {
        let ids = plan.units.map(\.id)
        if ids.contains(id) { return nil }
        return OutputHelp.noSuchUnit(id, hint: DidYouMean.hint(for: id, among: ids, language)).text(language)
    }
}
