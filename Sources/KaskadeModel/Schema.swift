// The statement schema (language reference, section 4) as one table of data: which
// statement may stand where, its arguments, its properties with their types and which are
// required, and its children. The resolver reads only this table, so a new statement or
// property is one entry here.

import KaskadeSyntax

public enum ArgumentType: Sendable, Equatable {
    /// The statement's name, unique in the plan (K104).
    case id
    /// A string shown to people.
    case title
    case optionalTitle
    case date
    /// A rule's identifier or name (`K305`, `annual-follow-up`).
    case ruleID
    /// The mandatory reason of an exception.
    case reason
}

public enum ValueType: Sendable, Equatable {
    case number
    case string
    case date
    case range
    case duration
    /// An identifier naming a statement of one of these kinds.
    case reference([Keyword])
    /// One of these words.
    case word([Keyword])
    /// `chefgruppen`, `lederne`, or units by name (the `med` of a discussion).
    case audience
    /// Units by name (the `med` of a follow-up).
    case units

    /// How the type is named in "expected …" messages.
    public var description: String {
        switch self {
        case .number: "a number"
        case .string: "a string"
        case .date: "a date (YYYY-MM-DD or YYYY-Www)"
        case .range: "a period (such as 2027-03-15..2027-04-30)"
        case .duration: "a duration (such as 14 dage)"
        case .reference(let kinds): "the name of " + kinds.map { "a `\($0.danish)`" }.joined(separator: " or ")
        case .word(let words): words.map { "`\($0.danish)`" }.joined(separator: ", ")
        case .audience: "`chefgruppen`, `lederne` or the names of units"
        case .units: "the names of units (virksomhed or afdeling)"
        }
    }
}

public struct PropertySpec: Sendable {
    public let keyword: Keyword
    public let type: ValueType
    public let isList: Bool
    public let isRequired: Bool
}

public struct StatementSpec: Sendable {
    public let keyword: Keyword
    /// Where it may stand: `.none` is the top level.
    public let places: [Keyword]
    public let arguments: [ArgumentType]
    public let properties: [PropertySpec]

    public func property(_ keyword: Keyword) -> PropertySpec? {
        properties.first { $0.keyword == keyword }
    }

    /// The sentence "may stand …" for K101.
    public var placeDescription: String {
        let names = places.map { $0 == .none ? "at the top level" : "in `\($0.danish)`" }
        return names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

public enum Schema {
    private static func p(_ keyword: Keyword, _ type: ValueType, list: Bool = false, required: Bool = false) -> PropertySpec {
        PropertySpec(keyword: keyword, type: type, isList: list, isRequired: required)
    }

    static let units: [Keyword] = [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling]
    static let localUnits: [Keyword] = [.virksomhed, .afdeling]
    static let status = p(.status, .word([.planlagt, .afholdt, .aflyst]))

    public static let statements: [StatementSpec] = [
        StatementSpec(keyword: .plan, places: [.none], arguments: [.title],
                      properties: [p(.aar, .number, required: true)]),
        StatementSpec(keyword: .byraad, places: [.none], arguments: [.id, .title], properties: []),
        StatementSpec(keyword: .udvalg, places: [.none], arguments: [.id, .title],
                      properties: [p(.under, .reference([.byraad]))]),
        StatementSpec(keyword: .direktion, places: [.none], arguments: [.id, .title],
                      properties: [p(.leder, .string)]),
        StatementSpec(keyword: .omraade, places: [.none], arguments: [.id, .title],
                      properties: [p(.chef, .string, required: true),
                                   p(.udvalg, .reference([.udvalg]), list: true, required: true)]),
        StatementSpec(keyword: .virksomhed, places: [.omraade], arguments: [.id, .title],
                      properties: [p(.leder, .string, required: true), p(.medarbejdere, .number)]),
        StatementSpec(keyword: .afdeling, places: [.omraade, .virksomhed], arguments: [.id, .title],
                      properties: [p(.leder, .string, required: true), p(.medarbejdere, .number)]),
        StatementSpec(keyword: .maal, places: units, arguments: [.id, .title],
                      properties: [p(.foelger, .reference([.maal]), list: true), p(.frist, .date)]),
        StatementSpec(keyword: .droeftelse, places: [.direktion, .omraade], arguments: [.date],
                      properties: [p(.med, .audience, list: true, required: true),
                                   p(.om, .reference([.maal]), list: true, required: true), status]),
        StatementSpec(keyword: .opfoelgning, places: [.omraade], arguments: [.date],
                      properties: [p(.med, .units, list: true, required: true),
                                   p(.om, .reference([.maal]), list: true), status]),
        StatementSpec(keyword: .oplaeg, places: [.virksomhed, .afdeling], arguments: [.date],
                      properties: [p(.om, .reference([.maal, .uddannelse]), list: true), status]),
        StatementSpec(keyword: .evaluering, places: [.direktion, .omraade, .virksomhed, .afdeling], arguments: [.date],
                      properties: [p(.om, .reference([.maal]), list: true), status]),
        StatementSpec(keyword: .uddannelse, places: [.virksomhed, .afdeling], arguments: [.id, .title],
                      properties: [p(.foelger, .reference([.maal]), list: true, required: true),
                                   p(.prioritet, .number), p(.pladser, .number),
                                   p(.giver, .reference([.kompetence]), list: true)]),
        StatementSpec(keyword: .koncept, places: [.none], arguments: [.id, .title],
                      properties: [p(.forberedelse, .string), p(.beskrivelse, .string)]),
        StatementSpec(keyword: .kompus, places: [.omraade, .virksomhed, .afdeling], arguments: [],
                      properties: [p(.koncept, .reference([.koncept]), required: true),
                                   p(.orientering, .date, required: true), p(.samtaler, .range, required: true),
                                   p(.forventning, .string), p(.varsel, .duration)]),
        StatementSpec(keyword: .medarbejder, places: [.virksomhed, .afdeling], arguments: [.id, .optionalTitle],
                      properties: [p(.samtale, .date), status,
                                   p(.udvikling, .reference([.uddannelse]), list: true),
                                   p(.kompetencer, .reference([.kompetence]), list: true)]),
        StatementSpec(keyword: .kompetence, places: [.none], arguments: [.id, .title], properties: []),
        StatementSpec(keyword: .opgave, places: [.virksomhed, .afdeling], arguments: [.id, .title],
                      properties: [p(.kraever, .reference([.kompetence]), list: true, required: true)]),
        StatementSpec(keyword: .regel, places: [.none], arguments: [.ruleID],
                      properties: [p(.niveau, .word([.fejl, .advarsel, .info, .fra])), p(.varsel, .duration)]),
        StatementSpec(keyword: .undtagelse, places: [.omraade, .virksomhed, .afdeling], arguments: [.ruleID, .reason],
                      properties: [p(.til, .date)]),
    ]

    private static let byKeyword: [Keyword: StatementSpec] = Dictionary(uniqueKeysWithValues: statements.map { ($0.keyword, $0) })

    public static func spec(_ keyword: Keyword) -> StatementSpec? { byKeyword[keyword] }

    /// The statements that may stand in a block of `parent` (`.none`: the top level).
    public static func children(of parent: Keyword) -> [Keyword] {
        statements.filter { $0.places.contains(parent) }.map(\.keyword)
    }

    /// Statements that may stand at the top level.
    public static var topLevel: [Keyword] { statements.filter { $0.places.contains(.none) }.map(\.keyword) }
}
