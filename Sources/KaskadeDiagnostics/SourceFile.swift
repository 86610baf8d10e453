// A plan file's bytes and the table that turns byte offsets into lines and columns.
//
// Everything downstream keeps positions as byte offsets (two integers per token);
// only rendering for a human asks this type for a line and a column.

/// Identifies a file within one loaded plan (its index in `SourceSet.files`).
public typealias FileID = Int32

public struct SourceFile: Sendable {
    /// The path as the user gave it (or as found below a directory).
    public let path: String
    /// The file's bytes, after a leading byte-order mark has been removed.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int32]
    /// How many bytes of byte-order mark were dropped from the front (0 or 3), so that
    /// reports about raw file offsets (K001) can be given in terms of the file on disk.
    public let bomLength: Int
    /// Column checkpoints inside long lines (every `checkpointStride` bytes of a line longer
    /// than `longLine` bytes): the offset and the column there. They make `location(of:)`
    /// cost at most one stride however long the line is, so that rendering 200,000 findings
    /// on one line is linear in the output, not quadratic in the line.
    let checkpointOffsets: [Int32]
    let checkpointColumns: [Int32]
    /// Byte ranges that are never shown, sorted: the cells of a roster's columns that the plan
    /// does not name (names, positions, anything HR exported besides). A snippet shows `*`
    /// for each of their characters, so columns and carets stay where they are.
    public var hidden: [Range<Int32>] = []
    static let longLine = 1024
    static let checkpointStride = 256

    public init(path: String, bytes rawBytes: [UInt8]) {
        self.path = path
        if rawBytes.count >= 3, rawBytes[0] == 0xEF, rawBytes[1] == 0xBB, rawBytes[2] == 0xBF {
            self.bytes = Array(rawBytes[3...])
            self.bomLength = 3
        } else {
            self.bytes = rawBytes
            self.bomLength = 0
        }
        self.lineStarts = SourceFile.computeLineStarts(bytes)
        (self.checkpointOffsets, self.checkpointColumns) = SourceFile.computeCheckpoints(bytes, lineStarts)
    }

    /// Only long lines get checkpoints, so an ordinary plan pays nothing for them.
    static func computeCheckpoints(_ bytes: [UInt8], _ lineStarts: [Int32]) -> ([Int32], [Int32]) {
        var offsets: [Int32] = [], columns: [Int32] = []
        for (index, lineStart) in lineStarts.enumerated() {
            let start = Int(lineStart)
            let end = index + 1 < lineStarts.count ? Int(lineStarts[index + 1]) : bytes.count
            guard end - start > longLine else { continue }
            var column: Int32 = 1
            for offset in start..<end {
                if (offset - start) % checkpointStride == 0, offset > start {
                    offsets.append(Int32(offset))
                    columns.append(column)
                }
                if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            }
        }
        return (offsets, columns)
    }

    /// The nearest checkpoint at or before `offset` within the line that starts at `lineStart`.
    func checkpoint(before offset: Int, lineStart: Int) -> (offset: Int, column: Int)? {
        var low = 0, high = checkpointOffsets.count
        while low < high {
            let middle = (low + high) / 2
            if Int(checkpointOffsets[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, Int(checkpointOffsets[low - 1]) > lineStart else { return nil }
        return (Int(checkpointOffsets[low - 1]), Int(checkpointColumns[low - 1]))
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// One linear pass with memchr; a line ends at LF (a CR before it belongs to the line break).
    static func computeLineStarts(_ bytes: [UInt8]) -> [Int32] {
        var starts: [Int32] = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                starts.append(Int32(index + 1))
                offset = index + 1
            }
        }
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line of a byte offset (binary search in the line table).
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// 1-based line and column; the column counts Unicode scalars, not bytes, so a caret
    /// under `Børnehus` lands under the right letter.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let line = line(of: offset)
        let lineStart = Int(lineStarts[line - 1])
        let end = min(offset, bytes.count)
        let (start, first) = checkpointOffsets.isEmpty ? (lineStart, 1) : checkpoint(before: end, lineStart: lineStart) ?? (lineStart, 1)
        var column = first
        var index = start
        while index < end {
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// The byte range of a line's text, without its line break (LF or CRLF).
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = Int(lineStarts[line - 1])
        var end = line < lineStarts.count ? Int(lineStarts[line]) - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// A line's text for display (invalid UTF-8 is repaired, never trusted).
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The bytes of `range` as a snippet may show them: hidden characters as `*` (a tab stays
    /// a tab, so that what follows lines up).
    public func shown(_ range: Range<Int>, from bytes: [UInt8]) -> [UInt8] {
        guard !hidden.isEmpty else { return bytes }
        // The first hidden range that ends after the start.
        var low = 0, high = hidden.count
        while low < high {
            let middle = (low + high) / 2
            if Int(hidden[middle].upperBound) <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < hidden.count, Int(hidden[low].lowerBound) < range.upperBound else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var offset = range.lowerBound, index = low
        while offset < range.upperBound {
            let byte = bytes[offset - range.lowerBound]
            while index < hidden.count, Int(hidden[index].upperBound) <= offset { index += 1 }
            let isHidden = index < hidden.count && Int(hidden[index].lowerBound) <= offset
            if !isHidden || byte == 0x09 { out.append(byte) }
            else if byte & 0xC0 != 0x80 { out.append(0x2A) }
            offset += 1
        }
        return out
    }

    /// Text of a byte range, for messages.
    public func text(_ range: Range<Int>) -> String {
        let clamped = max(0, min(range.lowerBound, bytes.count))..<max(0, min(range.upperBound, bytes.count))
        // Through a buffer pointer: String's fast path for contiguous UTF-8, about a third of
        // the cost of decoding an ArraySlice (this runs for every name the resolver keeps).
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[clamped]), as: UTF8.self) }
    }
}

/// A byte range in one file of the plan.
public struct Span: Hashable, Sendable, Comparable {
    public var file: FileID
    public var start: Int32
    public var end: Int32

    public init(file: FileID, start: Int, end: Int) {
        self.file = file
        self.start = Int32(start)
        self.end = Int32(end)
    }

    public init(file: FileID, start: Int32, end: Int32) {
        self.file = file
        self.start = start
        self.end = end
    }

    public static func < (a: Span, b: Span) -> Bool {
        (a.file, a.start, a.end) < (b.file, b.start, b.end)
    }

    /// The smallest span covering both (same file).
    public func merged(with other: Span) -> Span {
        Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}

/// All files of one plan, in the order they are read (sorted by path).
public struct SourceSet: Sendable {
    public private(set) var files: [SourceFile] = []

    public init() {}

    public init(_ files: [SourceFile]) { self.files = files }

    @discardableResult
    public mutating func add(_ file: SourceFile) -> FileID {
        files.append(file)
        return FileID(files.count - 1)
    }

    public subscript(id: FileID) -> SourceFile { files[Int(id)] }

    public func text(_ span: Span) -> String {
        self[span.file].text(Int(span.start)..<Int(span.end))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
