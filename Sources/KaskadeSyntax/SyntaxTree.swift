// The syntax tree of one file, stored as three flat arrays.
//
// Statements are kept in source order (pre-order); a statement's children are the
// statements between it and its `subtreeEnd`. A statement's arguments and property values
// are contiguous runs in `values`, its properties a contiguous run in `properties`. So the
// whole tree is three allocations however large the plan is, and every token's position
// survives for the formatter and for findings.

import KaskadeDiagnostics

public enum ValueKind: UInt8, Sendable {
    /// A name (`BSU1`).
    case identifier
    /// `"…"` or `"""…"""`.
    case string
    /// `14`.
    case number
    /// `14 dage`: `unit` holds the unit keyword.
    case duration
    /// `2027-03-15` or `2027-W11`, alone.
    case when
    /// `2027-03-15..2027-04-30`.
    case range
    /// An enumeration word such as `afholdt` or `chefgruppen`.
    case word
}

public struct ValueNode: Sendable {
    // The ranges first and the one-byte fields after them: 24 bytes a value instead of 28,
    // and a large plan has millions of values.

    /// The first token (the number, the range's start, the string, …).
    public var first: Range<Int32>
    /// The second token: a duration's unit or a range's end (empty otherwise).
    public var second: Range<Int32>
    public var kind: ValueKind
    /// The unit of a duration, or the word itself.
    public var keyword: Keyword
    /// A token inside was malformed and already reported (K003, K004).
    public var isInvalid: Bool
    public var firstKind: TokenKind
    public var secondKind: TokenKind

    public var start: Int32 { first.lowerBound }
    public var end: Int32 { second.isEmpty ? first.upperBound : second.upperBound }
}

public struct PropertyNode: Sendable {
    public var keyword: Keyword
    /// The keyword's bytes.
    public var name: Range<Int32>
    /// Indices into `SyntaxTree.values`.
    public var values: Range<Int32>
}

public struct StatementNode: Sendable {
    // The Int32 fields first and the one-byte fields last, so the node packs into 52 bytes.

    /// The keyword's bytes.
    public var name: Range<Int32>
    /// Indices into `SyntaxTree.values`.
    public var arguments: Range<Int32>
    /// Indices into `SyntaxTree.properties`.
    public var properties: Range<Int32>
    /// One past the index of this statement's last descendant.
    public var subtreeEnd: Int32
    /// Index of the enclosing statement, or -1 at the top level.
    public var parent: Int32
    /// From the keyword to the last token (the block's `}` included).
    public var start: Int32
    public var end: Int32
    /// Offsets of the block's braces, or -1.
    public var blockOpen: Int32
    public var blockClose: Int32
    public var keyword: Keyword
    /// The parser gave up on this statement (and reported why); later stages must not
    /// pile further findings on it.
    public var isBroken: Bool

    public var hasBlock: Bool { blockOpen >= 0 }
}

public struct SyntaxTree: Sendable {
    public let file: FileID
    public internal(set) var statements: [StatementNode] = []
    public internal(set) var properties: [PropertyNode] = []
    public internal(set) var values: [ValueNode] = []
    /// Byte ranges of comments, in order.
    public internal(set) var comments: [Range<Int32>] = []
    /// A block was left open: what follows it was read into that block, so placement
    /// findings (K101) for this file would only echo the K006.
    public internal(set) var hasUnclosedBlock = false

    public init(file: FileID) { self.file = file }

    public func arguments(of statement: StatementNode) -> ArraySlice<ValueNode> {
        values[Int(statement.arguments.lowerBound)..<Int(statement.arguments.upperBound)]
    }

    public func properties(of statement: StatementNode) -> ArraySlice<PropertyNode> {
        properties[Int(statement.properties.lowerBound)..<Int(statement.properties.upperBound)]
    }

    public func values(of property: PropertyNode) -> ArraySlice<ValueNode> {
        values[Int(property.values.lowerBound)..<Int(property.values.upperBound)]
    }

    /// Indices of the direct children of statement `index` (or of the top level for -1).
    public func children(of index: Int) -> ChildSequence {
        if index < 0 { return ChildSequence(tree: self, cursor: 0, end: statements.count) }
        return ChildSequence(tree: self, cursor: index + 1, end: Int(statements[index].subtreeEnd))
    }

    public struct ChildSequence: Sequence, IteratorProtocol {
        let tree: SyntaxTree
        var cursor: Int
        let end: Int

        public mutating func next() -> Int? {
            guard cursor < end else { return nil }
            defer { cursor = Int(tree.statements[cursor].subtreeEnd) }
            return cursor
        }
    }

    /// Appends the tree of the part of the same file that follows this one: its nodes'
    /// indices shift by what is already here (byte offsets are the file's in both).
    mutating func append(_ next: SyntaxTree) {
        let statementBase = Int32(statements.count), propertyBase = Int32(properties.count), valueBase = Int32(values.count)
        func shift(_ range: Range<Int32>, _ base: Int32) -> Range<Int32> { (range.lowerBound + base)..<(range.upperBound + base) }
        statements.reserveCapacity(statements.count + next.statements.count)
        for var node in next.statements {
            node.arguments = shift(node.arguments, valueBase)
            node.properties = shift(node.properties, propertyBase)
            node.subtreeEnd += statementBase
            if node.parent >= 0 { node.parent += statementBase }
            statements.append(node)
        }
        properties.reserveCapacity(properties.count + next.properties.count)
        for var node in next.properties {
            node.values = shift(node.values, valueBase)
            properties.append(node)
        }
        values += next.values
        comments += next.comments
        hasUnclosedBlock = hasUnclosedBlock || next.hasUnclosedBlock
    }

    public func span(_ range: Range<Int32>) -> Span {
        Span(file: file, start: range.lowerBound, end: range.upperBound)
    }

    public func span(of value: ValueNode) -> Span {
        Span(file: file, start: value.start, end: value.end)
    }

    public func nameSpan(of statement: StatementNode) -> Span { span(statement.name) }
}
