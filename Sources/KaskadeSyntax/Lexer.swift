// The lexer: UTF-8 bytes in, tokens out, one at a time.
//
// It works on the raw bytes and never builds a String: a token is its kind and two byte
// offsets. It reports K001–K004 itself and then carries on, so that the parser always
// sees a well-formed token stream (a bad character is skipped, an unterminated string
// ends at the line's end, an impossible date is a date token marked invalid).

import KaskadeDiagnostics

public struct Lexer {
    public let file: FileID
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int = 0
    /// The first invalid UTF-8 byte, found by one pass before lexing; later bad bytes are
    /// skipped without another finding (one K001 per file).
    private var sawInvalidUTF8 = false
    public private(set) var diagnostics = DiagnosticSink()
    /// Comments are kept beside the tokens (the formatter needs them, the parser does not).
    public private(set) var comments: [Range<Int32>] = []

    /// `bytes` must stay valid while the lexer is used (the parser owns both). Lexing begins
    /// at `start` (a part of a file, see `Parser.cuts`); offsets stay those of the file.
    public init(file: FileID, bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, bomLength: Int = 0) {
        self.file = file
        self.bytes = bytes
        self.position = start
        if let bad = Lexer.firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[start...])).map({ $0 + start }) {
            sawInvalidUTF8 = true
            diagnostics.report(
                InvalidUTF8.description, InvalidUTF8.Says.notUTF8(offset: bad + bomLength, hex: Lexer.hex(bytes[bad])),
                at: span(bad, bad + 1), label: InvalidUTF8.Says.invalidByte,
                help: InvalidUTF8.Says.saveAsUTF8)
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    @inline(__always) private func span(_ start: Int, _ end: Int) -> Span {
        Span(file: file, start: start, end: end)
    }

    @inline(__always) private func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    // MARK: - Tokens

    /// The next token; `.endOfFile` forever once the input is exhausted.
    public mutating func next() -> Token {
        while position < bytes.count {
            let start = position
            let byte = bytes[position]
            switch byte {
            case 0x20, 0x09, 0x0D:
                position += 1
            case 0x0A:
                position += 1
                return Token(kind: .newline, start: Int32(start), end: Int32(position))
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "\""):
                return lexString()
            case UInt8(ascii: "{"): return single(.leftBrace)
            case UInt8(ascii: "}"): return single(.rightBrace)
            case UInt8(ascii: ","): return single(.comma)
            case UInt8(ascii: ";"): return single(.semicolon)
            case UInt8(ascii: "."):
                if peek(1) == UInt8(ascii: ".") {
                    position += 2
                    return Token(kind: .dotDot, start: Int32(start), end: Int32(position))
                }
                skipBadRun()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                return lexNumberOrDate()
            default:
                if let token = lexIdentifier() { return token }
            }
        }
        return Token(kind: .endOfFile, start: Int32(bytes.count), end: Int32(bytes.count))
    }

    @inline(__always) private mutating func single(_ kind: TokenKind) -> Token {
        position += 1
        return Token(kind: kind, start: Int32(position - 1), end: Int32(position))
    }

    /// `#` to the end of the line (the newline itself is a token).
    private mutating func skipComment() {
        let start = position
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        var end = position
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        comments.append(Int32(start)..<Int32(end))
    }

    // MARK: - Identifiers and keywords

    /// IDENT: a letter or `_`, then letters, digits, `_` or `-`, not ending in `-`.
    /// Returns nil (after skipping and, where due, reporting) when no token starts here.
    private mutating func lexIdentifier() -> Token? {
        let start = position
        let lead = bytes[position]
        var latin1 = false
        if lead < 0x80 {
            guard Lexer.isASCIILetter(lead) || lead == UInt8(ascii: "_") else {
                skipBadRun()
                return nil
            }
            position += 1
        } else if let (first, width) = decodeScalar(at: position), Lexer.isLetter(first) {
            position += width
        } else if isLatin1Letter(at: position) {
            latin1 = true
            position += 1
        } else {
            skipBadRun()
            return nil
        }
        // Keywords are spelled in lower-case letters (some non-ASCII): a name with a capital,
        // a digit, `_` or `-` is never one, and most names in a plan (M1042, LYS, PD-SPEC)
        // are told apart here without a table look-up.
        var mayBeKeyword = lead >= 0x80 || (lead >= UInt8(ascii: "a") && lead <= UInt8(ascii: "z"))
        // The scan keeps its index in a local and reads through the base pointer (the caller
        // saw `position < bytes.count`, so there is one): this loop runs for every byte of
        // every name in the plan.
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = position
        let classes = ByteClass.table
        // The AND of the classes of the ASCII bytes: keeps `lowercase` only if each one is.
        var seen = ByteClass.lowercase
        while index < count {
            let byteClass = classes[Int(base[index])]
            if byteClass & ByteClass.identifier != 0 {
                seen &= byteClass
                index += 1
                continue
            }
            guard byteClass & ByteClass.nonASCII != 0 else { break }
            if let (scalar, width) = decodeScalar(at: index) {
                guard Lexer.isLetter(scalar) else { break }
                index += width
            } else if isLatin1Letter(at: index) {
                latin1 = true
                index += 1
            } else {
                break
            }
        }
        while base[index - 1] == UInt8(ascii: "-") { index -= 1 }
        if seen & ByteClass.lowercase == 0 { mayBeKeyword = false }
        position = index
        let name = UnsafeBufferPointer(rebasing: bytes[start..<position])
        let keyword = mayBeKeyword ? (latin1 ? Lexer.lookupLatin1(name) : KeywordIndex.lookup(in: bytes, start: start, length: position - start)) : .none
        return Token(kind: keyword == .none ? .identifier : .keyword, keyword: keyword,
                     start: Int32(start), end: Int32(position))
    }

    /// In a file that is not UTF-8 (already K001), a byte that Windows-1252 and Latin-1 read as
    /// a letter (`ø` is 0xF8) is taken as one, so that a plan saved in the wrong encoding
    /// parses as written: one K001, and no K005 or K105 from the words it garbles.
    @inline(__always) private func isLatin1Letter(at index: Int) -> Bool {
        guard sawInvalidUTF8 else { return false }
        let byte = bytes[index]
        return byte >= 0xC0 && byte != 0xD7 && byte != 0xF7 && decodeScalar(at: index) == nil
    }

    /// A keyword spelled in Latin-1 (`m\u{E5}l` as the bytes 6D E5 6C) is the UTF-8 keyword.
    static func lookupLatin1(_ name: UnsafeBufferPointer<UInt8>) -> Keyword {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(name.count * 2)
        for byte in name {
            if byte < 0x80 { utf8.append(byte) } else { utf8 += [0xC0 | byte >> 6, 0x80 | byte & 0x3F] }
        }
        return utf8.withUnsafeBufferPointer { Keyword.lookup($0) }
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// What each byte value is to a name, as bits: one load per byte in the scan of a name.
    enum ByteClass {
        /// An ASCII letter, digit, `_` or `-`.
        static let identifier: UInt8 = 1
        /// An ASCII lower-case letter (what keywords are spelled in, besides non-ASCII letters).
        static let lowercase: UInt8 = 2
        /// Part of a multi-byte UTF-8 sequence (or not UTF-8 at all).
        static let nonASCII: UInt8 = 4

        /// Allocated once and never freed, so that reading it retains nothing; written only
        /// while it is initialised (once, by the runtime), so sharing it is safe.
        nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for byte in 0..<256 {
                let value = UInt8(byte)
                var bits: UInt8 = 0
                if value >= 0x80 {
                    bits = nonASCII
                } else if Lexer.isASCIIIdentifierByte(value) {
                    bits = identifier | (value >= UInt8(ascii: "a") && value <= UInt8(ascii: "z") ? lowercase : 0)
                }
                table[byte] = bits
            }
            return UnsafePointer(table)
        }()
    }

    /// Letters, digits, `_` and `-`, for a byte below 0x80: one bit of a 128-bit mask.
    @inline(__always) static func isASCIIIdentifierByte(_ byte: UInt8) -> Bool {
        // Bits 0x2D (`-`), 0x30–0x39 (digits) below 64; 0x41–0x5A, 0x5F, 0x61–0x7A above.
        let below64: UInt64 = 0x03FF_2000_0000_0000
        let above64: UInt64 = 0x07FF_FFFE_87FF_FFFE
        return byte < 64 ? (below64 >> UInt64(byte)) & 1 != 0 : (above64 >> UInt64(byte & 63)) & 1 != 0
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// A run of characters that start no token is one K002 (10,000 `@` are one finding, not
    /// 10,000). Bytes that are not UTF-8 belong to the run silently: they are the file's one
    /// K001. A run of nothing but such bytes reports nothing.
    private mutating func skipBadRun() {
        let start = position
        var reported: Range<Int>?
        while position < bytes.count, startsNoToken(at: position) {
            if let (_, width) = decodeScalar(at: position) {
                reported = (reported?.lowerBound ?? position)..<(position + width)
                position += width
            } else {
                position += 1
            }
        }
        if position == start { position += 1 }  // progress guard
        if let reported { reportUnexpected(reported) }
    }

    /// Whether no token (and no white space or comment) starts at `index`.
    private func startsNoToken(at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return false
        case UInt8(ascii: "."):
            return index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: ".")
        case ..<0x80:
            return !Lexer.isASCIILetter(byte)
        default:
            if let (scalar, _) = decodeScalar(at: index) { return !Lexer.isLetter(scalar) }
            return !isLatin1Letter(at: index)
        }
    }

    private mutating func reportUnexpected(_ range: Range<Int>) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let scalars = text.unicodeScalars
        func shown(_ scalar: Unicode.Scalar) -> String {
            scalar.value < 0x20 || scalar.value == 0x7F ? "U+\(Lexer.hex(UInt8(truncatingIfNeeded: scalar.value)))" : "`\(scalar)`"
        }
        typealias Says = UnexpectedCharacter.Says
        let message: Says
        if scalars.count == 1, let only = scalars.first {
            message = .unexpectedCharacter(shown(only))
        } else {
            message = .unexpectedCharacters(count: scalars.count, first: scalars.first.map(shown) ?? "")
        }
        diagnostics.report(UnexpectedCharacter.description, message,
                           at: span(range.lowerBound, range.upperBound), label: scalars.count == 1 ? Says.unexpectedCharacterLabel : Says.unexpectedCharactersLabel,
                           help: scalars.count == 1 ? Says.removeIt : Says.removeThem)
    }

    // MARK: - Numbers, dates and weeks

    /// NUMBER, DATE (`YYYY-MM-DD`) or WEEK (`YYYY-Www`); dates and weeks are validated (K004).
    private mutating func lexNumberOrDate() -> Token {
        let start = position
        while position < bytes.count, Lexer.isDigit(bytes[position]) { position += 1 }
        if position - start == 4, peek() == UInt8(ascii: "-") {
            if Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)), peek(3) == UInt8(ascii: "-"),
               Lexer.isDigit(peek(4)), Lexer.isDigit(peek(5)), !Lexer.isDigit(peek(6)) {
                position += 6
                return dateToken(.date, start, Day.parseDate(bytes, start))
            }
            if peek(1) == UInt8(ascii: "W"), Lexer.isDigit(peek(2)), Lexer.isDigit(peek(3)), !Lexer.isDigit(peek(4)) {
                position += 4
                return dateToken(.week, start, Day.parseWeek(bytes, start))
            }
        }
        return Token(kind: .number, start: Int32(start), end: Int32(position))
    }

    private mutating func dateToken(_ kind: TokenKind, _ start: Int, _ day: Day?) -> Token {
        if day == nil {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            typealias Says = InvalidDate.Says
            diagnostics.report(InvalidDate.description, kind == .date ? Says.noSuchDate(text) : Says.noSuchWeek(text), at: span(start, position),
                               label: kind == .date ? Says.noSuchDateLabel : Says.noSuchWeekLabel,
                               help: kind == .date ? Says.writeRealDate : Says.isoWeeks)
        }
        return Token(kind: kind, isInvalid: day == nil, start: Int32(start), end: Int32(position))
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: - Strings

    /// `"…"` on one line, or `"""…"""` over several lines.
    private mutating func lexString() -> Token {
        if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { return lexBlockString() }
        let start = position
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return Token(kind: .string, start: Int32(start), end: Int32(position))
            case UInt8(ascii: "\\"):
                lexEscape()
            case 0x0A:
                return unterminatedString(start)
            default:
                position += 1
            }
        }
        return unterminatedString(start)
    }

    private mutating func unterminatedString(_ start: Int) -> Token {
        var end = position
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        diagnostics.report(UnterminatedString.description, UnterminatedString.Says.notClosedOnLine,
                           at: span(start, end), label: UnterminatedString.Says.stringStartsHere,
                           help: UnterminatedString.Says.closeIt)
        return Token(kind: .string, isInvalid: true, start: Int32(start), end: Int32(end))
    }

    /// `\"`, `\\`, `\n`, `\t`, `\u{…}`; anything else after `\` is K002.
    private mutating func lexEscape() {
        let start = position
        position += 1
        switch peek() {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u") where peek(1) == UInt8(ascii: "{"):
            var index = position + 2
            var value: UInt32 = 0
            var count = 0
            while index < bytes.count, let digit = Lexer.hexValue(bytes[index]), count < 8 {
                value = value &* 16 &+ digit
                count += 1
                index += 1
            }
            if count > 0, index < bytes.count, bytes[index] == UInt8(ascii: "}"), Unicode.Scalar(value) != nil {
                position = index + 1
            } else {
                badEscape(start, end: min(index + 1, bytes.count))
                position = min(index, bytes.count)
            }
        case 0x0A, 0:
            badEscape(start, end: start + 1)
        default:
            let width = decodeScalar(at: position)?.1 ?? 1
            position += width
            badEscape(start, end: position)
        }
    }

    private mutating func badEscape(_ start: Int, end: Int) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        diagnostics.report(UnexpectedCharacter.description, UnexpectedCharacter.Says.unknownEscape(text),
                           at: span(start, end), label: UnexpectedCharacter.Says.unknownEscapeLabel,
                           help: UnexpectedCharacter.Says.theEscapes)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - 55)
        default: nil
        }
    }

    /// `"""` … `"""`; never closed is K003 pointing at the opening quotes.
    private mutating func lexBlockString() -> Token {
        let start = position
        position += 3
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\\") {
                lexEscape()
                continue
            }
            if bytes[position] == UInt8(ascii: "\""), peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                position += 3
                return Token(kind: .blockString, start: Int32(start), end: Int32(position))
            }
            position += 1
        }
        diagnostics.report(UnterminatedString.description, UnterminatedString.Says.blockNeverClosed,
                           at: span(start, start + 3), label: UnterminatedString.Says.stringStartsHere,
                           secondary: [Label(span(bytes.count, bytes.count), UnterminatedString.Says.fileEndsHere)],
                           help: UnterminatedString.Says.closeBlock)
        return Token(kind: .blockString, isInvalid: true, start: Int32(start), end: Int32(bytes.count))
    }

    // MARK: - UTF-8

    @inline(__always) func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
        Lexer.decodeScalar(bytes, at: index)
    }

    /// Decodes one scalar; nil for invalid UTF-8 (overlong forms and surrogates included).
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: width = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + width <= bytes.count else { return nil }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// Offset of the first byte that is not part of valid UTF-8, or nil.
    /// ASCII runs are skipped eight bytes at a time.
    public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard let (_, width) = decodeScalar(bytes, at: index) else { return index }
            index += width
        }
        return nil
    }
}
