// K106 wrong-kind.

import KaskadeDiagnostics
import KaskadeSyntax

public enum WrongKind {
    public static let description = RuleDescription(106, "wrong-kind", .error,
             "A reference to a statement of the wrong kind (a `mål` that `følger` an `uddannelse`).",
             danishSummary: "En henvisning til en sætning af den forkerte slags (et `mål`, der `følger` en `uddannelse`).",
             notes: "`med` in a direktion's `drøftelse` names `chefgruppen` or områder; in an område's, `lederne` or units of that område. Anything else there is this error.",
             danishNotes: "`med` i en direktions `drøftelse` nævner `chefgruppen` eller områder; i et områdes `lederne` eller enheder i det område. Alt andet her er denne fejl.",
             triggering: ["kompetence INK \"Inklusion\"\nbyråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under ↓INK\n", """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med ↓LYS om BY1
                  drøftelse 2026-11-21 med ↓lederne om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med ↓SKO om CSD1
                  drøftelse 2027-01-13 med ↓chefgruppen om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter"
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB {
                  virksomhed SKO "Skovvang" leder "Eva"
                }
                """],
             nonTriggering: ["byråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under BY\n", """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med CSD, CSS om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med LYS, IND om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter" {
                    afdeling IND "Indskolingen" leder "Mia"
                  }
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB
                """])

    /// What K106 says.
    enum Says: Message {
        case rowUnitOutOfReach(unit: String, within: String?)
        case notReachable
        case rowNamesLocalUnit(within: String?)
        /// `owner` is the keyword of the unit's kind; `wanted` the audience word it meets.
        case notAudience(word: String, owner: String, wanted: String)
        case notWanted(wanted: String)
        case writeWithOrName(wanted: String)
        case writeWith(wanted: String)
        /// `wanted` are the keywords of the kinds the property takes.
        case isA(name: String, kind: String, property: String, wanted: [String])
        case aKind(kind: String)
        case definedHere
        case nameAInstead(wanted: [String])
        /// `area` is the område whose units an område's discussion meets; nil for the direktion's.
        case notMet(unit: String, owner: String, area: String?)
        case notMetLabel(area: String?)
        case nameMetInstead(area: String?)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .rowUnitOutOfReach(unit, within): within.map { "\(unit) er ikke en virksomhed eller afdeling i \($0)" } ?? "\(unit) er ikke en virksomhed eller afdeling"
                case .notReachable: "kan ikke have medarbejdere herfra"
                case let .rowNamesLocalUnit(within): within.map { "en række skal nævne en virksomhed eller afdeling i \($0)" } ?? "en række skal nævne en virksomhed eller afdeling"
                case let .notAudience(word, owner, wanted): "`\(word)` passer ikke her: en `drøftelse` i \(Self.danishIndefinite(owner)) er med `\(wanted)`"
                case let .notWanted(wanted): "ikke `\(wanted)`"
                case let .writeWithOrName(wanted): "skriv `med \(wanted)`, eller nævn de enheder, den er med"
                case let .writeWith(wanted): "skriv `med \(wanted)`"
                case let .isA(name, kind, property, wanted): "`\(name)` er en `\(kind)`, men `\(property)` skal her have \(Self.either(wanted, language))"
                case let .aKind(kind): "en `\(kind)`"
                case .definedHere: "defineret her"
                case let .nameAInstead(wanted): "nævn i stedet en \(Self.either(wanted, language))"
                case let .notMet(unit, owner, area): "\(unit) passer ikke her: `med` i en `drøftelse` i \(Self.danishIndefinite(owner)) nævner \(Self.met(area, language))"
                case let .notMetLabel(area): area.map { "ikke en enhed i \($0)" } ?? "ikke et område"
                case let .nameMetInstead(area): "nævn i stedet \(Self.met(area, language))"
                }
            case .english:
                return switch self {
                case let .rowUnitOutOfReach(unit, within): within.map { "\(unit) is not a virksomhed or afdeling of \($0)" } ?? "\(unit) is not a virksomhed or afdeling"
                case .notReachable: "cannot have employees from here"
                case let .rowNamesLocalUnit(within): within.map { "a row must name a virksomhed or afdeling of \($0)" } ?? "a row must name a virksomhed or afdeling"
                case let .notAudience(word, owner, wanted): "`\(word)` is not who a \(owner)'s `drøftelse` is with: it meets `\(wanted)`"
                case let .notWanted(wanted): "not `\(wanted)`"
                case let .writeWithOrName(wanted): "write `med \(wanted)`, or name the units it meets"
                case let .writeWith(wanted): "write `med \(wanted)`"
                case let .isA(name, kind, property, wanted): "`\(name)` is a `\(kind)`, but `\(property)` here takes \(Self.either(wanted))"
                case let .aKind(kind): "a `\(kind)`"
                case .definedHere: "defined here"
                case let .nameAInstead(wanted): "name a \(Self.either(wanted)) instead"
                case let .notMet(unit, owner, area): "\(unit) is not someone a \(owner)'s `drøftelse` is with: `med` here names \(Self.met(area))"
                case let .notMetLabel(area): area.map { "not a unit of \($0)" } ?? "not an område"
                case let .nameMetInstead(area): "name \(Self.met(area)) instead"
                }
            }
        }

        private static func either(_ keywords: [String], _ language: Language = .english) -> String {
            keywords.map { "`\($0)`" }.joined(separator: language == .danish ? " eller " : " or ")
        }
        /// `et område`, `en direktion`: the unit kind with its article.
        private static func danishIndefinite(_ kind: String) -> String { kind == "område" ? "et område" : "en \(kind)" }
        private static func met(_ area: String?, _ language: Language = .english) -> String {
            switch language {
            case .english: area.map { "`lederne` or units of område \($0)" } ?? "`chefgruppen` or områder"
            case .danish: area.map { "`lederne` eller enheder i område \($0)" } ?? "`chefgruppen` eller områder"
            }
        }
    }
}
