// The rule catalogue: the list of every rule. Each rule is one file (its description, and
// for the rules over the resolved plan its check); this list is the only other place that
// names it. `kaskade rules`, `kaskade explain`, docs/rules.md, SARIF's rule table and the
// generated rule tests all read the catalogue.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public enum RuleCatalogue {
    /// Syntax rules: reported by the lexer and the parser.
    static let syntax: [RuleDescription] = [
        InvalidUTF8.description, UnexpectedCharacter.description, UnterminatedString.description,
        InvalidDate.description, UnexpectedToken.description, UnclosedBlock.description, TooDeep.description,
    ]

    /// Structure and name rules reported while the plan is resolved.
    static let names: [RuleDescription] = [
        MisplacedStatement.description, MissingProperty.description, WrongValue.description,
        DuplicateName.description, UnknownName.description, WrongKind.description, PlanHeader.description,
        UnknownRule.description, PropertyRepeated.description, RuleParameter.description,
        ImportFile.description, ImportColumn.description, ImportRow.description,
    ]

    /// Checks of the plan that run even when it has syntax errors (they read it as text or
    /// as resolved names only).
    static let planChecks: [any CascadeRule.Type] = [
        GoalCycle.self, OutsidePlanYear.self, PersonalIDNumber.self, ExceptionExpired.self, GoalNotUpward.self,
    ]

    /// Every check over the resolved plan, in identifier order.
    static let checks: [any CascadeRule.Type] = planChecks + [
        // K2xx the direktion, step 1
        AnnualBoardDiscussion.self, BoardDiscussionTopics.self, BoardSetsGoals.self, BoardGoalFollowsPolitics.self,
        AreaLeftOut.self, CentralEvaluation.self, PoliticalGoalUnused.self,
        // K3xx the heads of area, step 2
        AreaSetsNoGoals.self, AreaGoalMisaligned.self, CommitteeGoalNotCarried.self, DirectionNotCommunicated.self,
        AnnualFollowUp.self, FollowUpWithoutGoals.self,
        // K4xx the units, step 3 and KOMPUS
        LocalGoalMisaligned.self, NoProposal.self, CourseMisaligned.self, NoKompusConcept.self, LateBriefing.self,
        NoPreparationExpectation.self, KompusOutsideYear.self, LocalEvaluation.self, CascadeOrder.self,
        // K5xx the employees
        ConversationMissing.self, DevelopmentMisaligned.self, Overdue.self, NoDevelopmentPlan.self, StaffCountMismatch.self,
        // K6xx competences and tasks
        CompetenceGap.self, SingleHolder.self,
    ]

    /// Rules applied after the checks, to the findings themselves.
    static let configuration: [RuleDescription] = [UnusedException.description]

    /// Every rule, in identifier order.
    public static let book = RuleBook(syntax + names + checks.map { $0.description } + configuration)

    public static var all: [RuleDescription] { book.all }
}
