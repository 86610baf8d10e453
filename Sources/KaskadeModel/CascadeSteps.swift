// The steps of the cascade, defined once (rules.md, "Steps of the cascade"):
//
// - step 1 for an område A: the earliest non-cancelled `drøftelse` of the direktion that is
//   `med chefgruppen` or names A;
// - step 2 for a unit U of A: the earliest non-cancelled `drøftelse` of A, on or after A's
//   step 1, that is `med lederne` or names U or the virksomhed that contains U;
// - step 3 for U: its own earliest non-cancelled `oplæg`; the briefing is the `orientering`
//   of U's KOMPUS (its own or its area's).
//
// K201, K205, K304 and K409, the REPL's `show` and the calendar all ask this type, so the
// rules and the answers can never disagree about what a step is.

import KaskadeSyntax

public struct CascadeSteps: Sendable {
    public let plan: Plan
    /// The direktion's non-cancelled discussions with the heads of area (`med chefgruppen`
    /// or with named områder), in plan order.
    public let boardDiscussions: [Int]

    public init(_ plan: Plan) {
        self.plan = plan
        guard let board = plan.board else {
            boardDiscussions = []
            return
        }
        boardDiscussions = plan.units[board].events.filter { index in
            let event = plan.events[index]
            guard event.kind == .discussion, event.status.counts else { return false }
            switch event.audience {
            case .heads, .units: return true
            default: return false
            }
        }
    }

    /// A step that exists: the event that is it, and its date where it has one.
    public struct Step: Sendable, Hashable {
        public var event: Int
        public var date: Day?
    }

    // MARK: - Step 1

    /// Whether a step-1 discussion includes area `area`.
    public func includes(_ event: Int, area: Int) -> Bool {
        switch plan.events[event].audience {
        case .heads: true
        case .units: plan.events[event].with.contains(target: area)
        default: false
        }
    }

    /// Step 1 for an område: the earliest board discussion that includes it.
    public func stepOne(area: Int) -> Step? {
        earliest(boardDiscussions.filter { includes($0, area: area) })
    }

    // MARK: - Step 2

    /// The area's non-cancelled discussions with its leaders or with named units, whatever
    /// their date: the candidates for step 2.
    public func areaDiscussions(of area: Int) -> [Int] {
        plan.units[area].events.filter { index in
            let event = plan.events[index]
            guard event.kind == .discussion, event.status.counts else { return false }
            switch event.audience {
            case .leaders, .units: return true
            default: return false
            }
        }
    }

    /// Whether an area discussion reaches unit `unit`: `med lederne`, or it names the unit
    /// or the virksomhed that contains it.
    public func reaches(_ event: Int, unit: Int) -> Bool {
        switch plan.events[event].audience {
        case .leaders: return true
        case .units:
            let named = plan.events[event].with
            if named.contains(target: unit) { return true }
            if let parent = plan.units[unit].parent, plan.units[parent].kind == .institution {
                return named.contains(target: parent)
            }
            return false
        default:
            return false
        }
    }

    /// The area discussions that reach a unit, whatever their date.
    public func discussionsReaching(_ unit: Int) -> [Int] {
        guard let area = plan.area(of: unit) else { return [] }
        return areaDiscussions(of: area).filter { reaches($0, unit: unit) }
    }

    /// Whether a discussion lies on or after the area's step 1 (always, when there is no
    /// dated step 1 or the discussion has no date: steps that cannot be compared are not).
    public func isAfterStepOne(_ event: Int, area: Int) -> Bool {
        guard let one = stepOne(area: area)?.date, let date = plan.events[event].date else { return true }
        return date >= one
    }

    /// Step 2 for a local unit.
    public func stepTwo(unit: Int) -> Step? {
        guard let area = plan.area(of: unit) else { return nil }
        return earliest(discussionsReaching(unit).filter { isAfterStepOne($0, area: area) })
    }

    // MARK: - Step 3 and the briefing

    /// Step 3: the unit's earliest non-cancelled proposal.
    public func stepThree(unit: Int) -> Step? {
        earliest(plan.units[unit].events.filter {
            plan.events[$0].kind == .proposal && plan.events[$0].status.counts
        })
    }

    /// The briefing of the unit's KOMPUS, with the KOMPUS it belongs to.
    public func briefing(unit: Int) -> (kompus: Int, date: Day)? {
        guard let kompus = plan.effectiveKompus(of: unit), let date = plan.kompuses[kompus].briefing else { return nil }
        return (kompus, date)
    }

    /// Which step an event is, for the calendar and `show`: 1 for a step-1 discussion, 2
    /// for a discussion that is some unit's step 2, 3 for a proposal that is its unit's step 3.
    public func stepNumber(ofEvent event: Int) -> Int? {
        let item = plan.events[event]
        guard item.status.counts else { return nil }
        switch (item.kind, plan.units[item.owner].kind) {
        case (.discussion, .board):
            return boardDiscussions.contains(event) ? 1 : nil
        case (.discussion, .area):
            let area = item.owner
            guard areaDiscussions(of: area).contains(event), isAfterStepOne(event, area: area) else { return nil }
            return 2
        case (.proposal, _):
            return stepThree(unit: item.owner)?.event == event ? 3 : nil
        default:
            return nil
        }
    }

    /// The earliest of some events: the earliest dated one, else the first undated one.
    func earliest(_ events: [Int]) -> Step? {
        var best: Step?
        for index in events {
            let date = plan.events[index].date
            guard let current = best else {
                best = Step(event: index, date: date)
                continue
            }
            if let date, current.date.map({ date < $0 }) ?? true { best = Step(event: index, date: date) }
        }
        return best
    }
}
