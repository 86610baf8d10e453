// Reading the meaning of a value node: the text of a name, the content of a string, a
// number, a day, a period, a duration. The lexer checked the shapes; this only converts.

import KaskadeDiagnostics
import KaskadeSyntax

struct ValueReader {
    let file: SourceFile

    func text(_ range: Range<Int32>) -> String {
        file.text(Int(range.lowerBound)..<Int(range.upperBound))
    }

    func identifier(_ value: ValueNode) -> String { text(value.first) }

    /// Lends the bytes of a range without copying them into a String.
    func withBytes<Result>(_ range: Range<Int32>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        file.bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(range.lowerBound)..<Int(range.upperBound)]))
        }
    }

    func number(_ value: ValueNode) -> Int? {
        var result = 0
        for index in Int(value.first.lowerBound)..<Int(value.first.upperBound) {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow, product <= Int(Int32.max) else { return nil }
            result = product + Int(file.bytes[index] - 48)
        }
        return result
    }

    /// Reads the day where the token lies, without building a String.
    func day(_ range: Range<Int32>, _ kind: TokenKind) -> Day? {
        switch kind {
        case .date: file.bytes.withUnsafeBufferPointer { Day.parseDate($0, Int(range.lowerBound)) }
        case .week: file.bytes.withUnsafeBufferPointer { Day.parseWeek($0, Int(range.lowerBound)) }
        default: nil
        }
    }

    /// A single day: a date, or the Monday of a week.
    func day(_ value: ValueNode) -> Day? {
        guard value.kind == .when, !value.isInvalid else { return nil }
        return day(value.first, value.firstKind)
    }

    /// A period: a range, or a single week meaning the whole week.
    func period(_ value: ValueNode) -> ClosedRange<Day>? {
        guard !value.isInvalid else { return nil }
        if value.kind == .when, value.firstKind == .week, let monday = day(value.first, .week) {
            return monday...(monday + 6)
        }
        guard value.kind == .range, let start = day(value.first, value.firstKind),
              let end = day(value.second, value.secondKind) else { return nil }
        let last = value.secondKind == .week ? end + 6 : end
        return last < start ? nil : start...last
    }

    /// A duration in days.
    func days(_ value: ValueNode) -> Int? {
        guard value.kind == .duration, let count = number(value) else { return nil }
        switch value.keyword {
        case .uge, .uger: return count * 7
        default: return count
        }
    }

    /// The content of a string: escapes decoded; a `"""` string has its common indentation
    /// and its first and last line breaks removed (as in Swift).
    func string(_ value: ValueNode) -> String {
        let raw = file.bytes[Int(value.first.lowerBound)..<Int(value.first.upperBound)]
        if value.firstKind == .blockString {
            let inner = raw.count >= 6 ? raw.dropFirst(3).dropLast(3) : raw.dropFirst(min(3, raw.count))
            return StringContent.dedent(StringContent.unescape(inner))
        }
        let inner = raw.count >= 2 && raw.last == UInt8(ascii: "\"") ? raw.dropFirst().dropLast() : raw.dropFirst()
        return StringContent.unescape(inner)
    }
}

public enum StringContent {
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex else {
                out.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            switch next {
            case UInt8(ascii: "n"): out.append(0x0A); index += 2
            case UInt8(ascii: "t"): out.append(0x09); index += 2
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(next); index += 2
            case UInt8(ascii: "u"):
                var cursor = index + 3
                var value: UInt32 = 0
                while cursor < bytes.endIndex, bytes[cursor] != UInt8(ascii: "}"), cursor - index < 12 {
                    value = value &* 16 &+ UInt32(hexDigit(bytes[cursor]))
                    cursor += 1
                }
                if let scalar = Unicode.Scalar(value) { out.append(contentsOf: Array(String(scalar).utf8)) }
                index = cursor + 1
            default:
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 48...57: byte - 48
        case 97...102: byte - 87
        case 65...70: byte - 55
        default: 0
        }
    }

    /// Drops the line break after the opening quotes and the last line (where the closing
    /// quotes stand), then the indentation common to all non-blank lines.
    public static func dedent(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        if let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        let indents = lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let common = indents.min() ?? 0
        return lines.map { String($0.dropFirst(min(common, $0.count))) }.joined(separator: "\n")
    }
}
