// K2xx: the direktion, step 1 of the cascade.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Rules {
    static let boardChecks: [CascadeRule] = [
        CascadeRule(id: .annualBoardDiscussion, check: checkBoardDiscussion),
        CascadeRule(id: .boardDiscussionTopics, check: checkBoardDiscussionTopics),
        CascadeRule(id: .boardSetsGoals, check: checkBoardSetsGoals),
        CascadeRule(id: .boardGoalFollowsPolitics, check: checkBoardGoalsFollowPolitics),
        CascadeRule(id: .areaLeftOut, check: checkAreasIncluded),
        CascadeRule(id: .centralEvaluation, check: checkCentralEvaluation),
        CascadeRule(id: .politicalGoalUnused, check: checkPoliticalGoalsUsed),
    ]

    /// K201: exactly one step-1 discussion (none is an error, a second one a warning).
    static func checkBoardDiscussion(_ context: inout RuleContext) {
        let plan = context.plan
        let year = plan.year.map(String.init) ?? "the plan year"
        guard let board = plan.board else {
            if let header = plan.headerSpan {
                context.report(.annualBoardDiscussion, "the plan has no direktion, so no step-1 discussion with the heads of area",
                               at: header, label: "no direktion in this plan",
                               help: "add `direktion DIR \"Direktionen\" { drøftelse \(plan.year.map { "\($0 - 1)" } ?? "2026")-11-20 med chefgruppen om … }`")
            }
            return
        }
        let discussions = context.boardDiscussions
        if discussions.isEmpty {
            context.report(.annualBoardDiscussion, "direktion \(plan.units[board].id) \"\(plan.units[board].title)\" has no discussion with the heads of area for \(year)",
                           at: plan.units[board].nameSpan, label: "no `drøftelse med chefgruppen`",
                           help: "add `drøftelse \(plan.year.map { "\($0 - 1)" } ?? "2026")-11-20 med chefgruppen om <political goals>` to direktion \(plan.units[board].id)")
        }
        for extra in discussions.dropFirst() {
            context.report(.annualBoardDiscussion, "direktion \(plan.units[board].id) has more than one step-1 discussion; the guideline asks for one a year",
                           at: plan.events[extra].keywordSpan, label: "a second step-1 discussion",
                           secondary: [Label(plan.events[discussions[0]].keywordSpan, "the first")],
                           help: "keep one, or mark the other `status aflyst`", severity: .warning)
        }
    }

    /// K202: a step-1 discussion must be about political goals.
    static func checkBoardDiscussionTopics(_ context: inout RuleContext) {
        let plan = context.plan
        for index in context.boardDiscussions {
            let event = plan.events[index]
            guard event.about.isGiven, !event.about.hasUnresolved else { continue }
            if event.about.items.contains(where: { $0.kind == .maal && plan.isPolitical(goal: $0.index) }) { continue }
            let political = plan.goals.indices.filter { plan.isPolitical(goal: $0) }.prefix(2).map { plan.goals[$0].id }
            context.report(.boardDiscussionTopics, "the direktion's discussion on \(context.dateText(index)) names no political goal in `om`",
                           at: event.keywordSpan, label: "no goal of the council or a committee",
                           help: political.isEmpty ? "name the council's or the committees' goals in `om`" : "name the political goals it discusses, e.g. `om \(political.joined(separator: ", "))`")
        }
    }

    /// K203: the direktion sets competence goals for the coming year.
    static func checkBoardSetsGoals(_ context: inout RuleContext) {
        let plan = context.plan
        guard let board = plan.board, plan.units[board].goals.isEmpty else { return }
        context.report(.boardSetsGoals, "direktion \(plan.units[board].id) \"\(plan.units[board].title)\" sets no competence goal",
                       at: plan.units[board].nameSpan, label: "no `mål`",
                       help: "add `mål D1 \"…\" følger <political goal>` to direktion \(plan.units[board].id)")
    }

    /// K204: each direktion goal names a political goal in `følger`.
    static func checkBoardGoalsFollowPolitics(_ context: inout RuleContext) {
        let plan = context.plan
        guard let board = plan.board else { return }
        for goal in plan.units[board].goals where !context.goalsInCycles.contains(goal) {
            let follows = plan.goals[goal].follows
            guard !follows.hasUnresolved else { continue }
            if follows.items.contains(where: { plan.isPolitical(goal: $0.index) }) { continue }
            let what = follows.isGiven ? "follows no goal of the council or a committee" : "names nothing it `følger`"
            context.report(.boardGoalFollowsPolitics, "direktion goal \(plan.label(EntityRef(kind: .maal, index: goal))) \(what)",
                           at: plan.goals[goal].nameSpan, label: "not tied to a political goal",
                           help: "let it follow the political goal it serves: `følger <goal of the council or a committee>`")
        }
    }

    /// K205: every area takes part in step 1 (said only when there is a step-1 discussion).
    static func checkAreasIncluded(_ context: inout RuleContext) {
        let plan = context.plan
        let discussions = context.boardDiscussions
        guard !discussions.isEmpty else { return }
        if discussions.contains(where: { if case .heads = plan.events[$0].audience { true } else { false } }) { return }
        var included = Set<Int>()
        for index in discussions { included.formUnion(plan.events[index].with.targets) }
        for area in plan.units(.area) where !included.contains(area) {
            context.report(.areaLeftOut, "\(plan.unitLabel(area)) takes part in no step-1 discussion of the direktion",
                           at: plan.units[area].nameSpan, label: "left out of step 1",
                           help: "add \(plan.units[area].id) to the direktion's `drøftelse … med`, or discuss `med chefgruppen`")
        }
    }

    /// K206: effect is evaluated centrally: in the direktion or in an area.
    static func checkCentralEvaluation(_ context: inout RuleContext) {
        let plan = context.plan
        let central = plan.units.indices.filter { plan.units[$0].kind == .board || plan.units[$0].kind == .area }
        if central.contains(where: { !context.counting(.evaluation, of: $0).isEmpty }) { return }
        guard let at = plan.board.map({ plan.units[$0].nameSpan }) ?? plan.headerSpan else { return }
        context.report(.centralEvaluation, "no evaluation of the effect in the direktion or in any område",
                       at: at, label: "no central `evaluering`",
                       help: "add `evaluering \(plan.year.map(String.init) ?? "2027")-11-15 om <goals>` to the direktion")
    }

    /// K207: a political goal nothing follows.
    static func checkPoliticalGoalsUsed(_ context: inout RuleContext) {
        let plan = context.plan
        for goal in plan.goals.indices where plan.isPolitical(goal: goal) && plan.goals[goal].followedBy.isEmpty {
            context.report(.politicalGoalUnused, "political goal \(plan.label(EntityRef(kind: .maal, index: goal))) is followed by no goal",
                           at: plan.goals[goal].nameSpan, label: "followed by nothing",
                           help: "let a direktion or area goal follow it, or remove it from the plan")
        }
    }
}
