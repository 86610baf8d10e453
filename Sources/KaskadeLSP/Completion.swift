// Completion: what may stand at the cursor, read from the schema. At the start of a line,
// the statements the enclosing block allows; after a statement's keyword and arguments, its
// properties; after a property that takes references, the IDs of the kinds it takes (each
// with its title); after `regel`/`undtagelse`, rule IDs. The word typed so far matches by
// prefix with case and accents folded (`borne` finds `Børne…`), against the ID or the title.
//
// Completion never waits for a re-check: the cursor's context comes from the document's own
// tree (parsed now if the text changed), the IDs from the last checked plan.

import KaskadeCSV
import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

extension Server {
    static let completionLimit = 200

    func completion(_ params: TextDocumentPositionParams) -> CompletionList {
        let uri = params.textDocument.uri
        guard let (source, tree) = currentTree(uri) else { return CompletionList(isIncomplete: false, items: []) }
        let cursor = source.offset(of: params.position, encoding: encoding)
        let wordStart = Server.wordStart(source.bytes, before: cursor)
        let typed = String(decoding: source.bytes[wordStart..<cursor], as: UTF8.self)
        let replace = LSPRange(start: source.position(of: wordStart, encoding: encoding), end: params.position)
        let context = CompletionContext(source: source, tree: tree, wordStart: wordStart)
        var candidates: [Candidate] = []
        switch context.place {
        case .none: break
        case .statement(let parent): candidates = keywordCandidates(Schema.children(of: parent) + Server.blockProperties(of: parent))
        case .properties(let spec): candidates = keywordCandidates(spec.properties.map(\.keyword))
        case .ruleID: candidates = RuleCatalogue.all.map { Candidate(label: $0.code, detail: $0.name, kind: 21, title: $0.name) }
        case .value(let spec, let property):
            candidates = valueCandidates(spec, property, analysis: lastAnalysis(for: uri), at: context)
        }
        let folded = Spelling.foldLoose(typed)
        var items: [CompletionItem] = []
        for (rank, candidate) in candidates.enumerated() where candidate.matches(typed, folded: folded) {
            items.append(CompletionItem(label: candidate.label, kind: candidate.kind, detail: candidate.detail,
                                        sortText: String(format: "%05d", rank), filterText: typed.isEmpty ? candidate.label : typed,
                                        textEdit: TextEdit(range: replace, newText: candidate.label)))
            if items.count >= Server.completionLimit { return CompletionList(isIncomplete: true, items: items) }
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    struct Candidate {
        var label: String
        var detail: String?
        var kind: Int
        /// Also matched against the typed word (an ID's title).
        var title: String?
        /// Other spellings that match too (a keyword's ASCII and English ones).
        var spellings: [String] = []

        func matches(_ typed: String, folded: String) -> Bool {
            if typed.isEmpty { return true }
            for text in [label] + spellings + (title.map { [$0] } ?? []) where Spelling.foldLoose(text).hasPrefix(folded) { return true }
            return false
        }
    }

    /// The keywords, in their Danish spelling (matched in every spelling).
    func keywordCandidates(_ keywords: [Keyword]) -> [Candidate] {
        var seen = Set<Keyword>()
        return keywords.filter { seen.insert($0).inserted }.map { keyword in
            Candidate(label: keyword.danish, detail: keyword.spellings.all.joined(separator: " / "),
                      kind: 14, spellings: keyword.spellings.all)
        }
    }

    /// Keywords that stand as statements in a block of `parent` and set its property there
    /// (`koncept` in a `kompus` block).
    static func blockProperties(of parent: Keyword) -> [Keyword] {
        Keyword.all.filter { Schema.isBlockProperty($0, of: parent) }
    }

    func valueCandidates(_ spec: StatementSpec, _ property: PropertySpec, analysis: Analysis?, at context: CompletionContext) -> [Candidate] {
        switch property.type {
        case .oneOf(let words):
            return keywordCandidates(words.keywords)
        case .language:
            return [Candidate(label: "da", detail: language == .danish ? "dansk" : "Danish", kind: 12),
                    Candidate(label: "en", detail: language == .danish ? "engelsk" : "English", kind: 12)]
        case .encoding:
            return TextEncoding.allCases.map { Candidate(label: $0.rawValue, detail: $0 == .utf8 ? "UTF-8" : "Windows-1252 (Excel)", kind: 12) }
        case .ref, .audience, .units:
            // A discussion's `med` also takes `chefgruppen` and `lederne`; a follow-up's only units.
            var result: [Candidate] = []
            if case .audience = property.type { result = keywordCandidates([.chefgruppen, .lederne]) }
            guard let analysis else { return result }
            return result + idCandidates(property.referenceKinds, property: property.keyword, plan: analysis.plan, context: context)
        default:
            return []
        }
    }

    /// The IDs of the given kinds: those of the unit at the cursor first (its courses for
    /// `udvikling`, its area's units for `med`), then the rest of the plan.
    func idCandidates(_ kinds: KindSet, property: Keyword, plan: Plan, context: CompletionContext) -> [Candidate] {
        var near: [Candidate] = [], far: [Candidate] = []
        let unitName = context.enclosingUnitID
        let here = unitName.flatMap { plan.names[$0] }.flatMap { $0.index >= 0 && $0.kind.isUnitKeyword ? $0.index : nil }
        let area = here.flatMap(plan.area(of:))
        if kinds.contains(.maal) {
            for goal in plan.goals {
                far.append(Candidate(label: goal.id, detail: goal.title, kind: 21, title: goal.title))
            }
        }
        if kinds.contains(.uddannelse) {
            for course in plan.courses {
                let candidate = Candidate(label: course.id, detail: course.title, kind: 7, title: course.title)
                if course.unit == here { near.append(candidate) } else { far.append(candidate) }
            }
        }
        for (kind, items) in [(Keyword.kompetence, plan.competences.map { ($0.id, $0.title) }), (.koncept, plan.concepts.map { ($0.id, $0.title) })]
            where kinds.contains(kind) {
            for (id, title) in items { far.append(Candidate(label: id, detail: title, kind: 21, title: title)) }
        }
        for (index, unit) in plan.units.enumerated() where kinds.contains(unit.kind.keyword) {
            let candidate = Candidate(label: unit.id, detail: "\(unit.kind.keyword.danish) — \(unit.title)", kind: 9, title: unit.title)
            if let area, unit.parent == area || index == area { near.append(candidate) } else { far.append(candidate) }
        }
        return near + far
    }

    /// The document's source and tree as it is now: the kept tree if the text is unchanged
    /// since the last parse, else the document parsed alone.
    func currentTree(_ uri: String) -> (SourceFile, SyntaxTree)? {
        guard let path = path(ofURI: uri) else { return nil }
        let project = workspace.project(forPath: path)
        if let document = workspace.documents[uri] {
            if let kept = project.parsed[path], kept.content == document.content { return (kept.source, kept.tree) }
            let source = SourceFile(path: path, bytes: document.bytes)
            let fileID = project.parsed[path]?.fileID ?? 0
            let (tree, diagnostics) = Parser.parse(source, file: fileID)
            project.parsed[path] = ParsedFile(content: document.content, fileID: fileID, source: source, tree: tree, diagnostics: diagnostics)
            return (source, tree)
        }
        if let kept = project.parsed[path] { return (kept.source, kept.tree) }
        guard let (analysis, file) = freshAnalysis(for: uri) else { return nil }
        return (analysis.plan.sources[file], analysis.plan.trees[Int(file)])
    }

    /// Where the word under the cursor begins: identifier bytes (letters, digits, `-`, `_`,
    /// and every byte of a multibyte letter) before it.
    static func wordStart(_ bytes: [UInt8], before cursor: Int) -> Int {
        var start = min(cursor, bytes.count)
        while start > 0 {
            let byte = bytes[start - 1]
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
            guard isWord else { break }
            start -= 1
        }
        return start
    }
}

extension Keyword {
    var isUnitKeyword: Bool { [.byraad, .udvalg, .direktion, .omraade, .virksomhed, .afdeling].contains(self) }
}

/// What the text before the cursor says may stand there.
struct CompletionContext {
    enum Place {
        case none
        case statement(parent: Keyword)
        case properties(StatementSpec)
        case value(StatementSpec, PropertySpec)
        case ruleID
    }

    var place: Place = .none
    /// The ID of the unit whose block holds the cursor (for "nearby" IDs first).
    var enclosingUnitID: String?

    init(source: SourceFile, tree: SyntaxTree, wordStart: Int) {
        let bytes = source.bytes
        let enclosing = CompletionContext.enclosingStatement(tree, at: wordStart)
        enclosingUnitID = CompletionContext.unitID(tree, bytes, from: enclosing)
        let lineStart = Int(source.lineStarts[source.line(of: wordStart) - 1])
        guard let words = CompletionContext.words(bytes[lineStart..<wordStart]) else { return }  // in a string or a comment
        let significant = words.filter { $0 != "{" && $0 != "}" }
        if significant.isEmpty || words.last == "{" {
            place = .statement(parent: enclosing.map { tree.statements[$0].keyword } ?? .none)
            return
        }
        let keyword = Keyword.lookup(significant[0])
        // A statement that sets its parent's property inside a block: `koncept` in `kompus`.
        if let parent = enclosing.map({ tree.statements[$0].keyword }), Schema.isBlockProperty(keyword, of: parent),
           let parentSpec = Schema.spec(parent), let property = parentSpec.property(keyword) {
            if significant.count == 1 { place = .value(parentSpec, property) }
            return
        }
        guard let spec = Schema.spec(keyword) else { return }
        if significant.count == 1 {
            // Right after the keyword come its arguments: only a rule ID can be completed there.
            if spec.arguments.first == .ruleID { place = .ruleID } else if spec.arguments.isEmpty { place = .properties(spec) }
            return
        }
        let endsWithComma = significant.last == ","
        let previous = significant.last(where: { $0 != "," }) ?? ""
        if let property = spec.property(Keyword.lookup(previous)) {
            place = .value(spec, property)
            return
        }
        // After a value: a list goes on after a comma, else another property may follow.
        if endsWithComma, let last = significant.dropFirst().last(where: { spec.property(Keyword.lookup($0)) != nil }),
           let property = spec.property(Keyword.lookup(last)), property.isList {
            place = .value(spec, property)
            return
        }
        place = .properties(spec)
    }

    /// The words of a line before the cursor (strings stand as `""`, commas and braces as
    /// words of their own); nil when the cursor is inside a string or a comment.
    static func words(_ line: ArraySlice<UInt8>) -> [String]? {
        var words: [String] = [], current: [UInt8] = [], inString = false
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current = []
        }
        for byte in line {
            if inString {
                if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                words.append("\"\"")
                inString = true
            case UInt8(ascii: "#"): return nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): flush()
            case UInt8(ascii: ","), UInt8(ascii: "{"), UInt8(ascii: "}"):
                flush()
                words.append(String(UnicodeScalar(byte)))
            default: current.append(byte)
            }
        }
        flush()
        return inString ? nil : words
    }

    /// The innermost statement whose block holds the offset.
    static func enclosingStatement(_ tree: SyntaxTree, at offset: Int) -> Int? {
        var found: Int?
        for (index, statement) in tree.statements.enumerated() {
            guard statement.hasBlock, Int(statement.blockOpen) < offset else { continue }
            if Int(statement.start) > offset { break }
            if statement.blockClose < 0 || Int(statement.blockClose) >= offset { found = index }
        }
        return found
    }

    /// The ID of the nearest unit at or above a statement.
    static func unitID(_ tree: SyntaxTree, _ bytes: [UInt8], from statement: Int?) -> String? {
        var current = statement
        while let index = current, index >= 0, index < tree.statements.count {
            let node = tree.statements[index]
            if node.keyword.isUnitKeyword, let first = tree.arguments(of: node).first, first.kind == .identifier {
                let range = Int(first.first.lowerBound)..<min(bytes.count, Int(first.first.upperBound))
                return String(decoding: bytes[range], as: UTF8.self)
            }
            current = node.parent >= 0 ? Int(node.parent) : nil
        }
        return nil
    }
}
