// K4xx–K6xx: the units, their KOMPUS, their employees, competences and tasks. Data only.

extension RuleCatalogue {
    /// A small area that the unit examples below are placed in.
    static let areaPrelude = """
        plan "P" år 2027
        direktion DIR "Direktionen" {
          drøftelse 2026-11-20 med chefgruppen om BY1
        }
        koncept MUS "Medarbejderudviklingssamtale" forberedelse "Skemaet udfyldes"
        kompetence INK "Inkluderende pædagogik"
        kompetence DIG "Digital dannelse"
        """

    static let unitRules: [RuleInfo] = [
        RuleInfo(.localGoalMisaligned, "local-goal-misaligned", .error,
                 "A unit with no goal, or a local goal whose nearest area goals include none of its own area's goals.",
                 guideline: "Virksomheden skal tydeliggøre og planlægge kompetenceudvikling efter hvilke (politiske) mål der er sat for området.",
                 notes: "Nearest area goals: follow `følger` upwards on every path and stop at the first goal of an `område`. A local goal without `følger` is reported here.",
                 triggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      virksomhed ↓LYS "Lyngehus Skole" leder "Peter"
                      virksomhed KRA "Kratbjergskolen" leder "Jens" {
                        mål ↓KRA1 "Følger en anden områdes mål" følger CSS1
                      }
                    }
                    område CSS "Sundhed" chef "Bo" udvalg SVB {
                      mål CSS1 "Sundhed" følger D2
                    }
                    """],
                 nonTriggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        afdeling IND "Indskolingen" leder "Mia" {
                          mål IND1 "Via virksomhedens mål" følger LYS1
                        }
                      }
                    }
                    """]),
        RuleInfo(.noProposal, "no-proposal", .error,
                 "A unit with no `oplæg` for the coming KOMPUS.",
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
                    """]),
        RuleInfo(.courseMisaligned, "course-misaligned", .error,
                 "A prioritised `uddannelse` that does not follow a goal of its own unit.",
                 guideline: "Virksomhederne skal melde ud omkring hvilke uddannelser, der vil blive prioriteret.",
                 notes: "Every `uddannelse` a unit lists is one it prioritises (`prioritet` orders them). It must name a goal of that very unit in `følger`.",
                 triggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse ↓PD "PD i specialpædagogik" følger CSD1 prioritet 1
                      }
                    }
                    """],
                 nonTriggering: ["""
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      mål CSD1 "Inklusion" følger D1
                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD i specialpædagogik" følger LYS1 prioritet 1
                      }
                    }
                    """]),
        RuleInfo(.noKompusConcept, "no-kompus-concept", .error,
                 "A unit with no KOMPUS (its own or its area's default), or one without `koncept`.",
                 guideline: "Virksomhederne skal melde ud om hvilket koncept, der vil ligge til grund for samtalerne.",
                 notes: "A unit's KOMPUS is its own, else its institution's (for a department), else its area's. The rules about a KOMPUS's content say nothing about a unit reported here.",
                 triggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      virksomhed ↓LYS "Lyngehus Skole" leder "Peter"
                      virksomhed ↓KRA "Kratbjergskolen" leder "Jens" {
                        kompus orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      }
                    }
                    """],
                 nonTriggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      virksomhed LYS "Lyngehus Skole" leder "Peter"
                    }
                    """]),
        RuleInfo(.lateBriefing, "late-briefing", .error,
                 "The `orientering` is not before the first conversation day by at least the notice period (`varsel`, default 0 days).",
                 guideline: "At orientere medarbejdere inden KOMPUS.",
                 notes: "The notice is the KOMPUS's own `varsel`, else `regel K405 varsel …`, else 0 days; the briefing must in any case fall before the first conversation day. Checked once per `kompus` statement that a unit uses.",
                 triggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept MUS orientering ↓2027-03-15 samtaler 2027-03-15..2027-04-30
                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        kompus koncept MUS orientering ↓2027-03-10 samtaler 2027-03-15..2027-04-30 varsel 1 uge
                      }
                      virksomhed KRA "Kratbjergskolen" leder "Jens"
                    }
                    """],
                 nonTriggering: [areaPrelude + """

                    regel K405 varsel 14 dage
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      virksomhed KRA "Kratbjergskolen" leder "Jens"
                    }
                    """]),
        RuleInfo(.noPreparationExpectation, "no-preparation-expectation", .error,
                 "The unit has a KOMPUS with a concept, but neither its `forventning` nor the concept's `forberedelse` is given.",
                 guideline: "At tydeliggøre forventninger til medarbejderens egen forberedelse af KOMPUS.",
                 triggering: [areaPrelude + """

                    koncept GRUS "Gruppeudviklingssamtale"
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      ↓kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      virksomhed LYS "Lyngehus Skole" leder "Peter"
                    }
                    """],
                 nonTriggering: [areaPrelude + """

                    koncept GRUS "Gruppeudviklingssamtale"
                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept GRUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30 forventning "Tag skemaet med"
                      virksomhed LYS "Lyngehus Skole" leder "Peter"
                      virksomhed KRA "Kratbjergskolen" leder "Jens" {
                        kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      }
                    }
                    """]),
        RuleInfo(.kompusOutsideYear, "kompus-outside-year", .error,
                 "The conversation period is not inside the plan year.",
                 guideline: "Planlægning af KOMPUS for det kommende år.",
                 triggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept MUS orientering 2027-11-01 samtaler ↓2027-12-01..2028-01-31
                      virksomhed LYS "Lyngehus Skole" leder "Peter"
                    }
                    """],
                 nonTriggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      kompus koncept MUS orientering 2027-11-01 samtaler 2027-W48..2027-W50
                      virksomhed LYS "Lyngehus Skole" leder "Peter"
                    }
                    """]),
        RuleInfo(.localEvaluation, "local-evaluation", .warning,
                 "A unit with no `evaluering`.",
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
                    """]),
        RuleInfo(.cascadeOrder, "cascade-order", .error,
                 "The steps are out of order for a unit: step 1 < its area's step 2 < its `oplæg` < its `orientering`.",
                 guideline: "I processen fra politisk målsætning til konkret kompetenceudvikling af den enkelte medarbejder ligger følgende trin.",
                 notes: "Each step is the earliest event of its kind that is not cancelled; only the steps that exist are compared, each with the next that exists; one finding per unit, at the unit, naming the first pair out of order. The briefing against the conversations is K405's.",
                 triggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      drøftelse 2027-01-12 med lederne om CSD1
                      kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      virksomhed ↓LYS "Lyngehus Skole" leder "Peter" {
                        oplæg 2027-01-05 om PD
                      }
                      virksomhed ↓KRA "Kratbjergskolen" leder "Jens" {
                        oplæg 2027-03-02 om PD
                      }
                    }
                    """],
                 nonTriggering: [areaPrelude + """

                    område CSD "Skole" chef "Anne" udvalg BSU {
                      drøftelse 2027-01-12 med lederne om CSD1
                      kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        oplæg 2027-02-01 om PD
                      }
                    }
                    """]),
    ]

    /// A unit with a KOMPUS, a goal and a course, for the employee examples.
    static let unitPrelude = areaPrelude + """

        område CSD "Skole" chef "Anne" udvalg BSU {
          mål CSD1 "Inklusion" følger D1
          kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
          virksomhed KRA "Kratbjergskolen" leder "Jens" {
            mål KRA1 "Læsning" følger CSD1
            uddannelse LÆS "Læsevejleder" følger KRA1 prioritet 1 giver DIG
          }
        """

    static let employeeRules: [RuleInfo] = [
        RuleInfo(.conversationMissing, "conversation-missing", .error,
                 "An employee with no `samtale`, or one outside the unit's conversation period.",
                 guideline: "At planlægge og gennemføre disse (samtalerne).",
                 notes: "A conversation with `status aflyst` counts as none. Where the unit has no KOMPUS (K404), only a missing conversation is reported.",
                 triggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" medarbejdere 3 {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD" følger LYS1 prioritet 1
                        medarbejder ↓M1 udvikling PD
                        medarbejder M2 samtale ↓2027-05-20 udvikling PD
                        medarbejder ↓M3 samtale 2027-03-20 status aflyst udvikling PD
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD" følger LYS1 prioritet 1
                        medarbejder M1 "Lærer" samtale 2027-03-20 udvikling PD
                        medarbejder M2 samtale 2027-04-30 status afholdt
                      }
                    }
                    """]),
        RuleInfo(.developmentMisaligned, "development-misaligned", .warning,
                 "An employee's `udvikling` names a course that is not prioritised by the employee's own unit.",
                 guideline: "Fra politisk målsætning til konkret kompetenceudvikling af den enkelte medarbejder.",
                 notes: "A course is prioritised by the unit that lists it; a department's employee naming its institution's course is reported.",
                 triggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD" følger LYS1 prioritet 1
                        medarbejder M1 samtale 2027-03-20 udvikling PD, ↓LÆS
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD" følger LYS1 prioritet 1
                        medarbejder M1 samtale 2027-03-20 udvikling PD
                      }
                    }
                    """]),
        RuleInfo(.overdue, "overdue", .warning,
                 "With `--as-of DATE`: a planned event dated before DATE (a discussion, follow-up, proposal, evaluation, briefing or conversation).",
                 notes: "An event is planned unless its `status` is `afholdt` or `aflyst`. A briefing (`orientering`) has no status and is overdue once its day has passed.",
                 triggering: ["""
                    # as-of: 2027-02-01
                    direktion DIR "Direktionen" {
                      drøftelse ↓2026-11-20 med chefgruppen om BY1
                      drøftelse 2026-11-25 med chefgruppen om BY1 status afholdt
                      evaluering 2027-11-15
                    }
                    """],
                 nonTriggering: ["""
                    # as-of: 2027-02-01
                    direktion DIR "Direktionen" {
                      drøftelse 2026-11-20 med chefgruppen om BY1 status afholdt
                      evaluering 2027-11-15
                    }
                    """]),
        RuleInfo(.noDevelopmentPlan, "no-development-plan", .info,
                 "An employee with no `udvikling`.",
                 triggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        medarbejder ↓M1 samtale 2027-03-20
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        uddannelse PD "PD" følger LYS1 prioritet 1
                        medarbejder M1 samtale 2027-03-20 udvikling PD
                      }
                    }
                    """]),
        RuleInfo(.staffCountMismatch, "staff-count-mismatch", .warning,
                 "A unit lists more employees than its `medarbejdere` count.",
                 notes: "Counts the employees listed directly in the unit (a department's own are its own).",
                 triggering: [unitPrelude + """

                      virksomhed ↓LYS "Lyngehus Skole" leder "Peter" medarbejdere 1 {
                        medarbejder M1 samtale 2027-03-20
                        medarbejder M2 samtale 2027-03-21
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" medarbejdere 3 {
                        medarbejder M1 samtale 2027-03-20
                        medarbejder M2 samtale 2027-03-21
                      }
                    }
                    """]),
    ]

    static let competenceRules: [RuleInfo] = [
        RuleInfo(.competenceGap, "competence-gap", .warning,
                 "A task requires a competence that no employee of the unit has and no prioritised course of the unit gives.",
                 guideline: "Personaleledere i Allerød Kommune har ansvaret for, at de nødvendige kompetencer for løsning af (kerne)opgaverne er til stede.",
                 notes: "One finding per task and missing competence, at the competence in `kræver`.",
                 triggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        opgave UND "Undervisning" kræver ↓INK, DIG
                        medarbejder M1 samtale 2027-03-20 kompetencer DIG
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        mål LYS1 "Co-teaching" følger CSD1
                        uddannelse PD "PD" følger LYS1 prioritet 1 giver INK
                        opgave UND "Undervisning" kræver INK
                      }
                    }
                    """]),
        RuleInfo(.singleHolder, "single-holder", .info,
                 "A required competence held by exactly one employee of the unit and given by no course of the unit (a key-person risk).",
                 guideline: "Personaleledere i Allerød Kommune har ansvaret for, at de nødvendige kompetencer for løsning af (kerne)opgaverne er til stede.",
                 notes: "One finding per unit and competence, at the first task that requires it.",
                 triggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        opgave UND "Undervisning" kræver ↓INK
                        opgave VIK "Vikardækning" kræver INK
                        medarbejder M1 samtale 2027-03-20 kompetencer INK
                      }
                    }
                    """],
                 nonTriggering: [unitPrelude + """

                      virksomhed LYS "Lyngehus Skole" leder "Peter" {
                        opgave UND "Undervisning" kræver INK
                        medarbejder M1 samtale 2027-03-20 kompetencer INK
                        medarbejder M2 samtale 2027-03-21 kompetencer INK
                      }
                    }
                    """]),
    ]
}
