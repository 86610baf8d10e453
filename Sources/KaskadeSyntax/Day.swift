// Calendar days as integers, so that comparing and subtracting dates costs nothing.

/// A calendar day, counted from 1970-01-01 (proleptic Gregorian calendar).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var number: Int32

    public init(number: Int32) { self.number = number }

    /// A real calendar date, or nil (2027-02-29 is not one).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.number = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// The Monday of an ISO week, or nil when the year has no such week.
    public init?(isoYear: Int, week: Int) {
        guard (1...9999).contains(isoYear), week >= 1, week <= Day.isoWeeks(in: isoYear) else { return nil }
        let jan4 = Day.daysFromCivil(year: isoYear, month: 1, day: 4)
        let mondayOfWeek1 = jan4 - Day.weekdayIndex(jan4)
        self.number = Int32(mondayOfWeek1 + (week - 1) * 7)
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    public static func + (day: Day, days: Int) -> Day { Day(number: day.number + Int32(days)) }
    public static func - (a: Day, b: Day) -> Int { Int(a.number - b.number) }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 = Monday … 6 = Sunday.
    static func weekdayIndex(_ days: Int) -> Int {
        // 1970-01-01 was a Thursday (index 3).
        ((days % 7) + 7 + 3) % 7
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year
    /// starting on a Wednesday.
    public static func isoWeeks(in year: Int) -> Int {
        let jan1 = weekdayIndex(daysFromCivil(year: year, month: 1, day: 1))
        return jan1 == 3 || (jan1 == 2 && isLeap(year)) ? 53 : 52
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
    }

    /// `YYYYMMDD`, as iCalendar writes dates.
    public var compact: String {
        let (y, m, d) = components
        return "\(Day.pad(y, 4))\(Day.pad(m, 2))\(Day.pad(d, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Parses `YYYY-MM-DD` or `YYYY-Www` (the Monday of that week).
    public static func parse(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            if buffer.count == 10 { return parseDate(buffer, 0) }
            if buffer.count == 8 { return parseWeek(buffer, 0) }
            return nil
        }
    }

    /// `YYYY-MM-DD` at `offset` (the lexer has already checked the shape).
    public static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Day? {
        guard offset + 10 <= bytes.count, let year = digits(bytes, offset, 4), bytes[offset + 4] == UInt8(ascii: "-"),
              let month = digits(bytes, offset + 5, 2), bytes[offset + 7] == UInt8(ascii: "-"),
              let day = digits(bytes, offset + 8, 2) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// `YYYY-Www` at `offset`.
    public static func parseWeek(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Day? {
        guard offset + 8 <= bytes.count, let year = digits(bytes, offset, 4), bytes[offset + 4] == UInt8(ascii: "-"),
              bytes[offset + 5] == UInt8(ascii: "W"),
              let week = digits(bytes, offset + 6, 2) else { return nil }
        return Day(isoYear: year, week: week)
    }

    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        guard offset + count <= bytes.count else { return nil }
        var value = 0
        for index in offset..<(offset + count) {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Today in the local time zone's calendar (for `--as-of today`).
    public static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
