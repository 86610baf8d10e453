// Reading CSV the way spreadsheets and HR systems write it (RFC 4180 and Excel's habits):
// fields separated by `;`, `,` or a tab; quoted with `"`, a doubled `""` inside standing for
// one; line breaks inside quotes belong to the field; records end at LF or CRLF.
//
// The scanner hands out byte ranges into the text, one record at a time, into an array the
// caller reuses: reading 45,000 rows allocates nothing per field. Values are made into
// strings only where the caller needs one.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One field of a record: the byte range of its content (inside the quotes, if quoted).
public struct CSVField: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var isQuoted: Bool
    /// A quoted field with `""` inside: its value is not its bytes as they stand.
    public var hasDoubledQuotes: Bool

    /// The content without surrounding spaces (a quoted field's spaces are its own).
    public func trimmed(in bytes: [UInt8]) -> Range<Int> {
        var low = Int(start), high = Int(end)
        if isQuoted { return low..<high }
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        return low..<high
    }

    /// The field's value as text: trimmed, `""` made `"`.
    public func value(in bytes: [UInt8]) -> String {
        let range = trimmed(in: bytes)
        guard hasDoubledQuotes else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            out.append(bytes[index])
            index += bytes[index] == 0x22 && index + 1 < range.upperBound && bytes[index + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var isEmpty: Bool { start == end }
}

/// Where a record lies and whether it ended well.
public struct CSVRecord: Sendable, Equatable {
    /// From its first byte to the end of its last field (its line break excluded).
    public var start: Int
    public var end: Int
    /// A quoted field ran to the end of the file without its closing quote.
    public var isUnterminated: Bool
    /// Where text follows a field's closing quote (`"a"b;`), if it does: usually a stray
    /// quote that opened a field it should not have, which swallowed the lines after it.
    public var textAfterQuote: Int? = nil
}

public struct CSVScanner: Sendable {
    public let bytes: [UInt8]
    public let separator: UInt8
    public private(set) var offset: Int

    public init(bytes: [UInt8], separator: UInt8, from offset: Int = 0) {
        self.bytes = bytes
        self.separator = separator
        self.offset = offset
    }

    /// The separator the header line uses: the most frequent of `;`, `,` and tab outside
    /// quotes (`;` when there is none, or a tie with it: Danish Excel writes `;`).
    public static func detectSeparator(_ bytes: [UInt8], from offset: Int = 0) -> UInt8 {
        var semicolons = 0, commas = 0, tabs = 0
        var inQuotes = false
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 { inQuotes.toggle() }
            else if !inQuotes {
                if byte == 0x0A { break }
                if byte == 0x3B { semicolons += 1 } else if byte == 0x2C { commas += 1 } else if byte == 0x09 { tabs += 1 }
            }
            index += 1
        }
        if commas > semicolons && commas >= tabs { return 0x2C }
        if tabs > semicolons && tabs > commas { return 0x09 }
        return 0x3B
    }

    /// The next record's fields (replacing what `fields` held); nil at the end of the text.
    public mutating func next(into fields: inout [CSVField]) -> CSVRecord? {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard offset < count else { return nil }
        let recordStart = offset
        var unterminated = false
        var textAfterQuote: Int?
        let separator = self.separator
        var index = offset
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while true {
                if index < count, buffer[index] == 0x22 {
                    // A quoted field: find the closing quote that is not doubled.
                    var field = CSVField(start: Int32(index + 1), end: 0, isQuoted: true, hasDoubledQuotes: false)
                    var search = index + 1
                    while true {
                        guard search < count, let found = memchr(base + search, 0x22, count - search) else {
                            field.end = Int32(count)
                            unterminated = true
                            index = count
                            break
                        }
                        let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        if quote + 1 < count, buffer[quote + 1] == 0x22 {
                            field.hasDoubledQuotes = true
                            search = quote + 2
                            continue
                        }
                        field.end = Int32(quote)
                        index = quote + 1
                        break
                    }
                    // Anything between the closing quote and the separator is dropped, as
                    // spreadsheets do, and its place told to the caller.
                    if index < count, buffer[index] != separator, buffer[index] != 0x0A, buffer[index] != 0x0D, textAfterQuote == nil {
                        textAfterQuote = index
                    }
                    while index < count, buffer[index] != separator, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
                    fields.append(field)
                } else {
                    let start = index
                    while index < count {
                        let byte = buffer[index]
                        if byte == separator || byte == 0x0A { break }
                        if byte == 0x0D, index + 1 >= count || buffer[index + 1] == 0x0A { break }
                        index += 1
                    }
                    fields.append(CSVField(start: Int32(start), end: Int32(index), isQuoted: false, hasDoubledQuotes: false))
                }
                if index < count, buffer[index] == separator {
                    index += 1
                    continue
                }
                break
            }
        }
        let end = index
        if index < count, bytes[index] == 0x0D { index += 1 }
        if index < count, bytes[index] == 0x0A { index += 1 }
        offset = index
        return CSVRecord(start: recordStart, end: end, isUnterminated: unterminated, textAfterQuote: textAfterQuote)
    }
}
