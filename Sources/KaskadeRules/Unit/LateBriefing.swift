// K405 late-briefing.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum LateBriefing: CascadeRule {
    static let description = RuleDescription(405, "late-briefing", .error,
             "The `orientering` is not before the first conversation day by at least the notice period (`varsel`, default 0 days).",
             guideline: "At orientere medarbejdere inden KOMPUS.",
             notes: "The notice is the KOMPUS's own `varsel`, else `regel K405 varsel …`, else 0 days; the briefing must in any case fall before the first conversation day. Checked once per `kompus` statement that a unit uses.",
             parameters: ["varsel"],
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering ↓2027-03-15 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    kompus koncept MUS orientering ↓2027-03-10 samtaler 2027-03-15..2027-04-30 varsel 1 uge
                  }
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                }
                """],
             nonTriggering: [Prelude.area + """

                regel K405 varsel 14 dage
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                }
                """])

    /// K405: the briefing comes before the first conversation, by at least the notice.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for index in context.kompusesInUse {
            let kompus = plan.kompuses[index]
            guard let briefing = kompus.briefing, let span = kompus.briefingSpan, let period = kompus.period else { continue }
            let notice = kompus.notice ?? context.notice(for: LateBriefing.description.rule) ?? 0
            let gap = period.lowerBound - briefing
            guard gap < max(notice, 1) else { continue }
            let need = notice > 0 ? "at least \(notice) days before" : "before"
            context.report(description, "the briefing on \(briefing) for \(plan.unitLabel(kompus.unit)) is not \(need) the first conversation on \(period.lowerBound)",
                           at: span, label: gap <= 0 ? "not before the conversations" : "only \(gap) days before",
                           secondary: kompus.periodSpan.map { [Label($0, "the conversations start here")] } ?? [],
                           help: "brief the employees by \(period.lowerBound + (-max(notice, 1)))")
        }
    }
}
