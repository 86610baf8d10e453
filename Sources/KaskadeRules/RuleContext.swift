// What every cascade rule sees: the resolved plan, the check date, the plan's own rule
// parameters, the steps of the cascade, and a sink for its findings.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

/// A rule over the resolved plan: SwiftLint's shape, one file per rule with its description
/// (identifier, name, level, summary, guideline, notes, examples) and its check.
protocol CascadeRule: Sendable {
    static var description: RuleDescription { get }
    static func check(_ context: inout RuleContext)
}

public struct RuleContext: Sendable {
    public let plan: Plan
    /// `--as-of`: the day the time-dependent rules (K503, K111) compare against.
    public let asOf: Day?
    /// The steps of the cascade (rules.md, "Steps of the cascade, defined once").
    let steps: CascadeSteps
    /// Local units: institutions and departments. Found once for all the rules, which each
    /// share this context.
    let localUnits: [Int]
    var sink = DiagnosticSink()

    /// Goals that lie on a `følger` cycle: K107 reports them, and the alignment rules (K204,
    /// K302, K401) say nothing about them, since where they lead cannot be told.
    let goalsInCycles: Set<Int>
    /// Goals that follow a goal not above them (K115): the alignment rules say nothing about them.
    let goalsNotUpward: Set<Int>

    public init(plan: Plan, asOf: Day?) {
        self.plan = plan
        self.asOf = asOf
        self.steps = CascadeSteps(plan)
        self.localUnits = plan.units.indices.filter { plan.units[$0].kind.isLocal }
        self.goalsInCycles = Set(GoalGraph(plan: plan).cycles().joined())
        self.goalsNotUpward = Set(plan.goals.indices.filter { !GoalNotUpward.wrongTargets(of: $0, in: plan).isEmpty })
    }

    /// Reports a finding of `rule` about `subject` (the unit whose duty it is; nil for the
    /// plan as a whole). The message, label and help are kept in every language.
    mutating func report(_ rule: RuleDescription, _ message: some Message, at span: Span, label: (any Message)? = nil,
                         secondary: [Label] = [], help: (any Message)? = nil, fixes: [Fix] = [],
                         severity: Severity? = nil, subject: Int? = nil) {
        sink.report(Diagnostic(rule, message, at: Label(span, phrase: label.map { Phrase($0) } ?? .empty),
                               secondary: secondary, help: help,
                               fixes: fixes, severity: severity, subject: subject))
    }

    /// A secondary label whose text is a message.
    func label(_ span: Span, _ text: some Message) -> Label { Label(span, text) }

    /// A fix whose title is a message.
    func fix(_ title: some Message, _ edits: [Edit]) -> Fix { Fix(title, edits) }

    /// The alignment rules (K204, K302, K401) skip goals whose direction cannot be judged.
    func isJudgeable(goal: Int) -> Bool {
        !plan.goals[goal].follows.hasUnresolved && !goalsInCycles.contains(goal) && !goalsNotUpward.contains(goal)
    }

    /// The institutions and departments of an område (everything below it that is local).
    func localUnits(in area: Int) -> [Int] {
        plan.subtree(of: area).filter { plan.units[$0].kind.isLocal }
    }

    func counting(_ kind: EventKind, of unit: Int) -> [Int] {
        plan.units[unit].events.filter { plan.events[$0].kind == kind && plan.events[$0].status.counts }
    }

    /// A rule parameter set with `regel RULE varsel …`.
    func notice(for rule: RuleCode) -> Int? {
        plan.settings.last { $0.rule == rule && $0.notice != nil }?.notice
    }

    /// The byte offset just after the `{` of a unit's block, where a fix inserts a new line
    /// (nil when the unit has no block). The inserted text is indented like the block's
    /// first line.
    func insertion(intoBlockOf unit: Int) -> (span: Span, indent: String)? {
        let extent = plan.units[unit].extent
        let bytes = plan.sources[extent.file].bytes
        let end = min(Int(extent.end), bytes.count)
        // The block's `{` is the first one after the name outside a string; a `#` before it
        // means the header goes on past a comment, which a fix does not edit around.
        var offset = Int(plan.units[unit].nameSpan.end)
        var inString = false
        while offset < end {
            let byte = bytes[offset]
            if inString {
                if byte == UInt8(ascii: "\\") { offset += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                break
            } else if byte == UInt8(ascii: "#") || byte == 0x0A {
                return nil
            }
            offset += 1
        }
        guard offset < end else { return nil }
        // Only where the `{` ends its line (a comment may follow): the new line goes after it.
        var lineEnd = offset + 1
        while lineEnd < bytes.count, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x09 || bytes[lineEnd] == 0x0D { lineEnd += 1 }
        if lineEnd < bytes.count, bytes[lineEnd] == UInt8(ascii: "#") {
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        }
        guard lineEnd < bytes.count, bytes[lineEnd] == 0x0A else { return nil }
        // The indentation of the unit's own line, plus two spaces.
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var indent = ""
        var index = lineStart
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { indent.append(Character(UnicodeScalar(bytes[index]))); index += 1 }
        let at = Span(file: extent.file, start: lineEnd + 1, end: lineEnd + 1)
        return (at, indent + "  ")
    }

    /// A fix that adds `statement` as the first line of a unit's block.
    func addingLine(_ statement: String, to unit: Int, title: some Message) -> [Fix] {
        guard let (at, indent) = insertion(intoBlockOf: unit) else { return [] }
        return [fix(title, [Edit(at, indent + statement + "\n")])]
    }
}

public enum Rules {
    /// Runs every rule; linear in the size of the plan. With `cascade: false` (the plan has
    /// syntax errors) only the checks of the plan as text run (K107–K111, K115).
    /// The rules read the plan and nothing else, so they run side by side, each with its own
    /// sink; their findings are joined in rule order.
    public static func check(_ plan: Plan, asOf: Day?, cascade: Bool = true) -> [Diagnostic] {
        let shared = RuleContext(plan: plan, asOf: asOf)
        let rules = cascade ? RuleCatalogue.checks : RuleCatalogue.planChecks
        return Parallel.map(rules.count) { index in
            var context = shared
            rules[index].check(&context)
            return context.sink.diagnostics
        }.flatMap { $0 }
    }
}
