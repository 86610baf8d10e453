// `kaskade graph`: the cascade as a graph — political goals, board goals, area goals, local
// goals and courses, each inside the unit that owns it, the units grouped by level, and an
// edge from every goal to what follows it. A goal or course with a finding is marked: red for
// the findings that say it is misaligned, orange for any other; its tooltip holds the
// findings' messages. A `følger` whose target does not exist (K105) points from a dashed red
// "unknown" node, so the break in the chain is seen where it is.
//
// The DOT runs left to right — council, board, area, local goal, course — with each area's
// cluster stacked under the last, and one line per node (the full title is its tooltip): a
// whole municipality then reads on about one screen instead of a strip many screens wide.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

public struct CascadeGraph: Sendable {
    public enum NodeKind: Sendable, Hashable {
        case goal(UnitKind)
        case course
    }

    public struct Node: Sendable {
        public var id: String
        public var title: String
        public var kind: NodeKind
        public var unit: Int
        /// The codes of the findings that point at it (`K302`), in order.
        public var findings: [String]
        public var misaligned: Bool
        /// `K302: …message…` for each finding, for the tooltip.
        public var messages: [String] = []
        /// IDs it names in `følger` that do not exist.
        public var unknownTargets: [String] = []
    }

    /// Findings that say a goal or course does not follow what it should.
    /// (K107 goal-cycle, K115 goal-not-upward, K204, K302, K401, K403: the rules' stable codes.)
    public static let misalignmentRules: Set<RuleCode> = Set([107, 115, 204, 302, 401, 403].map(RuleCode.init))

    public let title: String
    public private(set) var nodes: [Node] = []
    /// `(from, to)` as indices into `nodes`: `to` follows `from`.
    public private(set) var edges: [(from: Int, to: Int)] = []
    let plan: Plan
    /// Nodes of each unit, in source order.
    private var nodesOfUnit: [Int: [Int]] = [:]

    /// The graph of the whole plan, or of what follows `from` (a goal, a course or a unit).
    /// The language of the labels: the report's.
    public let language: Language

    public init(plan: Plan, report: Report, from: String? = nil) throws {
        self.plan = plan
        self.language = report.language
        self.title = [plan.title.map(Text.safe), plan.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
        let (goals, courses) = try CascadeGraph.select(plan, from: from, report.language)
        var findings: [Span: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics { findings[diagnostic.primary.span, default: []].append(diagnostic) }
        let unknown = CascadeGraph.unknownTargets(plan, report)
        var goalNode: [Int: Int] = [:]
        for goal in plan.goals.indices where goals.contains(goal) {
            let item = plan.goals[goal]
            goalNode[goal] = add(Node(id: item.id, title: item.title, kind: .goal(plan.level(of: goal)), unit: item.owner,
                                      findings: [], misaligned: false,
                                      unknownTargets: item.follows.hasUnresolved ? unknown[item.nameSpan] ?? ["?"] : []),
                                 findings: findings[item.nameSpan] ?? [])
        }
        var courseNode: [Int: Int] = [:]
        for course in plan.courses.indices where courses.contains(course) {
            let item = plan.courses[course]
            courseNode[course] = add(Node(id: item.id, title: item.title, kind: .course, unit: item.unit,
                                          findings: [], misaligned: false,
                                          unknownTargets: item.follows.hasUnresolved ? unknown[item.nameSpan] ?? ["?"] : []),
                                     findings: findings[item.nameSpan] ?? [])
        }
        for goal in plan.goals.indices {
            guard let to = goalNode[goal] else { continue }
            for target in plan.goals[goal].follows.items { if let from = goalNode[target.index] { edges.append((from, to)) } }
        }
        for course in plan.courses.indices {
            guard let to = courseNode[course] else { continue }
            for target in plan.courses[course].follows.items { if let from = goalNode[target.index] { edges.append((from, to)) } }
        }
    }

    private mutating func add(_ node: Node, findings: [Diagnostic]) -> Int {
        var node = node
        node.findings = findings.map(\.rule.code)
        node.messages = findings.map { "\($0.rule.code): \(PersonalID.mask($0.message.text(language)))" }
        node.misaligned = findings.contains { CascadeGraph.misalignmentRules.contains($0.rule) }
        nodes.append(node)
        nodesOfUnit[node.unit, default: []].append(nodes.count - 1)
        return nodes.count - 1
    }

    /// The goals and courses to draw: all, or what follows `from` (itself included).
    static func select(_ plan: Plan, from: String?, _ language: Language) throws -> (goals: Set<Int>, courses: Set<Int>) {
        guard let from else { return (Set(plan.goals.indices), Set(plan.courses.indices)) }
        guard let ref = plan.names[from], ref.index >= 0 else {
            throw ExportError(GraphSays.noSuchName(from).text(language))
        }
        let start: [Int]
        var courses = Set<Int>()
        switch ref.kind {
        case .maal:
            start = [ref.index]
        case .uddannelse:
            return ([], [ref.index])
        case .byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling:
            let units = Set(plan.subtree(of: ref.index))
            start = plan.goals.indices.filter { units.contains(plan.goals[$0].owner) }
            courses = Set(plan.courses.indices.filter { units.contains(plan.courses[$0].unit) })
        default:
            throw ExportError(GraphSays.wrongKind(from, kind: ref.kind.danish).text(language))
        }
        let below = followers(plan, of: start)
        return (below.goals.union(start), below.courses.union(courses))
    }

    /// Every goal and course that follows one of `start`, directly or through other goals.
    static func followers(_ plan: Plan, of start: [Int]) -> (goals: Set<Int>, courses: Set<Int>) {
        var goals = Set<Int>(), courses = Set<Int>()
        var stack = start
        var seen = Set(start)
        while let goal = stack.popLast() {
            courses.formUnion(plan.goals[goal].courses)
            for next in plan.goals[goal].followedBy where seen.insert(next).inserted {
                goals.insert(next)
                stack.append(next)
            }
        }
        return (goals, courses)
    }

    /// The unknown names (K105) written on the same line as a goal's or course's name: what
    /// its `følger` names that does not exist. Keyed by the name's span.
    static func unknownTargets(_ plan: Plan, _ report: Report) -> [Span: [String]] {
        var byLine: [String: [String]] = [:]
        for diagnostic in report.diagnostics where diagnostic.rule == RuleCode(105) {  // K105 unknown-name
            let span = diagnostic.primary.span, file = plan.sources[span.file]
            let name = file.text(Int(span.start)..<Int(span.end))
            byLine["\(span.file):\(file.location(of: Int(span.start)).line)", default: []].append(name)
        }
        guard !byLine.isEmpty else { return [:] }
        var result: [Span: [String]] = [:]
        let spans = plan.goals.filter(\.follows.hasUnresolved).map(\.nameSpan) + plan.courses.filter(\.follows.hasUnresolved).map(\.nameSpan)
        for span in spans {
            let line = plan.sources[span.file].location(of: Int(span.start)).line
            if let names = byLine["\(span.file):\(line)"] { result[span] = names }
        }
        return result
    }

    // MARK: - Grouping

    /// A group of the drawing: a level (political, board, areas) or a unit, with what it holds.
    struct Group {
        var key: String
        var label: String
        var nodes: [Int]
        var groups: [Group]
        /// An area: in the DOT its units' nodes are drawn in its own cluster, without a box
        /// per unit (a box per unit costs more height than the nodes themselves).
        var isArea = false

        /// Its nodes and those of every group inside it, in order.
        var allNodes: [Int] { nodes + groups.flatMap(\.allNodes) }
    }

    func say(_ words: GraphSays) -> String { words.text(language) }

    /// Levels, then units nested as in the plan; groups without nodes are left out.
    func groups() -> [Group] {
        let top = plan.units.indices.filter { plan.units[$0].parent == nil }
        let levels: [(key: String, label: String, kinds: Set<UnitKind>)] = [
            ("level_political", say(.politicalLevel), [.council, .committee]),
            ("level_board", say(.boardLevel), [.board]),
            ("level_areas", say(.areaLevel), [.area, .institution, .department]),
        ]
        return levels.compactMap { level in
            let groups = top.filter { level.kinds.contains(plan.units[$0].kind) }.compactMap(group)
            return groups.isEmpty ? nil : Group(key: level.key, label: level.label, nodes: [], groups: groups)
        }
    }

    private func group(_ unit: Int) -> Group? {
        let children = plan.units[unit].children.compactMap(group)
        let own = nodesOfUnit[unit] ?? []
        if own.isEmpty, children.isEmpty { return nil }
        let item = plan.units[unit]
        return Group(key: "u\(unit)", label: "\(item.kind.keyword.danish) \(Text.safe(item.id))\n\(Text.safe(item.title))",
                     nodes: own, groups: children, isArea: item.kind == .area)
    }

    func fill(_ kind: NodeKind) -> String {
        switch kind {
        case .goal(let level):
            switch level {
            case .council, .committee: "#dbe9f6"
            case .board: "#e6ddf4"
            case .area: "#dcefd9"
            case .institution, .department: "#fdf2cc"
            }
        case .course: "#f2f2f2"
        }
    }

    func classKey(_ kind: NodeKind) -> String {
        switch kind {
        case .goal(let level):
            switch level {
            case .council, .committee: "political"
            case .board: "board"
            case .area: "area"
            case .institution, .department: "local"
            }
        case .course: "course"
        }
    }

    func label(_ node: Node, lineBreak: String) -> String {
        ([Text.safe(node.id)] + Text.wrap(Text.safe(node.title), width: 28)
            + (node.findings.isEmpty ? [] : [node.findings.joined(separator: ", ")]))
            .joined(separator: lineBreak)
    }

    /// One line for the DOT: the ID, the title cut to `width` characters, the finding codes.
    func shortLabel(_ node: Node, width: Int = 38) -> String {
        let title = Text.safe(node.title)
        let cut = title.count > width ? String(title.prefix(width - 1)).trimmingTrailingSpaces() + "…" : title
        return Text.safe(node.id) + "  " + cut + (node.findings.isEmpty ? "" : "  [" + node.findings.joined(separator: ", ") + "]")
    }

    // MARK: - DOT

    /// Graphviz DOT: clusters for levels and units, edges for `følger`, ranks left to right.
    public func dot() -> String {
        var out = "digraph kaskade {\n"
        out += "  graph [rankdir=LR, ranksep=0.45, nodesep=0.08, fontname=\"Helvetica\", fontsize=12, labelloc=t, labeljust=l, "
            + "label=\(dotString(title)), newrank=true, compound=true];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, height=0.25, margin=\"0.06,0.02\", color=\"#555555\"];\n"
        out += "  edge [color=\"#777777\", arrowsize=0.6];\n"
        dotLegend(into: &out)
        for group in groups() { dotGroup(group, depth: 1, into: &out) }
        for (from, to) in edges {
            out += "  \(dotString(nodes[from].id)) -> \(dotString(nodes[to].id));\n"
        }
        for (index, node) in nodes.enumerated() {
            for (number, target) in node.unknownTargets.enumerated() {
                let key = dotString("unknown_\(index)_\(number)")
                out += "  \(key) [label=\(dotString("? " + target)), tooltip=\(dotString(say(.unknownTarget(target, node: node.id)))), "
                    + "style=\"dashed,rounded\", color=\"#cc0000\", fontcolor=\"#cc0000\", fillcolor=\"#ffffff\"];\n"
                out += "  \(key) -> \(dotString(node.id)) [style=dashed, color=\"#cc0000\"];\n"
            }
        }
        out += "}\n"
        return out
    }

    /// The colours and marks, explained in a cluster of their own.
    private func dotLegend(into out: inout String) {
        let entries: [(String, String)] = [
            (say(.politicalGoal), "fillcolor=\"#dbe9f6\""), (say(.boardGoal), "fillcolor=\"#e6ddf4\""),
            (say(.areaGoal), "fillcolor=\"#dcefd9\""), (say(.localGoal), "fillcolor=\"#fdf2cc\""),
            (say(.course), "fillcolor=\"#f2f2f2\", shape=note"), (say(.hasFinding), "fillcolor=\"#ffffff\", color=\"#e07000\", penwidth=2"),
            (say(.misaligned), "fillcolor=\"#f8d7da\", color=\"#cc0000\", fontcolor=\"#cc0000\", penwidth=2"),
            (say(.unknown), "fillcolor=\"#ffffff\", style=\"dashed,rounded\", color=\"#cc0000\", fontcolor=\"#cc0000\""),
        ]
        out += "  subgraph \"cluster_legend\" {\n    label=\(dotString(say(.legend))); style=\"rounded\"; color=\"#bbbbbb\"; fontsize=10;\n"
        for (index, entry) in entries.enumerated() {
            out += "    \"legend_\(index)\" [label=\(dotString(entry.0)), \(entry.1)];\n"
        }
        // One column: in a left-to-right graph, nodes of one rank stand one under another.
        out += "    { rank=same; " + entries.indices.map { "\"legend_\($0)\"" }.joined(separator: "; ") + "; }\n  }\n"
    }

    private func dotGroup(_ group: Group, depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        out += "\(pad)subgraph \(dotString("cluster_" + group.key)) {\n"
        out += "\(pad)  label=\(dotString(group.label.replacingOccurrences(of: "\n", with: " "))); style=\"rounded\"; color=\"#bbbbbb\"; fontsize=11;\n"
        for index in group.isArea ? group.allNodes : group.nodes {
            let node = nodes[index]
            var attributes = ["label=\(dotString(shortLabel(node)))", "fillcolor=\"\(fill(node.kind))\""]
            if node.kind == .course { attributes.append("shape=note") }
            if node.misaligned {
                attributes += ["color=\"#cc0000\"", "fontcolor=\"#cc0000\"", "penwidth=2", "fillcolor=\"#f8d7da\""]
            } else if !node.findings.isEmpty {
                attributes += ["color=\"#e07000\"", "penwidth=2"]
            }
            // The full title, and what each finding says, on hover.
            attributes.append("tooltip=\(dotString(([node.id + " " + node.title] + node.messages).joined(separator: "\n")))")
            out += "\(pad)  \(dotString(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        if !group.isArea { for inner in group.groups { dotGroup(inner, depth: depth + 1, into: &out) } }
        out += "\(pad)}\n"
    }

    /// A DOT quoted string; a line break becomes `\n` (centred lines in a label).
    func dotString(_ text: String) -> String {
        var out = "\""
        for scalar in Text.safe(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: - Mermaid

    /// A Mermaid flowchart (GitHub and GitLab draw it inside a ```mermaid block).
    public func mermaid() -> String {
        var out = "flowchart TB\n"
        if !title.isEmpty {
            let quoted = title.filter { $0 != "\"" && $0 != "\\" && $0 != "\n" }
            out = "---\ntitle: \"\(quoted)\"\n---\n" + out
        }
        for group in groups() { mermaidGroup(group, depth: 1, into: &out) }
        for (from, to) in edges { out += "  n\(from) --> n\(to)\n" }
        let classes: [(String, String)] = [
            ("political", "fill:#dbe9f6,stroke:#555"), ("board", "fill:#e6ddf4,stroke:#555"),
            ("area", "fill:#dcefd9,stroke:#555"), ("local", "fill:#fdf2cc,stroke:#555"),
            ("course", "fill:#f2f2f2,stroke:#555"), ("finding", "stroke:#e07000,stroke-width:2px"),
            ("misaligned", "fill:#f8d7da,stroke:#cc0000,color:#cc0000,stroke-width:2px"),
        ]
        for (name, style) in classes {
            let members = nodes.indices.filter { index in
                switch name {
                case "misaligned": nodes[index].misaligned
                case "finding": !nodes[index].misaligned && !nodes[index].findings.isEmpty
                default: classKey(nodes[index].kind) == name
                }
            }
            guard !members.isEmpty else { continue }
            out += "  classDef \(name) \(style)\n"
            out += "  class \(members.map { "n\($0)" }.joined(separator: ",")) \(name)\n"
        }
        return out
    }

    private func mermaidGroup(_ group: Group, depth: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: depth)
        out += "\(pad)subgraph \(group.key)[\"\(mermaidText(group.label.replacingOccurrences(of: "\n", with: ": ")))\"]\n"
        for index in group.nodes {
            let node = nodes[index]
            let text = "\"\(mermaidText(label(node, lineBreak: "\n")).replacingOccurrences(of: "\n", with: "<br/>"))\""
            out += "\(pad)  n\(index)" + (node.kind == .course ? "[/\(text)/]" : "(\(text))") + "\n"
        }
        for inner in group.groups { mermaidGroup(inner, depth: depth + 1, into: &out) }
        out += "\(pad)end\n"
    }

    /// Text inside a quoted Mermaid label: its markup characters as entity codes.
    func mermaidText(_ text: String) -> String {
        var out = ""
        for character in Text.safe(text) {
            switch character {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }
}

/// The graph's own words: levels, the legend, the errors of `--unit`.
enum GraphSays: Message {
    case politicalLevel, boardLevel, areaLevel
    case politicalGoal, boardGoal, areaGoal, localGoal, course, hasFinding, misaligned, unknown, legend
    case unknownTarget(String, node: String)
    case noSuchName(String), wrongKind(String, kind: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .politicalLevel: "Political level: council and committees"
            case .boardLevel: "The board"
            case .areaLevel: "Areas and their units"
            case .politicalGoal: "political goal"
            case .boardGoal: "board goal"
            case .areaGoal: "area goal"
            case .localGoal: "local goal"
            case .course: "course"
            case .hasFinding: "has a finding"
            case .misaligned: "misaligned"
            case .unknown: "? unknown target"
            case .legend: "Legend"
            case let .unknownTarget(target, node): "`\(target)` does not exist (K105): \(node) follows nothing there"
            case let .noSuchName(name): "no goal, course or unit is named `\(name)`"
            case let .wrongKind(name, kind): "`\(name)` is a `\(kind)`; --unit takes a goal, a course or a unit"
            }
        case .danish:
            switch self {
            case .politicalLevel: "Politisk niveau: byråd og udvalg"
            case .boardLevel: "Direktionen"
            case .areaLevel: "Områder og deres enheder"
            case .politicalGoal: "politisk mål"
            case .boardGoal: "direktionens mål"
            case .areaGoal: "områdemål"
            case .localGoal: "lokalt mål"
            case .course: "uddannelse"
            case .hasFinding: "har et fund"
            case .misaligned: "peger et andet sted hen"
            case .unknown: "? ukendt mål"
            case .legend: "Forklaring"
            case let .unknownTarget(target, node): "`\(target)` findes ikke (K105): \(node) følger intet der"
            case let .noSuchName(name): "intet mål, ingen uddannelse og ingen enhed hedder `\(name)`"
            case let .wrongKind(name, kind): "`\(name)` er en `\(kind)`; --unit tager et mål, en uddannelse eller en enhed"
            }
        }
    }
}
