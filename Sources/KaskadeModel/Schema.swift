// The statement schema (language reference, section 4) as one table of data: which
// statement may stand where, its arguments, its properties with their types and which are
// required, and its children. The resolver reads only this table, so a new statement or
// property is one entry here.

import KaskadeDiagnostics
import KaskadeSyntax

public enum ArgumentType: Sendable, Equatable {
    /// The statement's name, unique in the plan (K104).
    case id
    /// A string shown to people.
    case title
    case optionalTitle
    case date
    /// A rule's identifier or name (`K402`, `no-proposal`).
    case ruleID
    /// The mandatory reason of an exception.
    case reason
    /// A file's path, relative to the plan file (`indlæs "hr/medarbejdere.csv"`).
    case path
}

public enum ValueType: Sendable, Equatable {
    case number
    case string
    case date
    case range
    case duration
    /// An identifier naming a statement of one of these kinds.
    case ref(KindSet)
    /// One of these words.
    case oneOf(KindSet)
    /// `chefgruppen`, `lederne`, or units by name (the `med` of a discussion).
    case audience
    /// Units by name (the `med` of a follow-up).
    case units
    /// A language code: `da` or `en` (the plan's `sprog`). Written as a name, so the codes
    /// stay out of the keyword table and an ID such as `EN` stays free.
    case language
    /// A text encoding: `utf-8` or `windows-1252` (a roster's `tegnsæt`), written as a name.
    case encoding
}

public struct PropertySpec: Sendable {
    public let keyword: Keyword
    public let type: ValueType
    public let isList: Bool
    public let isRequired: Bool
    /// The kinds a reference in this property may name, worked out once from its type
    /// rather than for every reference.
    public let referenceKinds: KindSet

    init(keyword: Keyword, type: ValueType, isList: Bool, isRequired: Bool) {
        self.keyword = keyword
        self.type = type
        self.isList = isList
        self.isRequired = isRequired
        self.referenceKinds = Schema.referenceKinds(of: type)
    }
}

/// One row of the schema. A class, so that passing it around costs one reference.
public final class StatementSpec: Sendable {
    public let keyword: Keyword
    /// Where it may stand: `.none` is the top level.
    public let places: [Keyword]
    public let arguments: [ArgumentType]
    public let properties: [PropertySpec]

    /// The keywords that are this statement's properties.
    public let propertyMask: KindSet
    /// `places` as a set, for the check every statement gets.
    public let placeMask: KindSet
    /// Each keyword's position in `properties` (its slot), or -1: a statement's properties
    /// are read by index, never searched for.
    private let slots: [Int8]

    /// A statement has at most this many properties, so a reader can keep one slot for each.
    public static let maximumProperties = 16

    init(keyword: Keyword, places: [Keyword], arguments: [ArgumentType], properties: [PropertySpec]) {
        precondition(properties.count <= StatementSpec.maximumProperties)
        self.keyword = keyword
        self.places = places
        self.arguments = arguments
        self.properties = properties
        self.propertyMask = KindSet(properties.map(\.keyword))
        self.placeMask = KindSet(places)
        var slots = [Int8](repeating: -1, count: Keyword.allCases.count)
        for (slot, property) in properties.enumerated() { slots[Int(property.keyword.rawValue)] = Int8(slot) }
        self.slots = slots
        self.requiredSlots = properties.indices.reduce(0) { properties[$1].isRequired ? $0 | 1 << UInt32($1) : $0 }
    }

    /// The slots of the required properties, as bits.
    public let requiredSlots: UInt32

    /// The slot of a property keyword, or -1 if the statement has no such property.
    @inline(__always) public func slot(_ keyword: Keyword) -> Int { Int(slots[Int(keyword.rawValue)]) }

    public func property(_ keyword: Keyword) -> PropertySpec? {
        let slot = slot(keyword)
        return slot < 0 ? nil : properties[slot]
    }

    public func hasProperty(_ keyword: Keyword) -> Bool { propertyMask.contains(keyword) }

    /// "at the top level" or "in `område`, `virksomhed` or `afdeling`", in English, for the
    /// language server's hover (K101 says it through its own messages).
    public func placeDescription(_ language: Language) -> String { SchemaPhrase.places(places).text(language) }
}

public enum Schema {
    private static func p(_ keyword: Keyword, _ type: ValueType, list: Bool = false, required: Bool = false) -> PropertySpec {
        PropertySpec(keyword: keyword, type: type, isList: list, isRequired: required)
    }

    static let units: [Keyword] = [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling]
    static let localUnits: [Keyword] = [.virksomhed, .afdeling]
    static let status = p(.status, .oneOf(KindSet([.planlagt, .afholdt, .aflyst])))

    public static let statements: [StatementSpec] = [
        StatementSpec(keyword: .plan, places: [.none], arguments: [.title],
                      properties: [p(.aar, .number, required: true), p(.sprog, .language)]),
        StatementSpec(keyword: .byraad, places: [.none], arguments: [.id, .title], properties: []),
        StatementSpec(keyword: .udvalg, places: [.none], arguments: [.id, .title],
                      properties: [p(.under, .ref(KindSet([.byraad])))]),
        StatementSpec(keyword: .direktion, places: [.none], arguments: [.id, .title],
                      properties: [p(.leder, .string)]),
        StatementSpec(keyword: .omraade, places: [.none], arguments: [.id, .title],
                      properties: [p(.chef, .string, required: true),
                                   p(.udvalg, .ref(KindSet([.udvalg])), list: true, required: true), p(.kode, .string)]),
        StatementSpec(keyword: .virksomhed, places: [.omraade], arguments: [.id, .title],
                      properties: [p(.leder, .string, required: true), p(.medarbejdere, .number), p(.kode, .string)]),
        StatementSpec(keyword: .afdeling, places: [.omraade, .virksomhed], arguments: [.id, .title],
                      properties: [p(.leder, .string, required: true), p(.medarbejdere, .number), p(.kode, .string)]),
        StatementSpec(keyword: .maal, places: units, arguments: [.id, .title],
                      properties: [p(.foelger, .ref(KindSet([.maal])), list: true), p(.frist, .date)]),
        StatementSpec(keyword: .droeftelse, places: [.direktion, .omraade], arguments: [.date],
                      properties: [p(.med, .audience, list: true, required: true),
                                   p(.om, .ref(KindSet([.maal])), list: true, required: true), status]),
        StatementSpec(keyword: .opfoelgning, places: [.omraade], arguments: [.date],
                      properties: [p(.med, .units, list: true, required: true),
                                   p(.om, .ref(KindSet([.maal])), list: true), status]),
        StatementSpec(keyword: .oplaeg, places: [.virksomhed, .afdeling], arguments: [.date],
                      properties: [p(.om, .ref(KindSet([.maal, .uddannelse])), list: true), status]),
        StatementSpec(keyword: .evaluering, places: [.direktion, .omraade, .virksomhed, .afdeling], arguments: [.date],
                      properties: [p(.om, .ref(KindSet([.maal])), list: true), status]),
        StatementSpec(keyword: .uddannelse, places: [.virksomhed, .afdeling], arguments: [.id, .title],
                      properties: [p(.foelger, .ref(KindSet([.maal])), list: true, required: true),
                                   p(.prioritet, .number), p(.pladser, .number),
                                   p(.giver, .ref(KindSet([.kompetence])), list: true)]),
        StatementSpec(keyword: .koncept, places: [.none], arguments: [.id, .title],
                      properties: [p(.forberedelse, .string), p(.beskrivelse, .string)]),
        StatementSpec(keyword: .kompus, places: [.omraade, .virksomhed, .afdeling], arguments: [],
                      properties: [p(.koncept, .ref(KindSet([.koncept])), required: true),
                                   p(.orientering, .date, required: true), p(.samtaler, .range, required: true),
                                   p(.forventning, .string), p(.varsel, .duration), status]),
        StatementSpec(keyword: .medarbejder, places: [.virksomhed, .afdeling], arguments: [.id, .optionalTitle],
                      properties: [p(.samtale, .date), status,
                                   p(.udvikling, .ref(KindSet([.uddannelse])), list: true),
                                   p(.kompetencer, .ref(KindSet([.kompetence])), list: true)]),
        StatementSpec(keyword: .kompetence, places: [.none], arguments: [.id, .title], properties: []),
        StatementSpec(keyword: .opgave, places: [.virksomhed, .afdeling], arguments: [.id, .title],
                      properties: [p(.kraever, .ref(KindSet([.kompetence])), list: true, required: true)]),
        StatementSpec(keyword: .regel, places: [.none], arguments: [.ruleID],
                      properties: [p(.niveau, .oneOf(KindSet([.fejl, .advarsel, .info, .fra]))), p(.varsel, .duration)]),
        StatementSpec(keyword: .undtagelse, places: [.omraade, .virksomhed, .afdeling], arguments: [.ruleID, .reason],
                      properties: [p(.til, .date)]),
        // The roster's columns, each named by its header text; `enhed` is required at the top
        // level only (the resolver checks that, since the schema has no place-bound rule).
        StatementSpec(keyword: .indlaes, places: [.none, .omraade, .virksomhed, .afdeling], arguments: [.path],
                      properties: [p(.nummer, .string, required: true), p(.enhed, .string),
                                   p(.samtale, .string), p(.status, .string), p(.udvikling, .string),
                                   p(.kompetencer, .string), p(.adskiller, .string), p(.tegnsaet, .encoding)]),
    ]

    /// Indexed by the keyword's raw value.
    private static let byKeyword: [StatementSpec?] = {
        var table = [StatementSpec?](repeating: nil, count: Keyword.allCases.count)
        for spec in statements { table[Int(spec.keyword.rawValue)] = spec }
        return table
    }()

    public static func spec(_ keyword: Keyword) -> StatementSpec? { byKeyword[Int(keyword.rawValue)] }

    /// `blockProperties[parent][child]`: in a block of `parent`, a statement `child` sets
    /// the parent's property rather than standing as a statement of its own.
    private static let blockProperties: [KindSet] = Keyword.allCases.map { parent in
        var set = KindSet()
        guard let spec = spec(parent) else { return set }
        for child in Keyword.allCases where spec.hasProperty(child) {
            let standsHere = Schema.spec(child)?.places.contains(parent) ?? false
            if !standsHere { set.insert(child) }
        }
        return set
    }

    public static func isBlockProperty(_ child: Keyword, of parent: Keyword) -> Bool {
        blockProperties[Int(parent.rawValue)].contains(child)
    }

    /// The kinds a reference in a property of this type may name.
    static func referenceKinds(of type: ValueType) -> KindSet {
        switch type {
        case .ref(let kinds): kinds
        case .audience: KindSet(units)
        case .units: KindSet(localUnits)
        default: KindSet()
        }
    }

    /// The statements that may stand in a block of `parent` (`.none`: the top level).
    public static func children(of parent: Keyword) -> [Keyword] {
        statements.filter { $0.places.contains(parent) }.map(\.keyword)
    }

    /// Statements that may stand at the top level.
    public static var topLevel: [Keyword] { statements.filter { $0.places.contains(.none) }.map(\.keyword) }
}

/// A set of keywords as a 128-bit mask (the table has fewer than 128 keywords, checked by a
/// test), so that checking the kind of a reference allocates nothing.
public struct KindSet: Sendable, Hashable {
    public var low: UInt64 = 0
    public var high: UInt64 = 0

    public init() {}

    public init(_ keywords: [Keyword]) {
        for keyword in keywords { insert(keyword) }
    }

    @inline(__always) public mutating func insert(_ keyword: Keyword) {
        let raw = keyword.rawValue
        if raw < 64 { low |= 1 << UInt64(raw) } else { high |= 1 << UInt64(raw & 63) }
    }

    @inline(__always) public func contains(_ keyword: Keyword) -> Bool {
        let raw = keyword.rawValue
        return raw < 64 ? low & (1 << UInt64(raw)) != 0 : high & (1 << UInt64(raw & 63)) != 0
    }

    public var isEmpty: Bool { low == 0 && high == 0 }

    public var keywords: [Keyword] { Keyword.all.filter(contains) }
}
