// K201 annual-board-discussion.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum AnnualBoardDiscussion: CascadeRule {
    static let description = RuleDescription(201, "annual-board-discussion", .error,
             "The direktion has no `drøftelse med chefgruppen` (or with named areas); a second one is a warning.",
             danishSummary: "Direktionen har ingen `drøftelse med chefgruppen` (eller med navngivne områder); en drøftelse mere er en advarsel.",
             guideline: "Direktionen drøfter én gang om året politiske mål og retning med relevante chefer i Forvaltningen.",
             notes: "A cancelled (`aflyst`) discussion counts for nothing; one dated outside the plan year still counts (K108 reports the date). A plan without a direktion is reported at its `plan` statement. A second step-1 discussion is a warning when it includes an område that an earlier one already included; separate meetings with different named områder are one step 1 between them.",
             danishNotes: "En aflyst (`aflyst`) drøftelse tæller ikke; en drøftelse dateret uden for planåret tæller stadig (K108 melder datoen). En plan uden direktion meldes ved sin `plan`-sætning. En drøftelse mere i trin 1 er en advarsel, når den omfatter et område, som en tidligere drøftelse allerede omfattede; separate møder med forskellige navngivne områder er tilsammen ét trin 1.",
             triggering: ["""
                direktion ↓DIR "Direktionen" {
                  mål D1 "Mål" følger BY1
                }
                """, """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                  ↓drøftelse 2026-12-01 med chefgruppen om BY1
                }
                """],
             nonTriggering: ["""
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                """, """
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med CSD om BY1
                  drøftelse 2026-11-27 med CSS om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU
                område CSS "Sundhed" chef "Bo" udvalg SVB
                """, """
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2025-11-20 med chefgruppen om BY1
                }
                """])

    /// K201: exactly one step-1 discussion (none is an error, a second one a warning).
    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        guard let board = plan.board else {
            if let header = plan.headerSpan {
                context.report(description, Says.noBoard,
                               at: header, label: Says.noBoardInPlan,
                               help: Says.addBoard(year: plan.year.map { "\($0 - 1)" } ?? "2026"))
            }
            return
        }
        let discussions = context.steps.boardDiscussions
        if discussions.isEmpty {
            context.report(description, Says.noDiscussion(board: plan.units[board].id, title: plan.units[board].title, year: plan.year),
                           at: plan.units[board].nameSpan, label: Says.noDiscussionLabel,
                           help: Says.addDiscussion(year: plan.year.map { "\($0 - 1)" } ?? "2026", board: plan.units[board].id),
                           subject: board)
        }
        let areas = plan.units(.area)
        for (position, extra) in discussions.enumerated().dropFirst() {
            let earlier = discussions[..<position]
            // A meeting with other named områder is part of the same step 1, not a second one.
            guard let first = earlier.first(where: { previous in
                areas.isEmpty ? true : areas.contains { context.steps.includes(previous, area: $0) && context.steps.includes(extra, area: $0) }
            }) else { continue }
            context.report(description, Says.moreThanOne(board: plan.units[board].id),
                           at: plan.events[extra].keywordSpan, label: Says.secondDiscussion,
                           secondary: [context.label(plan.events[first].keywordSpan, Says.theFirst)],
                           help: Says.keepOne, severity: .warning, subject: board)
        }
    }

    /// What K201 says.
    enum Says: Message {
        case noBoard
        case noBoardInPlan
        /// `year` is the year before the plan year, where step 1 falls.
        case addBoard(year: String)
        case noDiscussion(board: String, title: String, year: Int?)
        case noDiscussionLabel
        case addDiscussion(year: String, board: String)
        case moreThanOne(board: String)
        case secondDiscussion
        case theFirst
        case keepOne

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case .noBoard: "planen har ingen direktion og derfor ingen drøftelse med cheferne i trin 1"
                case .noBoardInPlan: "ingen direktion i denne plan"
                case let .addBoard(year): "tilføj `direktion DIR \"Direktionen\" { drøftelse \(year)-11-20 med chefgruppen om … }`"
                case let .noDiscussion(board, title, year):
                "direktion \(board) \"\(title)\" har ingen drøftelse med cheferne for \(year.map(String.init) ?? "planåret")"
                case .noDiscussionLabel: "ingen `drøftelse med chefgruppen`"
                case let .addDiscussion(year, board): "tilføj `drøftelse \(year)-11-20 med chefgruppen om <politiske mål>` til direktion \(board)"
                case let .moreThanOne(board): "direktion \(board) har mere end én drøftelse i trin 1; retningslinjen beder om én om året"
                case .secondDiscussion: "endnu en drøftelse i trin 1"
                case .theFirst: "den første"
                case .keepOne: "behold én, eller sæt `status aflyst` på den anden"
                }
            case .english:
                return switch self {
                case .noBoard: "the plan has no direktion, so no step-1 discussion with the heads of area"
                case .noBoardInPlan: "no direktion in this plan"
                case let .addBoard(year): "add `direktion DIR \"Direktionen\" { drøftelse \(year)-11-20 med chefgruppen om … }`"
                case let .noDiscussion(board, title, year):
                    "direktion \(board) \"\(title)\" has no discussion with the heads of area for \(year.map(String.init) ?? "the plan year")"
                case .noDiscussionLabel: "no `drøftelse med chefgruppen`"
                case let .addDiscussion(year, board): "add `drøftelse \(year)-11-20 med chefgruppen om <political goals>` to direktion \(board)"
                case let .moreThanOne(board): "direktion \(board) has more than one step-1 discussion; the guideline asks for one a year"
                case .secondDiscussion: "a second step-1 discussion"
                case .theFirst: "the first"
                case .keepOne: "keep one, or mark the other `status aflyst`"
                }
            }
        }
    }
}
