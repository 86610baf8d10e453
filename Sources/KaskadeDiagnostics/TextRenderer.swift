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
            out += paint("… and \(rest) more finding\(rest == 1 ? "" : "s") not shown (--max-findings \(maxShown)); --format json lists them all", .bold) + "\n\n"
        }
        if !report.suppressed.isEmpty {
            out += paint("suppressed by exceptions:", .bold) + "\n"
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
        return "\(position.path):\(position.line):\(position.column): \(diagnostic.severity.rawValue)[\(diagnostic.rule.code)]: \(PersonalID.mask(diagnostic.message))"
    }

    public func render(_ diagnostic: Diagnostic, in report: Report) -> String {
        let primary = report.position(diagnostic.primary.span)
        let labels = [diagnostic.primary] + diagnostic.secondary
        let lines = labels.map { report.position($0.span).line }
        let gutter = String(lines.max() ?? 1).count
        let blank = String(repeating: " ", count: gutter + 1) + paint("|", .blue)
        var out = "\(primary.path):\(primary.line):\(primary.column): "
        out += paint("\(diagnostic.severity.rawValue)[\(diagnostic.rule.code)]", color(diagnostic.severity))
        out += paint(": \(PersonalID.mask(diagnostic.message))", .bold) + "\n"
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
            out += pad + paint("= note:", .bold) + " \(note)\n"
        }
        if let help = diagnostic.help {
            out += pad + paint("= help:", .bold) + " \(PersonalID.mask(help))\n"
        }
        return out
    }

    /// The source line and a caret run under the exact span (to the end of the line when the
    /// span continues on the next one).
    private func snippet(_ label: Label, marker: Character, in report: Report, gutter: Int, color: Style,
                         showLine: Bool = true) -> String {
        let file = report.sources[label.span.file]
        let start = Int(label.span.start)
        let line = file.line(of: start)
        let range = file.lineRange(line)
        let text = PersonalID.mask(file.lineText(line))
        let number = String(line)
        var out = ""
        if showLine {
            out += String(repeating: " ", count: gutter - number.count) + paint(number + " |", .blue)
            out += text.isEmpty ? "\n" : " " + text + "\n"
        }
        // Keep tabs in the indentation so the carets line up under the span.
        let before = String(decoding: file.bytes[range.lowerBound..<min(max(start, range.lowerBound), range.upperBound)], as: UTF8.self)
        let indent = String(before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
        let end = min(Int(label.span.end), range.upperBound)
        let width = max(1, String(decoding: file.bytes[min(start, end)..<end], as: UTF8.self).unicodeScalars.count)
        let carets = String(repeating: marker, count: width)
        out += String(repeating: " ", count: gutter + 1) + paint("|", .blue) + " " + indent
            + paint(carets + (label.message.isEmpty ? "" : " " + label.message), color) + "\n"
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
