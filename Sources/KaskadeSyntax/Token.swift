// Tokens are two offsets and two small tags: no text is copied while lexing.

public enum TokenKind: UInt8, Sendable {
    case identifier, keyword, string, blockString, number, date, week
    case dotDot, leftBrace, rightBrace, comma, semicolon, newline, endOfFile

    /// How the kind is named in "expected …, found …" messages.
    public var description: String {
        switch self {
        case .identifier: "a name"
        case .keyword: "a keyword"
        case .string, .blockString: "a string"
        case .number: "a number"
        case .date: "a date"
        case .week: "a week"
        case .dotDot: "`..`"
        case .leftBrace: "`{`"
        case .rightBrace: "`}`"
        case .comma: "`,`"
        case .semicolon: "`;`"
        case .newline: "the end of the line"
        case .endOfFile: "the end of the file"
        }
    }
}

public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    public var keyword: Keyword
    /// The lexer found the token malformed and has already reported it (an impossible
    /// date, an unterminated string): later stages must not report it again.
    public var isInvalid: Bool
    public var start: Int32
    public var end: Int32

    public init(kind: TokenKind, keyword: Keyword = .none, isInvalid: Bool = false, start: Int32, end: Int32) {
        self.kind = kind
        self.keyword = keyword
        self.isInvalid = isInvalid
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}
