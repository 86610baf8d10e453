// `find TEXT`: statements whose ID, title or leader contains the text, ignoring case and
// accents — `borne` and `BØRNE` find `Børne`, and neither finds `beboerne`. An ID equal to
// the text comes first.

import Foundation
import KaskadeDiagnostics
import KaskadeModel

public struct FindHit: Encodable, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var title: String
}

public struct FindAnswer: TabularAnswer {
    public var command = "find"
    public var text: String
    public var hits: [FindHit]
    public var total: Int

    public func text(width: Int, language: Language) -> String {
        let (columns, cells) = table(language: language)
        var table = TextTable(columns: columns, rows: cells)
        table.flexible = [2]
        return ((hits.isEmpty ? [] : table.lines(width: width)) + [QuerySays.counted(total: total, shown: hits.count, .found).text(language)])
            .joined(separator: "\n")
    }

    public func table(language: Language) -> (columns: [String], rows: [[String]]) {
        (Layout.columns(.findHeader, language), hits.map { [$0.kind, $0.id, $0.title] })
    }
}

extension Queries {
    /// The hits in the plan's order (units, goals, courses, tasks, competences, concepts,
    /// employees), the first `findLimit` of them.
    public static func find(_ index: QueryIndex, _ text: String) throws -> FindAnswer {
        let folded = Array(Spelling.fold(text).utf8), loose = Array(Spelling.foldLoose(text).utf8)
        guard !folded.isEmpty, !folded.contains(0x0A) else { throw QueryError(.usage("find TEXT"), index) }
        let search = index.search
        // Letters without their marks (`børne` and `borne` are both `borne`). The spelled-out
        // folding (`ø` → `oe`) only for text typed that way, in ASCII with `oe`, `aa` or `ae`:
        // folding `børne` to `boerne` would find `beboerne`. A bit per line counts each
        // statement once.
        var hits = [UInt64](repeating: 0, count: search.refs.count / 64 + 1)
        mark(loose, in: search.loose, starts: search.looseStarts, into: &hits)
        if spellsOutDanishLetters(text) { mark(folded, in: search.folded, starts: search.foldedStarts, into: &hits) }
        var found: [FindHit] = [], total = 0
        for (word, bits) in hits.enumerated() where bits != 0 {
            total += bits.nonzeroBitCount
            var rest = bits
            while rest != 0, found.count < findLimit {
                let ref = search.refs[word * 64 + rest.trailingZeroBitCount]
                let (id, title, _) = index.plan.entity(ref)
                found.append(FindHit(kind: ref.kind.danish, id: id, title: title))
                rest &= rest - 1
            }
        }
        return FindAnswer(text: text, hits: exactFirst(found, text), total: total)
    }

    /// `boerne`, `aarhus`: ASCII text that may spell out a Danish letter.
    static func spellsOutDanishLetters(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.allSatisfy(\.isASCII) && (lower.contains("oe") || lower.contains("aa") || lower.contains("ae"))
    }

    /// The hits whose ID is the text (ignoring case and marks) first, the others in the plan's order.
    static func exactFirst(_ hits: [FindHit], _ text: String) -> [FindHit] {
        let wanted = Spelling.foldLoose(text)
        let exact = hits.filter { Spelling.foldLoose($0.id) == wanted }
        return exact + hits.filter { Spelling.foldLoose($0.id) != wanted }
    }

    static let findLimit = 200

    /// Sets the bit of every line of `haystack` that contains `needle`.
    static func mark(_ needle: [UInt8], in haystack: [UInt8], starts: [Int32], into hits: inout [UInt64]) {
        haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                var offset = 0, line = 0
                while let position = find(pin, in: hay, from: offset) {
                    // Matches come in order: walk the line starts forward, never back.
                    while line + 1 < starts.count, Int(starts[line + 1]) <= position { line += 1 }
                    hits[line / 64] |= 1 << UInt64(line % 64)
                    // Go on from the next line: each line counts once.
                    guard line + 1 < starts.count else { break }
                    offset = Int(starts[line + 1])
                }
            }
        }
    }

    /// Where `needle` next occurs in `hay` from `offset`: memchr for its first byte, then memcmp.
    static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        guard let first = needle.first, let base = hay.baseAddress else { return nil }
        var position = offset
        while position + needle.count <= hay.count {
            guard let found = memchr(base + position, Int32(first), hay.count - needle.count + 1 - position) else { return nil }
            position = base.distance(to: UnsafeRawPointer(found))
            if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            position += 1
        }
        return nil
    }
}
