// K121 import-column.

import KaskadeDiagnostics
import KaskadeSyntax

public enum ImportColumn {
    public static let description = RuleDescription(121, "import-column", .error,
             "A column named in `indlæs` is not in the file's header; the finding lists the header's columns and suggests the nearest.",
             danishSummary: "En kolonne, som `indlæs` nævner, er ikke i filens overskriftslinje; fundet nævner overskriftens kolonner og foreslår den nærmeste.",
             notes: "Columns are compared after trimming spaces, ignoring case and accents (`MUS-dato`, `mus-dato` and `MUS-Dato ` are one column). Without the `nummer` column no row is read.",
             danishNotes: "Kolonner sammenlignes uden mellemrum omkring og uden hensyn til store/små bogstaver og accenter (`MUS-dato`, `mus-dato` og `MUS-Dato ` er én kolonne). Uden kolonnen til `nummer` læses ingen rækker.",
             triggering: ["indlæs \"hr.csv\" {\n  nummer \"Nr\"\n  enhed \"Enhed\"\n  samtale ↓\"MUS-dag\"\n}\n--- hr.csv ---\nNr;Enhed;MUS-dato\n1001;LYS;20-03-2027\n"],
             nonTriggering: ["indlæs \"hr.csv\" {\n  nummer \"nr\"\n  enhed \"ENHED\"\n  samtale \"mus-dato\"\n}\n--- hr.csv ---\nNr;Enhed; MUS-Dato \n1001;LYS;20-03-2027\n"])

    /// What K121 says.
    public enum Says: Message {
        case noColumn(String, path: String)
        case notInHeader
        case theHeader
        case didYouMean(String)
        case columnsAre([String])
        case change(String, to: String)

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .noColumn(column, path): "medarbejderlisten \"\(path)\" har ingen kolonne \"\(column)\""
                case .notInHeader: "ikke i overskriftslinjen"
                case .theHeader: "overskriftslinjen"
                case let .didYouMean(nearest): "mente du \"\(nearest)\"?"
                case let .columnsAre(columns): "kolonnerne er " + columns.map { "\"\($0)\"" }.joined(separator: ", ")
                case let .change(column, to): "ret \"\(column)\" til \"\(to)\""
                }
            case .english:
                return switch self {
                case let .noColumn(column, path): "the roster \"\(path)\" has no column \"\(column)\""
                case .notInHeader: "not in the header"
                case .theHeader: "the header"
                case let .didYouMean(nearest): "did you mean \"\(nearest)\"?"
                case let .columnsAre(columns): "the columns are " + columns.map { "\"\($0)\"" }.joined(separator: ", ")
                case let .change(column, to): "change \"\(column)\" to \"\(to)\""
                }
            }
        }
    }
}
