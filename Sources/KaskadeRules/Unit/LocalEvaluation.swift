// K408 local-evaluation.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum LocalEvaluation: CascadeRule {
    static let description = RuleDescription(408, "local-evaluation", .warning,
             "A unit with no `evaluering`.",
             danishSummary: "En enhed uden `evaluering`.",
             guideline: "Drøftelser af effekt af kompetenceudviklingen skal ske både centralt og lokalt.",
             triggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter"
                }
                """],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    evaluering 2027-10-01
                  }
                }
                """])

    /// K408: effect is evaluated locally too.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where context.counting(.evaluation, of: unit).isEmpty {
            let goal = plan.units[unit].goals.first.map { " om \(plan.goals[$0].id)" } ?? ""
            context.report(description, Says.noEvaluation(unit: plan.unitLabel(unit)),
                           at: plan.units[unit].nameSpan, label: Says.noEvaluationLabel,
                           help: Says.addEvaluation(statement: "evaluering \(plan.year.map(String.init) ?? "2027")-10-01\(goal)", unit: plan.units[unit].id), subject: unit)
        }
    }

    /// What K408 says.
    enum Says: Message {
        case noEvaluation(unit: String)
        case noEvaluationLabel
        case addEvaluation(statement: String, unit: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noEvaluation(unit): "\(unit) har ingen evaluering (`evaluering`)"
                case .noEvaluationLabel: "ingen `evaluering`"
                case let .addEvaluation(statement, unit): "tilføj `\(statement)` til \(unit)"
                }
            case .english:
                return switch self {
                case let .noEvaluation(unit): "\(unit) has no evaluation (`evaluering`)"
                case .noEvaluationLabel: "no `evaluering`"
                case let .addEvaluation(statement, unit): "add `\(statement)` to \(unit)"
                }
            }
        }
    }
}
