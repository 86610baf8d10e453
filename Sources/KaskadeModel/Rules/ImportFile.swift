// K120 import-file.

import KaskadeDiagnostics
import KaskadeSyntax

public enum ImportFile {
    public static let description = RuleDescription(120, "import-file", .error,
             "An `indlæs` file cannot be read: missing, a directory, unreadable, over the size limit, empty, or declared `tegnsæt utf-8` but not UTF-8; or another `indlæs` reads it already.",
             danishSummary: "En `indlæs`-fil kan ikke læses: den mangler, er en mappe, er ulæselig, er over størrelsesgrænsen, er tom eller er erklæret `tegnsæt utf-8` uden at være UTF-8; eller en anden `indlæs` læser den allerede.",
             notes: "The path is relative to the directory of the plan file that holds the statement. A roster that cannot be read adds no employees, so the rules about employees say nothing of its units until it is fixed.",
             danishNotes: "Stien er relativ til mappen med den planfil, sætningen står i. En medarbejderliste, der ikke kan læses, tilføjer ingen medarbejdere, så reglerne om medarbejdere siger intet om dens enheder, før den er rettet.",
             triggering: ["indlæs ↓\"hr/personale.csv\" {\n  nummer \"Nr\"\n  enhed \"Enhed\"\n}\n",
                          "indlæs ↓\"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" tegnsæt utf-8 }\n--- hr.csv ---\nNr;Enhed;Navn\n1001;LYS;S⟪F8⟫ren\n",
                          "indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\nindlæs ↓\"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed\n1001;LYS\n"],
             nonTriggering: ["indlæs \"hr.csv\" { nummer \"Nr\" enhed \"Enhed\" }\n--- hr.csv ---\nNr;Enhed;Navn\n1001;LYS;S⟪F8⟫ren\n"])

    /// What K120 says.
    public enum Says: Message {
        case cannotRead(path: String, RosterFailure)
        case cannotReadLabel
        case checkPath(RosterFailure)
        case notUTF8(path: String, line: Int)
        case sayWindows1252
        case noHeader(path: String)
        case exportWithHeader
        case readTwice(path: String)
        case readAgain
        case firstRead
        case readOnce

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .cannotRead(path, failure):
                    switch failure {
                    case let .missing(shown): "medarbejderlisten \"\(path)\" findes ikke (\(shown))"
                    case let .directory(shown): "medarbejderlisten \"\(path)\" er en mappe, ikke en fil (\(shown))"
                    case let .unreadable(shown, reason): "medarbejderlisten \"\(path)\" kan ikke læses (\(shown)): \(reason.text(language))"
                    case let .tooLarge(shown, limit): "medarbejderlisten \"\(path)\" er større end \(limit / (1024 * 1024)) MB (\(shown))"
                    case .notAvailable: "medarbejderlisten \"\(path)\" kan ikke læses her: planen er ikke læst fra en mappe"
                    }
                case .cannotReadLabel: "kan ikke læses"
                case let .checkPath(failure):
                    switch failure {
                    case .tooLarge: "del filen op, eller hæv grænsen med `--max-file-size`"
                    default: "stien regnes fra mappen med planfilen; ret stien, eller læg filen dér"
                    }
                case let .notUTF8(path, line): "medarbejderlisten \"\(path)\" er erklæret UTF-8, men linje \(line) er ikke gyldig UTF-8"
                case .sayWindows1252: "skriv `tegnsæt windows-1252` (det, Excels \"CSV (semikolonsepareret)\" gemmer), eller udelad `tegnsæt`, så findes tegnsættet selv"
                case let .noHeader(path): "medarbejderlisten \"\(path)\" er tom: den har ingen overskriftslinje"
                case .exportWithHeader: "eksportér listen igen med kolonneoverskrifter i første linje"
                case let .readTwice(path): "medarbejderlisten \"\(path)\" læses allerede af en anden `indlæs`"
                case .readAgain: "læses igen"
                case .firstRead: "læses første gang her"
                case .readOnce: "læs hver medarbejderliste én gang: fjern denne `indlæs`"
                }
            case .english:
                return switch self {
                case let .cannotRead(path, failure):
                    switch failure {
                    case let .missing(shown): "the roster \"\(path)\" does not exist (\(shown))"
                    case let .directory(shown): "the roster \"\(path)\" is a directory, not a file (\(shown))"
                    case let .unreadable(shown, reason): "the roster \"\(path)\" cannot be read (\(shown)): \(reason.text(language))"
                    case let .tooLarge(shown, limit): "the roster \"\(path)\" is larger than \(limit / (1024 * 1024)) MB (\(shown))"
                    case .notAvailable: "the roster \"\(path)\" cannot be read here: the plan was not read from a directory"
                    }
                case .cannotReadLabel: "cannot be read"
                case let .checkPath(failure):
                    switch failure {
                    case .tooLarge: "split the file, or raise the limit with `--max-file-size`"
                    default: "the path is relative to the plan file's directory; correct it, or put the file there"
                    }
                case let .notUTF8(path, line): "the roster \"\(path)\" is declared UTF-8, but line \(line) is not valid UTF-8"
                case .sayWindows1252: "write `tegnsæt windows-1252` (what Excel's \"CSV (semicolon delimited)\" saves), or leave `tegnsæt` out to have it detected"
                case let .noHeader(path): "the roster \"\(path)\" is empty: it has no header line"
                case .exportWithHeader: "export the roster again with column headers in the first line"
                case let .readTwice(path): "the roster \"\(path)\" is read already by another `indlæs`"
                case .readAgain: "read again"
                case .firstRead: "first read here"
                case .readOnce: "read each roster once: remove this `indlæs`"
                }
            }
        }
    }
}
