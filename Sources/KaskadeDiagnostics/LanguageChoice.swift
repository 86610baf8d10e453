// Which language Kaskade speaks (tool.md, "Language"): the first that applies of the command
// line, `KASKADE_LANG`, the plan's `sprog` and the locale variables. Foundation's locale APIs
// ignore these variables on Linux, so they are read here, by hand.

import Foundation

extension Language {
    /// `da`, `da_DK.UTF-8`, `dansk`, `danish` are Danish; `en…`, `english`, `engelsk` English.
    /// Anything else is no language at all.
    public init?(code: String) {
        let lower = code.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("da") { self = .danish }
        else if lower.hasPrefix("en") { self = .english }
        else { return nil }
    }

    /// What the locale variables say: the first non-empty of `LANGUAGE`, `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` decides; a value beginning with `da` is Danish, any other
    /// (`C.UTF-8`, `en_GB`, `sv_SE`) English. nil when none is set.
    public static func fromLocale(_ environment: [String: String]) -> Language? {
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("da") ? .danish : .english
        }
        return nil
    }

    /// `KASKADE_LANG`, when it names a language.
    public static func fromKaskadeLang(_ environment: [String: String]) -> Language? {
        environment["KASKADE_LANG"].flatMap(Language.init(code:))
    }
}

/// The language chosen before the plan is read (the command line and the environment), and
/// the rule that the plan's `sprog` comes between `KASKADE_LANG` and the locale.
public struct LanguageChoice: Sendable, Equatable {
    /// `--sprog` / `--lang`.
    public var flag: Language?
    /// `KASKADE_LANG`.
    public var kaskadeLang: Language?
    /// `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`.
    public var locale: Language?

    public init(flag: Language? = nil, kaskadeLang: Language? = nil, locale: Language? = nil) {
        self.flag = flag
        self.kaskadeLang = kaskadeLang
        self.locale = locale
    }

    public init(flag: Language?, environment: [String: String]) {
        self.init(flag: flag, kaskadeLang: Language.fromKaskadeLang(environment), locale: Language.fromLocale(environment))
    }

    /// The language for a plan that says `sprog` (or not): first that applies.
    public func resolve(plan: Language?) -> Language {
        flag ?? kaskadeLang ?? plan ?? locale ?? .english
    }

    /// The language before any plan is read: for errors, help and `init`.
    public var beforePlan: Language { resolve(plan: nil) }

    /// Whether the plan's `sprog` can still change the language.
    public var planDecides: Bool { flag == nil && kaskadeLang == nil }
}
