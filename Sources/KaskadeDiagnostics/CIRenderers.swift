// Findings for CI systems: SARIF 2.1.0 (GitHub code scanning), GitHub Actions workflow
// commands, and JUnit XML (GitLab, Jenkins). Each carries the same findings, with the same
// message, notes and help, as the text output.

import Foundation

// MARK: - SARIF 2.1.0

public struct SARIFRenderer {
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

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
        let informationUri = "https://github.com/kaskade-dk/kaskade"
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

    /// A relative path as a URI reference (spaces and non-ASCII percent-encoded).
    static func uri(_ path: String) -> String {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return trimmed.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? trimmed
    }

    public func render(_ report: Report) -> String {
        let catalogue = report.rules.all
        let explain = CatalogueRenderer(report.rules)
        let rules = catalogue.map { info in
            Rule(id: info.code, name: info.name,
                 shortDescription: Text(text: info.summary),
                 fullDescription: Text(text: info.guideline.isEmpty ? info.summary : "\(info.summary) Guideline: \(info.guideline)"),
                 help: Text(text: PersonalID.mask(explain.explain(info))),
                 defaultConfiguration: Configuration(level: SARIFRenderer.level(info.level)),
                 properties: Properties(tags: [info.rule.family]))
        }
        let results = report.diagnostics.map { diagnostic -> Result in
            let related = diagnostic.secondary.enumerated().map { index, label in
                SARIFRenderer.location(report.position(label.span), id: index + 1, message: label.message.isEmpty ? "related" : PersonalID.mask(label.message))
            }
            return Result(ruleId: diagnostic.rule.code, ruleIndex: report.rules.index(of: diagnostic.rule) ?? 0,
                          level: SARIFRenderer.level(diagnostic.severity),
                          message: Text(text: fullMessage(diagnostic)),
                          locations: [SARIFRenderer.location(report.position(diagnostic.primary.span))],
                          relatedLocations: related.isEmpty ? nil : related)
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: toolVersion, rules: rules)), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// Message, notes and help in one text, for formats with a single message field.
func fullMessage(_ diagnostic: Diagnostic) -> String {
    var text = PersonalID.mask(diagnostic.message)
    for note in diagnostic.notes { text += "\nnote: " + note }
    if let help = diagnostic.help { text += "\nhelp: " + PersonalID.mask(help) }
    return text
}

// MARK: - GitHub Actions

public struct GitHubRenderer {
    public init() {}

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=K402 no-proposal::message`
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
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(fullMessage(diagnostic)))\n"
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
    public init() {}

    /// One test suite per file, one test case per rule in it; a rule with errors in the file
    /// fails, warnings and infos are listed in the case's output.
    public func render(_ report: Report) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics {
            byFile[report.sources[diagnostic.primary.span.file].path, default: []].append(diagnostic)
        }
        let paths = report.sources.files.map(\.path)
        let rules = report.rules.all
        let failures = paths.reduce(0) { total, path in
            total + Set((byFile[path] ?? []).filter { $0.severity == .error }.map(\.rule)).count
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"kaskade\" tests=\"\(paths.count * rules.count)\" failures=\"\(failures)\">\n"
        for path in paths {
            let findings = byFile[path] ?? []
            let failed = Set(findings.filter { $0.severity == .error }.map(\.rule))
            out += "  <testsuite name=\"\(xml(path))\" tests=\"\(rules.count)\" failures=\"\(failed.count)\">\n"
            for rule in rules {
                let mine = findings.filter { $0.rule == rule.rule }
                out += "    <testcase classname=\"\(xml(path))\" name=\"\(rule.code) \(rule.name)\""
                if mine.isEmpty { out += "/>\n"; continue }
                out += ">\n"
                let lines = mine.map { d -> String in
                    let at = report.position(d.primary.span)
                    return "\(at.path):\(at.line):\(at.column): \(d.severity.rawValue)[\(d.rule.code)]: \(fullMessage(d))"
                }.joined(separator: "\n\n")
                if failed.contains(rule.rule) {
                    out += "      <failure type=\"\(rule.code)\" message=\"\(xml("\(mine.count) finding\(mine.count == 1 ? "" : "s") of \(rule.code) \(rule.name)"))\">\(xml(lines))</failure>\n"
                } else {
                    out += "      <system-out>\(xml(lines))</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
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
