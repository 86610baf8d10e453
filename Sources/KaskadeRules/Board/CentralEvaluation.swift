// K206 central-evaluation.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum CentralEvaluation: CascadeRule {
    static let description = RuleDescription(206, "central-evaluation", .warning,
             "No `evaluering` in the direktion or in any område.",
             danishSummary: "Ingen `evaluering` i direktionen eller i noget område.",
             guideline: "Drøftelser af effekt af kompetenceudviklingen skal ske både centralt og lokalt.",
             notes: "One finding for the plan, at the direktion (or at `plan` when there is none).",
             danishNotes: "Ét fund for planen, ved direktionen (eller ved `plan`, når der ingen direktion er).",
             triggering: ["""
                plan "P" år 2027
                direktion ↓DIR "Direktionen" {
                  evaluering 2027-11-15 status aflyst
                }
                """],
             nonTriggering: ["""
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  evaluering 2027-11-15
                }
                """])

    /// K206: effect is evaluated centrally: in the direktion or in an area.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        let central = plan.units.indices.filter { plan.units[$0].kind == .board || plan.units[$0].kind == .area }
        if central.contains(where: { !context.counting(.evaluation, of: $0).isEmpty }) { return }
        guard let at = plan.board.map({ plan.units[$0].nameSpan }) ?? plan.headerSpan else { return }
        context.report(description, Says.noEvaluation,
                       at: at, label: Says.noCentralEvaluation,
                       help: Says.addEvaluation(year: plan.year.map(String.init) ?? "2027"), subject: plan.board)
    }

    /// What K206 says.
    enum Says: Message {
        case noEvaluation
        case noCentralEvaluation
        case addEvaluation(year: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .noEvaluation: "ingen evaluering af effekten i direktionen eller i noget område"
                case .noCentralEvaluation: "ingen central `evaluering`"
                case let .addEvaluation(year): "tilføj `evaluering \(year)-11-15 om <mål>` til direktionen"
                }
            case .english:
                return switch self {
                case .noEvaluation: "no evaluation of the effect in the direktion or in any område"
                case .noCentralEvaluation: "no central `evaluering`"
                case let .addEvaluation(year): "add `evaluering \(year)-11-15 om <goals>` to the direktion"
                }
            }
        }
    }
}
