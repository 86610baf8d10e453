// K503 overdue.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum Overdue: CascadeRule {
    static let description = RuleDescription(503, "overdue", .warning,
             "With `--as-of DATE`: a planned event dated before DATE (a discussion, follow-up, proposal, evaluation, briefing or conversation).",
             danishSummary: "Med `--as-of DATO`: en planlagt begivenhed dateret før DATO (en drøftelse, opfølgning, et oplæg, en evaluering, orientering eller samtale).",
             notes: "An event is planned unless its `status` is `afholdt` or `aflyst`. A briefing's status is its `kompus`'s `status` (default `planlagt`), so a plan whose every past event is marked `afholdt` passes `check --as-of today --strict`.",
             danishNotes: "En begivenhed er planlagt, medmindre dens `status` er `afholdt` eller `aflyst`. En orienterings status er dens `kompus`' `status` (som standard `planlagt`), så en plan, hvor alle tidligere begivenheder er sat til `afholdt`, består `check --as-of today --strict`.",
             triggering: ["""
                # as-of: 2027-02-01
                direktion DIR "Direktionen" {
                  drøftelse ↓2026-11-20 med chefgruppen om BY1
                  drøftelse 2026-11-25 med chefgruppen om BY1 status afholdt
                  evaluering 2027-11-15
                }
                """, """
                # as-of: 2027-04-01
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering ↓2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    medarbejder M1 samtale ↓2027-03-20
                    medarbejder M2 samtale 2027-03-21 status afholdt
                  }
                }
                """],
             nonTriggering: ["""
                # as-of: 2027-04-01
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 status afholdt
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    medarbejder M2 samtale 2027-03-21 status afholdt
                  }
                }
                """, """
                # as-of: 2027-02-01
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1 status afholdt
                  evaluering 2027-11-15
                }
                """])

    /// K503: planned events whose day has passed.
    static func check(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for event in plan.events where event.status == .planned {
            guard let date = event.date, let span = event.dateSpan, date < asOf else { continue }
            context.report(description, Says.eventOverdue(event: event.kind, date: "\(date)", unit: plan.unitLabel(event.owner), asOf: "\(asOf)"),
                           at: span, label: Says.overdue,
                           help: Says.markEvent,
                           subject: event.owner)
        }
        // A briefing's status is its KOMPUS's `status`.
        for kompus in plan.kompuses where kompus.status == .planned {
            guard let date = kompus.briefing, let span = kompus.briefingSpan, date < asOf else { continue }
            context.report(description, Says.briefingOverdue(date: "\(date)", unit: plan.unitLabel(kompus.unit), asOf: "\(asOf)"),
                           at: span, label: Says.overdue,
                           help: Says.markKompus,
                           subject: kompus.unit)
        }
        for employee in plan.employees where employee.status == .planned && !employee.hasUnreadableCell {
            guard let date = employee.conversation, let span = employee.conversationSpan, date < asOf else { continue }
            context.report(description, Says.conversationOverdue(employee: employee.id, date: "\(date)", asOf: "\(asOf)"),
                           at: span, label: Says.overdue,
                           help: Says.markConversation,
                           subject: employee.unit)
        }
    }

    /// What K503 says.
    enum Says: Message {
        /// `event` is the event's keyword (`drøftelse`, `oplæg`, …).
        case eventOverdue(event: EventKind, date: String, unit: String, asOf: String)
        case briefingOverdue(date: String, unit: String, asOf: String)
        case conversationOverdue(employee: String, date: String, asOf: String)
        case overdue
        case markEvent
        case markKompus
        case markConversation

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .eventOverdue(event, date, unit, asOf): "\(Self.danish(event)) \(date) i \(unit) er stadig planlagt, og datoen er passeret (\(asOf))"
                case let .briefingOverdue(date, unit, asOf): "KOMPUS-orienteringen \(date) i \(unit) er stadig planlagt, og datoen er passeret (\(asOf))"
                case let .conversationOverdue(employee, date, asOf): "medarbejder \(danishGenitive(employee)) samtale \(date) er stadig planlagt, og datoen er passeret (\(asOf))"
                case .overdue: "forfalden"
                case .markEvent: "sæt `status afholdt`, hvis den blev holdt, `status aflyst`, hvis ikke, eller flyt den"
                case .markKompus: "sæt `status afholdt` på KOMPUS'en, når medarbejderne er orienteret, eller flyt orienteringen"
                case .markConversation: "sæt `status afholdt`, hvis den blev holdt, eller planlæg en ny dato"
                }
            case .english:
                return switch self {
                case let .eventOverdue(event, date, unit, asOf): "the \(DatedKind(event).word(language)) on \(date) in \(unit) is still planned, and \(asOf) has come"
                case let .briefingOverdue(date, unit, asOf): "the KOMPUS briefing on \(date) in \(unit) is still planned, and \(asOf) has come"
                case let .conversationOverdue(employee, date, asOf): "employee \(employee)'s conversation on \(date) is still planned, and \(asOf) has come"
                case .overdue: "overdue"
                case .markEvent: "mark it `status afholdt` if it took place, `status aflyst` if not, or move it"
                case .markKompus: "mark the KOMPUS `status afholdt` once the employees were briefed, or move the briefing"
                case .markConversation: "mark it `status afholdt` if it took place, or plan a new date"
                }
            }
        }

        /// The event in the definite form: `opfølgningen 2027-02-01`.
        static func danish(_ kind: EventKind) -> String {
            switch kind {
            case .discussion: "drøftelsen"
            case .followUp: "opfølgningen"
            case .proposal: "oplægget"
            case .evaluation: "evalueringen"
            }
        }
    }
}
