// What K601 and K602 count: the competences a unit's tasks require, who holds them, who gives them.

import KaskadeModel

/// For the competences a unit's tasks require (a handful): how many employees of the unit
/// and of the units below it hold each, and whether one of their courses gives it. Plain arrays over the few required
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
        guard !required.isEmpty else { return }
        let units = plan.subtree(of: unit)
        // By index, without slices or closures: this visits every employee under the unit.
        for unit in units {
            for employee in plan.units[unit].employees {
                let items = plan.employees[employee].competences
                for position in items.indices {
                    let competence = items[position].index
                    guard let slot = required.firstIndex(of: competence) else { continue }
                    // An employee who lists a competence twice holds it once.
                    var listedBefore = false
                    for earlier in 0..<position where items[earlier].index == competence {
                        listedBefore = true
                        break
                    }
                    if !listedBefore { holders[slot] += 1 }
                }
            }
        }
        for course in units.flatMap({ plan.units[$0].courses }) {
            for item in plan.courses[course].provides.items {
                if let slot = required.firstIndex(of: item.index) { given[slot] = true }
            }
        }
    }

    func holders(of competence: Int) -> Int { required.firstIndex(of: competence).map { holders[$0] } ?? 0 }
    func isGiven(_ competence: Int) -> Bool { required.firstIndex(of: competence).map { given[$0] } ?? false }
}
