// The one place where the report reads the rule descriptions: the rule book the report
// was checked against, which the caller hands in with the findings.

import KaskadeDiagnostics
import KaskadeFormat

struct RuleText {
    var code: String
    var name: String
    var level: String
    var summary: String
    var guideline: String

    /// `language`: the report's, for the summary (the guideline is always the guideline's Danish).
    init(_ rule: RuleCode, in book: RuleBook, _ language: Language = .english) {
        let info = book[rule]
        code = rule.code
        name = info?.name ?? ""
        level = info?.level.rawValue ?? ""
        summary = info?.summary(language) ?? ""
        guideline = info?.guideline ?? ""
    }

    /// Findings that say a goal or course does not follow what it should: marked red in the
    /// cascade (the same set the graph marks red).
    static func isMisalignment(_ rule: RuleCode) -> Bool {
        CascadeGraph.misalignmentRules.contains(rule) || rule == RuleCode(105)
    }
}

extension Diagnostic {
    /// The guideline sentence: always the first note, when the rule has one.
    func guidelineSentence(in book: RuleBook) -> String? {
        guard let guideline = book[rule]?.guideline, !guideline.isEmpty else { return nil }
        return guideline
    }

    /// The notes after the guideline sentence.
    func otherNotes(in book: RuleBook) -> [String] { guidelineSentence(in: book) == nil ? notes : Array(notes.dropFirst()) }
}
