// K402 no-proposal.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum NoProposal: CascadeRule {
    static let description = RuleDescription(402, "no-proposal", .error,
             "A unit with no `oplæg` for the coming KOMPUS.",
             danishSummary: "En enhed uden `oplæg` til den kommende KOMPUS.",
             guideline: "Oplæg til virksomheders eget fokus i kommende KOMPUS, herunder hvilke uddannelser der vil blive prioriteret.",
             triggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed ↓LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-02-01 status aflyst
                  }
                }
                """],
             nonTriggering: ["""
                område CSD "Skole" chef "Anne" udvalg BSU {
                  virksomhed LYS "Lyngehus Skole" leder "Peter" {
                    oplæg 2027-02-01 om PD
                  }
                }
                """])

    /// K402: each unit proposes its own focus for the coming KOMPUS.
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for unit in context.localUnits where context.counting(.proposal, of: unit).isEmpty {
            let course = plan.units[unit].courses.first.map { " om \(plan.courses[$0].id)" } ?? ""
            context.report(description, Says.noProposal(unit: plan.unitLabel(unit)),
                           at: plan.units[unit].nameSpan, label: Says.noProposalLabel,
                           help: Says.addProposal(statement: "oplæg \(plan.year.map(String.init) ?? "2027")-02-01\(course)", unit: plan.units[unit].id), subject: unit)
        }
    }

    /// What K402 says.
    enum Says: Message {
        case noProposal(unit: String)
        case noProposalLabel
        case addProposal(statement: String, unit: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noProposal(unit): "\(unit) har intet oplæg (`oplæg`) til den kommende KOMPUS"
                case .noProposalLabel: "intet `oplæg`"
                case let .addProposal(statement, unit): "tilføj `\(statement)` til \(unit)"
                }
            case .english:
                return switch self {
                case let .noProposal(unit): "\(unit) has no proposal (`oplæg`) for the coming KOMPUS"
                case .noProposalLabel: "no `oplæg`"
                case let .addProposal(statement, unit): "add `\(statement)` to \(unit)"
                }
            }
        }
    }
}
