// K108 outside-plan-year.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum OutsidePlanYear: CascadeRule {
    static let description = RuleDescription(108, "outside-plan-year", .error,
             "A date outside the plan year (the steps 1–3 may also fall in the year before).",
             danishSummary: "En dato uden for planåret (trin 1–3 må også ligge i året før).",
             notes: "The conversation period is K407's and an employee's conversation outside the unit's period is K501's; `undtagelse … til` may lie beyond the plan year.",
             danishNotes: "Samtaleperioden er K407's, og en medarbejders samtale uden for enhedens periode er K501's; `undtagelse … til` må ligge efter planåret.",
             triggering: ["plan \"P\" år 2027\ndirektion DIR \"D\" {\n  evaluering ↓2026-11-15\n}\n"],
             nonTriggering: ["plan \"P\" år 2027\ndirektion DIR \"D\" {\n  drøftelse 2026-11-20 med chefgruppen om X\n  evaluering 2027-11-15\n}\n"])

    /// K108: dates outside the plan year. Steps 1–3 (discussions and proposals) may also fall
    /// in the year before. The conversation period is K407's; an employee's conversation is
    /// K501's wherever the unit has a conversation period.
    static func check(_ context: inout RuleContext) {
        guard let year = context.plan.year else { return }
        let plan = context.plan
        func check(_ day: Day?, _ span: Span?, _ what: Says.What, earlier: Bool = false) {
            guard let day, let span else { return }
            let ok = day.year == year || (earlier && day.year == year - 1)
            guard !ok else { return }
            context.report(description, Says.outside(what, day: "\(day)", year: year, orYearBefore: earlier),
                           at: span, label: Says.notIn(year: year),
                           help: Says.planItIn(year: year))
        }
        for event in plan.events {
            let step = event.kind == .discussion || event.kind == .proposal
            check(event.date, event.dateSpan, .event(event.kind), earlier: step)
        }
        for goal in plan.goals { check(goal.deadline, goal.deadlineSpan, .deadline) }
        for kompus in plan.kompuses { check(kompus.briefing, kompus.briefingSpan, .briefing) }
        for employee in plan.employees {
            if let kompus = plan.effectiveKompus(of: employee.unit), plan.kompuses[kompus].period != nil { continue }
            check(employee.conversation, employee.conversationSpan, .conversation)
        }
    }

    /// What K108 says.
    enum Says: Message {
        /// What has the date.
        enum What: Sendable {
            case event(EventKind), deadline, briefing, conversation

            func text(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case let .event(kind): Overdue.Says.danish(kind)
                    case .deadline: "fristen"
                    case .briefing: "orienteringen"
                    case .conversation: "samtalen"
                    }
                case .english:
                    return switch self {
                    case let .event(kind): "the \(DatedKind(kind).word(language)) on"
                    case .deadline: "the deadline"
                    case .briefing: "the briefing on"
                    case .conversation: "the conversation on"
                    }
                }
            }
        }
        case outside(What, day: String, year: Int, orYearBefore: Bool)
        case notIn(year: Int)
        case planItIn(year: Int)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .outside(what, day, year, orYearBefore):
                "\(what.text(language)) \(day) ligger uden for planåret \(year)\(orYearBefore ? " (eller året før)" : "")"
                case let .notIn(year): "ikke i \(year)"
                case let .planItIn(year): "planlæg den i \(year), eller tjek planens `år`"
                }
            case .english:
                return switch self {
                case let .outside(what, day, year, orYearBefore):
                    "\(what.text(language)) \(day) is outside the plan year \(year)\(orYearBefore ? " (or the year before)" : "")"
                case let .notIn(year): "not in \(year)"
                case let .planItIn(year): "plan it in \(year), or check the `år` of the plan"
                }
            }
        }
    }
}
