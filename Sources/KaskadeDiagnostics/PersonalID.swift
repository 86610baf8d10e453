// CPR-shaped numbers: found for K110 and masked wherever source text is echoed.
// Plans name employees by ID, never by CPR number, and no output may repeat one in full.

public enum PersonalID {
    /// Byte ranges of `DDMMYY-NNNN` or `DDMMYYNNNN` with a valid day and month, not part of a
    /// longer run of digits.
    public static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        let count = bytes.count
        // Only a run of six or ten digits can match, and a run of six or more that starts at
        // or after `index` covers the byte five further on. So that byte is probed: if it is
        // not a digit, no such run starts before it and the scan jumps past it (most bytes of
        // a plan are read once in six). `index` is always just after a non-digit or a run
        // already looked at, so the run found from a probe is the whole run.
        while index + 5 < count {
            let probe = index + 5
            guard isDigit(bytes[probe]) else {
                index = probe + 1
                continue
            }
            var start = probe
            while start > index, isDigit(bytes[start - 1]) { start -= 1 }
            index = probe + 1
            while index < count, isDigit(bytes[index]) { index += 1 }
            let runLength = index - start
            if runLength == 10, validDate(bytes, start) {
                found.append(start..<index)
            } else if runLength == 6, index + 5 <= count, bytes[index] == UInt8(ascii: "-"),
                      (1...4).allSatisfy({ isDigit(bytes[index + $0]) }),
                      index + 5 == count || !isDigit(bytes[index + 5]), validDate(bytes, start) {
                found.append(start..<(index + 5))
                index += 5
            }
        }
        return found
    }

    public static func find(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { find(in: $0) }
    }

    /// The text with every digit of each CPR-shaped number replaced by `*` (`******-****`):
    /// the first six digits are the date of birth, personal data as much as the last four.
    public static func mask(_ text: String) -> String {
        var bytes = Array(text.utf8)
        return mask(&bytes) ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// Masks in place (the length stays: a digit becomes `*`); true when something was masked.
    @discardableResult
    public static func mask(_ bytes: inout [UInt8]) -> Bool {
        let ranges = bytes.withUnsafeBufferPointer { find(in: $0) }
        for range in ranges {
            for index in range where isDigit(bytes[index]) { bytes[index] = UInt8(ascii: "*") }
        }
        return !ranges.isEmpty
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// DDMMYY: a real day of a real month; 29 February only in years divisible by four.
    static func validDate(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        func two(_ offset: Int) -> Int { Int(bytes[start + offset] - 48) * 10 + Int(bytes[start + offset + 1] - 48) }
        let day = two(0), month = two(2), year = two(4)
        guard (1...12).contains(month), day >= 1 else { return false }
        let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
