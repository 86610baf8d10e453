// Rule identifiers. They are stable: users write them in `regel`, `undtagelse`, baselines
// and their own documentation, so a number is never reused for another meaning.
// What each rule means, says and shows lives in the catalogue (`RuleCatalogue`).

public enum RuleID: Int, CaseIterable, Sendable, Comparable, Codable {
    // K0xx syntax
    case invalidUTF8 = 1, unexpectedCharacter, unterminatedString, invalidDate, unexpectedToken
    case unclosedBlock, tooDeep
    // K1xx structure and names
    case misplacedStatement = 101, missingProperty, wrongValue, duplicateName, unknownName
    case wrongKind, goalCycle, outsidePlanYear, planHeader, personalIDNumber, exceptionExpired
    case unknownRule, propertyRepeated
    // K2xx the board, step 1
    case annualBoardDiscussion = 201, boardDiscussionTopics, boardSetsGoals, boardGoalFollowsPolitics
    case areaLeftOut, centralEvaluation, politicalGoalUnused
    // K3xx heads of area, step 2
    case areaSetsNoGoals = 301, areaGoalMisaligned, committeeGoalNotCarried
    case directionNotCommunicated, annualFollowUp, followUpWithoutGoals
    // K4xx units, step 3 and KOMPUS
    case localGoalMisaligned = 401, noProposal, courseMisaligned, noKompusConcept, lateBriefing
    case noPreparationExpectation, kompusOutsideYear, localEvaluation, cascadeOrder
    // K5xx employees
    case conversationMissing = 501, developmentMisaligned, overdue, noDevelopmentPlan, staffCountMismatch
    // K6xx competences and tasks
    case competenceGap = 601, singleHolder

    /// `K305`.
    public var code: String {
        let number = String(rawValue)
        return "K" + String(repeating: "0", count: 3 - number.count) + number
    }

    public var info: RuleInfo { RuleCatalogue.info(self) }

    /// Syntax (K0xx) and name (K1xx) findings can be neither turned off nor excepted.
    public var isConfigurable: Bool { rawValue >= 200 }

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

    /// By code (`K305`, case-insensitive) or by name (`annual-follow-up`).
    public init?(codeOrName text: String) {
        let lower = text.lowercased()
        if lower.count == 4, lower.first == "k", let number = Int(lower.dropFirst()),
           let rule = RuleID(rawValue: number) {
            self = rule
            return
        }
        guard let rule = RuleID.allCases.first(where: { $0.info.name == lower }) else { return nil }
        self = rule
    }
}

/// What the catalogue says about one rule: the data that generates `kaskade rules`,
/// `kaskade explain`, docs/rules.md and the rule tests.
public struct RuleInfo: Sendable {
    public let id: RuleID
    public let name: String
    public let level: Severity
    public let summary: String
    /// The sentence of the guideline the rule enforces (empty for syntax and name rules).
    public let guideline: String
    /// Plans that must trigger the rule; `↓` marks where each finding must point.
    public let triggering: [String]
    /// Plans that must not trigger it.
    public let nonTriggering: [String]
    /// How the project reads the rule where rules.md leaves room (shown in docs/rules.md).
    public let notes: String

    public init(_ id: RuleID, _ name: String, _ level: Severity, _ summary: String,
                guideline: String = "", notes: String = "",
                triggering: [String] = [], nonTriggering: [String] = []) {
        self.id = id
        self.name = name
        self.level = level
        self.summary = summary
        self.guideline = guideline
        self.notes = notes
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    public var code: String { id.code }
}

public enum RuleCatalogue {
    /// Every rule, in identifier order.
    public static let all: [RuleInfo] = (syntaxRules + nameRules + boardRules + areaRules
        + unitRules + employeeRules + competenceRules).sorted { $0.id < $1.id }

    private static let byID: [RuleID: RuleInfo] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func info(_ id: RuleID) -> RuleInfo { byID[id]! }
}
