// The resolver: syntax trees in, one resolved plan out, with the structure and name
// findings (K101–K106, K109, K112, K113).
//
// Two passes, both linear. The first walks every file's statements once, checks each
// against the schema, and creates the plan's entities; references are only recorded.
// The second resolves every recorded reference through one global name table (names are
// global across the files of a plan, so a file may refer to a name defined in a later
// one). A statement that is misplaced or broken has its names recorded as unusable, so
// that what refers to it is neither resolved nor reported a second time.

import KaskadeDiagnostics
import KaskadeSyntax

public struct Resolver {

    var plan: Plan
    var sink = DiagnosticSink()
    var pending: [PendingReference] = []
    /// The names references named last, in front of `plan.names`.
    var recentNames = RecentNames()
    /// The `indlæs` statements, read once every unit and name of the plan files is known.
    var rosters: [PendingRoster] = []
    /// The rosters read so far, by the path read, and where their `indlæs` names them.
    var rosterPathsRead: [String: Span] = [:]
    private var planHeaders: [Span] = []
    /// Spans of definitions that have no entity (misplaced or broken statements).
    var unusableDefinitions: [String: Span] = [:]
    /// The rules `regel` and `undtagelse` may name: handed in by the caller, since the
    /// model knows no rule of its own.
    private let rules: RuleBook
    /// Where the files of `indlæs` come from (the driver's disk, or a test's text).
    let rosterFiles: RosterFiles
    /// Plain employee lines are read straight from the tree (EmployeeLine.swift).
    var readsEmployeeLinesDirectly = true

    /// `readingEmployeeLinesDirectly: false` sends every employee line through the generic
    /// reader: the tests compare the two readings.
    public static func resolve(sources: SourceSet, trees: [SyntaxTree], rules: RuleBook,
                               rosters: RosterFiles = .none,
                               timeRosters: (() -> Void) -> Void = { $0() },
                               readingEmployeeLinesDirectly: Bool = true) -> (plan: Plan, diagnostics: [Diagnostic]) {
        var resolver = Resolver(plan: Plan(sources: sources, trees: trees), rules: rules, rosterFiles: rosters)
        resolver.readsEmployeeLinesDirectly = readingEmployeeLinesDirectly
        resolver.reserveCapacity()
        for fileIndex in trees.indices {
            resolver.walkTopLevel(fileIndex)
        }
        resolver.checkPlanHeader()
        // The rosters are timed apart (`--timings` shows them inside `resolve`).
        timeRosters { resolver.readRosters() }
        resolver.resolvePendingReferences()
        resolver.checkDiscussionAudiences()
        resolver.linkBackReferences()
        return (resolver.plan, resolver.sink.diagnostics)
    }

    // MARK: - Pass 1: statements

    /// Counts the statements of each kind first, so that no entity array grows by copying.
    private mutating func reserveCapacity() {
        var counts = [Int](repeating: 0, count: Keyword.allCases.count)
        var references = 0
        for tree in plan.trees {
            for node in tree.statements { counts[Int(node.keyword.rawValue)] += 1 }
            references += tree.values.count
        }
        func count(_ keyword: Keyword) -> Int { counts[Int(keyword.rawValue)] }
        plan.units.reserveCapacity([Keyword.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].reduce(0) { $0 + count($1) })
        plan.goals.reserveCapacity(count(.maal))
        plan.events.reserveCapacity(count(.droeftelse) + count(.opfoelgning) + count(.oplaeg) + count(.evaluering))
        plan.courses.reserveCapacity(count(.uddannelse))
        plan.employees.reserveCapacity(count(.medarbejder))
        plan.competences.reserveCapacity(count(.kompetence))
        plan.tasks.reserveCapacity(count(.opgave))
        plan.kompuses.reserveCapacity(count(.kompus))
        plan.names.reserveCapacity(plan.trees.reduce(0) { $0 + $1.statements.count })
        pending.reserveCapacity(references / 8)
    }

    /// What a statement's children need to know of it: plain data, cheap to copy.
    private struct Context {
        var keyword: Keyword
        var unit: Int32
    }

    private mutating func walkTopLevel(_ fileIndex: Int) {
        let tree = plan.trees[fileIndex]
        let reader = ValueReader(file: plan.sources[tree.file])
        var statement = StatementReader(tree: tree, index: 0, spec: Schema.statements[0], reader: reader)
        // An explicit stack instead of recursion; the parser bounds depth anyway.
        var stack: [(statement: Int, context: Context)] = []
        Resolver.pushChildren(of: -1, in: tree, context: Context(keyword: .none, unit: -1), onto: &stack)
        while let (index, context) = stack.popLast() {
            guard let childContext = visit(index, in: tree, reader: reader, statement: &statement, context: context) else { continue }
            Resolver.pushChildren(of: index, in: tree, context: childContext, onto: &stack)
        }
    }

    /// Pushes the children that are statements (not block-set properties) in reverse, so
    /// that they are visited in source order. Static: a method of the resolver, called from
    /// its mutating walk, could copy the whole resolver (plan and all) for every statement.
    private static func pushChildren(of index: Int, in tree: SyntaxTree, context: Context, onto stack: inout [(statement: Int, context: Context)]) {
        let mark = stack.count
        // The children by index (each child's subtree ends where the next begins), without
        // `children(of:)`, whose iterator holds, and so retains, a copy of the tree.
        var child = index + 1
        let end = index < 0 ? tree.statements.count : Int(tree.statements[index].subtreeEnd)
        while child < end {
            let node = tree.statements[child]
            if !Schema.isBlockProperty(node.keyword, of: context.keyword) { stack.append((child, context)) }
            child = Int(node.subtreeEnd)
        }
        stack[mark...].reverse()
    }

    /// Checks one statement and creates what it defines. Returns the context for its children
    /// (nil: skip the subtree).
    private mutating func visit(_ index: Int, in tree: SyntaxTree, reader: ValueReader,
                                statement: inout StatementReader, context: Context) -> Context? {
        let node = tree.statements[index]
        plan.statementCount += 1
        let keywordSpan = tree.span(node.name)
        guard let spec = placedSpec(node, in: tree, keywordSpan: keywordSpan, context: context) else {
            markSubtreeUnusable(index, in: tree, reader: reader)
            return nil
        }
        if node.isBroken {
            markSubtreeUnusable(index, in: tree, reader: reader)
            return nil
        }
        // Nine statements in ten of a large plan are plain employee lines (EmployeeLine.swift).
        if readsEmployeeLinesDirectly, node.keyword == .medarbejder, context.unit >= 0,
           defineEmployeeLine(node, in: tree, reader: reader, unit: Int(context.unit)) {
            return Context(keyword: .medarbejder, unit: context.unit)
        }
        statement.reset(index: index, spec: spec)
        statement.readArguments(into: &sink)
        statement.readProperties(into: &sink)
        let unit = define(statement, keywordSpan: keywordSpan, parent: context.unit >= 0 ? Int(context.unit) : nil)
        return Context(keyword: spec.keyword, unit: unit.map(Int32.init) ?? context.unit)
    }

    /// The statement's schema entry if it may stand here; otherwise reports K101.
    private mutating func placedSpec(_ node: StatementNode, in tree: SyntaxTree, keywordSpan: Span, context: Context) -> StatementSpec? {
        let spec = Schema.spec(node.keyword)
        if let spec, spec.placeMask.contains(context.keyword) { return spec }
        // After an unclosed block everything that follows is misplaced; K006 has said so. A
        // broken statement (a misspelled keyword read as its guess, say) has its K005 already.
        if tree.hasUnclosedBlock || node.isBroken { return nil }
        typealias Says = MisplacedStatement.Says
        let here: Says.Place = context.keyword == .none ? .topLevel : .inside(keyword: context.keyword.danish)
        if let spec {
            sink.report(MisplacedStatement.description, Says.mayNotStand(keyword: node.keyword.danish, here: here, allowed: .places(spec.places)),
                        at: keywordSpan, label: Says.notAllowed(here),
                        help: Says.moveIt(allowed: .places(spec.places)))
        } else {
            let owners = Schema.statements.filter { $0.property(node.keyword) != nil }.map { $0.keyword.danish }
            sink.report(MisplacedStatement.description, Says.isAProperty(keyword: node.keyword.danish, place: here),
                        at: keywordSpan, label: Says.notAllowed(here),
                        help: owners.isEmpty ? nil : Says.propertyOf(owners: owners))
        }
        return nil
    }

    /// Records the IDs in a skipped subtree as unusable names.
    private mutating func markSubtreeUnusable(_ index: Int, in tree: SyntaxTree, reader: ValueReader) {
        for inner in index..<Int(tree.statements[index].subtreeEnd) {
            let node = tree.statements[inner]
            if inner != index { plan.statementCount += 1 }
            guard Schema.spec(node.keyword)?.arguments.first == .id,
                  let first = tree.arguments(of: node).first, first.kind == .identifier else { continue }
            let name = reader.identifier(first)
            if plan.names[name] == nil {
                plan.names[name] = EntityRef(kind: node.keyword, index: -1)
                unusableDefinitions[name] = tree.span(of: first)
            }
        }
    }

    // MARK: - Definitions

    /// Creates the entity a statement defines; returns the unit index if it is a unit.
    ///
    /// `s` is borrowed, never copied: a copy of the reader retains every array it holds.
    private mutating func define(_ s: StatementReader, keywordSpan: Span, parent: Int?) -> Int? {
        switch s.spec.keyword {
        case .plan:
            planHeaders.append(keywordSpan)
            if plan.title == nil {
                plan.title = s.title
                plan.year = s.number(.aar)
                plan.language = s.language(.sprog)
                plan.headerSpan = keywordSpan
            }
        case .byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling:
            return defineUnit(s, keywordSpan: keywordSpan, parent: parent)
        case .maal:
            guard let owner = parent else { break }
            var goal = Goal(id: s.id ?? "", title: s.title ?? "", nameSpan: s.idSpan ?? keywordSpan, owner: owner)
            goal.deadline = s.day(.frist)
            goal.deadlineSpan = s.span(.frist)
            goal.follows.isGiven = s.has(.foelger)
            let index = plan.goals.count
            plan.goals.append(goal)
            plan.units[owner].goals.append(index)
            if s.has(.foelger) {} else if plan.units[owner].kind == .committee {
                sink.report(MissingProperty.description, MissingProperty.Says.committeeGoalFollowsNothing(goal: goal.id, title: goal.title),
                            at: goal.nameSpan, label: MissingProperty.Says.followsNothing,
                            help: MissingProperty.Says.everyGoalFollows)
            }
            register(s, EntityRef(kind: .maal, index: index))
            record(s, .foelger, .goalFollows(index))
        case .droeftelse, .opfoelgning, .oplaeg, .evaluering:
            guard let owner = parent else { break }
            defineEvent(s, keywordSpan: keywordSpan, owner: owner)
        case .uddannelse:
            guard let unit = parent else { break }
            let index = plan.courses.count
            var course = Course(id: s.id ?? "", title: s.title ?? "", nameSpan: s.idSpan ?? keywordSpan, unit: unit)
            course.follows.isGiven = s.has(.foelger)
            course.priority = s.number(.prioritet)
            course.seats = s.number(.pladser)
            plan.courses.append(course)
            plan.units[unit].courses.append(index)
            register(s, EntityRef(kind: .uddannelse, index: index))
            record(s, .foelger, .courseFollows(index))
            record(s, .giver, .courseProvides(index))
        case .koncept:
            let index = plan.concepts.count
            plan.concepts.append(Concept(id: s.id ?? "", title: s.title ?? "", nameSpan: s.idSpan ?? keywordSpan,
                                         preparation: s.string(.forberedelse), description: s.string(.beskrivelse)))
            register(s, EntityRef(kind: .koncept, index: index))
        case .kompus:
            guard let unit = parent else { break }
            defineKompus(s, keywordSpan: keywordSpan, unit: unit)
        case .medarbejder:
            guard let unit = parent else { break }
            let index = appendEmployee(id: s.id ?? "", title: s.title, nameSpan: s.idSpan ?? keywordSpan, unit: unit,
                                       conversation: s.day(.samtale), conversationSpan: s.span(.samtale), status: s.status)
            register(s, EntityRef(kind: .medarbejder, index: index))
            record(s, .udvikling, .employeeDevelopment(index))
            record(s, .kompetencer, .employeeCompetences(index))
        case .kompetence:
            let index = plan.competences.count
            plan.competences.append(Competence(id: s.id ?? "", title: s.title ?? "", nameSpan: s.idSpan ?? keywordSpan))
            register(s, EntityRef(kind: .kompetence, index: index))
        case .opgave:
            guard let unit = parent else { break }
            let index = plan.tasks.count
            plan.tasks.append(Task(id: s.id ?? "", title: s.title ?? "", nameSpan: s.idSpan ?? keywordSpan, unit: unit))
            plan.units[unit].tasks.append(index)
            register(s, EntityRef(kind: .opgave, index: index))
            record(s, .kraever, .taskRequires(index))
        case .regel:
            guard let rule = configurableRule(s) else { break }
            var setting = RuleSetting(rule: rule, span: s.ruleSpan ?? keywordSpan)
            if let word = s.word(.niveau) {
                setting.level = .some(Resolver.severity(word))
            }
            if let notice = s.days(.varsel) {
                if rules[rule]?.parameters.contains(Keyword.varsel.danish) ?? false {
                    setting.notice = notice
                } else if let span = s.keywordSpan(.varsel) {
                    sink.report(RuleParameter.description, RuleParameter.Says.noParameter(rule: rule.code),
                                at: span, label: RuleParameter.Says.notAParameter(rule: rule.code),
                                help: RuleParameter.Says.removeNotice)
                }
            }
            plan.settings.append(setting)
        case .indlaes:
            recordRoster(s, keywordSpan: keywordSpan, owner: parent)
        case .undtagelse:
            // Without its mandatory reason (K102) an exception hides nothing.
            guard let unit = parent, let rule = configurableRule(s), s.reason != nil else { break }
            let index = plan.exceptions.count
            plan.exceptions.append(Exception(rule: rule, reason: s.reason ?? "", until: s.day(.til), untilSpan: s.span(.til),
                                             unit: unit, keywordSpan: keywordSpan))
            plan.units[unit].exceptions.append(index)
        default:
            break
        }
        return nil
    }

    private static func severity(_ word: Keyword) -> Severity? {
        switch word {
        case .fejl: .error
        case .advarsel: .warning
        case .info: .info
        default: nil
        }
    }

    private mutating func defineUnit(_ s: StatementReader, keywordSpan: Span, parent: Int?) -> Int {
        let kind: UnitKind = switch s.spec.keyword {
        case .byraad: .council
        case .udvalg: .committee
        case .direktion: .board
        case .omraade: .area
        case .virksomhed: .institution
        default: .department
        }
        let index = plan.units.count
        if kind == .board, let first = plan.board {
            sink.report(MisplacedStatement.description, MisplacedStatement.Says.secondBoard,
                        at: keywordSpan, label: MisplacedStatement.Says.secondBoardLabel,
                        secondary: [Label(plan.units[first].nameSpan, MisplacedStatement.Says.firstBoard)],
                        help: MisplacedStatement.Says.mergeBoards)
        }
        var unit = Unit(id: s.id ?? "", title: s.title ?? "", kind: kind, nameSpan: s.idSpan ?? keywordSpan,
                        keywordSpan: keywordSpan, extent: s.extent, parent: parent)
        unit.leader = s.string(.leder)
        unit.chef = s.string(.chef)
        unit.staffCount = s.number(.medarbejdere)
        // The staff count a unit states is a good guess at how many employees it lists: room
        // for them at once, rather than an array that doubles its way there.
        if let staff = unit.staffCount { unit.employees.reserveCapacity(min(staff, 10_000)) }
        unit.code = s.string(.kode)
        unit.codeSpan = s.span(.kode)
        plan.units.append(unit)
        if let parent { plan.units[parent].children.append(index) }
        register(s, EntityRef(kind: s.spec.keyword, index: index))
        record(s, .under, .committeeUnder(index))
        record(s, .udvalg, .areaCommittees(index))
        return index
    }

    private mutating func defineEvent(_ s: StatementReader, keywordSpan: Span, owner: Int) {
        let kind: EventKind = switch s.spec.keyword {
        case .droeftelse: .discussion
        case .opfoelgning: .followUp
        case .oplaeg: .proposal
        default: .evaluation
        }
        let index = plan.events.count
        var event = Event(kind: kind, keywordSpan: keywordSpan, owner: owner)
        event.date = s.argumentDay
        event.dateSpan = s.argumentDaySpan
        event.status = s.status
        event.about.isGiven = s.has(.om)
        event.with.isGiven = s.has(.med)
        for value in s.values(.med) where value.kind == .word {
            let word = value.keyword
            // A direktion meets the heads of area, an område its leaders (rules.md K201, K304).
            if kind == .discussion, let wanted = Resolver.audienceWord(for: plan.units[owner].kind), word != wanted {
                sink.report(WrongKind.description, WrongKind.Says.notAudience(word: word.danish, owner: plan.units[owner].kind.keyword.danish, wanted: wanted.danish),
                            at: s.tree.span(of: value), label: WrongKind.Says.notWanted(wanted: wanted.danish),
                            help: WrongKind.Says.writeWithOrName(wanted: wanted.danish),
                            fixes: [Fix(WrongKind.Says.writeWith(wanted: wanted.danish), [Edit(s.tree.span(of: value), wanted.danish)])])
                continue
            }
            event.audience = word == .chefgruppen ? .heads : word == .lederne ? .leaders : event.audience
        }
        if case .none = event.audience, s.has(.med) { event.audience = .units }
        plan.events.append(event)
        plan.units[owner].events.append(index)
        record(s, .med, .eventWith(index))
        record(s, .om, .eventAbout(index))
    }

    private mutating func defineKompus(_ s: StatementReader, keywordSpan: Span, unit: Int) {
        if let existing = plan.units[unit].kompus {
            sink.report(PropertyRepeated.description, PropertyRepeated.Says.secondKompus(unit: plan.unitLabel(unit)),
                        at: keywordSpan, label: PropertyRepeated.Says.secondKompusLabel,
                        secondary: [Label(plan.kompuses[existing].keywordSpan, PropertyRepeated.Says.firstKompus)],
                        help: PropertyRepeated.Says.mergeKompus)
            return
        }
        let index = plan.kompuses.count
        var kompus = Kompus(keywordSpan: keywordSpan, unit: unit)
        kompus.concept.isGiven = s.has(.koncept)
        kompus.briefing = s.day(.orientering)
        kompus.briefingSpan = s.span(.orientering)
        kompus.period = s.period(.samtaler)
        kompus.periodSpan = s.span(.samtaler)
        kompus.expectation = s.string(.forventning)
        kompus.notice = s.days(.varsel)
        kompus.status = s.status
        plan.kompuses.append(kompus)
        plan.units[unit].kompus = index
        record(s, .koncept, .kompusConcept(index))
    }

    /// The rule a `regel` or `undtagelse` names: K112 if there is none, K103 if it is a
    /// syntax or name rule (those cannot be configured).
    private mutating func configurableRule(_ s: StatementReader) -> RuleCode? {
        guard let text = s.ruleText, let span = s.ruleSpan else { return nil }
        guard let rule = rules.lookup(text) else {
            let nearest = Spelling.nearest(to: text, among: rules.spellings)
            sink.report(UnknownRule.description, UnknownRule.Says.noRule(text), at: span, label: UnknownRule.Says.unknownRule,
                        help: nearest.map { UnknownRule.Says.didYouMean($0) } ?? UnknownRule.Says.rulesListsThem)
            return nil
        }
        guard rule.isConfigurable else {
            sink.report(WrongValue.description, WrongValue.Says.cannotConfigure(code: rule.code, name: rule.name),
                        at: span, label: WrongValue.Says.cannotBeConfigured, help: WrongValue.Says.fixThePlan)
            return nil
        }
        return rule.rule
    }

    // MARK: - Names

    private mutating func register(_ s: StatementReader, _ ref: EntityRef) {
        guard let id = s.id, let span = s.idSpan else { return }
        registerName(id, span: span, ref)
    }

    /// Makes `id` a name of the plan (K104 if it is taken: names are global).
    mutating func registerName(_ id: String, span: Span, _ ref: EntityRef) {
        if let existing = plan.names.insertIfAbsent(id, ref) {
            let first = existing.index >= 0 ? definitionSpan(existing) : unusableDefinitions[id]
            sink.report(DuplicateName.description, DuplicateName.Says.definedTwice(id),
                        at: span, label: DuplicateName.Says.secondDefinition,
                        secondary: first.map { [Label($0, DuplicateName.Says.firstDefinedHere)] } ?? [],
                        help: DuplicateName.Says.giveAnotherName)
            return
        }
    }

    func definitionSpan(_ ref: EntityRef) -> Span { plan.entity(ref).nameSpan }

    /// Records the references of a property, to be resolved once every name is known. The
    /// kinds a reference may name come from the schema.
    private mutating func record(_ s: StatementReader, _ property: Keyword, _ slot: Slot) {
        let values = s.values(property)
        guard !values.isEmpty, let spec = s.spec.property(property) else { return }
        recordReferences(values, in: s.tree, reader: s.reader, property: property, kinds: spec.referenceKinds, slot: slot)
    }

    /// The names among `values` as references of `slot`, each of one of `kinds`.
    mutating func recordReferences(_ values: ArraySlice<ValueNode>, in tree: SyntaxTree, reader: ValueReader,
                                   property: Keyword, kinds: KindSet, slot: Slot) {
        for value in values where value.kind == .identifier {
            reader.withBytes(value.first) { recordReference(named: $0, at: tree.span(of: value), property: property, kinds: kinds, slot: slot) }
        }
    }

    /// One reference, by the bytes of its name. Most references name something defined
    /// earlier: those are resolved at once, and only forward references are kept (with their
    /// name) for pass 2, which reports what it cannot resolve (K105, K106). The references of
    /// statements and of roster cells both come here.
    mutating func recordReference(named name: UnsafeBufferPointer<UInt8>, at span: Span, property: Keyword,
                                  kinds: KindSet, slot: Slot) {
        if let known = recentNames.lookup(name, in: plan.names), known.index >= 0, kinds.contains(known.kind) {
            update(slot) { $0.append(Reference(index: known.index, kind: known.kind, span: span)) }
        } else {
            pending.append(PendingReference(name: String(decoding: name, as: UTF8.self), span: span,
                                            property: property, kinds: kinds, slot: slot))
        }
    }

    private mutating func checkPlanHeader() {
        if planHeaders.isEmpty, let tree = plan.trees.first(where: { !$0.statements.isEmpty }) ?? plan.trees.first {
            // Point at the first statement, where the header belongs.
            let first = tree.statements.first.map { tree.span($0.name) } ?? Span(file: tree.file, start: 0, end: 0)
            sink.report(PlanHeader.description, PlanHeader.Says.noHeader,
                        at: first, label: PlanHeader.Says.noHeaderBefore,
                        help: PlanHeader.Says.startWithHeader)
        }
        for extra in planHeaders.dropFirst() {
            sink.report(PlanHeader.description, PlanHeader.Says.moreThanOne, at: extra,
                        label: PlanHeader.Says.secondHeader, secondary: [Label(planHeaders[0], PlanHeader.Says.theFirst)],
                        help: PlanHeader.Says.keepOne)
        }
    }

    // MARK: - Pass 2: references

    enum Slot {
        case goalFollows(Int), courseFollows(Int), courseProvides(Int)
        case employeeDevelopment(Int), employeeCompetences(Int), taskRequires(Int)
        case eventWith(Int), eventAbout(Int), kompusConcept(Int)
        case committeeUnder(Int), areaCommittees(Int)
    }

    struct PendingReference {
        var name: String
        var span: Span
        var property: Keyword
        var kinds: KindSet
        var slot: Slot
    }

    private mutating func resolvePendingReferences() {
        for reference in pending {
            let target = lookup(reference)
            update(reference.slot) { list in
                if let target { list.append(target) } else { list.hasUnresolved = true }
            }
        }
        pending = []
    }

    /// The entity a reference names; reports K105 or K106 when there is none of the right kind.
    mutating func lookup(_ reference: PendingReference) -> Reference? {
        let wanted = reference.kinds.keywords.map(\.danish)
        guard let ref = plan.names[reference.name] else {
            let candidates = plan.names.compactMap { reference.kinds.contains($0.value.kind) ? $0.key : nil }
            let nearest = Spelling.nearest(to: reference.name, among: candidates)
            sink.report(UnknownName.description, UnknownName.Says.noStatementNamed(reference.name), at: reference.span,
                        label: UnknownName.Says.unknownName,
                        help: nearest.map { UnknownName.Says.didYouMean($0) } ?? UnknownName.Says.defineOrCorrect(wanted: wanted, name: reference.name),
                        fixes: nearest.map { [Fix(UnknownName.Says.change(name: reference.name, to: $0), [Edit(reference.span, $0)])] } ?? [])
            return nil
        }
        guard reference.kinds.contains(ref.kind) else {
            sink.report(WrongKind.description, WrongKind.Says.isA(name: reference.name, kind: ref.kind.danish, property: reference.property.danish, wanted: wanted),
                        at: reference.span, label: WrongKind.Says.aKind(kind: ref.kind.danish),
                        secondary: ref.index >= 0 ? [Label(definitionSpan(ref), WrongKind.Says.definedHere)] : [],
                        help: WrongKind.Says.nameAInstead(wanted: wanted))
            return nil
        }
        guard ref.index >= 0 else { return nil }
        return Reference(index: ref.index, kind: ref.kind, span: reference.span)
    }

    mutating func update(_ slot: Slot, _ change: (inout ReferenceList) -> Void) {
        switch slot {
        case .goalFollows(let i): change(&plan.goals[i].follows)
        case .courseFollows(let i): change(&plan.courses[i].follows)
        case .courseProvides(let i): change(&plan.courses[i].provides)
        case .employeeDevelopment(let i): change(&plan.employees[i].development)
        case .employeeCompetences(let i): change(&plan.employees[i].competences)
        case .taskRequires(let i): change(&plan.tasks[i].requires)
        case .eventWith(let i): change(&plan.events[i].with)
        case .eventAbout(let i): change(&plan.events[i].about)
        case .kompusConcept(let i): change(&plan.kompuses[i].concept)
        case .committeeUnder(let i): change(&plan.units[i].under)
        case .areaCommittees(let i): change(&plan.units[i].committees)
        }
    }

    /// Fills the reverse edges the rules and queries walk downwards.
    /// The value word a discussion of this kind of unit meets: the direktion `chefgruppen`,
    /// an område `lederne`.
    static func audienceWord(for owner: UnitKind) -> Keyword? {
        switch owner {
        case .board: .chefgruppen
        case .area: .lederne
        default: nil
        }
    }

    /// `med` in a direktion's `drøftelse` names områder; in an område's, units of that
    /// område. Any other unit there is K106, and is dropped from the list.
    private mutating func checkDiscussionAudiences() {
        for index in plan.events.indices where plan.events[index].kind == .discussion {
            let owner = plan.events[index].owner
            let ownerKind = plan.units[owner].kind
            guard ownerKind == .board || ownerKind == .area else { continue }
            var kept = ReferenceList()
            kept.isGiven = plan.events[index].with.isGiven
            kept.hasUnresolved = plan.events[index].with.hasUnresolved
            for reference in plan.events[index].with {
                let unit = reference.index
                let fits = ownerKind == .board ? plan.units[unit].kind == .area
                    : plan.units[unit].kind.isLocal && plan.area(of: unit) == owner
                if fits { kept.append(reference); continue }
                let area = ownerKind == .board ? nil : plan.units[owner].id
                sink.report(WrongKind.description, WrongKind.Says.notMet(unit: plan.unitLabel(unit), owner: ownerKind.keyword.danish, area: area),
                            at: reference.span, label: WrongKind.Says.notMetLabel(area: area),
                            secondary: [Label(plan.units[unit].nameSpan, WrongKind.Says.definedHere)],
                            help: WrongKind.Says.nameMetInstead(area: area))
                kept.hasUnresolved = true
            }
            plan.events[index].with = kept
        }
    }

    private mutating func linkBackReferences() {
        for goal in plan.goals.indices {
            for target in plan.goals[goal].follows.items { plan.goals[target.index].followedBy.append(goal) }
        }
        for course in plan.courses.indices {
            for target in plan.courses[course].follows.items { plan.goals[target.index].courses.append(course) }
        }
        // Counted first, so that each course's list is allocated once at its size.
        var participants = [Int](repeating: 0, count: plan.courses.count)
        for employee in plan.employees.indices {
            for target in plan.employees[employee].development.items { participants[target.index] += 1 }
        }
        for course in plan.courses.indices where participants[course] > 0 {
            plan.courses[course].participants.reserveCapacity(participants[course])
        }
        for employee in plan.employees.indices {
            for target in plan.employees[employee].development.items {
                plan.courses[target.index].participants.append(employee)
            }
        }
    }
}
