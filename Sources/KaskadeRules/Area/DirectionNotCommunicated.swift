// K304 direction-not-communicated: step 2 reaches every unit of the område.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum DirectionNotCommunicated: CascadeRule {
    static let description = RuleDescription(304, "direction-not-communicated", .error,
             "Some unit of the område has no step 2: no `drøftelse med lederne`, and none that names the unit (or the virksomhed it stands in). One finding per område, naming the units no step-2 discussion reaches.",
             danishSummary: "En enhed i området har intet trin 2: ingen `drøftelse med lederne` og ingen, der nævner enheden (eller den virksomhed, den hører til). Ét fund pr. område, der nævner de enheder, ingen drøftelse i trin 2 når.",
             guideline: "Chefen skal formidle denne retning tydeligt til virksomhedslederne.",
             notes: "Step 2 is defined once (rules.md, \"Steps of the cascade\"). A step-2 discussion that exists but lies before step 1 is K409, not K304. A cancelled discussion counts for nothing; one dated outside the plan year still counts (K108 reports the date).",
             danishNotes: "Trin 2 er defineret ét sted (rules.md, \"Steps of the cascade\"). En drøftelse i trin 2, der findes, men ligger før trin 1, er K409, ikke K304. En aflyst drøftelse tæller ikke; en drøftelse dateret uden for planåret tæller stadig (K108 melder datoen).",
             triggering: ["""
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med lederne om CSD1 status aflyst
                  virksomhed LYS "Lyngehus" leder "Peter"
                }
                område ↓CSS "Sundhed" chef "Bo" udvalg SVB {
                  drøftelse 2027-01-12 med SKO om CSS1
                  virksomhed SKO "Skovvang" leder "Eva"
                  virksomhed MIM "Mimosen" leder "Ida"
                }
                """.replacingOccurrences(of: "område CSD", with: "område ↓CSD")],
             nonTriggering: ["""
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med lederne om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter" {
                    afdeling IND "Indskolingen" leder "Eva"
                  }
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB {
                  drøftelse 2027-01-12 med SKO om CSS1
                  drøftelse 2027-01-19 med MIM om CSS1
                  virksomhed SKO "Skovvang" leder "Eva"
                  virksomhed MIM "Mimosen" leder "Ida"
                }
                """, """
                plan "P" år 2027
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med chefgruppen om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2026-11-01 med lederne om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter"
                }
                """, """
                plan "P" år 2027
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2026-01-12 med lederne om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter"
                }
                """])

    static func check(_ context: inout RuleContext) {
        let plan = context.plan
        for area in plan.units(.area) {
            let units = context.localUnits(in: area)
            let unreached = units.filter { context.steps.discussionsReaching($0).isEmpty }
            guard !unreached.isEmpty else { continue }
            report(area, unreached: unreached, all: units.count, in: &context)
        }
    }

    static func report(_ area: Int, unreached: [Int], all: Int, in context: inout RuleContext) {
        let plan = context.plan
        let stepOne = context.steps.stepOne(area: area)
        let names = unreached.prefix(5).map { (id: plan.units[$0].id, title: plan.units[$0].title) }
        let goals = plan.units[area].goals.prefix(2).map { plan.goals[$0].id }.joined(separator: ", ")
        let date = stepOne?.date.map { "\($0 + 30)" } ?? "\(plan.year ?? 2027)-01-15"
        let audience = unreached.count == all ? "lederne" : unreached.map { plan.units[$0].id }.joined(separator: ", ")
        let statement = "drøftelse \(date) med \(audience) om \(goals)"
        context.report(description, Says.notPassedOn(area: plan.unitLabel(area), units: names, more: max(unreached.count - 5, 0)),
                       at: plan.units[area].nameSpan, label: Says.directionNotPassedOn,
                       secondary: stepOne.map { [context.label(plan.events[$0.event].keywordSpan, Says.stepOneIsHere)] } ?? [],
                       help: goals.isEmpty ? Says.addDiscussionAboutGoals(date: date, audience: audience, area: plan.units[area].id)
                           : Says.addStatementTo(statement: statement, area: plan.units[area].id),
                       fixes: goals.isEmpty ? [] : context.addingLine(statement, to: area, title: Says.addStatement(statement: statement)),
                       subject: area)
    }

    /// What K304 says.
    enum Says: Message {
        /// `units` are the first five units not reached; `more` how many others there are.
        case notPassedOn(area: String, units: [(id: String, title: String)], more: Int)
        case directionNotPassedOn
        case stepOneIsHere
        case addStatementTo(statement: String, area: String)
        /// The help where the area has no goals to name: a placeholder stands for them.
        case addDiscussionAboutGoals(date: String, audience: String, area: String)
        case addStatement(statement: String)

        func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .notPassedOn(area, units, more):
                "\(area) giver ikke retningen videre til lederen af "
                        + units.map { "\($0.id) \"\($0.title)\"" }.joined(separator: ", ") + (more > 0 ? " og \(more) til" : "")
                case .directionNotPassedOn: "retningen gives ikke videre"
                case .stepOneIsHere: "trin 1 er her"
                case let .addStatementTo(statement, area): "tilføj `\(statement)` til område \(area)"
                case let .addDiscussionAboutGoals(date, audience, area): "tilføj `drøftelse \(date) med \(audience) om <områdemål>` til område \(area)"
                case let .addStatement(statement): "tilføj `\(statement)`"
                }
            case .english:
                return switch self {
                case let .notPassedOn(area, units, more):
                    "\(area) passes the direction on to no leader of "
                        + units.map { "\($0.id) \"\($0.title)\"" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
                case .directionNotPassedOn: "direction not passed on"
                case .stepOneIsHere: "step 1 is here"
                case let .addStatementTo(statement, area): "add `\(statement)` to område \(area)"
                case let .addDiscussionAboutGoals(date, audience, area): "add `drøftelse \(date) med \(audience) om <area goals>` to område \(area)"
                case let .addStatement(statement): "add `\(statement)`"
                }
            }
        }
    }
}
