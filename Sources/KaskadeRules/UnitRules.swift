// K4xx: the units (virksomheder and afdelinger), step 3 and KOMPUS.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Rules {
    static let unitChecks: [CascadeRule] = [
        CascadeRule(id: .localGoalMisaligned, check: checkLocalGoalsAligned),
        CascadeRule(id: .noProposal, check: checkProposals),
        CascadeRule(id: .courseMisaligned, check: checkCoursesAligned),
        CascadeRule(id: .noKompusConcept, check: checkKompusConcept),
        CascadeRule(id: .lateBriefing, check: checkBriefingInTime),
        CascadeRule(id: .noPreparationExpectation, check: checkPreparationExpected),
        CascadeRule(id: .kompusOutsideYear, check: checkKompusInYear),
        CascadeRule(id: .localEvaluation, check: checkLocalEvaluation),
        CascadeRule(id: .cascadeOrder, check: checkCascadeOrder),
    ]

    /// K401: a unit has goals, and each leads back to one of its own area's goals.
    static func checkLocalGoalsAligned(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            let areaGoals = plan.area(of: unit).map { Set(plan.units[$0].goals) } ?? []
            let areaID = plan.area(of: unit).map { plan.units[$0].id } ?? "?"
            if plan.units[unit].goals.isEmpty {
                let suggestion = areaGoals.min().map { plan.goals[$0].id } ?? "<area goal>"
                context.report(.localGoalMisaligned, "\(plan.unitLabel(unit)) sets no goal of its own",
                               at: plan.units[unit].nameSpan, label: "no local `mål`",
                               help: "add `mål \(plan.units[unit].id)1 \"…\" følger \(suggestion)`")
                continue
            }
            for goal in plan.units[unit].goals where !plan.goals[goal].follows.hasUnresolved && !context.goalsInCycles.contains(goal) {
                let nearest = plan.nearestGoals(above: goal) { plan.level(of: $0) == .area }
                guard nearest.isDisjoint(with: areaGoals) else { continue }
                let why = nearest.isEmpty ? "leads back to no area goal" : "leads back to \(nearest.map { plan.goals[$0].id }.sorted().joined(separator: ", ")), not to a goal of its own område \(areaID)"
                context.report(.localGoalMisaligned, "local goal \(plan.label(EntityRef(kind: .maal, index: goal))) of \(plan.units[unit].id) \(why)",
                               at: plan.goals[goal].nameSpan, label: "misaligned",
                               help: "let it follow a goal of område \(areaID)\(areaGoals.min().map { " (such as \(plan.goals[$0].id))" } ?? "")")
            }
        }
    }

    /// K402: each unit proposes its own focus for the coming KOMPUS.
    static func checkProposals(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where context.counting(.proposal, of: unit).isEmpty {
            let course = plan.units[unit].courses.first.map { " om \(plan.courses[$0].id)" } ?? ""
            context.report(.noProposal, "\(plan.unitLabel(unit)) has no proposal (`oplæg`) for the coming KOMPUS",
                           at: plan.units[unit].nameSpan, label: "no `oplæg`",
                           help: "add `oplæg \(plan.year.map(String.init) ?? "2027")-02-01\(course)` to \(plan.units[unit].id)")
        }
    }

    /// K403: each course a unit prioritises follows one of that unit's goals.
    static func checkCoursesAligned(_ context: inout RuleContext) {
        let plan = context.plan
        for course in plan.courses.indices {
            let item = plan.courses[course]
            guard item.follows.isGiven, !item.follows.hasUnresolved else { continue }
            if item.follows.items.contains(where: { plan.goals[$0.index].owner == item.unit }) { continue }
            let own = plan.units[item.unit].goals.first.map { plan.goals[$0].id }
            context.report(.courseMisaligned, "course \(plan.label(EntityRef(kind: .uddannelse, index: course))) follows no goal of its own unit \(plan.units[item.unit].id)",
                           at: item.nameSpan, label: "not tied to the unit's goals",
                           help: own.map { "let it follow \($0), a goal of \(plan.units[item.unit].id)" } ?? "give \(plan.units[item.unit].id) a goal and let the course follow it")
        }
    }

    /// K404: each unit has a KOMPUS (its own or inherited) with a concept.
    static func checkKompusConcept(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            guard let kompus = plan.effectiveKompus(of: unit) else {
                context.report(.noKompusConcept, "\(plan.unitLabel(unit)) has no KOMPUS, neither its own nor its area's",
                               at: plan.units[unit].nameSpan, label: "no `kompus`",
                               help: "add `kompus koncept MUS orientering … samtaler …` to \(plan.units[unit].id) or to its område")
                continue
            }
            guard !plan.kompuses[kompus].concept.isGiven else { continue }
            context.report(.noKompusConcept, "the KOMPUS of \(plan.unitLabel(unit)) names no concept",
                           at: plan.units[unit].nameSpan, label: "no `koncept`",
                           secondary: [Label(plan.kompuses[kompus].keywordSpan, "this KOMPUS")],
                           help: "add `koncept \(plan.concepts.first?.id ?? "MUS")` to the KOMPUS")
        }
    }

    /// The KOMPUS statements that some unit uses, in plan order (each checked once).
    static func kompusesInUse(_ context: RuleContext) -> [Int] {
        Set(context.localUnits.compactMap { context.plan.effectiveKompus(of: $0) }).sorted()
    }

    /// K405: the briefing comes before the first conversation, by at least the notice.
    static func checkBriefingInTime(_ context: inout RuleContext) {
        let plan = context.plan
        for index in kompusesInUse(context) {
            let kompus = plan.kompuses[index]
            guard let briefing = kompus.briefing, let span = kompus.briefingSpan, let period = kompus.period else { continue }
            let notice = kompus.notice ?? context.notice(for: .lateBriefing) ?? 0
            let gap = period.lowerBound - briefing
            guard gap < max(notice, 1) else { continue }
            let need = notice > 0 ? "at least \(notice) days before" : "before"
            context.report(.lateBriefing, "the briefing on \(briefing) for \(plan.unitLabel(kompus.unit)) is not \(need) the first conversation on \(period.lowerBound)",
                           at: span, label: gap <= 0 ? "not before the conversations" : "only \(gap) days before",
                           secondary: kompus.periodSpan.map { [Label($0, "the conversations start here")] } ?? [],
                           help: "brief the employees by \(period.lowerBound + (-max(notice, 1)))")
        }
    }

    /// K406: the employees know what to prepare.
    static func checkPreparationExpected(_ context: inout RuleContext) {
        let plan = context.plan
        for index in kompusesInUse(context) {
            let kompus = plan.kompuses[index]
            guard let concept = kompus.concept.items.first?.index else { continue }
            guard kompus.expectation == nil, plan.concepts[concept].preparation == nil else { continue }
            context.report(.noPreparationExpectation, "the KOMPUS of \(plan.unitLabel(kompus.unit)) does not say what the employee is expected to prepare",
                           at: kompus.keywordSpan, label: "no `forventning`",
                           help: "add `forventning \"…\"` to the KOMPUS, or `forberedelse \"…\"` to koncept \(plan.concepts[concept].id)")
        }
    }

    /// K407: the conversations fall in the plan year.
    static func checkKompusInYear(_ context: inout RuleContext) {
        let plan = context.plan
        guard let year = plan.year else { return }
        for index in kompusesInUse(context) {
            let kompus = plan.kompuses[index]
            guard let period = kompus.period, let span = kompus.periodSpan else { continue }
            guard period.lowerBound.year != year || period.upperBound.year != year else { continue }
            context.report(.kompusOutsideYear, "the conversation period \(period.lowerBound)..\(period.upperBound) of \(plan.unitLabel(kompus.unit)) is not inside \(year)",
                           at: span, label: "not inside \(year)",
                           help: "hold the conversations within \(year)")
        }
    }

    /// K408: effect is evaluated locally too.
    static func checkLocalEvaluation(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where context.counting(.evaluation, of: unit).isEmpty {
            let goal = plan.units[unit].goals.first.map { " om \(plan.goals[$0].id)" } ?? ""
            context.report(.localEvaluation, "\(plan.unitLabel(unit)) has no evaluation (`evaluering`)",
                           at: plan.units[unit].nameSpan, label: "no `evaluering`",
                           help: "add `evaluering \(plan.year.map(String.init) ?? "2027")-10-01\(goal)` to \(plan.units[unit].id)")
        }
    }

    /// K409: step 1 < step 2 < oplæg < orientering, comparing only the steps that exist.
    static func checkCascadeOrder(_ context: inout RuleContext) {
        let plan = context.plan
        let stepOne = context.stepOne.map { Step(name: "the direktion's discussion (step 1)", date: $0.date, span: plan.events[$0.event].keywordSpan) }
        for unit in context.localUnits {
            var steps: [Step] = []
            if let stepOne { steps.append(stepOne) }
            if let area = plan.area(of: unit), let two = context.earliest(context.areaDiscussions(of: area, reaching: unit)) {
                steps.append(Step(name: "område \(plan.units[area].id)'s discussion with the leaders (step 2)", date: two.date, span: plan.events[two.event].keywordSpan))
            }
            if let three = context.earliest(context.counting(.proposal, of: unit)) {
                steps.append(Step(name: "the proposal (step 3)", date: three.date, span: plan.events[three.event].keywordSpan))
            }
            if let kompus = plan.effectiveKompus(of: unit), let briefing = plan.kompuses[kompus].briefing,
               let span = plan.kompuses[kompus].briefingSpan {
                steps.append(Step(name: "the briefing", date: briefing, span: span))
            }
            guard let pair = zip(steps, steps.dropFirst()).first(where: { !($0.0.date < $0.1.date) }) else { continue }
            let (earlier, later) = pair
            context.report(.cascadeOrder, "the cascade is out of order for \(plan.unitLabel(unit)): \(later.name) on \(later.date) is not after \(earlier.name) on \(earlier.date)",
                           at: plan.units[unit].nameSpan, label: "steps out of order",
                           secondary: [Label(earlier.span, "\(earlier.date)"), Label(later.span, "\(later.date)")],
                           help: "move \(later.name) after \(earlier.date), or \(earlier.name) before \(later.date)")
        }
    }

    struct Step {
        var name: String
        var date: Day
        var span: Span
    }
}
