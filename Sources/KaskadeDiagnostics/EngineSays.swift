// What the diagnostic engine itself says around the findings: the summary line, the headings
// of a finding's notes, the severities. Each in both languages, in one place.

extension Severity {
    /// The word for the level in `language`, as the text output prints it (`error[K305]`,
    /// `fejl[K305]`). The JSON, SARIF and GitHub outputs keep the English `rawValue`.
    public func word(_ language: Language) -> String {
        switch language {
        case .english: rawValue
        case .danish: danish
        }
    }
}

/// Counts with their noun in the right form, and numbers as each language writes them.
public enum Count {
    /// `1 warning`, `2 warnings`; `1 advarsel`, `2 advarsler`; `45.000 sætninger`.
    public static func of(_ count: Int, _ noun: Noun, _ language: Language) -> String {
        "\(number(count, language)) \(noun.form(count == 1, language))"
    }

    /// Thousands grouped as the language writes them: `45,000` and `45.000`. Up to 9,999 no
    /// group is written in English, so the figures a user greps for stay as they were.
    public static func number(_ value: Int, _ language: Language) -> String {
        let digits = String(value.magnitude)
        let separator: Character
        switch language {
        case .english:
            guard value.magnitude >= 10_000 else { return String(value) }
            separator = ","
        case .danish:
            guard value.magnitude >= 1_000 else { return String(value) }
            separator = "."
        }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A share as a whole percentage: `14%` in English, `14 %` in Danish.
    public static func percent(_ part: Int, of whole: Int, _ language: Language) -> String {
        let value = whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
        switch language {
        case .english: return "\(value)%"
        case .danish: return "\(value) %"
        }
    }

    /// A share with one decimal: `12.5%` and `12,5 %`.
    public static func percent(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        switch language {
        case .english: return text + "%"
        case .danish: return text.replacingOccurrences(of: ".", with: ",") + " %"
        }
    }

    public enum Noun: Sendable {
        case error, warning, info, file, statement, finding, employee, unit

        func form(_ one: Bool, _ language: Language) -> String {
            switch language {
            case .english:
                switch self {
                case .error: one ? "error" : "errors"
                case .warning: one ? "warning" : "warnings"
                case .info: one ? "info" : "infos"
                case .file: one ? "file" : "files"
                case .statement: one ? "statement" : "statements"
                case .finding: one ? "finding" : "findings"
                case .employee: one ? "employee" : "employees"
                case .unit: one ? "unit" : "units"
                }
            case .danish:
                switch self {
                case .error: "fejl"
                case .warning: one ? "advarsel" : "advarsler"
                case .info: "info"
                case .file: one ? "fil" : "filer"
                case .statement: one ? "sætning" : "sætninger"
                case .finding: "fund"
                case .employee: one ? "medarbejder" : "medarbejdere"
                case .unit: one ? "enhed" : "enheder"
                }
            }
        }
    }
}

/// The engine's own words around findings.
enum EngineSays: Message {
    case summary(errors: Int, warnings: Int, infos: Int, files: Int, statements: Int)
    case suppressed(Int)
    case baselined(Int)
    case notShown(rest: Int, max: Int)
    case suppressedHeading
    /// The heading of the guideline quote: `= note:` / `= retningslinje:`.
    case note
    case help
    /// A related location without a message of its own (SARIF requires one).
    case related
    case failures(count: Int, code: String, name: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case let .summary(errors, warnings, infos, files, statements):
                var parts = [Count.of(errors, .error, language), Count.of(warnings, .warning, language)]
                if infos > 0 { parts.append(Count.of(infos, .info, language)) }
                return parts.joined(separator: ", ")
                    + " in \(Count.of(files, .file, language)), \(Count.of(statements, .statement, language))"
            case let .suppressed(count): return " (\(count) suppressed by exceptions)"
            case let .baselined(count): return " (\(count) known from the baseline)"
            case let .notShown(rest, max):
                return "… and \(Count.number(rest, language)) more \(Count.Noun.finding.form(rest == 1, language)) not shown (--max-findings \(max)); --format json lists them all"
            case .suppressedHeading: return "suppressed by exceptions:"
            case .note: return "note"
            case .help: return "help"
            case .related: return "related"
            case let .failures(count, code, name): return "\(Count.of(count, .finding, language)) of \(code) \(name)"
            }
        case .danish:
            switch self {
            case let .summary(errors, warnings, infos, files, statements):
                var parts = [Count.of(errors, .error, language), Count.of(warnings, .warning, language)]
                if infos > 0 { parts.append(Count.of(infos, .info, language)) }
                return parts.joined(separator: ", ")
                    + " i \(Count.of(files, .file, language)), \(Count.of(statements, .statement, language))"
            case let .suppressed(count): return " (\(Count.number(count, language)) skjult af undtagelser)"
            case let .baselined(count): return " (\(Count.number(count, language)) kendt fra baseline)"
            case let .notShown(rest, max):
                return "… og \(Count.of(rest, .finding, language)) til, som ikke vises (--max-findings \(max)); --format json viser dem alle"
            case .suppressedHeading: return "skjult af undtagelser:"
            case .note: return "retningslinje"
            case .help: return "forslag"
            case .related: return "relateret"
            case let .failures(count, code, name): return "\(Count.of(count, .finding, language)) for \(code) \(name)"
            }
        }
    }
}

/// The Danish genitive of a name: `BSU's`, `M1043's` after an ID or a number (as Danish
/// writes it after abbreviations), `Lis'` after an s, `direktionens` is written out.
public func danishGenitive(_ name: String) -> String {
    guard let last = name.last else { return name }
    if last.isUppercase || last.isNumber { return name + "'s" }
    if "sxzSXZ".contains(last) { return name + "'" }
    return name + "s"
}
