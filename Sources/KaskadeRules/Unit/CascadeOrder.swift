// K409 cascade-order: step 1 < step 2 < the unit's proposal < its briefing.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CascadeOrder: CascadeRule {
    static let description = RuleDescription(409, "cascade-order", .error,
             "The steps are out of order: an område whose step-2 discussions all lie before step 1, or a unit whose `oplæg` lies before its step 2 or whose briefing lies before its `oplæg`.",
             danishSummary: "Trinnene ligger i forkert rækkefølge: et område, hvis drøftelser i trin 2 alle ligger før trin 1, eller en enhed, hvis `oplæg` ligger før dens trin 2, eller hvis orientering ligger før dens `oplæg`.",
             guideline: "I processen fra politisk målsætning til konkret kompetenceudvikling af den enkelte medarbejder ligger følgende trin.",
             notes: "The steps are defined once (rules.md, \"Steps of the cascade\"). Per område: units reached only by discussions before step 1 give one finding, at the latest of those discussions, with step 1 beside it. Per unit: one finding, at the unit, naming the first pair out of order; a unit's step 2 may be a discussion that names it. Steps that do not exist are not compared; an extra early discussion beside a valid one is no finding; the same day is not out of order. The briefing against the conversations is K405's.",
             danishNotes: "Trinnene er defineret ét sted (rules.md, \"Steps of the cascade\"). Pr. område: enheder, der kun nås af drøftelser før trin 1, giver ét fund ved den seneste af disse drøftelser, med trin 1 ved siden af. Pr. enhed: ét fund ved enheden, der nævner det første par i forkert rækkefølge; en enheds trin 2 kan være en drøftelse, der nævner den. Trin, der ikke findes, sammenlignes ikke; en ekstra tidlig drøftelse ved siden af en gyldig giver intet fund; samme dag er ikke forkert rækkefølge. Orienteringen over for samtalerne er K405's.",
             triggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  ↓drøftelse 2026-11-01 med lederne om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter"
                }
                """, Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med lederne om CSD1
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-01-05 om PD
                  }
                  virksomhed ↓KRA "Kratbjergskolen" leder "Jens" {
                    oplæg 2027-03-02 om PD
                  }
                }
                """, Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-10 med LYS om CSD1
                  drøftelse 2027-02-15 med KRA om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-02-01 om PD
                  }
                  virksomhed ↓KRA "Kratbjergskolen" leder "Jens" {
                    oplæg 2027-02-01 om PD
                  }
                }
                """],
             nonTriggering: [Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med lederne om CSD1
                  kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-02-01 om PD
                  }
                }
                """, Prelude.area + """

                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2026-10-01 med lederne om CSD1
                  drøftelse 2027-01-12 med lederne om CSD1
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-01-12 om PD
                  }
                }
                """])

    static func check(_ context: inout RuleContext) {
        for area in context.plan.units(.area) { checkArea(area, &context) }
        for unit in context.localUnits { checkUnit(unit, &context) }
    }

    /// Units reached only by discussions before step 1: one finding for the område.
    static func checkArea(_ area: Int, _ context: inout RuleContext) {
        let plan = context.plan, steps = context.steps
        guard let one = steps.stepOne(area: area), let oneDate = one.date else { return }
        let units = context.localUnits(in: area)
        let early = units.filter { !steps.discussionsReaching($0).isEmpty && steps.stepTwo(unit: $0) == nil }
        guard !early.isEmpty else { return }
        let discussions = Set(early.flatMap { steps.discussionsReaching($0) })
        guard let latest = discussions.max(by: { (plan.events[$0].date.map { Int($0.number) } ?? Int.min, $0) < (plan.events[$1].date.map { Int($0.number) } ?? Int.min, $1) }),
              let date = plan.events[latest].date else { return }
        context.report(description, Says.beforeStepOne(area: plan.unitLabel(area), date: "\(date)", stepOne: "\(oneDate)"),
                       at: plan.events[latest].keywordSpan, label: Says.stepTwoBeforeStepOne,
                       secondary: [context.label(plan.events[one.event].keywordSpan, Says.stepOneOn(date: "\(oneDate)"))],
                       help: Says.holdAfterStepOne(date: "\(date)", stepOne: "\(oneDate)"),
                       subject: area)
    }

    /// The unit's own order: its step 2, its proposal, its briefing.
    static func checkUnit(_ unit: Int, _ context: inout RuleContext) {
        let plan = context.plan, steps = context.steps
        var order: [Step] = []
        if let area = plan.area(of: unit), let two = steps.stepTwo(unit: unit), let date = two.date {
            order.append(Step(name: .stepTwo(area: plan.units[area].id), date: date, span: plan.events[two.event].keywordSpan))
        }
        if let three = steps.stepThree(unit: unit), let date = three.date {
            order.append(Step(name: .proposal, date: date, span: plan.events[three.event].keywordSpan))
        }
        if let briefing = steps.briefing(unit: unit), let span = plan.kompuses[briefing.kompus].briefingSpan {
            order.append(Step(name: .briefing, date: briefing.date, span: span))
        }
        guard let (earlier, later) = zip(order, order.dropFirst()).first(where: { $0.1.date < $0.0.date }) else { return }
        context.report(description, Says.outOfOrder(unit: plan.unitLabel(unit), later: later.name, laterDate: "\(later.date)", earlier: earlier.name, earlierDate: "\(earlier.date)"),
                       at: plan.units[unit].nameSpan, label: Says.stepsOutOfOrder,
                       secondary: [context.label(earlier.span, Says.date("\(earlier.date)")), context.label(later.span, Says.date("\(later.date)"))],
                       help: Says.moveStep(later: later.name, laterDate: "\(later.date)", earlier: earlier.name, earlierDate: "\(earlier.date)"),
                       subject: unit)
    }

    struct Step {
        var name: Says.Step
        var date: Day
        var span: Span
    }

    /// What K409 says.
    enum Says: Message {
        /// A step of a unit's cascade, as the messages name it.
        enum Step: Sendable {
            case stepTwo(area: String), proposal, briefing

            func text(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case let .stepTwo(area): "område \(danishGenitive(area)) drøftelse med lederne (trin 2)"
                    case .proposal: "oplægget (trin 3)"
                    case .briefing: "orienteringen"
                    }
                case .english:
                    return switch self {
                    case let .stepTwo(area): "område \(area)'s discussion with the leaders (step 2)"
                    case .proposal: "the proposal (step 3)"
                    case .briefing: "the briefing"
                    }
                }
            }
        }
        case beforeStepOne(area: String, date: String, stepOne: String)
        case stepTwoBeforeStepOne
        case stepOneOn(date: String)
        case holdAfterStepOne(date: String, stepOne: String)
        case outOfOrder(unit: String, later: Step, laterDate: String, earlier: Step, earlierDate: String)
        case stepsOutOfOrder
        /// A secondary label that is the step's date.
        case date(String)
        case moveStep(later: Step, laterDate: String, earlier: Step, earlierDate: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .beforeStepOne(area, date, stepOne):
                "\(area) drøfter retningen med sine ledere \(date), før direktionens drøftelse (trin 1) \(stepOne)"
                case .stepTwoBeforeStepOne: "trin 2 før trin 1"
                case let .stepOneOn(date): "trin 1, \(date)"
                case let .holdAfterStepOne(date, stepOne): "hold drøftelsen med lederne efter \(stepOne), eller flyt direktionens drøftelse til før \(date)"
                case let .outOfOrder(unit, later, laterDate, earlier, earlierDate):
                "kaskaden er i forkert rækkefølge for \(unit): \(later.text(language)) \(laterDate) ligger før \(earlier.text(language)) \(earlierDate)"
                case .stepsOutOfOrder: "trin i forkert rækkefølge"
                case let .date(date): date
                case let .moveStep(later, laterDate, earlier, earlierDate):
                "flyt \(later.text(language)) til \(earlierDate) eller senere, eller \(earlier.text(language)) til \(laterDate) eller tidligere"
                }
            case .english:
                return switch self {
                case let .beforeStepOne(area, date, stepOne):
                    "\(area) discusses the direction with its leaders on \(date), before the direktion's discussion (step 1) on \(stepOne)"
                case .stepTwoBeforeStepOne: "step 2 before step 1"
                case let .stepOneOn(date): "step 1, \(date)"
                case let .holdAfterStepOne(date, stepOne): "hold the discussion with the leaders after \(stepOne), or move the direktion's discussion before \(date)"
                case let .outOfOrder(unit, later, laterDate, earlier, earlierDate):
                    "the cascade is out of order for \(unit): \(later.text(language)) on \(laterDate) is before \(earlier.text(language)) on \(earlierDate)"
                case .stepsOutOfOrder: "steps out of order"
                case let .date(date): date
                case let .moveStep(later, laterDate, earlier, earlierDate):
                    "move \(later.text(language)) to \(earlierDate) or later, or \(earlier.text(language)) to \(laterDate) or earlier"
                }
            }
        }
    }
}
