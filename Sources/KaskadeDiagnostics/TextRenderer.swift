// Findings for people: the shape of rules.md ("What a finding looks like").
//
//   plans/skole.kaskade:12:14: error[K402]: virksomhed LYS "Lyngehus Skole" has no proposal …
//      |
//   12 |   virksomhed LYS "Lyngehus Skole" leder "Peter Holm" {
//      |              ^^^ this institution
//      |
//      = note: Mindst én gang årligt …
//      = help: add `opfølgning 2027-09-01 med LYS om CSD1` to område CSD

public struct TextRenderer {
    public var useColor: Bool
    /// Findings beyond this many are counted, not shown.
    public var maxShown: Int

    public init(useColor: Bool, maxShown: Int = .max) {
        self.useColor = useColor
        self.maxShown = maxShown
    }

    public func render(_ report: Report) -> String {
        var out = ""
        for diagnostic in report.diagnostics.prefix(maxShown) {
            out += render(diagnostic, in: report)
            out += "\n"
        }
        if report.diagnostics.count > maxShown {
            let rest = report.diagnostics.count - maxShown
            out += paint(EngineSays.notShown(rest: rest, max: maxShown).text(report.language), .bold) + "\n\n"
        }
        if !report.suppressed.isEmpty {
            out += paint(EngineSays.suppressedHeading.text(report.language), .bold) + "\n"
            for diagnostic in report.suppressed {
                out += "  " + oneLine(diagnostic, in: report) + "\n"
            }
            out += "\n"
        }
        out += paint(report.summaryLine, .bold) + "\n"
        return out
    }

    /// `file:line:col: level[K402]: message` — what the GitHub and one-line formats show.
    public func oneLine(_ diagnostic: Diagnostic, in report: Report) -> String {
        let position = report.position(diagnostic.primary.span)
        return "\(position.path):\(position.line):\(position.column): \(diagnostic.severity.word(report.language))[\(diagnostic.rule.code)]: \(report.say(diagnostic.message))"
    }

    public func render(_ diagnostic: Diagnostic, in report: Report) -> String {
        let primary = report.position(diagnostic.primary.span)
        let labels = [diagnostic.primary] + diagnostic.secondary
        let lines = labels.map { report.position($0.span).line }
        let gutter = String(lines.max() ?? 1).count
        let blank = String(repeating: " ", count: gutter + 1) + paint("|", .blue)
        var out = "\(primary.path):\(primary.line):\(primary.column): "
        out += paint("\(diagnostic.severity.word(report.language))[\(diagnostic.rule.code)]", color(diagnostic.severity))
        out += paint(": \(report.say(diagnostic.message))", .bold) + "\n"
        out += blank + "\n"
        out += snippet(diagnostic.primary, marker: "^", in: report, gutter: gutter, color: color(diagnostic.severity))
        var previous = (file: diagnostic.primary.span.file, line: primary.line)
        for label in diagnostic.secondary {
            let position = report.position(label.span)
            if label.span.file != previous.file {
                out += String(repeating: " ", count: gutter) + paint("::: ", .blue)
                    + "\(position.path):\(position.line):\(position.column)\n"
            }
            // A label on the line just shown gets its marker under it, without repeating the line.
            let sameLine = label.span.file == previous.file && position.line == previous.line
            out += snippet(label, marker: "-", in: report, gutter: gutter, color: .blue, showLine: !sameLine)
            previous = (label.span.file, position.line)
        }
        out += blank + "\n"
        let pad = String(repeating: " ", count: gutter + 1)
        for note in diagnostic.notes {
            out += pad + paint("= \(EngineSays.note.text(report.language)):", .bold) + " \(note)\n"
        }
        if let help = diagnostic.help {
            out += pad + paint("= \(EngineSays.help.text(report.language)):", .bold) + " \(report.say(help))\n"
        }
        return out
    }

    /// The source line and a caret run under the exact span (to the end of the line when the
    /// span continues on the next one). A line longer than `Excerpt.maxColumns` is shown as an
    /// excerpt around the span, so a finding costs the same on a 2 MB line as on a short one.
    private func snippet(_ label: Label, marker: Character, in report: Report, gutter: Int, color: Style,
                         showLine: Bool = true) -> String {
        let file = report.sources[label.span.file]
        let line = file.line(of: Int(label.span.start))
        let excerpt = Excerpt(file, line: line, span: label.span)
        let number = String(line)
        var out = ""
        if showLine {
            out += String(repeating: " ", count: gutter - number.count) + paint(number + " |", .blue)
            out += excerpt.text.isEmpty ? "\n" : " " + excerpt.text + "\n"
        }
        let carets = String(repeating: marker, count: excerpt.caretWidth)
        out += String(repeating: " ", count: gutter + 1) + paint("|", .blue) + " " + excerpt.indent
            + paint(carets + (label.message.isEmpty ? "" : " " + report.say(label.message)), color) + "\n"
        return out
    }

    enum Style: String {
        case red = "31", yellow = "33", blue = "34", cyan = "36", bold = "1"
    }

    private func color(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// What of a source line is shown under a finding: the whole line when it is at most
/// `maxColumns` wide, else a window around the span with `…` where it is cut (rules.md).
/// CPR-shaped numbers are masked before the cut, so a cut never reveals part of one.
struct Excerpt {
    static let maxColumns = 200
    /// Columns shown before the span in a cut line.
    static let context = 60

    /// The text shown, the white space that puts the carets under the span, and their count.
    var text: String
    var indent: String
    var caretWidth: Int

    init(_ file: SourceFile, line: Int, span: Span) {
        let range = file.lineRange(line)
        let start = min(max(Int(span.start), range.lowerBound), range.upperBound)
        let end = max(start, min(Int(span.end), range.upperBound))
        let long = range.count > Excerpt.maxColumns
            && file.location(of: range.upperBound).column - 1 > Excerpt.maxColumns
        let window = long ? Excerpt.window(file.bytes, line: range, around: start) : range
        let bytes = file.shown(window, from: Excerpt.masked(file.bytes, window, line: range))
        let cutBefore = window.lowerBound > range.lowerBound, cutAfter = window.upperBound < range.upperBound
        text = (cutBefore ? "…" : "") + String(decoding: bytes, as: UTF8.self) + (cutAfter ? "…" : "")
        // Keep tabs in the indentation so the carets line up under the span.
        let before = String(decoding: file.bytes[window.lowerBound..<max(window.lowerBound, min(start, window.upperBound))], as: UTF8.self)
        indent = (cutBefore ? " " : "") + String(before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
        let shownEnd = min(end, window.upperBound)
        caretWidth = max(1, Excerpt.scalars(file.bytes, min(start, shownEnd)..<shownEnd))
    }

    /// About `context` columns before `offset` and up to `maxColumns` in all, on scalar bounds.
    static func window(_ bytes: [UInt8], line: Range<Int>, around offset: Int) -> Range<Int> {
        var lower = offset, columns = 0
        while lower > line.lowerBound, columns < context {
            lower -= 1
            while lower > line.lowerBound, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
            columns += 1
        }
        var upper = lower
        columns = 0
        while upper < line.upperBound, columns < maxColumns - 2 {
            upper += 1
            while upper < line.upperBound, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
            columns += 1
        }
        return lower..<upper
    }

    /// The window's bytes with CPR-shaped numbers masked, judged with the 11 bytes around it
    /// so that a number cut by the window is still recognised.
    static func masked(_ bytes: [UInt8], _ window: Range<Int>, line: Range<Int>) -> [UInt8] {
        let wide = max(line.lowerBound, window.lowerBound - 11)..<min(line.upperBound, window.upperBound + 11)
        var text = Array(bytes[wide])
        PersonalID.mask(&text)
        return Array(text[(window.lowerBound - wide.lowerBound)..<(window.upperBound - wide.lowerBound)])
    }

    static func scalars(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
