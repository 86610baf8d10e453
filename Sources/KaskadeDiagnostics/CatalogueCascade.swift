// K2xx–K6xx: the guideline's duties, level by level. Data only; the checks live in
// KaskadeRules. `↓` marks where a finding must point; `# as-of: DATE` in an example sets
// `--as-of`. An example need only hold for its own rule: other rules may fire on it.

extension RuleCatalogue {
    static let boardRules: [RuleInfo] = [
        RuleInfo(.annualBoardDiscussion, "annual-board-discussion", .error,
                 "The direktion has no `drøftelse med chefgruppen` (or with named areas); a second one is a warning.",
                 guideline: "Direktionen drøfter én gang om året politiske mål og retning med relevante chefer i Forvaltningen.",
                 notes: "A cancelled (`aflyst`) discussion counts for nothing. A plan without a direktion is reported at its `plan` statement.",
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
                    """]),
        RuleInfo(.boardDiscussionTopics, "board-discussion-topics", .error,
                 "A step-1 discussion names no political goal in `om`.",
                 guideline: "Direktionens drøftelse med chefgruppen om byrådets mål.",
                 triggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Politisk mål"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Mål" følger BY1
                      ↓drøftelse 2026-11-20 med chefgruppen om D1
                    }
                    """],
                 nonTriggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Politisk mål"
                    }
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1
                    }
                    """]),
        RuleInfo(.boardSetsGoals, "board-sets-goals", .error,
                 "The direktion sets no competence goal.",
                 guideline: "Direktionen opsætter mål for kompetenceudviklingen det kommende år.",
                 triggering: ["""
                    direktion ↓DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1
                    }
                    """],
                 nonTriggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Politisk mål"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Kompetencemål" følger BY1
                    }
                    """]),
        RuleInfo(.boardGoalFollowsPolitics, "board-goal-follows-politics", .error,
                 "A direktion goal does not follow a political goal (one of the council or a committee).",
                 guideline: "Direktionen opsætter mål for kompetenceudviklingen det kommende år.",
                 notes: "Only the goals a direktion goal names in `følger` count, not what they follow in turn. A direktion goal without `følger` is reported here.",
                 triggering: ["""
                    direktion DIR "Direktionen" {
                      mål ↓D1 "Kompetencemål"
                      mål ↓D2 "Følger kun et andet direktionsmål" følger D1
                    }
                    """],
                 nonTriggering: ["""
                    udvalg BSU "Børne- og Skoleudvalget" {
                      mål BSU1 "Alle børn trives"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Kompetencemål" følger BSU1
                    }
                    """]),
        RuleInfo(.areaLeftOut, "area-left-out", .error,
                 "An `område` that no step-1 discussion includes.",
                 guideline: "Direktionen drøfter politiske mål og retning med relevante chefer i Forvaltningen.",
                 notes: "`med chefgruppen` includes every area. Said only when there is a step-1 discussion at all (otherwise K201 says it).",
                 triggering: ["""
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med CSD om BY1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU
                    område ↓CSS "Sundhed" chef "Bo" udvalg SVB
                    """],
                 nonTriggering: ["""
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU
                    område CSS "Sundhed" chef "Bo" udvalg SVB
                    """]),
        RuleInfo(.centralEvaluation, "central-evaluation", .warning,
                 "No `evaluering` in the direktion or in any område.",
                 guideline: "Drøftelser af effekt af kompetenceudviklingen skal ske både centralt og lokalt.",
                 notes: "One finding for the plan, at the direktion (or at `plan` when there is none).",
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
                    """]),
        RuleInfo(.politicalGoalUnused, "political-goal-unused", .info,
                 "A political goal that no goal anywhere follows.",
                 triggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Fulgt"
                      mål ↓BY2 "Ikke fulgt"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Mål" følger BY1
                    }
                    """],
                 nonTriggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Fulgt"
                    }
                    udvalg BSU "Udvalg" under BY {
                      mål BSU1 "Mål" følger BY1
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Mål" følger BSU1
                    }
                    """]),
    ]

    static let areaRules: [RuleInfo] = [
        RuleInfo(.areaSetsNoGoals, "area-sets-no-goals", .error,
                 "An `område` that sets no area goal of its own.",
                 guideline: "Den enkelte chefs drøftelse med egne virksomhedsledere omkring relevante politiske mål, og egne mål og retning for området.",
                 triggering: ["område ↓CSD \"Skole\" chef \"Anne\" udvalg BSU\n"],
                 nonTriggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                    }
                    """]),
        RuleInfo(.areaGoalMisaligned, "area-goal-misaligned", .error,
                 "An area goal whose nearest political goals include neither a goal of the area's own committees nor a council goal.",
                 guideline: "At efterleve byrådet og fagudvalgets mål for eget område.",
                 notes: "Nearest political goals: follow `følger` upwards on every path and stop at the first goal of a council or committee. An area goal without `følger` has none and is reported here.",
                 triggering: ["""
                    udvalg BSU "Børne- og Skoleudvalget" {
                      mål BSU1 "Skole"
                    }
                    udvalg SVB "Sundhed" {
                      mål SVB1 "Sundhed"
                    }
                    direktion DIR "Direktionen" {
                      mål D2 "Sundhed" følger SVB1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål ↓CSD1 "Forkert udvalg" følger D2
                      mål ↓CSD2 "Intet"
                    }
                    """],
                 nonTriggering: ["""
                    byråd BY "Byrådet" {
                      mål BY1 "Byrådets mål"
                    }
                    udvalg BSU "Børne- og Skoleudvalget" under BY {
                      mål BSU1 "Skole" følger BY1
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Skole" følger BSU1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Via direktionen" følger D1
                      mål CSD2 "Direkte byrådet" følger BY1
                    }
                    """]),
        RuleInfo(.committeeGoalNotCarried, "committee-goal-not-carried", .warning,
                 "A goal of the area's own committee that no area goal carries (directly or through a direktion goal).",
                 guideline: "At efterleve byrådet og fagudvalgets mål for eget område.",
                 notes: "One finding per area and committee goal, at the area's `udvalg` reference to that committee.",
                 triggering: ["""
                    udvalg BSU "Børne- og Skoleudvalget" {
                      mål BSU1 "Skole"
                      mål BSU2 "Dagtilbud"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Skole" følger BSU1
                    }
                    område CSD "Skole" chef "Anne" udvalg ↓BSU {
                      mål CSD1 "Skole" følger D1
                    }
                    """],
                 nonTriggering: ["""
                    udvalg BSU "Børne- og Skoleudvalget" {
                      mål BSU1 "Skole"
                      mål BSU2 "Dagtilbud"
                    }
                    direktion DIR "Direktionen" {
                      mål D1 "Skole" følger BSU1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Skole" følger D1
                      mål CSD2 "Dagtilbud" følger BSU2
                    }
                    """]),
        RuleInfo(.directionNotCommunicated, "direction-not-communicated", .error,
                 "The area has no `drøftelse med lederne` (or with all of its units) after step 1.",
                 guideline: "Chefen skal formidle denne retning tydeligt til virksomhedslederne.",
                 triggering: ["""
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1
                    }
                    område ↓CSD "Skole" chef "Anne" udvalg BSU {
                      drøftelse 2026-11-01 med lederne om CSD1
                      virksomhed LYS "Lyngehus" leder "Peter"
                    }
                    område ↓CSS "Sundhed" chef "Bo" udvalg SVB {
                      drøftelse 2027-01-12 med SKO om CSS1
                      virksomhed SKO "Skovvang" leder "Eva"
                      virksomhed MIM "Mimosen" leder "Ida"
                    }
                    """],
                 nonTriggering: ["""
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1
                    }
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      drøftelse 2027-01-12 med lederne om CSD1
                    }
                    område CSS "Sundhed" chef "Bo" udvalg SVB {
                      drøftelse 2027-01-12 med SKO, MIM om CSS1
                      virksomhed SKO "Skovvang" leder "Eva"
                      virksomhed MIM "Mimosen" leder "Ida"
                    }
                    """]),
        RuleInfo(.annualFollowUp, "annual-follow-up", .error,
                 "An institution (`virksomhed`) of the area with no `opfølgning` in the plan year.",
                 guideline: "Mindst én gang årligt skal chefen i Forvaltningen sørge for en opfølgning på (politiske) mål med den enkelte virksomhedsleder.",
                 notes: "A cancelled follow-up, or one dated outside the plan year, does not count.",
                 triggering: ["""
                    plan "P" år 2027
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      opfølgning 2027-09-10 med LYS om CSD1
                      opfølgning 2027-09-12 med KRA om CSD1 status aflyst
                      virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                      virksomhed ↓KRA "Kratbjergskolen" leder "Jens Lund"
                    }
                    """],
                 nonTriggering: ["""
                    plan "P" år 2027
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      opfølgning 2027-09-10 med LYS, KRA om CSD1
                      virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                      virksomhed KRA "Kratbjergskolen" leder "Jens Lund"
                    }
                    """]),
        RuleInfo(.followUpWithoutGoals, "follow-up-without-goals", .warning,
                 "An `opfølgning` that names no goal in `om`.",
                 guideline: "Opfølgning på (politiske) mål med den enkelte virksomhedsleder.",
                 triggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      ↓opfølgning 2027-09-10 med LYS
                      virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                    }
                    """],
                 nonTriggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      opfølgning 2027-09-10 med LYS om CSD1
                      virksomhed LYS "Lyngehus Skole" leder "Peter Holm"
                    }
                    """]),
    ]
}
