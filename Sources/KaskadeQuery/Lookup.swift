// Finding a statement by its ID, and "did you mean" when there is none: on a plan of half a
// million names the suggestion compares only names that share a prefix with what was typed.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension QueryIndex {
    /// The statement named `id`, or an error that suggests the nearest name.
    public func entity(_ id: String) throws -> EntityRef {
        guard let ref = plan.names[id], ref.index >= 0 else {
            throw QueryError(.noStatementNamed(id, hint: suggestion(for: id)), self)
        }
        return ref
    }

    /// A unit named `id` (council, committee, board, area, institution or department).
    func unit(_ id: String, for command: UnitCommand) throws -> Int {
        let ref = try entity(id)
        guard ref.kind.isUnit else {
            throw QueryError(.takesAUnit(command: command, id: id, kind: ref.kind), self)
        }
        return ref.index
    }

    /// The names that begin with `prefix`, in order, at most `limit` of them.
    public func names(withPrefix prefix: String, limit: Int = 500) -> [String] {
        let names = self.names
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var result: [String] = []
        while low < names.count, result.count < limit, names[low].hasPrefix(prefix) {
            result.append(names[low])
            low += 1
        }
        return result
    }

    /// The nearest name to a mistyped one. Small plans compare every name; large ones the
    /// names that share the longest prefix with it (as typed, or in capitals).
    func suggestion(for id: String) -> String? {
        guard names.count > 20_000 else { return Spelling.nearest(to: id, among: names) }
        for typed in Set([id, id.uppercased()]) {
            for length in stride(from: typed.count - 1, through: max(1, typed.count - 3), by: -1) {
                let candidates = names(withPrefix: String(typed.prefix(length)), limit: 5000)
                if !candidates.isEmpty, let nearest = Spelling.nearest(to: id, among: candidates) { return nearest }
            }
        }
        return nil
    }

    // MARK: - Labels

    func id(of ref: EntityRef) -> String { plan.entity(ref).id }

    func node(_ ref: EntityRef, note: String? = nil, children: [TreeNode] = []) -> TreeNode {
        let (id, title, _) = plan.entity(ref)
        return TreeNode(id: id, kind: ref.kind.danish, title: title, note: note, children: children)
    }

    func unitRef(_ unit: Int) -> EntityRef { EntityRef(kind: plan.units[unit].kind.keyword, index: unit) }

    /// `plans/skole.kaskade:12:14`.
    func location(_ span: Span) -> String {
        let file = plan.sources[span.file]
        let at = file.location(of: Int(span.start))
        return "\(file.path):\(at.line):\(at.column)"
    }
}

extension Keyword {
    /// The keywords of units: what `tree`, `check`, `coverage` and `in ID:` take.
    var isUnit: Bool { [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(self) }
}
