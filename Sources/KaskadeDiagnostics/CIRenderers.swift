// Findings for CI systems: SARIF 2.1.0 (GitHub code scanning), GitHub Actions workflow
// commands, and JUnit XML (GitLab, Jenkins). Each carries the same findings, with the same
// message, notes and help, as the text output.

import Foundation

// MARK: - SARIF 2.1.0

public struct SARIFRenderer {
    public var toolVersion: String
    /// The tool's home page, given only where one exists: SARIF consumers link to it.
    public var informationURI: String?

    public init(toolVersion: String, informationURI: String? = nil) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name = "kaskade"
        let version: String
        let informationUri: String?
        let rules: [Rule]
    }

    struct Text: Encodable { let text: String }

    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration
        let properties: Properties
    }

    struct Configuration: Encodable { let level: String }
    struct Properties: Encodable { let tags: [String] }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
        let relatedLocations: [Location]?
    }

    struct Location: Encodable {
        let id: Int?
        let physicalLocation: PhysicalLocation
        let message: Text?
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: Artifact
        let region: Region
    }

    struct Artifact: Encodable { let uri: String }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        let endColumn: Int
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func location(_ position: Position, id: Int? = nil, message: String? = nil) -> Location {
        Location(id: id,
                 physicalLocation: PhysicalLocation(
                    artifactLocation: Artifact(uri: uri(position.path)),
                    region: Region(startLine: position.line, startColumn: position.column,
                                   endLine: position.endLine, endColumn: max(position.endColumn, position.column + (position.endLine == position.line ? 1 : 0)))),
                 message: message.map(Text.init))
    }

    /// A path as a URI: an absolute path is a `file://` URI (a bare `/home/…` is not a URI
    /// and GitHub drops it), a relative one a relative reference; spaces and non-ASCII are
    /// percent-encoded either way.
    static func uri(_ path: String) -> String {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? trimmed
        return trimmed.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// RFC 3986 path characters; `:` is left out so that a relative path's first segment is
    /// never read as a scheme (`C:x.kaskade`).
    static let uriPathAllowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(":")
        return set
    }()

    public func render(_ report: Report) -> String {
        let catalogue = report.rules.all
        let explain = CatalogueRenderer(report.rules, language: report.language)
        let rules = catalogue.map { info in
            Rule(id: info.code, name: info.name,
                 shortDescription: Text(text: info.summary(report.language)),
                 fullDescription: Text(text: explain.fullDescription(info)),
                 help: Text(text: PersonalID.mask(explain.explain(info))),
                 defaultConfiguration: Configuration(level: SARIFRenderer.level(info.level)),
                 properties: Properties(tags: [info.rule.family]))
        }
        let results = report.diagnostics.map { diagnostic -> Result in
            let related = diagnostic.secondary.enumerated().map { index, label in
                SARIFRenderer.location(report.position(label.span), id: index + 1, message: label.message.isEmpty ? EngineSays.related.text(report.language) : report.say(label.message))
            }
            return Result(ruleId: diagnostic.rule.code, ruleIndex: report.rules.index(of: diagnostic.rule) ?? 0,
                          level: SARIFRenderer.level(diagnostic.severity),
                          message: Text(text: fullMessage(diagnostic, report)),
                          locations: [SARIFRenderer.location(report.position(diagnostic.primary.span))],
                          relatedLocations: related.isEmpty ? nil : related)
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: toolVersion, informationUri: informationURI, rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// Message, notes and help in one text, for formats with a single message field.
func fullMessage(_ diagnostic: Diagnostic, _ report: Report) -> String {
    var text = report.say(diagnostic.message)
    for note in diagnostic.notes { text += "\n\(EngineSays.note.text(report.language)): " + note }
    if let help = diagnostic.help { text += "\n\(EngineSays.help.text(report.language)): " + report.say(help) }
    return text
}

// MARK: - GitHub Actions

public struct GitHubRenderer {
    public init() {}

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=K305 annual-follow-up::message`
    public func render(_ report: Report) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let at = report.position(diagnostic.primary.span)
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            let properties = [
                "file=\(escapeProperty(at.path))", "line=\(at.line)", "col=\(at.column)",
                "endLine=\(at.endLine)", "endColumn=\(at.endColumn)",
                "title=\(escapeProperty("\(diagnostic.rule.code) \(diagnostic.name)"))",
            ]
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(fullMessage(diagnostic, report)))\n"
        }
        out += report.summaryLine + "\n"
        return out
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

// MARK: - JUnit XML

public struct JUnitRenderer {
    /// With `--strict` warnings fail the run, so they fail their test case too: the report
    /// and the exit status must tell a CI server the same story.
    public var strict: Bool

    public init(strict: Bool = false) { self.strict = strict }

    /// Whether a finding fails its test case (exactly when it would fail `kaskade check`).
    func fails(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error || (strict && diagnostic.severity == .warning)
    }

    /// One test suite per file, one test case per rule in it; a rule with failing findings in
    /// the file fails, the other findings are listed in the case's output. Jenkins' junit-10.xsd
    /// requires `errors` on every suite: Kaskade's findings are failures, never errors.
    public func render(_ report: Report) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics {
            byFile[report.sources[diagnostic.primary.span.file].path, default: []].append(diagnostic)
        }
        let paths = report.sources.files.map(\.path)
        let rules = report.rules.all
        let failedByPath = paths.map { path in Set((byFile[path] ?? []).filter(fails).map(\.rule)) }
        let failures = failedByPath.reduce(0) { $0 + $1.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"kaskade\" tests=\"\(paths.count * rules.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        for (path, failed) in zip(paths, failedByPath) {
            out += suite(path, findings: byFile[path] ?? [], failed: failed, rules: rules, in: report)
        }
        out += "</testsuites>\n"
        return out
    }

    private func suite(_ path: String, findings: [Diagnostic], failed: Set<RuleCode>, rules: [RuleDescription],
                       in report: Report) -> String {
        var byRule: [RuleCode: [Diagnostic]] = [:]
        for diagnostic in findings { byRule[diagnostic.rule, default: []].append(diagnostic) }
        var out = "  <testsuite name=\"\(xml(path))\" tests=\"\(rules.count)\" failures=\"\(failed.count)\" errors=\"0\" skipped=\"0\">\n"
        for rule in rules {
            let mine = byRule[rule.rule] ?? []
            out += "    <testcase classname=\"\(xml(path))\" name=\"\(rule.code) \(rule.name)\""
            if mine.isEmpty { out += "/>\n"; continue }
            out += ">\n"
            let lines = mine.map { d -> String in
                let at = report.position(d.primary.span)
                return "\(at.path):\(at.line):\(at.column): \(d.severity.word(report.language))[\(d.rule.code)]: \(fullMessage(d, report))"
            }.joined(separator: "\n\n")
            if failed.contains(rule.rule) {
                out += "      <failure type=\"\(rule.code)\" message=\"\(xml(EngineSays.failures(count: mine.count, code: rule.code, name: rule.name).text(report.language)))\">\(xml(lines))</failure>\n"
            } else {
                out += "      <system-out>\(xml(lines))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n"
        return out
    }

    private func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 forbids most control characters, even escaped.
                if scalar.value < 0x20 { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
