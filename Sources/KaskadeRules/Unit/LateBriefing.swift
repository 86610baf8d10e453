// K405 late-briefing: the employees are briefed before the conversations, by the notice.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum LateBriefing: CascadeRule {
    static let description = RuleDescription(405, "late-briefing", .error,
             "The `orientering` is not before the first conversation day by at least the notice period (`varsel`, default 0 days).",
             danishSummary: "`orientering` ligger ikke før den første samtaledag med mindst varslet (`varsel`, som standard 0 dage).",
             guideline: "At orientere medarbejdere inden KOMPUS.",
             notes: "The notice is the KOMPUS's own `varsel`, else `regel K405 varsel …`, else 0 days; the briefing must in any case fall before the first conversation day. One finding per unit that uses the KOMPUS (its own, or its area's), at the briefing: a unit's `undtagelse K405` hides its own. A KOMPUS without `koncept` (K404) is still judged.",
             danishNotes: "Varslet er KOMPUS'ens eget `varsel`, ellers `regel K405 varsel …`, ellers 0 dage; orienteringen skal under alle omstændigheder ligge før den første samtaledag. Ét fund pr. enhed, der bruger KOMPUS'en (sin egen eller områdets), ved orienteringen: en enheds `undtagelse K405` skjuler dens eget. En KOMPUS uden `koncept` (K404) bedømmes stadig.",
             parameters: ["varsel"],
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering ↓2027-03-15 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    kompus koncept MUS orientering ↓2027-03-10 samtaler 2027-03-15..2027-04-30 varsel 1 uge
                  }
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                }
                """, Prelude.area + """

                regel K405 varsel 7 dage
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering ↓↓2027-03-05 samtaler 2027-03-15..2027-04-30 varsel 14 dage
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                  virksomhed SKO "Skovvang" leder "Eva" {
                    undtagelse K405 "Orienteres på personalemødet"
                  }
                }
                """, Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    kompus orientering ↓2027-03-20 samtaler 2027-03-15..2027-04-30
                  }
                }
                """],
             nonTriggering: [Prelude.area + """

                regel K405 varsel 14 dage
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                }
                """, Prelude.area + """

                regel K405 varsel 14 dage
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-05 samtaler 2027-03-15..2027-04-30 varsel 7 dage
                  virksomhed KRA "Kratbjergskolen" leder "Jens"
                }
                """])

    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        let planNotice = context.notice(for: description.rule)
        for unit in context.localUnits {
            guard let index = plan.effectiveKompus(of: unit) else { continue }
            let kompus = plan.kompuses[index]
            guard let briefing = kompus.briefing, let span = kompus.briefingSpan, let period = kompus.period else { continue }
            // The KOMPUS's own notice is the more specific and wins over the plan's `regel`.
            let notice = kompus.notice ?? planNotice ?? 0
            let gap = period.lowerBound - briefing
            guard gap < max(notice, 1) else { continue }
            let latest = period.lowerBound + (-max(notice, 1))
            context.report(description, Says.late(briefing: "\(briefing)", unit: plan.unitLabel(unit), notice: notice, firstConversation: "\(period.lowerBound)"),
                           at: span, label: gap <= 0 ? Says.notBefore : Says.onlyDaysBefore(gap),
                           secondary: kompus.periodSpan.map { [context.label($0, Says.conversationsStart)] } ?? [],
                           help: Says.briefBy(date: "\(latest)"),
                           fixes: [context.fix(Says.briefOn(date: "\(latest)"), [Edit(span, "\(latest)")])],
                           subject: unit)
        }
    }

    /// What K405 says.
    enum Says: Message {
        /// `notice` is the days of notice asked for; 0 asks only that the briefing come first.
        case late(briefing: String, unit: String, notice: Int, firstConversation: String)
        case notBefore
        case onlyDaysBefore(Int)
        case conversationsStart
        case briefBy(date: String)
        case briefOn(date: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .late(briefing, unit, notice, firstConversation):
                "orienteringen \(briefing) i \(unit) ligger ikke \(notice > 0 ? "mindst \(notice) dage før" : "før") den første samtale \(firstConversation)"
                case .notBefore: "ikke før samtalerne"
                case let .onlyDaysBefore(gap): "kun \(gap) \(gap == 1 ? "dag" : "dage") før"
                case .conversationsStart: "samtalerne begynder her"
                case let .briefBy(date): "orientér medarbejderne senest \(date)"
                case let .briefOn(date): "orientér medarbejderne \(date)"
                }
            case .english:
                return switch self {
                case let .late(briefing, unit, notice, firstConversation):
                    "the briefing on \(briefing) for \(unit) is not \(notice > 0 ? "at least \(notice) days before" : "before") the first conversation on \(firstConversation)"
                case .notBefore: "not before the conversations"
                case let .onlyDaysBefore(gap): "only \(gap) days before"
                case .conversationsStart: "the conversations start here"
                case let .briefBy(date): "brief the employees by \(date)"
                case let .briefOn(date): "brief the employees on \(date)"
                }
            }
        }
    }
}
