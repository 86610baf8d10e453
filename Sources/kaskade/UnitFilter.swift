// `--unit ID` everywhere: one check of the ID, with "did you mean" for a misspelled one, for
// every subcommand that filters by unit (calendar, graph, rapport) to call before it filters.

import KaskadeDiagnostics
import KaskadeModel

enum UnitFilter {
    /// nil when the plan has a unit `id`; otherwise the error message, with the nearest ID.
    static func unknownUnit(_ id: String, in plan: Plan) -> String? {
        let ids = plan.units.map(\.id)
        if ids.contains(id) { return nil }
        return "--unit \(id): the plan has no unit `\(id)`\(DidYouMean.hint(for: id, among: ids))"
    }
}
