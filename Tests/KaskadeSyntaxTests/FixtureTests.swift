// Fixtures carry their expectations inside them, as `# expect: K005 3:7` comments (one per
// finding, in any order). Every K0xx finding and every finding of a rule named in an
// expectation must be expected, at exactly that line and column.

import Foundation
import KaskadeDiagnostics
import Testing

func fixtureFiles(_ folder: String, allFiles: Bool = false) -> [String] {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { allFiles ? !$0.hasPrefix(".") : $0.hasSuffix(".kaskade") }.sorted()
        .map { url.appendingPathComponent($0).path }
}

@Suite struct FixtureTests {
    @Test(arguments: fixtureFiles("syntax"))
    func syntaxFixture(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            guard let range = line.range(of: "# expect: ") else { return nil }
            return String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        #expect(!expected.isEmpty, "\(path) has no `# expect:` line")
        let rules = Set(expected.map { String($0.prefix(4)) })
        let report = check(bytes: bytes, path: path)
        let found = report.diagnostics
            .filter { $0.rule.number < 100 || rules.contains($0.rule.code) }
            .map { d -> String in
                let at = report.position(d.primary.span)
                return "\(d.rule.code) \(at.line):\(at.column)"
            }
        #expect(found.sorted() == expected.sorted(), "\(path)")
    }

    @Test func threeIndependentMistakesGiveExactlyThreeFindings() throws {
        let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/syntax/three-errors.kaskade").path
        let report = check(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(report.diagnostics.count == 3, "\(report.diagnostics.map(\.message))")
    }

    @Test(arguments: ["examples/allerod-2027", "Tests/Fixtures/valid"])
    func shippedPlansAreClean(_ folder: String) throws {
        let sources = try PlanLoader.load([repositoryRoot.appendingPathComponent(folder).path])
        let report = Checker.check(sources).report
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.rule.code) \($0.message)" })")
        #expect(report.statementCount > 0)
    }
}

import KaskadeDriver
