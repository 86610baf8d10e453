// Kaskade speaks Danish to Danes and English to everyone else, never a mix (danish.md).
// Every message of every rule's triggering examples is rendered in both languages: the Danish
// rendering must hold none of a list of English words, and the English one none of the
// Danish words that only a Danish rendering should have. What a message quotes from the plan
// (`code`, "titles", IDs) is left out of the comparison.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeRules
import Testing

enum Markers {
    /// Words that only English prose has (none of them is also a Danish word: not `to`, `have`, `give`, `institution`).
    static let english: Set<String> = [
        "the", "is", "are", "was", "has", "had", "no", "not", "with", "without", "before", "after",
        "of", "and", "or", "from", "this", "that", "which", "its", "it", "add", "remove", "missing",
        "unknown", "expected", "found", "should", "must", "every", "each", "employee", "employees", "goal",
        "goals", "course", "courses", "conversation", "conversations", "briefing", "there", "than", "on",
        "in", "one", "none", "more", "only", "yet", "did", "you", "mean", "write", "move", "held",
        "planned", "year", "days", "step", "here", "defined", "already", "does", "can", "cannot", "named",
        "name", "file", "line", "between", "where", "who", "what", "follow-up", "discussion", "proposal",
        "unit", "department", "area", "competence", "competences", "board", "council",
        "committee", "overdue", "coverage", "gap", "gaps", "report", "statement", "statements",
    ]

    /// Words that only Danish prose has; the names of the unit kinds (`område CSD`,
    /// `virksomhed LYS`) are how English messages name a unit too, and are not among them.
    static let danish: Set<String> = [
        "ikke", "har", "og", "ingen", "intet", "mangler", "tilføj", "fjern", "mente", "forventede", "fandt",
        "skal", "eller", "efter", "før", "hedder", "findes", "allerede", "defineret", "til", "fra",
        "ugyldig", "ukendt", "samtale", "samtaler", "medarbejder", "medarbejderen", "medarbejdere",
        "uddannelse", "uddannelser", "opfølgning", "opfølgningen", "orientering", "orienteringen",
        "drøftelse", "drøftelsen", "oplæg", "oplægget", "mål", "målet", "dækning", "enheden", "ligger",
        "passeret", "stadig", "datoen", "én", "et", "den", "det", "som", "af", "på", "kun", "hver", "mindst",
        "enhed", "kompetence", "kompetencer", "udviklingspunkt", "sætning", "sætninger", "linje", "kolonne",
        "filen", "fejl", "advarsel", "forslag", "dage", "uger", "år", "året", "ved", "være",
    ]

    /// The prose of a text: without `code`, "quoted titles", “quotes” and IDs such as CSD1.
    static func prose(_ text: String) -> [String] {
        var kept = ""
        var closer: Character?
        for character in text {
            if let open = closer {
                if character == open { closer = nil }
                continue
            }
            switch character {
            case "`": closer = "`"
            case "\"": closer = "\""
            case "“": closer = "”"
            default: kept.append(character)
            }
        }
        return kept.split { !($0.isLetter || $0 == "-") }.map(String.init)
            .filter { word in !word.contains { $0.isUppercase } || word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase) }
            .map { $0.lowercased() }
    }

    /// The words of `text` that belong to the other language.
    static func foreign(in text: String, rendered language: Language) -> [String] {
        let markers = language == .danish ? english : danish
        return prose(text).filter { markers.contains($0) }
    }
}

@Suite struct LanguageTests {
    /// Everything a finding shows, in one language.
    static func texts(_ finding: Diagnostic, _ language: Language) -> [String] {
        ([finding.message, finding.primary.message] + finding.secondary.map(\.message) + (finding.help.map { [$0] } ?? [])
            + finding.fixes.map(\.title)).map { $0.text(language) }.filter { !$0.isEmpty }
    }

    @Test(arguments: RuleCatalogue.all.map(\.rule), Language.allCases)
    func findingsSpeakOneLanguage(_ rule: RuleCode, _ language: Language) {
        for text in RuleCatalogue.book[rule]!.triggering {
            let example = Example(text)
            for finding in example.check().diagnostics where finding.rule == rule {
                for shown in Self.texts(finding, language) {
                    let foreign = Markers.foreign(in: shown, rendered: language)
                    #expect(foreign.isEmpty, "\(rule.code) in \(language): \(foreign) in “\(shown)”")
                }
            }
        }
    }

    @Test(arguments: RuleCatalogue.all.map(\.rule))
    func theCatalogueSpeaksDanishToo(_ rule: RuleCode) {
        let description = RuleCatalogue.book[rule]!
        #expect(!description.danishSummary.isEmpty, "\(rule.code) has no Danish summary")
        #expect(Markers.foreign(in: description.danishSummary, rendered: .danish).isEmpty,
                "\(rule.code): \(Markers.foreign(in: description.danishSummary, rendered: .danish)) in its Danish summary")
        #expect(description.notes.isEmpty == description.danishNotes.isEmpty, "\(rule.code): notes in one language only")
    }

    @Test func theMarkerCheckCatchesEitherLanguage() {
        #expect(Markers.foreign(in: "område CSD har ingen opfølgning med LYS \"Lyngehus Skole\" i 2027", rendered: .danish).isEmpty)
        #expect(Markers.foreign(in: "område CSD has no follow-up with LYS \"Lyngehus Skole\" in 2027", rendered: .english).isEmpty)
        #expect(Markers.foreign(in: "område CSD has no opfølgning", rendered: .english) == ["opfølgning"])
        #expect(Markers.foreign(in: "område CSD har no opfølgning", rendered: .danish) == ["no"])
        #expect(Markers.foreign(in: "tilføj `the plan` til \"The Course\"", rendered: .danish).isEmpty)
    }

    @Test func theSummaryLineUsesDanishPlurals() {
        let one = Report(sources: SourceSet([]), diagnostics: [], statementCount: 1, rules: RuleBook([]), language: .danish)
        #expect(one.summaryLine == "0 fejl, 0 advarsler i 0 filer, 1 sætning")
        var many = one
        many.statementCount = 45_000
        #expect(many.summaryLine == "0 fejl, 0 advarsler i 0 filer, 45.000 sætninger")
        many.language = .english
        #expect(many.summaryLine == "0 errors, 0 warnings in 0 files, 45,000 statements")
    }

    @Test func numbersAsEachLanguageWritesThem() {
        #expect(Count.number(45_000, .danish) == "45.000")
        #expect(Count.number(1_234_567, .danish) == "1.234.567")
        #expect(Count.number(999, .danish) == "999")
        #expect(Count.number(4_500, .english) == "4500")
        #expect(Count.percent(12.5, .danish) == "12,5 %")
        #expect(Count.percent(12.5, .english) == "12.5%")
        #expect(Count.percent(12, of: 86, .danish) == "14 %")
        #expect(Count.of(1, .warning, .danish) == "1 advarsel")
        #expect(Count.of(2, .warning, .danish) == "2 advarsler")
        #expect(Count.of(2, .error, .danish) == "2 fejl")
    }
}

@Suite struct LanguageChoiceTests {
    @Test func theFirstThatAppliesWins() {
        let all = LanguageChoice(flag: .english, kaskadeLang: .danish, locale: .danish)
        #expect(all.resolve(plan: .danish) == .english)
        #expect(LanguageChoice(kaskadeLang: .english, locale: .danish).resolve(plan: .danish) == .english)
        #expect(LanguageChoice(kaskadeLang: .danish, locale: .english).resolve(plan: .english) == .danish)
        #expect(LanguageChoice(locale: .english).resolve(plan: .danish) == .danish)
        #expect(LanguageChoice(locale: .danish).resolve(plan: .english) == .english)
        #expect(LanguageChoice(locale: .danish).resolve(plan: nil) == .danish)
        #expect(LanguageChoice().resolve(plan: nil) == .english)
    }

    @Test func theLocaleVariablesInTheirOrder() {
        #expect(Language.fromLocale(["LANG": "da_DK.UTF-8"]) == .danish)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromLocale(["LANG": "da_DK.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"]) == .english)
        #expect(Language.fromLocale(["LC_MESSAGES": "da_DK", "LC_ALL": "C"]) == .english)
        #expect(Language.fromLocale(["LC_ALL": "C", "LANGUAGE": "da:en"]) == .danish)
        #expect(Language.fromLocale(["LANGUAGE": "", "LANG": "da_DK.UTF-8"]) == .danish)
        #expect(Language.fromLocale([:]) == nil)
    }

    @Test func kaskadeLangNamesALanguageOrNothing() {
        #expect(Language.fromKaskadeLang(["KASKADE_LANG": "da"]) == .danish)
        #expect(Language.fromKaskadeLang(["KASKADE_LANG": "en"]) == .english)
        #expect(Language.fromKaskadeLang(["KASKADE_LANG": "fr"]) == nil)
        let choice = LanguageChoice(flag: nil, environment: ["KASKADE_LANG": "en", "LANG": "da_DK.UTF-8"])
        #expect(choice.resolve(plan: .danish) == .english)
    }

    @Test func thePlanSaysItsLanguage() {
        let plan = "plan \"P\" år 2027 sprog da\n"
        let report = Checker.check(SourceSet([SourceFile(path: "p.kaskade", bytes: Array(plan.utf8))]),
                                   options: CheckOptions(language: LanguageChoice(locale: .english))).report
        #expect(report.language == .danish)
        #expect(report.summaryLine.contains(" fejl, "), "\(report.summaryLine)")
        let overridden = Checker.check(SourceSet([SourceFile(path: "p.kaskade", bytes: Array(plan.utf8))]),
                                       options: CheckOptions(language: LanguageChoice(flag: .english))).report
        #expect(overridden.language == .english)
        let wrong = check(bytes: Array("plan \"P\" år 2027 sprog fr\n".utf8))
        #expect(wrong.diagnostics.map(\.rule.code).contains("K103"), "\(wrong.diagnostics.map(\.message))")
        #expect(wrong.language == .english)
    }
}
