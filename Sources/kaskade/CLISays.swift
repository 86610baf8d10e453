// What the `kaskade` command itself says: the subcommands' help, its errors and notices,
// in both languages, in one place.

import KaskadeDiagnostics

enum CLISays: Message {
    case languageHelp

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .languageHelp: "The language Kaskade speaks: da (Danish) or en (English). Default: KASKADE_LANG, the plan's `sprog`, then the locale (LANG)."
            }
        case .danish:
            switch self {
            case .languageHelp: "Sproget, Kaskade taler: da (dansk) eller en (engelsk). Standard: KASKADE_LANG, planens `sprog` og derefter sprogindstillingen (LANG)."
            }
        }
    }
}
