// Dates as HR systems and Danish Excel write them: ISO `2027-03-20`, or day first with `-`,
// `.` or `/` (`20-03-2027`, `20.3.2027`). Never month first: `03/20/2027` is not a date.

public enum CellDate {
    /// Year, month and day if the text has one of those shapes (the calendar check is the
    /// caller's); nil otherwise.
    public static func components(_ bytes: ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var parts: [Int] = []
        var lengths: [Int] = []
        var separator: UInt8 = 0
        var current = 0, length = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                length += 1
                guard length <= 4 else { return nil }
            } else if byte == 0x2D || byte == 0x2E || byte == 0x2F {
                guard length > 0, separator == 0 || separator == byte, parts.count < 2 else { return nil }
                separator = byte
                parts.append(current); lengths.append(length)
                current = 0; length = 0
            } else {
                return nil
            }
        }
        guard length > 0 else { return nil }
        parts.append(current); lengths.append(length)
        guard parts.count == 3 else { return nil }
        if lengths[0] == 4, separator == 0x2D, lengths[1] == 2, lengths[2] == 2 {
            return (parts[0], parts[1], parts[2])
        }
        guard lengths[2] == 4, lengths[0] <= 2, lengths[1] <= 2 else { return nil }
        return (parts[2], parts[1], parts[0])
    }
}
