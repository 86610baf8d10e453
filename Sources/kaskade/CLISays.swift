// What the `kaskade` command itself says: the subcommands' help, its errors and notices,
// in both languages, in one place.

import KaskadeDiagnostics

enum CLISays: Message {
    case languageHelp, rootAbstract, openAbstract, runHelp
    case notACommand(String, nearest: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .languageHelp: "The language Kaskade speaks: da (Danish) or en (English). Default: KASKADE_LANG, the plan's `sprog`, then the locale (LANG)."
            case .rootAbstract: "Check and query plans for strategic competence development."
            case .openAbstract: "Check a plan; on a terminal, then open the REPL on it."
            case .runHelp: "Run `kaskade help` to see the commands and options."
            case let .notACommand(typed, nearest): "`\(typed)` is not a command or a file; did you mean `kaskade \(nearest)`?"
            }
        case .danish:
            switch self {
            case .languageHelp: "Sproget, Kaskade taler: da (dansk) eller en (engelsk). Standard: KASKADE_LANG, planens `sprog` og derefter sprogindstillingen (LANG)."
            case .rootAbstract: "Tjek og spørg i planer for strategisk kompetenceudvikling."
            case .openAbstract: "Tjek en plan; i en terminal åbnes derefter REPL'en på den."
            case .runHelp: "Kør `kaskade help` for at se kommandoerne og tilvalgene."
            case let .notACommand(typed, nearest): "`\(typed)` er hverken en kommando eller en fil; mente du `kaskade \(nearest)`?"
            }
        }
    }
}
