// The `følger` graph between goals: cycles (K107) and what the alignment rules skip.

import KaskadeModel

/// The `følger` graph between goals.
struct GoalGraph {
    let plan: Plan

    /// Groups of goals that reach each other (size > 1, or a goal that follows itself).
    func cycles() -> [[Int]] {
        let count = plan.goals.count
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        var result: [[Int]] = []
        for root in 0..<count where index[root] < 0 {
            // Each frame: the goal and how many of its edges have been explored.
            var frames: [(goal: Int, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let edges = plan.goals[frame.goal].follows.items
                if frame.edge < edges.count {
                    frames[frames.count - 1].edge += 1
                    let target = edges[frame.edge].index
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        low[frame.goal] = min(low[frame.goal], index[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.goal] = min(low[parent.goal], low[frame.goal]) }
                guard low[frame.goal] == index[frame.goal] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == frame.goal { break }
                }
                let selfLoop = plan.goals[frame.goal].follows.items.contains { $0.index == frame.goal }
                if component.count > 1 || selfLoop { result.append(component) }
            }
        }
        return result
    }

    /// A shortest cycle from `start` back to it, staying within the group (breadth-first).
    func cycle(through start: Int, within group: Set<Int>) -> [Int] {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let goal = queue[head]
            head += 1
            for target in plan.goals[goal].follows.items.map(\.index) where group.contains(target) {
                if target == start {
                    var path = [goal]
                    while let before = previous[path.last!] { path.append(before) }
                    return Array(path.reversed())
                }
                if previous[target] == nil, target != start {
                    previous[target] = goal
                    queue.append(target)
                }
            }
        }
        return [start]
    }
}
