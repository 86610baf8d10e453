// K114 unused-exception: an `undtagelse` that hides nothing (SwiftLint's
// `superfluous_disable_command`). It is judged after every other rule, on their findings.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public enum UnusedException {
    public static let description = RuleDescription(114, "unused-exception", .warning,
             "An `undtagelse` that hides no finding (an expired one is K111 instead).",
             danishSummary: "En `undtagelse`, der ikke skjuler noget fund (en udløbet er K111 i stedet).",
             notes: "An exception hides the findings of its rule about its unit and every unit below it. One that hides nothing is stale: the duty is met, or the exception stands in the wrong unit. It can itself be turned down with `regel K114 niveau …`.",
             danishNotes: "En undtagelse skjuler sin regels fund om sin enhed og alle enheder under den. En, der intet skjuler, er forældet: pligten er opfyldt, eller undtagelsen står i den forkerte enhed. Den kan selv skrues ned med `regel K114 niveau …`.",
             triggering: ["""
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
                    oplæg 2027-02-01
                    ↓undtagelse K402 "Ny leder"
                  }
                }
                """],
             nonTriggering: ["""
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
                    undtagelse K402 "Ny leder tiltræder 1. juni" til 2027-06-30
                  }
                }
                """, """
                # as-of: 2027-08-01
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
                    oplæg 2027-02-01
                    undtagelse K402 "Ny leder" til 2027-06-30
                  }
                }
                """])

    /// One finding per exception in force that hid nothing.
    public static func findings(unused exceptions: [Int], in plan: Plan) -> [Diagnostic] {
        exceptions.map { index in
            let exception = plan.exceptions[index]
            return Diagnostic(description, Says.hidesNoFinding(rule: exception.rule.code, unit: plan.unitLabel(exception.unit)),
                              at: Label(exception.keywordSpan, Says.hidesNothing),
                              help: Says.removeIt(rule: exception.rule.code, unit: plan.units[exception.unit].id),
                              fixes: removal(of: exception, in: plan),
                              subject: exception.unit)
        }
    }

    /// Removing the exception's line, where it stands on a line of its own.
    static func removal(of exception: Exception, in plan: Plan) -> [Fix] {
        let file = plan.sources[exception.keywordSpan.file]
        let line = file.line(of: Int(exception.keywordSpan.start))
        let start = Int(file.lineStarts[line - 1])
        let end = line < file.lineCount ? Int(file.lineStarts[line]) : file.bytes.count
        let text = file.bytes[start..<end]
        // Only blank before the keyword, and the exception runs to the end of the line.
        guard text.prefix(Int(exception.keywordSpan.start) - start).allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
              !text.contains(UInt8(ascii: "{")), !text.contains(UInt8(ascii: ";")) else { return [] }
        return [Fix(Says.removeException, [Edit(Span(file: exception.keywordSpan.file, start: start, end: end), "")])]
    }

    /// What K114 says.
    enum Says: Message {
        case hidesNoFinding(rule: String, unit: String)
        case hidesNothing
        case removeIt(rule: String, unit: String)
        case removeException

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .hidesNoFinding(rule, unit): "undtagelsen fra \(rule) i \(unit) skjuler intet fund"
                case .hidesNothing: "skjuler intet"
                case let .removeIt(rule, unit): "fjern den: \(rule) melder intet om \(unit) eller enhederne under den"
                case .removeException: "fjern undtagelsen"
                }
            case .english:
                return switch self {
                case let .hidesNoFinding(rule, unit): "the exception from \(rule) in \(unit) hides no finding"
                case .hidesNothing: "hides nothing"
                case let .removeIt(rule, unit): "remove it: \(rule) reports nothing about \(unit) or the units below it"
                case .removeException: "remove the exception"
                }
            }
        }
    }
}
