// The one place where the report reads the rule catalogue. The catalogue is being
// reorganised (one file per rule); when its shape changes, only this file changes.

import KaskadeDiagnostics

struct RuleText {
    var code: String
    var name: String
    var level: String
    var summary: String
    var guideline: String

    init(_ rule: RuleID) {
        let info = rule.info
        code = rule.code
        name = info.name
        level = info.level.rawValue
        summary = info.summary
        guideline = info.guideline
    }

    /// Findings that say a goal or course does not follow what it should: marked red in the
    /// cascade (the same set the graph marks red).
    static func isMisalignment(_ rule: RuleID) -> Bool {
        [.boardGoalFollowsPolitics, .areaGoalMisaligned, .localGoalMisaligned, .courseMisaligned, .goalCycle, .unknownName]
            .contains(rule)
    }
}

extension Diagnostic {
    /// The guideline sentence: always the first note, when the rule has one.
    var guidelineSentence: String? {
        let guideline = rule.info.guideline
        return guideline.isEmpty ? nil : guideline
    }

    /// The notes after the guideline sentence.
    var otherNotes: [String] { guidelineSentence == nil ? notes : Array(notes.dropFirst()) }
}
