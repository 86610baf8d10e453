// Definition, references and rename: look-ups in the analysis's occurrence index, across
// every file of the plan.

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Server {
    /// The occurrence under the cursor, with the plan it belongs to.
    func occurrence(_ uri: String, _ position: Position) -> (Analysis, Occurrence)? {
        guard let (analysis, file) = freshAnalysis(for: uri) else { return nil }
        let offset = analysis.plan.sources[file].offset(of: position, encoding: encoding)
        guard let found = analysis.occurrence(at: offset, in: file) else { return nil }
        return (analysis, found)
    }

    func location(_ span: Span, _ analysis: Analysis) -> Location? {
        guard span.file >= 0, Int(span.file) < analysis.uris.count else { return nil }
        return Location(uri: analysis.uris[Int(span.file)], range: analysis.plan.sources[span.file].range(span, encoding: encoding))
    }

    func definition(_ params: TextDocumentPositionParams) -> [Location] {
        guard let (analysis, found) = occurrence(params.textDocument.uri, params.position) else { return [] }
        return location(analysis.plan.entity(found.target).nameSpan, analysis).map { [$0] } ?? []
    }

    func references(_ params: ReferenceParams) -> [Location] {
        guard let (analysis, found) = occurrence(params.textDocument.uri, params.position) else { return [] }
        let includeDeclaration = params.context?.includeDeclaration ?? true
        return (analysis.occurrences.byTarget[found.target] ?? [])
            .filter { includeDeclaration || !$0.isDefinition }
            .sorted { $0.span < $1.span }
            .compactMap { location($0.span, analysis) }
    }

    func prepareRename(_ params: TextDocumentPositionParams) throws -> PrepareRenameResult {
        guard let (analysis, found) = occurrence(params.textDocument.uri, params.position) else {
            throw ResponseError(ResponseError.requestFailed, "only the ID of a statement can be renamed here (not a keyword, a string or a rule ID)")
        }
        let range = analysis.plan.sources[found.span.file].range(found.span, encoding: encoding)
        return PrepareRenameResult(range: range, placeholder: analysis.plan.entity(found.target).id)
    }

    func rename(_ params: RenameParams) throws -> WorkspaceEdit {
        guard let (analysis, found) = occurrence(params.textDocument.uri, params.position) else {
            throw ResponseError(ResponseError.requestFailed, "only the ID of a statement can be renamed here (not a keyword, a string or a rule ID)")
        }
        let name = params.newName
        let old = analysis.plan.entity(found.target).id
        if name == old { return WorkspaceEdit(changes: [:]) }
        if let refusal = Server.refusal(newName: name, plan: analysis.plan) { throw ResponseError(ResponseError.requestFailed, refusal) }
        var changes: [String: [TextEdit]] = [:]
        for occurrence in analysis.occurrences.byTarget[found.target] ?? [] {
            guard let place = location(occurrence.span, analysis) else { continue }
            changes[place.uri, default: []].append(TextEdit(range: place.range, newText: name))
        }
        return WorkspaceEdit(changes: changes)
    }

    /// Why `name` cannot be an ID of this plan, or nil when it can.
    static func refusal(newName name: String, plan: Plan) -> String? {
        if Keyword.lookup(name) != .none { return "`\(name)` is a keyword and cannot be an ID" }
        if !isIdentifier(name) { return "`\(name)` is not an identifier (a letter, then letters, digits, `-` or `_`)" }
        if let taken = plan.names[name] {
            return "`\(name)` is already the name of a `\(taken.kind.danish)`; names are unique across the plan"
        }
        return nil
    }

    /// Whether the parser reads `name` as one identifier: the real grammar decides, through
    /// a one-statement plan `mål NAME "x"`.
    static func isIdentifier(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 200, !name.contains(where: { $0.isWhitespace }) else { return false }
        let text = "mål \(name) \"x\"\n"
        let (tree, diagnostics) = Parser.parse(SourceFile(path: "<name>", text: text), file: 0)
        guard diagnostics.isEmpty, tree.statements.count == 1, let statement = tree.statements.first else { return false }
        let arguments = tree.arguments(of: statement)
        guard arguments.count == 2, let first = arguments.first, first.kind == .identifier else { return false }
        let start = "mål ".utf8.count
        return Int(first.start) == start && Int(first.end) == start + name.utf8.count
    }
}
