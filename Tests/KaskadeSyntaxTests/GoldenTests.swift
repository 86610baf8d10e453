// Golden files pin every rendering of the findings: text (with and without colour), JSON,
// SARIF, GitHub and JUnit, for the broken example plan and a file of syntax mistakes.
// `KASKADE_UPDATE=1 swift test` rewrites them; review the diff before committing.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import Testing

/// Loads a folder of the repository with paths as a user in the root would see them.
func loadRelative(_ folder: String) throws -> SourceSet {
    let root = repositoryRoot.path + "/"
    let files = try PlanLoader.discover([repositoryRoot.appendingPathComponent(folder).path])
    return SourceSet(try files.map { path in
        SourceFile(path: String(path.dropFirst(root.count)), bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    })
}

func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["KASKADE_UPDATE"] != nil {
        try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(name)>"
    #expect(actual == expected, "golden \(name) differs; run KASKADE_UPDATE=1 swift test and review", sourceLocation: sourceLocation)
}

@Suite struct GoldenTests {
    static let broken = Result { try loadRelative("examples/broken") }

    func brokenReport() throws -> Report { Checker.check(try GoldenTests.broken.get()).report }

    /// The same findings, said in Danish (`broken.da.*`).
    func danishReport() throws -> Report {
        Checker.check(try GoldenTests.broken.get(), options: CheckOptions(language: LanguageChoice(flag: .danish))).report
    }

    @Test func danish() throws {
        let report = try danishReport()
        try assertGolden(TextRenderer(useColor: false).render(report), "broken.da.txt")
        try assertGolden(TextRenderer(useColor: true).render(report), "broken.da.color.txt")
        try assertGolden(JSONRenderer().render(report), "broken.da.json")
        try assertGolden(SARIFRenderer(toolVersion: "test").render(report), "broken.da.sarif")
        try assertGolden(GitHubRenderer().render(report), "broken.da.github.txt")
        try assertGolden(JUnitRenderer().render(report), "broken.da.junit.xml")
        let syntax = try loadRelative("Tests/Fixtures/syntax").files.map { file in
            TextRenderer(useColor: false).render(Checker.check(SourceSet([file]), options: CheckOptions(language: LanguageChoice(flag: .danish))).report)
        }
        try assertGolden(syntax.joined(separator: "\n"), "syntax.da.txt")
    }

    /// The Danish text is Danish from the first line to the summary, the guideline quotes and
    /// what the findings quote from the plan aside.
    @Test func danishTextHasNoEnglish() throws {
        let text = TextRenderer(useColor: false).render(try danishReport())
        // Source lines (`12 |   virksomhed …`) are the plan's own text.
        for line in text.split(separator: "\n") where line.firstMatch(of: /^\s*\d+ \|/) == nil {
            let prose = line.contains("= retningslinje:") ? "" : String(line)
            // `path:line:col: fejl[K305]: …` — the path is not prose.
            let message = prose.firstRange(of: "]: ").map { String(prose[$0.upperBound...]) } ?? prose
            #expect(Markers.foreign(in: message, rendered: .danish).isEmpty, "\(Markers.foreign(in: message, rendered: .danish)) in “\(line)”")
        }
        #expect(text.contains("fejl[K"))
        #expect(text.hasSuffix("i 2 filer, 47 sætninger\n"), "\(text.suffix(80))")
    }

    @Test func text() throws {
        try assertGolden(TextRenderer(useColor: false).render(try brokenReport()), "broken.txt")
    }

    @Test func colouredText() throws {
        try assertGolden(TextRenderer(useColor: true).render(try brokenReport()), "broken.color.txt")
    }

    @Test func json() throws {
        try assertGolden(JSONRenderer().render(try brokenReport()), "broken.json")
    }

    @Test func sarif() throws {
        try assertGolden(SARIFRenderer(toolVersion: "test").render(try brokenReport()), "broken.sarif")
    }

    @Test func github() throws {
        try assertGolden(GitHubRenderer().render(try brokenReport()), "broken.github.txt")
    }

    @Test func junit() throws {
        try assertGolden(JUnitRenderer().render(try brokenReport()), "broken.junit.xml")
    }

    @Test func syntaxMistakes() throws {
        // Each fixture is a plan of its own.
        let rendered = try loadRelative("Tests/Fixtures/syntax").files.map { file in
            TextRenderer(useColor: false).render(Checker.check(SourceSet([file])).report)
        }
        try assertGolden(rendered.joined(separator: "\n"), "syntax.txt")
    }

    /// Every machine format carries exactly the findings of the text output.
    @Test func everyFormatCarriesTheSameFindings() throws {
        let report = try brokenReport()
        let json = try JSONDecoder().decode(JSONRenderer.Document.self, from: Data(JSONRenderer().render(report).utf8))
        #expect(json.findings.map(\.rule) == report.diagnostics.map(\.rule.code))
        let sarif = try JSONSerialization.jsonObject(with: Data(SARIFRenderer(toolVersion: "t").render(report).utf8)) as! [String: Any]
        let results = (sarif["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]
        #expect(results.map { $0["ruleId"] as! String } == report.diagnostics.map(\.rule.code))
        let github = GitHubRenderer().render(report).split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(github.count == report.diagnostics.count)
        let junit = JUnitRenderer().render(report)
        for diagnostic in report.diagnostics {
            #expect(junit.contains(diagnostic.message.english.replacingOccurrences(of: "\"", with: "&quot;")))
        }
    }

    /// One file or the same plan split over a directory: the same findings in the same order.
    @Test func splitAndSingleFileAgree() throws {
        let split = try GoldenTests.broken.get()
        let joined = SourceSet([SourceFile(path: "all.kaskade", bytes: split.files.flatMap(\.bytes))])
        let a = Checker.check(split).report.diagnostics.map { "\($0.rule.code) \($0.message)" }
        let b = Checker.check(joined).report.diagnostics.map { "\($0.rule.code) \($0.message)" }
        #expect(a == b)
        #expect(!a.isEmpty)
    }
}
