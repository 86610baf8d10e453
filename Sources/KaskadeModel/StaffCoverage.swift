// Coverage as tool.md ("Counting employees") counts it: against a unit's declared staff
// (`medarbejdere N`) where the plan gives it, against the employees listed only where it
// does not; a unit's figures include the units below it. The one count that the REPL's
// `coverage`, `query` and the leaders' report all show.

public struct StaffCoverage: Sendable {
    public struct Count: Sendable, Equatable {
        /// What the shares are counted against: declared staff where given, else listed.
        public var staff = 0
        public var listed = 0
        /// Whether `staff` rests on a declared `medarbejdere` anywhere in the subtree.
        public var declared = false
        public var conversation = 0
        public var development = 0
        public var aligned = 0

        public init(staff: Int = 0, listed: Int = 0, declared: Bool = false, conversation: Int = 0,
                    development: Int = 0, aligned: Int = 0) {
            self.staff = staff
            self.listed = listed
            self.declared = declared
            self.conversation = conversation
            self.development = development
            self.aligned = aligned
        }
    }

    /// Per unit, itself and everything below it.
    public private(set) var counts: [Count]

    public init(plan: Plan) {
        let political = StaffCoverage.politicalCourses(plan)
        var own = [Count](repeating: Count(), count: plan.units.count)
        plan.employees.withUnsafeBufferPointer { employees in
            for employee in employees {
                var count = own[employee.unit]
                count.listed += 1
                if employee.conversation != nil && employee.status.counts { count.conversation += 1 }
                if !employee.development.isEmpty { count.development += 1 }
                if employee.development.contains(where: { political[$0.index] }) { count.aligned += 1 }
                own[employee.unit] = count
            }
        }
        counts = own
        for unit in plan.units.indices where plan.units[unit].parent == nil { _ = total(unit, plan, own) }
    }

    /// Adds up a unit's subtree, then puts its declared staff in place of the listed count.
    private mutating func total(_ unit: Int, _ plan: Plan, _ own: [Count]) -> Count {
        var sum = own[unit]
        sum.staff = own[unit].listed
        for child in plan.units[unit].children {
            let below = total(child, plan, own)
            sum.listed += below.listed
            sum.staff += below.staff
            sum.declared = sum.declared || below.declared
            sum.conversation += below.conversation
            sum.development += below.development
            sum.aligned += below.aligned
        }
        if let declared = plan.units[unit].staffCount {
            // Fewer declared than listed is its own finding (K505); never more than 100 %.
            sum.staff = max(declared, sum.listed)
            sum.declared = true
        }
        counts[unit] = sum
        return sum
    }

    /// Whether each course follows a goal that is political or leads back to one.
    static func politicalCourses(_ plan: Plan) -> [Bool] {
        // 0 not yet known, 1 being visited (a cycle counts as no), 2 yes, 3 no.
        var state = [UInt8](repeating: 0, count: plan.goals.count)
        func leadsToPolitics(_ goal: Int) -> Bool {
            switch state[goal] {
            case 2: return true
            case 1, 3: return false
            default: break
            }
            state[goal] = 1
            let yes = plan.isPolitical(goal: goal) || plan.goals[goal].follows.contains { leadsToPolitics($0.index) }
            state[goal] = yes ? 2 : 3
            return yes
        }
        return plan.courses.map { course in course.follows.contains { leadsToPolitics($0.index) } }
    }
}
