// Tokens are two offsets and two small tags: no text is copied while lexing.

public enum TokenKind: UInt8, Sendable {
    case identifier, keyword, string, blockString, number, date, week
    case dotDot, leftBrace, rightBrace, comma, semicolon, newline, endOfFile
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
