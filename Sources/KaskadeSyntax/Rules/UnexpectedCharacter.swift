// K002 unexpected-character.

import KaskadeDiagnostics

public enum UnexpectedCharacter {
    public static let description = RuleDescription(2, "unexpected-character", .error,
             "A character that starts no token (or an unknown escape in a string).",
             triggering: ["plan \"Allerød\" år 2027 ↓@\n", "kompetence INK \"Tab↓\\q\"\n"],
             nonTriggering: ["plan \"Allerød\" år 2027 # @ in a comment is fine\n"])
}
