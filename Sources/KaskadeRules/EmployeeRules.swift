// K5xx: the employees; K6xx: competences and tasks.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Rules {
    static let employeeChecks: [CascadeRule] = [
        CascadeRule(id: .conversationMissing, check: checkConversations),
        CascadeRule(id: .developmentMisaligned, check: checkDevelopmentAligned),
        CascadeRule(id: .overdue, check: checkOverdue),
        CascadeRule(id: .noDevelopmentPlan, check: checkDevelopmentPlans),
        CascadeRule(id: .staffCountMismatch, check: checkStaffCounts),
    ]

    static let competenceChecks: [CascadeRule] = [
        CascadeRule(id: .competenceGap, check: checkCompetenceGaps),
        CascadeRule(id: .singleHolder, check: checkSingleHolders),
    ]

    /// K501: each employee has a conversation, inside the unit's conversation period.
    static func checkConversations(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees {
            let kompus = plan.effectiveKompus(of: employee.unit).map { plan.kompuses[$0] }
            let period = kompus?.period
            guard let date = employee.conversation, employee.status.counts else {
                let when = period.map { "\($0.lowerBound)" } ?? "\(plan.year ?? 2027)-03-15"
                context.report(.conversationMissing, "employee \(employee.id) of \(plan.units[employee.unit].id) has no \(employee.status.counts ? "" : "held or planned ")conversation (`samtale`)",
                               at: employee.nameSpan, label: "no `samtale`",
                               help: "add `samtale \(when)` to medarbejder \(employee.id)")
                continue
            }
            guard let period, let span = employee.conversationSpan, !period.contains(date) else { continue }
            context.report(.conversationMissing, "employee \(employee.id)'s conversation on \(date) is outside the conversation period \(period.lowerBound)..\(period.upperBound) of \(plan.units[employee.unit].id)",
                           at: span, label: "outside the period",
                           secondary: kompus?.periodSpan.map { [Label($0, "the period")] } ?? [],
                           help: "move the conversation into \(period.lowerBound)..\(period.upperBound)")
        }
    }

    /// K502: an employee develops through courses their own unit prioritises.
    static func checkDevelopmentAligned(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees {
            for reference in employee.development.items where plan.courses[reference.index].unit != employee.unit {
                let course = plan.courses[reference.index]
                context.report(.developmentMisaligned, "employee \(employee.id) of \(plan.units[employee.unit].id) is to take \(plan.label(EntityRef(kind: .uddannelse, index: reference.index))), which \(plan.units[employee.unit].id) does not prioritise (it is \(plan.units[course.unit].id)'s)",
                               at: reference.span, label: "another unit's course",
                               help: "choose a course of \(plan.units[employee.unit].id), or add the course to \(plan.units[employee.unit].id)'s prioritised courses")
            }
        }
    }

    /// K503: planned events whose day has passed.
    static func checkOverdue(_ context: inout RuleContext) {
        guard let asOf = context.asOf else { return }
        let plan = context.plan
        for event in plan.events where event.status == .planned {
            guard let date = event.date, let span = event.dateSpan, date < asOf else { continue }
            context.report(.overdue, "the \(event.kind.keyword.danish) on \(date) in \(plan.unitLabel(event.owner)) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark it `status afholdt` if it took place, `status aflyst` if not, or move it")
        }
        for kompus in plan.kompuses {
            guard let date = kompus.briefing, let span = kompus.briefingSpan, date < asOf else { continue }
            context.report(.overdue, "the KOMPUS briefing on \(date) in \(plan.unitLabel(kompus.unit)) lies before \(asOf)",
                           at: span, label: "overdue", help: "check that the employees were briefed")
        }
        for employee in plan.employees where employee.status == .planned {
            guard let date = employee.conversation, let span = employee.conversationSpan, date < asOf else { continue }
            context.report(.overdue, "employee \(employee.id)'s conversation on \(date) is still planned, and \(asOf) has come",
                           at: span, label: "overdue",
                           help: "mark it `status afholdt` if it took place, or plan a new date")
        }
    }

    /// K504.
    static func checkDevelopmentPlans(_ context: inout RuleContext) {
        let plan = context.plan
        for employee in plan.employees where employee.development.items.isEmpty && !employee.development.hasUnresolved {
            let course = plan.units[employee.unit].courses.first.map { plan.courses[$0].id }
            context.report(.noDevelopmentPlan, "employee \(employee.id) of \(plan.units[employee.unit].id) has no development item (`udvikling`)",
                           at: employee.nameSpan, label: "no `udvikling`",
                           help: course.map { "add `udvikling \($0)` to medarbejder \(employee.id)" } ?? "agree a development item at the conversation")
        }
    }

    /// K505.
    static func checkStaffCounts(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits {
            guard let count = plan.units[unit].staffCount, plan.units[unit].employees.count > count else { continue }
            let listed = plan.units[unit].employees.count
            context.report(.staffCountMismatch, "\(plan.unitLabel(unit)) lists \(listed) employees but says `medarbejdere \(count)`",
                           at: plan.units[unit].nameSpan, label: "\(listed) listed",
                           help: "set `medarbejdere \(listed)` or more")
        }
    }

    /// For the competences a unit's tasks require (a handful): how many of its employees hold
    /// each, and whether one of its courses gives it. Plain arrays over the few required
    /// competences, so a unit of any size costs one pass over its employees.
    struct CompetenceCover {
        var required: [Int] = []
        var holders: [Int] = []
        var given: [Bool] = []

        init(_ plan: Plan, unit: Int) {
            for task in plan.units[unit].tasks {
                for item in plan.tasks[task].requires.items where !required.contains(item.index) {
                    required.append(item.index)
                }
            }
            holders = Array(repeating: 0, count: required.count)
            given = Array(repeating: false, count: required.count)
            for employee in plan.units[unit].employees {
                let items = plan.employees[employee].competences.items
                for (position, item) in items.enumerated() {
                    guard let slot = required.firstIndex(of: item.index) else { continue }
                    // An employee who lists a competence twice holds it once.
                    if items[..<position].contains(where: { $0.index == item.index }) { continue }
                    holders[slot] += 1
                }
            }
            for course in plan.units[unit].courses {
                for item in plan.courses[course].provides.items {
                    if let slot = required.firstIndex(of: item.index) { given[slot] = true }
                }
            }
        }

        func holders(of competence: Int) -> Int { required.firstIndex(of: competence).map { holders[$0] } ?? 0 }
        func isGiven(_ competence: Int) -> Bool { required.firstIndex(of: competence).map { given[$0] } ?? false }
    }

    /// K601: every competence a task requires is held in the unit or trained by its courses.
    static func checkCompetenceGaps(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where !plan.units[unit].tasks.isEmpty {
            let cover = CompetenceCover(plan, unit: unit)
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires.items where cover.holders(of: required.index) == 0 && !cover.isGiven(required.index) {
                    context.report(.competenceGap, "task \(plan.label(EntityRef(kind: .opgave, index: task))) of \(plan.units[unit].id) requires \(plan.label(EntityRef(kind: .kompetence, index: required.index))), which no employee of the unit has and no course of the unit gives",
                                   at: required.span, label: "competence missing",
                                   help: "add a course to \(plan.units[unit].id) with `giver \(plan.competences[required.index].id)`, or record who holds it with `kompetencer \(plan.competences[required.index].id)`")
                }
            }
        }
    }

    /// K602: a required competence that rests on one person.
    static func checkSingleHolders(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where !plan.units[unit].tasks.isEmpty {
            let cover = CompetenceCover(plan, unit: unit)
            var seen: [Int] = []
            for task in plan.units[unit].tasks {
                for required in plan.tasks[task].requires.items where !seen.contains(required.index) {
                    seen.append(required.index)
                    guard cover.holders(of: required.index) == 1, !cover.isGiven(required.index) else { continue }
                    let holder = plan.units[unit].employees.first { plan.employees[$0].competences.contains(target: required.index) }
                    context.report(.singleHolder, "only one employee of \(plan.units[unit].id)\(holder.map { " (\(plan.employees[$0].id))" } ?? "") holds \(plan.label(EntityRef(kind: .kompetence, index: required.index))), and no course of the unit gives it",
                                   at: required.span, label: "one holder",
                                   help: "train a second employee: add a course with `giver \(plan.competences[required.index].id)` to \(plan.units[unit].id)")
                }
            }
        }
    }
}
