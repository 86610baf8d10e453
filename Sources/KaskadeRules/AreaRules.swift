// K3xx: the heads of area (chefer), step 2 of the cascade.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Rules {
    static let areaChecks: [CascadeRule] = [
        CascadeRule(id: .areaSetsNoGoals, check: checkAreaSetsGoals),
        CascadeRule(id: .areaGoalMisaligned, check: checkAreaGoalsAligned),
        CascadeRule(id: .committeeGoalNotCarried, check: checkCommitteeGoalsCarried),
        CascadeRule(id: .directionNotCommunicated, check: checkDirectionCommunicated),
        CascadeRule(id: .annualFollowUp, check: checkAnnualFollowUp),
        CascadeRule(id: .followUpWithoutGoals, check: checkFollowUpsHaveGoals),
    ]

    /// K301.
    static func checkAreaSetsGoals(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) where plan.units[area].goals.isEmpty {
            context.report(.areaSetsNoGoals, "\(plan.unitLabel(area)) sets no area goal of its own",
                           at: plan.units[area].nameSpan, label: "no `mål`",
                           help: "add `mål \(plan.units[area].id)1 \"…\" følger <direktion goal>` to område \(plan.units[area].id)")
        }
    }

    /// The goals an area goal may lead back to: its own committees' goals and the council's.
    static func allowedPolitics(_ plan: Plan, area: Int, councilGoals: Set<Int>) -> Set<Int> {
        var allowed = councilGoals
        for committee in plan.units[area].committees.items { allowed.formUnion(plan.units[committee.index].goals) }
        return allowed
    }

    /// K302: an area goal's nearest political goals include its own committee's or the council's.
    static func checkAreaGoalsAligned(_ context: inout RuleContext) {
        let plan = context.plan
        let councilGoals = Set(plan.units(.council).flatMap { plan.units[$0].goals })
        for area in plan.units(.area) where !plan.units[area].committees.hasUnresolved {
            let allowed = allowedPolitics(plan, area: area, councilGoals: councilGoals)
            let committees = plan.units[area].committees.items.map { plan.units[$0.index].id }.joined(separator: ", ")
            for goal in plan.units[area].goals where !plan.goals[goal].follows.hasUnresolved && !context.goalsInCycles.contains(goal) {
                let nearest = plan.nearestGoals(above: goal) { plan.isPolitical(goal: $0) }
                guard nearest.isDisjoint(with: allowed) else { continue }
                let reached = nearest.map { plan.goals[$0].id }.sorted()
                let why = reached.isEmpty ? "leads back to no political goal" : "leads back to \(reached.joined(separator: ", ")), not to a goal of its committee (\(committees)) or the council"
                context.report(.areaGoalMisaligned, "area goal \(plan.label(EntityRef(kind: .maal, index: goal))) of område \(plan.units[area].id) \(why)",
                               at: plan.goals[goal].nameSpan, label: "misaligned",
                               help: "let it follow a direktion goal that serves \(committees.isEmpty ? "the area's committee" : committees), or one of \(committees.isEmpty ? "its committee's" : committees + "'s") goals")
            }
        }
    }

    /// K303: each goal of the area's own committees is carried by an area goal.
    static func checkCommitteeGoalsCarried(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) {
            if plan.units[area].goals.contains(where: { plan.goals[$0].follows.hasUnresolved }) { continue }
            var carried = Set<Int>()
            for goal in plan.units[area].goals {
                carried.formUnion(plan.nearestGoals(above: goal) { plan.isPolitical(goal: $0) })
            }
            for committee in plan.units[area].committees.items {
                for goal in plan.units[committee.index].goals where !carried.contains(goal) {
                    context.report(.committeeGoalNotCarried, "no area goal of område \(plan.units[area].id) carries \(plan.label(EntityRef(kind: .maal, index: goal))) of its committee \(plan.units[committee.index].id)",
                                   at: committee.span, label: "\(plan.goals[goal].id) not carried",
                                   secondary: [Label(plan.goals[goal].nameSpan, "the committee's goal")],
                                   help: "add an area goal that `følger` \(plan.goals[goal].id), or a direktion goal that does")
                }
            }
        }
    }

    /// K304: after step 1, the chef discusses the direction with the leaders of the area.
    static func checkDirectionCommunicated(_ context: inout RuleContext) {
        let plan = context.plan
        let stepOne = context.stepOne
        for area in plan.units(.area) {
            let units = Set(plan.units[area].children)
            let communicated = plan.units[area].events.contains { index in
                let event = plan.events[index]
                guard event.kind == .discussion, event.status.counts else { return false }
                switch event.audience {
                case .leaders: break
                case .units: guard units.isSubset(of: event.with.targets) else { return false }
                default: return false
                }
                guard let stepOne, let date = event.date else { return true }
                return stepOne.date < date
            }
            guard !communicated else { continue }
            let after = stepOne.map { " after the direktion's discussion on \($0.date)" } ?? ""
            let goals = plan.units[area].goals.prefix(2).map { plan.goals[$0].id }.joined(separator: ", ")
            let date = stepOne.map { "\($0.date + 30)" } ?? "\(plan.year ?? 2027)-01-15"
            context.report(.directionNotCommunicated, "\(plan.unitLabel(area)) has no discussion with its leaders\(after)",
                           at: plan.units[area].nameSpan, label: "direction not passed on",
                           secondary: stepOne.map { [Label(plan.events[$0.event].keywordSpan, "step 1 is here")] } ?? [],
                           help: "add `drøftelse \(date) med lederne om \(goals.isEmpty ? "<area goals>" : goals)` to område \(plan.units[area].id)")
        }
    }

    /// K305: every institution of the area has a follow-up in the plan year.
    static func checkAnnualFollowUp(_ context: inout RuleContext) {
        let plan = context.plan
        let year = plan.year.map(String.init) ?? "the plan year"
        for area in plan.units(.area) {
            var followed = Set<Int>()
            for index in context.counting(.followUp, of: area) {
                let event = plan.events[index]
                if let date = event.date, !context.inPlanYear(date) { continue }
                followed.formUnion(event.with.targets)
            }
            let about = plan.units[area].goals.first.map { " om \(plan.goals[$0].id)" } ?? ""
            for unit in plan.units[area].children where plan.units[unit].kind == .institution && !followed.contains(unit) {
                let statement = "opfølgning \(plan.year.map(String.init) ?? "2027")-09-01 med \(plan.units[unit].id)\(about)"
                context.sink.report(Diagnostic(
                    .annualFollowUp, "område \(plan.units[area].id) has no follow-up with \(plan.units[unit].id) \"\(plan.units[unit].title)\" in \(year)",
                    at: Label(plan.units[unit].nameSpan, "this institution"),
                    help: "add `\(statement)` to område \(plan.units[area].id)",
                    fixes: lineInBlock(statement, of: plan.units[area], in: plan).map { [Fix("add `\(statement)` to område \(plan.units[area].id)", [$0])] } ?? []))
            }
        }
    }

    /// K306: a follow-up is about goals.
    static func checkFollowUpsHaveGoals(_ context: inout RuleContext) {
        let plan = context.plan
        for index in plan.events.indices {
            let event = plan.events[index]
            guard event.kind == .followUp, event.status.counts, event.about.items.isEmpty, !event.about.hasUnresolved else { continue }
            let goals = plan.units[event.owner].goals.prefix(1).map { plan.goals[$0].id }
            context.report(.followUpWithoutGoals, "the follow-up on \(context.dateText(index)) in område \(plan.units[event.owner].id) names no goal in `om`",
                           at: event.keywordSpan, label: "about no goal",
                           help: "say which goals it follows up on: `om \(goals.first ?? "<area goal>")`")
        }
    }

    /// An edit that adds `statement` as the last line of a unit's block, indented one step
    /// deeper than the closing brace; nil when the unit has no block.
    static func lineInBlock(_ statement: String, of unit: Unit, in plan: Plan) -> Edit? {
        let source = plan.sources[unit.extent.file], close = Int(unit.extent.end) - 1
        guard close >= 0, close < source.bytes.count, source.bytes[close] == UInt8(ascii: "}") else { return nil }
        let lineStart = Int(source.lineStarts[source.line(of: close) - 1])
        let before = source.bytes[lineStart..<close]
        let indent = String(decoding: before, as: UTF8.self)
        if before.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return Edit(Span(file: unit.extent.file, start: lineStart, end: lineStart), indent + "  " + statement + "\n")
        }
        return Edit(Span(file: unit.extent.file, start: close, end: close), "\n  " + statement + "\n")
    }
}
