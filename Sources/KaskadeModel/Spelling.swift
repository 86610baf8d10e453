// "Did you mean": the nearest name by edit distance, ignoring case and Danish accents.

public enum Spelling {
    /// Folds case and accents the way users mistype them: `Æ`→`ae`, `ø`→`oe`, `å`→`aa`.
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "oe"
            case "å": out += "aa"
            case "é", "è", "ê": out += "e"
            case "ü": out += "u"
            case "ö": out += "oe"
            case "ä": out += "ae"
            default: out.append(character)
            }
        }
        return out
    }

    /// A looser folding for searching: letters without their marks (`Børne` → `borne`), so
    /// that a search typed without Danish letters finds them.
    public static func foldLoose(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø", "ö": out += "o"
            case "å", "ä": out += "a"
            case "é", "è", "ê": out += "e"
            case "ü": out += "u"
            default: out.append(character)
            }
        }
        return out
    }

    /// The candidate closest to `name`, if it is close enough to be a likely typo.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        let folded = Array(fold(name).unicodeScalars)
        let limit = max(1, min(3, folded.count / 3 + 1))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(fold(candidate).unicodeScalars)
            if abs(other.count - folded.count) > limit { continue }
            let distance = editDistance(folded, other, limit: limit)
            if distance <= limit, best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
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
