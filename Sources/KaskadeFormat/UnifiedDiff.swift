// `kaskade fmt --diff`: what formatting would change, as a unified diff (`diff -u`, `git diff`).
//
// Myers' O(ND) algorithm over lines, after the common head and tail are cut off. Its trace
// grows with D², so when more than `maxEdits` lines differ the changed middle is shown as
// one hunk that replaces the old lines with the new: still a correct patch, only coarser.

public enum UnifiedDiff {
    static let maxEdits = 2000
    static let context = 3

    /// The diff from `old` to `new`, or "" when they are equal.
    public static func diff(old: [UInt8], new: [UInt8], oldName: String, newName: String) -> String {
        if old == new { return "" }
        let a = Lines(old), b = Lines(new)
        let ids = LineIDs(a, b)
        let edits = script(ids.a, ids.b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(edits) {
            out += hunk.header
            for edit in hunk.edits {
                switch edit {
                case .equal(let i, _): out += " " + a.text(i) + "\n" + a.marker(i)
                case .delete(let i): out += "-" + a.text(i) + "\n" + a.marker(i)
                case .insert(let j): out += "+" + b.text(j) + "\n" + b.marker(j)
                }
            }
        }
        return out
    }

    enum Edit: Equatable {
        case equal(Int, Int), delete(Int), insert(Int)

        var isInsert: Bool { if case .insert = self { true } else { false } }
        var isDelete: Bool { if case .delete = self { true } else { false } }
    }

    /// A text's lines (without their LF), remembering whether the last one ended with a line break.
    struct Lines {
        var lines: [ArraySlice<UInt8>] = []
        var endsWithBreak = true

        init(_ bytes: [UInt8]) {
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(bytes[start..<index])
                start = index + 1
            }
            if start < bytes.count {
                lines.append(bytes[start...])
                endsWithBreak = false
            }
        }

        func text(_ index: Int) -> String { String(decoding: lines[index], as: UTF8.self) }

        func marker(_ index: Int) -> String {
            index == lines.count - 1 && !endsWithBreak ? "\\ No newline at end of file\n" : ""
        }
    }

    /// Each distinct line as a small integer, so that comparing lines is comparing integers.
    struct LineIDs {
        var a: [Int] = []
        var b: [Int] = []

        init(_ first: Lines, _ second: Lines) {
            var table: [ArraySlice<UInt8>: Int] = [:]
            func id(_ line: ArraySlice<UInt8>) -> Int {
                if let known = table[line] { return known }
                table[line] = table.count
                return table.count - 1
            }
            a = first.lines.map(id)
            b = second.lines.map(id)
            // A last line without a line break differs from the same text with one.
            if !first.endsWithBreak, let last = a.indices.last { a[last] = -1 }
            if !second.endsWithBreak, let last = b.indices.last { b[last] = -2 }
        }
    }

    /// The edit script from `a` to `b`.
    static func script(_ a: [Int], _ b: [Int]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var edits = (0..<head).map { Edit.equal($0, $0) }
        let middleA = Array(a[head..<(a.count - tail)]), middleB = Array(b[head..<(b.count - tail)])
        let middle = myers(middleA, middleB) ?? (middleA.indices.map { Edit.delete($0) } + middleB.indices.map { Edit.insert($0) })
        for edit in middle {
            switch edit {
            case .equal(let i, let j): edits.append(.equal(i + head, j + head))
            case .delete(let i): edits.append(.delete(i + head))
            case .insert(let j): edits.append(.insert(j + head))
            }
        }
        for offset in 0..<tail { edits.append(.equal(a.count - tail + offset, b.count - tail + offset)) }
        return edits
    }

    /// Myers' shortest edit script; nil when it would take more than `maxEdits` edits.
    static func myers(_ a: [Int], _ b: [Int]) -> [Edit]? {
        let n = a.count, m = b.count
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            // The values of the previous round that this round reads: k in -(d+1)...(d+1).
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace, n: n, m: m) }
            }
        }
        return nil
    }

    private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Edit] {
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d + 1] }
            let k = x - y
            let previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                edits.append(.equal(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if d > 0 {
                if x == previousX { edits.append(.insert(y - 1)) } else { edits.append(.delete(x - 1)) }
            }
            x = previousX
            y = previousY
        }
        return edits.reversed()
    }

    struct Hunk {
        var header: String
        var edits: [Edit]
    }

    /// Groups the changes with `context` unchanged lines around each; changes closer than
    /// twice the context share a hunk.
    static func hunks(_ edits: [Edit]) -> [Hunk] {
        let changed = edits.indices.filter { if case .equal = edits[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        var groups: [ClosedRange<Int>] = []
        var start = changed[0], end = changed[0]
        for index in changed.dropFirst() {
            if index - end > 2 * context {
                groups.append(start...end)
                start = index
            }
            end = index
        }
        groups.append(start...end)
        // Lines of each side before each edit, for the hunk headers.
        var oldBefore = [Int](repeating: 0, count: edits.count + 1)
        var newBefore = oldBefore
        for (index, edit) in edits.enumerated() {
            oldBefore[index + 1] = oldBefore[index] + (edit.isInsert ? 0 : 1)
            newBefore[index + 1] = newBefore[index] + (edit.isDelete ? 0 : 1)
        }
        return groups.map { group in
            let first = max(0, group.lowerBound - context), last = min(edits.count - 1, group.upperBound + context)
            let header = "@@ -\(range(oldBefore[first], oldBefore[last + 1] - oldBefore[first]))"
                + " +\(range(newBefore[first], newBefore[last + 1] - newBefore[first])) @@\n"
            return Hunk(header: header, edits: Array(edits[first...last]))
        }
    }

    /// `start,count` of one side (1-based; an empty side names the line before it).
    private static func range(_ before: Int, _ count: Int) -> String {
        count == 0 ? "\(before),0" : count == 1 ? "\(before + 1)" : "\(before + 1),\(count)"
    }
}
