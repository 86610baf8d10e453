// The outline of a document (from its syntax tree, so it exists even while the plan does not
// resolve) and the workspace's symbols (every ID and title, case and accents folded).

import KaskadeDiagnostics
import KaskadeModel
import KaskadeSyntax

extension Server {
    func documentSymbols(_ params: DocumentParams) -> [DocumentSymbol] {
        guard let (source, tree) = currentTree(params.textDocument.uri) else { return [] }
        // A file listing thousands of employees gets an outline of its units and goals: an
        // outline of half a million rows helps nobody and costs seconds to send.
        let employees = tree.statements.lazy.filter { $0.keyword == .medarbejder }.prefix(Server.maxEmployeeSymbols + 1).count
        return symbols(children: -1, tree: tree, source: source, employees: employees <= Server.maxEmployeeSymbols)
    }

    static let maxEmployeeSymbols = 2000

    private func symbols(children parent: Int, tree: SyntaxTree, source: SourceFile, employees: Bool) -> [DocumentSymbol] {
        var result: [DocumentSymbol] = []
        for index in tree.children(of: parent) {
            let statement = tree.statements[index]
            guard statement.keyword != .none, statement.keyword.isStatement, employees || statement.keyword != .medarbejder else { continue }
            let arguments = tree.arguments(of: statement)
            let nameRange = arguments.first.map { $0.start..<$0.end } ?? statement.name
            let name = source.text(Int(nameRange.lowerBound)..<Int(nameRange.upperBound))
            let title = arguments.dropFirst().first.flatMap { $0.kind == .string ? source.text(Int($0.start)..<Int($0.end)) : nil }
            let full = source.range(Span(file: tree.file, start: statement.start, end: max(statement.start, statement.end)), encoding: encoding)
            var selection = source.range(tree.span(nameRange), encoding: encoding)
            if selection.start < full.start || full.end < selection.end { selection = full }
            let children = statement.hasBlock ? symbols(children: index, tree: tree, source: source, employees: employees) : []
            let label = arguments.first?.kind == .identifier ? name : "\(statement.keyword.danish) \(name)"
            result.append(DocumentSymbol(name: label.isEmpty ? statement.keyword.danish : label,
                                         detail: [statement.keyword.danish, title].compactMap { $0 }.joined(separator: " "),
                                         kind: Server.symbolKind(statement.keyword), range: full, selectionRange: selection,
                                         children: children.isEmpty ? nil : children))
        }
        return result
    }

    static func symbolKind(_ keyword: Keyword) -> Int {
        switch keyword {
        case .plan: 1                                        // File
        case .byraad, .udvalg, .direktion, .omraade: 3        // Namespace
        case .virksomhed, .afdeling: 2                        // Module
        case .maal: 14                                        // Constant
        case .uddannelse: 5                                   // Class
        case .medarbejder: 13                                 // Variable
        case .opgave: 12                                      // Function
        case .kompetence: 11                                  // Interface
        case .koncept, .kompus: 23                            // Struct
        case .droeftelse, .opfoelgning, .oplaeg, .evaluering: 24  // Event
        default: 7                                            // Property
        }
    }

    func workspaceSymbols(_ params: WorkspaceSymbolParams) -> [SymbolInformation] {
        let query = Spelling.foldLoose(params.query)
        var result: [SymbolInformation] = []
        for project in workspace.projects.values {
            refresh(project)
            guard let analysis = project.analysis else { continue }
            for (id, ref) in analysis.plan.names where ref.index >= 0 {
                let (_, title, span) = analysis.plan.entity(ref)
                guard query.isEmpty || Spelling.foldLoose(id).contains(query) || Spelling.foldLoose(title).contains(query),
                      let place = location(span, analysis) else { continue }
                result.append(SymbolInformation(name: title.isEmpty ? id : "\(id) \(title)", kind: Server.symbolKind(ref.kind),
                                                location: place, containerName: ref.kind.danish))
                if result.count >= 500 { return result }
            }
        }
        return result
    }

}

extension Position: Comparable {
    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
}
