// Small plans that the rules' examples are placed in, so each example shows only what
// its rule is about.

enum Prelude {
    /// A plan with a direktion, a concept and competences: the frame for area examples.
    static let area = """
        plan "P" år 2027
        direktion DIR "Direktionen" {
          drøftelse 2026-11-20 med chefgruppen om BY1
        }
        koncept MUS "Medarbejderudviklingssamtale" forberedelse "Skemaet udfyldes"
        kompetence INK "Inkluderende pædagogik"
        kompetence DIG "Digital dannelse"
        """

    static let unit = area + """

        område CSD "Skole" chef "Anne" udvalg BSU {
          mål CSD1 "Inklusion" følger D1
          kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
          virksomhed KRA "Kratbjergskolen" leder "Jens" {
            mål KRA1 "Læsning" følger CSD1
            uddannelse LÆS "Læsevejleder" følger KRA1 prioritet 1 giver DIG
          }
        """

}
