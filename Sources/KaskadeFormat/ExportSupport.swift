// What the exports share: finding things in the plan by ID, the units below a unit, and
// text fit for people (CPR-shaped numbers masked, as in every output of Kaskade).

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

/// A request an export cannot answer (an unknown ID); the message stands on its own.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Plan {
    /// The unit named `id`, or an error naming what `id` is instead.
    func unit(named id: String) throws -> Int {
        guard let ref = names[id] else { throw ExportError("no unit is named `\(id)`") }
        guard [Keyword.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(ref.kind) else {
            throw ExportError("`\(id)` is a `\(ref.kind.danish)`, not a unit")
        }
        guard ref.index >= 0 else { throw ExportError("`\(id)` could not be read (see `kaskade check`)") }
        return ref.index
    }

    /// The units above a unit, nearest first.
    func ancestors(of unit: Int) -> [Int] {
        var result: [Int] = []
        var current = units[unit].parent
        while let index = current {
            result.append(index)
            current = units[index].parent
        }
        return result
    }
}

enum Text {
    /// Plan text as it may be shown: CPR-shaped numbers masked.
    static func safe(_ text: String) -> String { PersonalID.mask(text) }

    /// Breaks text into lines of at most about `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads to `width` characters (Unicode-aware, so `drøftelse` lines up).
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

/// 64-bit FNV-1a, for stable identifiers derived from plan content (not for security).
struct StableHash {
    static func fnv1a(_ bytes: some Sequence<UInt8>, basis: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = basis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// 128 bits as 32 hex digits: two FNV-1a hashes with different starting values.
    static func hex128(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let first = fnv1a(bytes)
        let second = fnv1a(bytes, basis: 0x6C62_272E_07BB_0142 ^ UInt64(bytes.count))
        return hex(first) + hex(second)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
