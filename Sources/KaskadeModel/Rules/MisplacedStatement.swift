// K101 misplaced-statement.

import KaskadeDiagnostics
import KaskadeSyntax

public enum MisplacedStatement {
    public static let description = RuleDescription(101, "misplaced-statement", .error,
             "A statement where the schema does not allow it; the finding says where it may stand.",
             triggering: ["plan \"P\" år 2027\n↓virksomhed LYS \"Lyngehus Skole\" leder \"Peter Holm\"\n"],
             nonTriggering: ["plan \"P\" år 2027\nområde CSD \"Skole\" chef \"Anne\" udvalg BSU {\n  virksomhed LYS \"Lyngehus Skole\" leder \"Peter Holm\"\n}\n"])
}
