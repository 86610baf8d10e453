// K106 wrong-kind.

import KaskadeDiagnostics
import KaskadeSyntax

public enum WrongKind {
    public static let description = RuleDescription(106, "wrong-kind", .error,
             "A reference to a statement of the wrong kind (a `mål` that `følger` an `uddannelse`).",
             notes: "`med` in a direktion's `drøftelse` names `chefgruppen` or områder; in an område's, `lederne` or units of that område. Anything else there is this error.",
             triggering: ["kompetence INK \"Inklusion\"\nbyråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under ↓INK\n", """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med ↓LYS om BY1
                  drøftelse 2026-11-21 med ↓lederne om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med ↓SKO om CSD1
                  drøftelse 2027-01-13 med ↓chefgruppen om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter"
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB {
                  virksomhed SKO "Skovvang" leder "Eva"
                }
                """],
             nonTriggering: ["byråd BY \"Byrådet\"\nudvalg BSU \"Udvalg\" under BY\n", """
                direktion DIR "Direktionen" {
                  drøftelse 2026-11-20 med CSD, CSS om BY1
                }
                område CSD "Skole" chef "Anne" udvalg BSU {
                  drøftelse 2027-01-12 med LYS, IND om CSD1
                  virksomhed LYS "Lyngehus" leder "Peter" {
                    afdeling IND "Indskolingen" leder "Mia"
                  }
                }
                område CSS "Sundhed" chef "Bo" udvalg SVB
                """])
}
