// "Did you mean": the nearest name by edit distance, ignoring case and Danish accents.

public enum Spelling {
    /// Folds case and accents the way users mistype them: `Æ`→`ae`, `ø`→`oe`, `å`→`aa`.
    public static func fold(_ text: String) -> String { fold(text, loose: false) }

    /// A looser folding for searching: letters without their marks (`Børne` → `borne`), so
    /// that a search typed without Danish letters finds them.
    public static func foldLoose(_ text: String) -> String { fold(text, loose: true) }

    /// Byte by byte: ASCII is lower-cased, the Danish (and a few other) letters are spelled
    /// out, anything else is kept. No Character or Unicode tables on the way.
    static func fold(_ text: String, loose: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte < 0x80 {
                out.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                continue
            }
            guard byte == 0xC3, let next = bytes.next() else {
                out.append(byte)
                continue
            }
            switch next {
            case 0x86, 0xA6: out += [0x61, 0x65]                          // Æ æ → ae
            case 0x98, 0xB8, 0x96, 0xB6: out += loose ? [0x6F] : [0x6F, 0x65]  // Ø ø Ö ö → o / oe
            case 0x85, 0xA5: out += loose ? [0x61] : [0x61, 0x61]          // Å å → a / aa
            case 0x84, 0xA4: out += loose ? [0x61] : [0x61, 0x65]          // Ä ä → a / ae
            case 0x89, 0xA9, 0x88, 0xA8, 0x8A, 0xAA: out.append(0x65)      // É é È è Ê ê → e
            case 0x9C, 0xBC: out.append(0x75)                              // Ü ü → u
            default: out += [byte, next]
            }
        }
        return String(decoding: out, as: UTF8.self)
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
