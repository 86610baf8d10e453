// K113 property-repeated.

import KaskadeDiagnostics
import KaskadeSyntax

public enum PropertyRepeated {
    public static let description = RuleDescription(113, "property-repeated", .error,
             "The same property set twice on one statement (on its line or in its block).",
             danishSummary: "Den samme egenskab sat to gange på én sætning (på dens linje eller i dens blok).",
             triggering: ["plan \"P\" år 2027 ↓år 2028\n", "område CSD \"Skole\" chef \"Anne\" udvalg BSU {\n  ↓chef \"Bo\"\n}\n"],
             nonTriggering: ["område CSD \"Skole\" udvalg BSU {\n  chef \"Anne\"\n}\n"])

    /// What K113 says.
    enum Says: Message {
        case secondKompus(unit: String)
        case secondKompusLabel
        case firstKompus
        case mergeKompus
        case setTwice(property: String, statement: String)
        case setAgain
        case firstSet
        case listOnce(property: String)
        case keepOne

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .secondKompus(unit): "\(unit) har en `kompus` mere; en enhed har én"
                case .secondKompusLabel: "anden kompus"
                case .firstKompus: "den første kompus"
                case .mergeKompus: "slå de to `kompus`-sætninger sammen"
                case let .setTwice(property, statement): "`\(property)` er sat to gange på denne `\(statement)`"
                case .setAgain: "sat igen her"
                case .firstSet: "først sat her"
                case let .listOnce(property): "angiv hver værdi én gang: `\(property) A, B`"
                case .keepOne: "behold den ene"
                }
            case .english:
                return switch self {
                case let .secondKompus(unit): "\(unit) has a second `kompus`; a unit has one"
                case .secondKompusLabel: "second kompus"
                case .firstKompus: "the first kompus"
                case .mergeKompus: "merge the two `kompus` statements"
                case let .setTwice(property, statement): "`\(property)` is set twice on this `\(statement)`"
                case .setAgain: "set again here"
                case .firstSet: "first set here"
                case let .listOnce(property): "list every value once: `\(property) A, B`"
                case .keepOne: "keep one of them"
                }
            }
        }
    }
}
