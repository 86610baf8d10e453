// "Did you mean": the nearest of a few candidates to what the user typed, for the command
// line (subcommands, rules, `--unit` IDs, option values) and the parser (keywords).
//
// KaskadeModel's `Spelling` does the same for names in a plan; this one lives here, below the
// parser, because the parser must not import the model. It folds Danish letters to their
// bare ASCII letter (`mål` → `mal`, `børne` → `borne`), the mistake of a keyboard without them.

public enum DidYouMean {
    /// The candidate nearest to `typed`, if it is close enough to be a likely typo.
    public static func nearest(to typed: String, among candidates: some Sequence<String>) -> String? {
        Table(candidates).nearest(to: typed)
    }

    /// Candidates folded once, for a caller that asks often (the parser, for every word
    /// that stands where a keyword belongs).
    public struct Table: Sendable {
        /// By first letter: a typo keeps the word's first letter (`udvlag`, `chek`, `jsn`), and
        /// comparing only with candidates that share it makes a miss cheap, which the parser
        /// needs (it asks for every lower-case word where a keyword may stand).
        let entries: [UInt8: [(name: String, folded: [UInt8])]]

        public init(_ candidates: some Sequence<String>) {
            var entries: [UInt8: [(name: String, folded: [UInt8])]] = [:]
            for candidate in candidates {
                let folded = DidYouMean.fold(candidate)
                guard let first = folded.first else { continue }
                entries[first, default: []].append((candidate, folded))
            }
            self.entries = entries
        }

        /// The first of the nearest candidates, if it is close enough to be a likely typo:
        /// a third of the word's letters may be wrong (one at least, three at most).
        public func nearest(to typed: String) -> String? {
            let folded = DidYouMean.fold(typed)
            guard let first = folded.first, let sameStart = entries[first] else { return nil }
            let limit = max(1, min(3, folded.count / 3))
            var best: (candidate: String, distance: Int)?
            for (name, other) in sameStart where abs(other.count - folded.count) <= limit {
                let distance = DidYouMean.editDistance(folded, other, limit: limit)
                if distance <= limit, best == nil || distance < best!.distance {
                    best = (name, distance)
                }
            }
            return best?.candidate
        }
    }

    /// `; did you mean `X`?` (`; mente du `X`?`), or nothing.
    public static func hint(for typed: String, among candidates: some Sequence<String>, _ language: Language = .english) -> String {
        guard let nearest = nearest(to: typed, among: candidates) else { return "" }
        switch language {
        case .english: return "; did you mean `\(nearest)`?"
        case .danish: return "; mente du `\(nearest)`?"
        }
    }

    /// Lower case, Danish and a few other accented letters reduced to their base letter.
    static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte < 0x80 { out.append(byte >= 65 && byte <= 90 ? byte + 32 : byte); continue }
            guard byte == 0xC3, let next = bytes.next() else { out.append(byte); continue }
            switch next {
            case 0x86, 0xA6: out += [0x61, 0x65]                                // Æ æ → ae
            case 0x98, 0xB8, 0x96, 0xB6: out.append(0x6F)                       // Ø ø Ö ö → o
            case 0x85, 0xA5, 0x84, 0xA4: out.append(0x61)                       // Å å Ä ä → a
            case 0x89, 0xA9, 0x88, 0xA8, 0x8A, 0xAA: out.append(0x65)           // É é È è Ê ê → e
            case 0x9C, 0xBC: out.append(0x75)                                   // Ü ü → u
            default: out += [byte, next]
            }
        }
        return out
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
