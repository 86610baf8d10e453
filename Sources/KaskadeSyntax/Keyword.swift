// The keyword table: the one source of truth for every reserved word of the language.
//
// Each keyword has a Danish spelling, an ASCII spelling (æ→ae, ø→oe, å→aa) and an English
// alias; all three are the same keyword everywhere. The lexer, the schema, the formatter's
// `--keywords` rewriting, the REPL's completion and the TextMate grammar's test all read
// this table, so it is never written twice.

public enum Keyword: UInt8, CaseIterable, Sendable, Hashable {
    // ORDER: the cases and `Keyword.table` below are in the same order (checked by a test).
    case none = 0
    // Statements (some are also properties of a parent statement: udvalg, koncept).
    case plan, byraad, udvalg, direktion, omraade, virksomhed, afdeling, maal
    case droeftelse, opfoelgning, oplaeg, evaluering, uddannelse, koncept, kompus
    case medarbejder, kompetence, opgave, regel, undtagelse, indlaes
    // Properties.
    case aar, under, leder, chef, medarbejdere, foelger, frist, med, om, status
    case prioritet, pladser, giver, forberedelse, beskrivelse, orientering, samtaler
    case forventning, varsel, samtale, udvikling, kompetencer, kraever, niveau, til
    case sprog, kode, nummer, enhed, adskiller, tegnsaet
    // Value words.
    case chefgruppen, lederne, planlagt, afholdt, aflyst, fejl, advarsel, info, fra
    // Duration units.
    case dag, dage, uge, uger

    public enum Role: Sendable {
        case statement, property, value, unit
    }

    public struct Spellings: Sendable {
        public let danish: String
        public let ascii: String
        public let english: String
        public let role: Role

        public var all: [String] {
            var result = [danish]
            if ascii != danish { result.append(ascii) }
            if english != danish && english != ascii { result.append(english) }
            return result
        }
    }

    /// Danish / ASCII / English, as in section 6 of the language reference.
    static let table: [Spellings] = [
        .init(danish: "", ascii: "", english: "", role: .value),
        .init(danish: "plan", ascii: "plan", english: "plan", role: .statement),
        .init(danish: "byråd", ascii: "byraad", english: "council", role: .statement),
        .init(danish: "udvalg", ascii: "udvalg", english: "committee", role: .statement),
        .init(danish: "direktion", ascii: "direktion", english: "board", role: .statement),
        .init(danish: "område", ascii: "omraade", english: "area", role: .statement),
        .init(danish: "virksomhed", ascii: "virksomhed", english: "institution", role: .statement),
        .init(danish: "afdeling", ascii: "afdeling", english: "department", role: .statement),
        .init(danish: "mål", ascii: "maal", english: "goal", role: .statement),
        .init(danish: "drøftelse", ascii: "droeftelse", english: "discussion", role: .statement),
        .init(danish: "opfølgning", ascii: "opfoelgning", english: "followup", role: .statement),
        .init(danish: "oplæg", ascii: "oplaeg", english: "proposal", role: .statement),
        .init(danish: "evaluering", ascii: "evaluering", english: "evaluation", role: .statement),
        .init(danish: "uddannelse", ascii: "uddannelse", english: "course", role: .statement),
        .init(danish: "koncept", ascii: "koncept", english: "concept", role: .statement),
        .init(danish: "kompus", ascii: "kompus", english: "kompus", role: .statement),
        .init(danish: "medarbejder", ascii: "medarbejder", english: "employee", role: .statement),
        .init(danish: "kompetence", ascii: "kompetence", english: "competence", role: .statement),
        .init(danish: "opgave", ascii: "opgave", english: "task", role: .statement),
        .init(danish: "regel", ascii: "regel", english: "rule", role: .statement),
        .init(danish: "undtagelse", ascii: "undtagelse", english: "exception", role: .statement),
        .init(danish: "indlæs", ascii: "indlaes", english: "import", role: .statement),
        .init(danish: "år", ascii: "aar", english: "year", role: .property),
        .init(danish: "under", ascii: "under", english: "under", role: .property),
        .init(danish: "leder", ascii: "leder", english: "leader", role: .property),
        .init(danish: "chef", ascii: "chef", english: "head", role: .property),
        .init(danish: "medarbejdere", ascii: "medarbejdere", english: "staff", role: .property),
        .init(danish: "følger", ascii: "foelger", english: "follows", role: .property),
        .init(danish: "frist", ascii: "frist", english: "deadline", role: .property),
        .init(danish: "med", ascii: "med", english: "with", role: .property),
        .init(danish: "om", ascii: "om", english: "about", role: .property),
        .init(danish: "status", ascii: "status", english: "status", role: .property),
        .init(danish: "prioritet", ascii: "prioritet", english: "priority", role: .property),
        .init(danish: "pladser", ascii: "pladser", english: "seats", role: .property),
        .init(danish: "giver", ascii: "giver", english: "provides", role: .property),
        .init(danish: "forberedelse", ascii: "forberedelse", english: "preparation", role: .property),
        .init(danish: "beskrivelse", ascii: "beskrivelse", english: "description", role: .property),
        .init(danish: "orientering", ascii: "orientering", english: "briefing", role: .property),
        .init(danish: "samtaler", ascii: "samtaler", english: "conversations", role: .property),
        .init(danish: "forventning", ascii: "forventning", english: "expectation", role: .property),
        .init(danish: "varsel", ascii: "varsel", english: "notice", role: .property),
        .init(danish: "samtale", ascii: "samtale", english: "conversation", role: .property),
        .init(danish: "udvikling", ascii: "udvikling", english: "development", role: .property),
        .init(danish: "kompetencer", ascii: "kompetencer", english: "competences", role: .property),
        .init(danish: "kræver", ascii: "kraever", english: "requires", role: .property),
        .init(danish: "niveau", ascii: "niveau", english: "level", role: .property),
        .init(danish: "til", ascii: "til", english: "until", role: .property),
        .init(danish: "sprog", ascii: "sprog", english: "language", role: .property),
        .init(danish: "kode", ascii: "kode", english: "code", role: .property),
        .init(danish: "nummer", ascii: "nummer", english: "number", role: .property),
        .init(danish: "enhed", ascii: "enhed", english: "unit", role: .property),
        .init(danish: "adskiller", ascii: "adskiller", english: "separator", role: .property),
        .init(danish: "tegnsæt", ascii: "tegnsaet", english: "encoding", role: .property),
        .init(danish: "chefgruppen", ascii: "chefgruppen", english: "heads", role: .value),
        .init(danish: "lederne", ascii: "lederne", english: "leaders", role: .value),
        .init(danish: "planlagt", ascii: "planlagt", english: "planned", role: .value),
        .init(danish: "afholdt", ascii: "afholdt", english: "held", role: .value),
        .init(danish: "aflyst", ascii: "aflyst", english: "cancelled", role: .value),
        .init(danish: "fejl", ascii: "fejl", english: "error", role: .value),
        .init(danish: "advarsel", ascii: "advarsel", english: "warning", role: .value),
        .init(danish: "info", ascii: "info", english: "info", role: .value),
        .init(danish: "fra", ascii: "fra", english: "off", role: .value),
        .init(danish: "dag", ascii: "dag", english: "day", role: .unit),
        .init(danish: "dage", ascii: "dage", english: "days", role: .unit),
        .init(danish: "uge", ascii: "uge", english: "week", role: .unit),
        .init(danish: "uger", ascii: "uger", english: "weeks", role: .unit),
    ]

    public var spellings: Spellings { Keyword.table[Int(rawValue)] }
    public var danish: String { spellings.danish }
    public var ascii: String { spellings.ascii }
    public var english: String { spellings.english }
    /// Read from a flat table of roles rather than from `spellings`: the lexer and parser ask
    /// for the role of every keyword token, and copying `Spellings` would retain its strings.
    public var role: Role { Keyword.roles[Int(rawValue)] }
    private static let roles: [Role] = table.map(\.role)

    /// Every real keyword (without `.none`).
    public static var all: [Keyword] { allCases.filter { $0 != .none } }

    /// Every spelling of every keyword, for completion and for the editor grammar's test.
    public static var allSpellings: [String] { all.flatMap { $0.spellings.all } }

    /// Look a keyword up by any spelling (allocation-free: hashes the bytes in place).
    public static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Keyword {
        KeywordIndex.shared.lookup(bytes)
    }

    public static func lookup(_ text: String) -> Keyword {
        var text = text
        return text.withUTF8 { lookup($0) }
    }

    /// The spelling of this keyword in the requested style.
    public func spelled(_ style: Style) -> String {
        switch style {
        case .danish: danish
        case .ascii: ascii
        case .english: english
        }
    }

    public enum Style: String, Sendable, CaseIterable {
        case danish = "da", ascii, english = "en"
    }

    /// The style a given spelling is written in (Danish wins where spellings coincide).
    public func style(of spelling: String) -> Style {
        if spelling == danish { return .danish }
        if spelling == ascii { return .ascii }
        return .english
    }

    public var isStatement: Bool { role == .statement }
    public var isValueWord: Bool { role == .value }
    public var isUnit: Bool { role == .unit }
}

/// An open-addressing hash table over the spellings' UTF-8 bytes, built once.
///
/// No spelling is longer than 16 bytes, so a spelling is packed into two little-endian
/// words and a lookup is a few multiplications and two word comparisons: no loop over a
/// pool of bytes, no array bounds checks. The slots live in memory allocated once and never
/// freed (the table lives as long as the process), so a lookup retains nothing.
final class KeywordIndex: @unchecked Sendable {
    static let shared = KeywordIndex()

    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// 0 marks an empty slot.
        var length: UInt8 = 0
        var keyword = Keyword.none
    }

    private static let size = 512
    private let slots: UnsafeMutablePointer<Slot>

    private init() {
        slots = .allocate(capacity: KeywordIndex.size)
        slots.initialize(repeating: Slot(), count: KeywordIndex.size)
        for keyword in Keyword.all {
            for spelling in keyword.spellings.all {
                let bytes = Array(spelling.utf8)
                precondition(bytes.count <= 16, "keyword spellings are at most 16 bytes")
                let (low, high) = bytes.withUnsafeBufferPointer(KeywordIndex.pack)
                var slot = KeywordIndex.slot(low, high, bytes.count)
                while slots[slot].length != 0 { slot = (slot + 1) & (KeywordIndex.size - 1) }
                slots[slot] = Slot(low: low, high: high, length: UInt8(bytes.count), keyword: keyword)
            }
        }
    }

    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) { PackedWord.pack(bytes) }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: PackedWord.mix(low, high, length) >> 40) & (size - 1)
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Keyword {
        if bytes.count > 16 || bytes.isEmpty { return .none }
        let (low, high) = KeywordIndex.pack(bytes)
        return lookup(low: low, high: high, length: bytes.count)
    }

    /// By the packed bytes (`pack`), for a caller that has them already.
    @inline(__always)
    func lookup(low: UInt64, high: UInt64, length: Int) -> Keyword {
        var slot = KeywordIndex.slot(low, high, length)
        while true {
            let entry = slots[slot]
            if entry.length == 0 { return .none }
            if entry.low == low, entry.high == high, Int(entry.length) == length {
                return entry.keyword
            }
            slot = (slot + 1) & (KeywordIndex.size - 1)
        }
    }

    /// The keyword spelled by the `length` bytes at `start`, when at least 16 bytes of the
    /// buffer lie from `start` on: two unaligned loads instead of a loop over the bytes.
    @inline(__always)
    static func lookup(in bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> Keyword {
        guard length > 0, length <= 16 else { return .none }
        #if _endian(little)
        if start + 16 <= bytes.count, let base = bytes.baseAddress {
            func mask(_ count: Int) -> UInt64 { count >= 8 ? ~0 : (1 << UInt64(count * 8)) - 1 }
            let raw = UnsafeRawPointer(base + start)
            let low = raw.loadUnaligned(as: UInt64.self) & mask(length)
            let high = length > 8 ? raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & mask(length - 8) : 0
            return shared.lookup(low: low, high: high, length: length)
        }
        #endif
        return shared.lookup(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]))
    }
}

/// A short word (at most 16 bytes: every keyword, most names) as two little-endian words,
/// zero-padded, so that tables of words compare two integers instead of looping over bytes.
public enum PackedWord {
    @inline(__always)
    public static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        for index in 0..<min(bytes.count, 8) { low |= UInt64(bytes[index]) << UInt64(index * 8) }
        if bytes.count > 8 {
            for index in 8..<min(bytes.count, 16) { high |= UInt64(bytes[index]) << UInt64((index - 8) * 8) }
        }
        return (low, high)
    }

    /// The packed word's bits mixed, for a table slot (take the high bits).
    @inline(__always)
    public static func mix(_ low: UInt64, _ high: UInt64, _ length: Int) -> UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
    }
}
