// K304 direction-not-communicated: step 2 reaches every unit of the område.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

enum DirectionNotCommunicated: CascadeRule {
    static let description = RuleDescription(304, "direction-not-communicated", .error,
             "Some unit of the område has no step 2: no `drøftelse med lederne`, and none that names the unit (or the virksomhed it stands in). One finding per område, naming the units no step-2 discussion reaches.",
             guideline: "Chefen skal formidle denne retning tydeligt til virksomhedslederne.",
             notes: "Step 2 is defined once (rules.md, \"Steps of the cascade\"). A step-2 discussion that exists but lies before step 1 is K409, not K304. A cancelled discussion counts for nothing; one dated outside the plan year still counts (K108 reports the date).",
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
            let units = context.localUnits.filter { plan.area(of: $0) == area }
            let unreached = units.filter { context.steps.discussionsReaching($0).isEmpty }
            guard !unreached.isEmpty else { continue }
            report(area, unreached: unreached, all: units.count, in: &context)
        }
    }

    static func report(_ area: Int, unreached: [Int], all: Int, in context: inout RuleContext) {
        let plan = context.plan
        let stepOne = context.steps.stepOne(area: area)
        let names = unreached.prefix(5).map { "\(plan.units[$0].id) \"\(plan.units[$0].title)\"" }.joined(separator: ", ")
            + (unreached.count > 5 ? " and \(unreached.count - 5) more" : "")
        let goals = plan.units[area].goals.prefix(2).map { plan.goals[$0].id }.joined(separator: ", ")
        let date = stepOne?.date.map { "\($0 + 30)" } ?? "\(plan.year ?? 2027)-01-15"
        let audience = unreached.count == all ? "lederne" : unreached.map { plan.units[$0].id }.joined(separator: ", ")
        let statement = "drøftelse \(date) med \(audience) om \(goals.isEmpty ? "<area goals>" : goals)"
        context.report(description, "\(plan.unitLabel(area)) passes the direction on to no leader of \(names)",
                       at: plan.units[area].nameSpan, label: "direction not passed on",
                       secondary: stepOne.map { [Label(plan.events[$0.event].keywordSpan, "step 1 is here")] } ?? [],
                       help: "add `\(statement)` to område \(plan.units[area].id)",
                       fixes: goals.isEmpty ? [] : context.addingLine(statement, to: area, title: "add `\(statement)`"),
                       subject: area)
    }
}
