// The two encodings an HR export comes in: UTF-8 (with or without a byte-order mark) and
// Windows-1252, which Danish Excel's "CSV (semikolonsepareret)" writes. A roster is turned
// into UTF-8 once, when it is read; everything after that (positions, snippets, the
// rules) sees UTF-8 only. Windows-1252 has one byte per character, so lines and columns
// (which count characters) are the same in the transcoded text as in the file on disk.

public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// The spellings `tegnsæt` accepts, compared case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252": self = .windows1252
        default: return nil
        }
    }

    /// BOM or valid UTF-8 → UTF-8; anything else → Windows-1252 (every byte is a character
    /// there, so the guess never fails, and a Danish Excel file is the common case).
    public static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if hasByteOrderMark(bytes) { return .utf8 }
        return firstInvalidUTF8(bytes) == nil ? .utf8 : .windows1252
    }

    public static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
    /// surrogates and values above U+10FFFF are ill-formed too); nil if there is none.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                // Eight ASCII bytes at a time: most of an HR export is ASCII.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
                }
                let byte = buffer[index]
                if byte < 0x80 { index += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= lower, second <= upper else { return index }
                for offset in 2..<max(2, length) where buffer[index + offset] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }

    /// The text as UTF-8 bytes (a leading BOM is kept: `SourceFile` drops it and remembers).
    public static func utf8(_ bytes: [UInt8], from encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: return bytes
        case .windows1252: return transcodeWindows1252(bytes)
        }
    }

    /// Windows-1252 → UTF-8: ASCII as it is, 0xA0–0xFF as Latin-1, 0x80–0x9F through the
    /// table (the five bytes Windows leaves undefined become the C1 controls, as WHATWG
    /// decodes them).
    static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        // At most three bytes per byte (the € sign and the quotes of 0x80–0x9F); written
        // straight into a buffer of that size, then cut to what was written.
        [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { out, written in
            var at = 0
            bytes.withUnsafeBufferPointer { input in
                for byte in input {
                    if byte < 0x80 {
                        out[at] = byte
                        at += 1
                        continue
                    }
                    let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                    if scalar < 0x800 {
                        out[at] = UInt8(0xC0 | (scalar >> 6))
                        out[at + 1] = UInt8(0x80 | (scalar & 0x3F))
                        at += 2
                    } else {
                        out[at] = UInt8(0xE0 | (scalar >> 12))
                        out[at + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        out[at + 2] = UInt8(0x80 | (scalar & 0x3F))
                        at += 3
                    }
                }
            }
            written = at
        }
    }

    /// 0x80–0x9F of Windows-1252.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
