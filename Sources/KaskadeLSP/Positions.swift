// Byte offsets ↔ LSP positions. Kaskade keeps byte offsets everywhere; a client counts
// columns in UTF-16 code units (the default) or in UTF-8 bytes (when it offers `utf-8`).
// A column is computed from the bytes of its line only, so a conversion costs one binary
// search in the line table and a walk over one line. Invalid UTF-8 counts one unit a byte
// (as the replacement character it is shown as).

import KaskadeDiagnostics

public enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

extension SourceFile {
    /// The LSP position of a byte offset (clamped to the file).
    public func position(of offset: Int, encoding: PositionEncoding) -> Position {
        let offset = max(0, min(offset, bytes.count))
        let line = self.line(of: offset)
        let start = Int(lineStarts[line - 1])
        if encoding == .utf8 { return Position(line: line - 1, character: offset - start) }
        var units = 0, index = start
        while index < offset {
            let (width, unitCount) = SourceFile.scalar(bytes, at: index)
            index += width
            units += unitCount
        }
        return Position(line: line - 1, character: units)
    }

    /// The byte offset of an LSP position: a line past the end is the end of the file, a
    /// character past the end of its line is the end of the line (as LSP prescribes), and a
    /// position inside a surrogate pair or a multibyte letter snaps to its start.
    public func offset(of position: Position, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineCount else { return bytes.count }
        let range = lineRange(position.line + 1)
        if encoding == .utf8 { return min(range.upperBound, range.lowerBound + max(0, position.character)) }
        var units = 0, index = range.lowerBound
        while index < range.upperBound {
            let (width, unitCount) = SourceFile.scalar(bytes, at: index)
            if units + unitCount > position.character { break }
            units += unitCount
            index += width
        }
        return index
    }

    public func range(_ span: Span, encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(of: Int(span.start), encoding: encoding), end: position(of: Int(span.end), encoding: encoding))
    }

    /// The byte width of the scalar at `index` and how many UTF-16 units it takes.
    static func scalar(_ bytes: [UInt8], at index: Int) -> (width: Int, units: Int) {
        let lead = bytes[index]
        let width: Int
        switch lead {
        case 0..<0x80: return (1, 1)
        case 0xC2...0xDF: width = 2
        case 0xE0...0xEF: width = 3
        case 0xF0...0xF4: width = 4
        default: return (1, 1)
        }
        guard index + width <= bytes.count else { return (1, 1) }
        for next in 1..<width where bytes[index + next] & 0xC0 != 0x80 { return (1, 1) }
        return (width, width == 4 ? 2 : 1)
    }
}

/// The end position of a text, for an edit replacing a whole document.
func endPosition(of file: SourceFile, encoding: PositionEncoding) -> Position {
    file.position(of: file.bytes.count, encoding: encoding)
}
