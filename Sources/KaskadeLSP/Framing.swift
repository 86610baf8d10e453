// JSON-RPC 2.0 framing over a byte stream: `Content-Length: N\r\n\r\n` then N bytes of JSON.
//
// The reader never trusts its input: a header block longer than `maxHeaderBytes`, a missing
// or absurd length, or a stream that ends mid-frame end in a `.malformed` frame or the end of
// input, never in a crash or an unbounded allocation. What it reads comes through a closure,
// so tests feed it bytes from memory.

import Foundation

public enum Frame: Equatable, Sendable {
    /// A message body (not yet parsed as JSON).
    case message([UInt8])
    /// Headers that could not be read; the reader has skipped past them.
    case malformed(String)
}

public final class FrameReader {
    /// Reads up to `count` bytes into the buffer, returning how many (0: end of input).
    public typealias Source = (UnsafeMutableRawPointer, Int) -> Int

    public static let maxHeaderBytes = 8192
    /// A 45 MB document is about 50 MB of JSON; anything far beyond is refused.
    public static let maxContentBytes = 512 * 1024 * 1024

    private let source: Source
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (compacted now and then, not per frame).
    private var cursor = 0
    private var ended = false
    private var scratch = [UInt8](repeating: 0, count: 1 << 20)

    public init(source: @escaping Source) { self.source = source }

    /// Reads from a file descriptor (standard input).
    public convenience init(fileDescriptor: Int32) {
        self.init { pointer, count in
            while true {
                let n = read(fileDescriptor, pointer, count)
                if n < 0 && errno == EINTR { continue }
                return max(0, n)
            }
        }
    }

    /// Whether a whole frame is already buffered (so the caller will not wait on input).
    public var hasCompleteFrame: Bool {
        guard let headerEnd = findHeaderEnd() else { return buffer.count - cursor > FrameReader.maxHeaderBytes }
        guard let length = FrameReader.contentLength(String(decoding: buffer[cursor..<headerEnd], as: UTF8.self)) else { return true }
        return buffer.count >= headerEnd + 4 + length
    }

    /// The next frame, or nil at the end of input.
    public func next() -> Frame? {
        while true {
            if let headerEnd = findHeaderEnd() {
                let header = String(decoding: buffer[cursor..<headerEnd], as: UTF8.self)
                let bodyStart = headerEnd + 4
                guard let length = FrameReader.contentLength(header) else {
                    cursor = bodyStart
                    return .malformed("no valid Content-Length header")
                }
                guard length <= FrameReader.maxContentBytes else {
                    cursor = bodyStart
                    return .malformed("Content-Length \(length) is larger than \(FrameReader.maxContentBytes)")
                }
                guard fill(until: bodyStart + length) else { return nil }
                let body = Array(buffer[bodyStart..<(bodyStart + length)])
                cursor = bodyStart + length
                compact()
                return .message(body)
            }
            if buffer.count - cursor > FrameReader.maxHeaderBytes {
                // No blank line within the limit: drop what we have and look again.
                cursor = buffer.count
                compact()
                return .malformed("headers longer than \(FrameReader.maxHeaderBytes) bytes")
            }
            if !readMore() {
                return nil
            }
        }
    }

    /// `Content-Length: 123` among the header lines (case-insensitive name), if valid.
    static func contentLength(_ header: String) -> Int? {
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            guard value.count <= 12, let length = Int(value), length >= 0 else { return nil }
            return length
        }
        return nil
    }

    /// The offset of `\r\n\r\n` after the cursor, within the header limit.
    private func findHeaderEnd() -> Int? {
        let limit = min(buffer.count, cursor + FrameReader.maxHeaderBytes + 4)
        guard limit - cursor >= 4 else { return nil }
        var index = cursor
        while index + 3 < limit {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    private func fill(until end: Int) -> Bool {
        while buffer.count < end {
            if !readMore(atLeast: end - buffer.count) { return false }
        }
        return true
    }

    /// One read into a fixed scratch buffer, appended to the buffer: a large body costs a
    /// copy per read, never a fresh allocation per read.
    private func readMore(atLeast wanted: Int = 0) -> Bool {
        guard !ended else { return false }
        let n = scratch.withUnsafeMutableBytes { raw in source(raw.baseAddress!, raw.count) }
        guard n > 0 else {
            ended = true
            return false
        }
        if wanted > 0 { buffer.reserveCapacity(buffer.count + wanted) }
        buffer.append(contentsOf: scratch[0..<min(n, scratch.count)])
        return true
    }

    private func compact() {
        if cursor > 1 << 20 || cursor == buffer.count {
            buffer.removeFirst(cursor)
            cursor = 0
        }
    }
}

/// Writes frames; the body is JSON already encoded.
public enum FrameWriter {
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
