// K003 unterminated-string.

import KaskadeDiagnostics

public enum UnterminatedString {
    public static let description = RuleDescription(3, "unterminated-string", .error,
             "A string not closed on its line, or a `\"\"\"` string never closed.",
             triggering: ["plan ↓\"Allerød år 2027\n", "koncept MUS \"MUS\" beskrivelse ↓\"\"\"\n  tekst\n"],
             nonTriggering: ["koncept MUS \"MUS\" beskrivelse \"\"\"\n  tekst\n  \"\"\"\n"])
}
