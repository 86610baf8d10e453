// Semantic tokens (`full`): keywords, IDs (definitions marked `declaration`), strings,
// numbers, dates, value words and comments, from the syntax tree. LSP's encoding is five
// integers a token, each position relative to the previous token; a token never spans
// lines, so a multi-line string or comment is sent one line at a time.

import KaskadeDiagnostics
import KaskadeSyntax

enum SemanticTokenType: Int {
    case keyword, variable, string, number, comment, enumMember

    static let legend = ["keyword", "variable", "string", "number", "comment", "enumMember"]
    static let modifiers = ["declaration", "date"]
    static let declaration = 1, date = 2
}

extension Server {
    func semanticTokens(_ params: DocumentParams) -> SemanticTokens {
        guard let (analysis, file) = freshAnalysis(for: params.textDocument.uri) else { return SemanticTokens(data: []) }
        let source = analysis.plan.sources[file], tree = analysis.plan.trees[Int(file)]
        let definitions = Set(analysis.occurrences.byFile[Int(file)].filter(\.isDefinition).map(\.span.start))
        var tokens: [(start: Int32, end: Int32, type: SemanticTokenType, modifiers: Int)] = []
        for statement in tree.statements {
            if statement.keyword != .none { tokens.append((statement.name.lowerBound, statement.name.upperBound, .keyword, 0)) }
            for value in tree.arguments(of: statement) { tokens += Server.tokens(of: value, definitions: definitions) }
            for property in tree.properties(of: statement) {
                if property.keyword != .none { tokens.append((property.name.lowerBound, property.name.upperBound, .keyword, 0)) }
                for value in tree.values(of: property) { tokens += Server.tokens(of: value, definitions: definitions) }
            }
        }
        for comment in tree.comments { tokens.append((comment.lowerBound, comment.upperBound, .comment, 0)) }
        tokens.sort { $0.start < $1.start }
        var data: [Int] = []
        data.reserveCapacity(tokens.count * 5)
        var previous = Position(line: 0, character: 0), lastEnd: Int32 = 0
        for token in tokens where token.start >= lastEnd && token.end > token.start {
            lastEnd = token.end
            // One piece a line.
            var start = Int(token.start)
            while start < Int(token.end) {
                let line = source.line(of: start)
                let end = min(Int(token.end), source.lineRange(line).upperBound)
                if end > start {
                    let from = source.position(of: start, encoding: encoding), to = source.position(of: end, encoding: encoding)
                    let deltaLine = from.line - previous.line
                    data += [deltaLine, deltaLine == 0 ? from.character - previous.character : from.character,
                             to.character - from.character, token.type.rawValue, token.modifiers]
                    previous = from
                }
                guard line < source.lineCount else { break }
                start = Int(source.lineStarts[line])
            }
        }
        return SemanticTokens(data: data)
    }

    static func tokens(of value: ValueNode, definitions: Set<Int32>) -> [(start: Int32, end: Int32, type: SemanticTokenType, modifiers: Int)] {
        switch value.kind {
        case .identifier:
            return [(value.start, value.end, .variable, definitions.contains(value.start) ? SemanticTokenType.declaration : 0)]
        case .string: return [(value.start, value.end, .string, 0)]
        case .number: return [(value.start, value.end, .number, 0)]
        case .duration: return [(value.first.lowerBound, value.first.upperBound, .number, 0), (value.second.lowerBound, value.second.upperBound, .keyword, 0)]
        case .when, .range: return [(value.start, value.end, .number, SemanticTokenType.date)]
        case .word: return [(value.start, value.end, .enumMember, 0)]
        }
    }
}
