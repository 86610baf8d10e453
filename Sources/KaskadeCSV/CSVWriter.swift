// Writing CSV that Danish Excel opens with a double click: UTF-8 with a byte-order mark (so
// Excel does not guess Windows-1252), `;` between fields, CRLF line ends, a field quoted
// when it holds the separator, a quote or a line break, or begins or ends with a space.

public struct CSVWriter: Sendable {
    public let separator: UInt8
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(separator: UInt8 = 0x3B) { self.separator = separator }

    public mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(separator) }
            append(field)
        }
        bytes += [0x0D, 0x0A]
    }

    private mutating func append(_ field: String) {
        let utf8 = Array(field.utf8)
        // A cell that begins with `=`, `+`, `-` or `@` is a formula to a spreadsheet: a title
        // such as `=HYPERLINK(…)` in a plan must arrive as text (OWASP's "CSV injection").
        let formula = utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40].contains($0) } ?? false
        let needsQuotes = formula || utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else { bytes += utf8; return }
        bytes.append(0x22)
        if formula { bytes.append(0x27) }  // `'`: Excel shows the rest as text
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    /// The separator a user names: `;`, `,`, a tab (`\t` or `tab`), or nil.
    public static func separator(named name: String) -> UInt8? {
        switch name {
        case ";": 0x3B
        case ",": 0x2C
        case "\t", "\\t", "tab", "tabulator": 0x09
        default: nil
        }
    }
}
