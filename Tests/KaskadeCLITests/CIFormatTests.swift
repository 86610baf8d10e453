// The CI formats judged by their owners: SARIF by the OASIS schema, JUnit by the schema
// Jenkins validates with and read back by junitparser (Tests/ci/validate_ci.py). A missing
// validator fails these tests (scripts/setup --test installs them); it never skips them.

import Foundation
import KaskadeRules
import Testing

struct Validation {
    var status: Int32
    var summary: [String: Any]
    var errors: String
}

/// Writes `output` to a file and runs the validator on it.
func validate(_ kind: String, _ output: String) throws -> Validation {
    let file = try temporaryFolder().appendingPathComponent("report.\(kind)")
    try output.write(to: file, atomically: true, encoding: .utf8)
    let result = try run(URL(fileURLWithPath: "/usr/bin/env"),
                         ["python3", root.appendingPathComponent("Tests/ci/validate_ci.py").path, kind, file.path])
    #expect(result.status != 3, "a validator is not installed: \(result.stderr)")
    let summary = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
    return Validation(status: result.status, summary: summary, errors: result.stderr)
}

/// A plan whose only finding is a warning (K408: a unit with no `evaluering`).
func warningsOnlyPlan() throws -> String {
    let folder = try temporaryFolder()
    let source = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade"), encoding: .utf8)
    let plan = source.replacingOccurrences(of: "    evaluering 2027-10-01 om LYS1\n", with: "")
    try plan.write(to: folder.appendingPathComponent("plan.kaskade"), atomically: true, encoding: .utf8)
    return folder.path
}

@Suite struct CIFormatTests {
    @Test func junitPassesJenkinsSchemaAndCountsFailures() throws {
        let run = try kaskade(["check", "examples/broken", "--format", "junit"])
        #expect(run.status == 1)
        let result = try validate("junit", run.stdout)
        #expect(result.status == 0, "\(result.errors)")
        let failed = result.summary["failedCases"] as? [String] ?? []
        #expect(result.summary["failures"] as? Int == failed.count)
        #expect(failed.contains { $0.hasSuffix("K305 annual-follow-up") })
    }

    /// The report and the exit status agree: with `--strict` a warning fails both.
    @Test func strictWarningsAreFailuresInJUnit() throws {
        let plan = try warningsOnlyPlan()
        let lenient = try kaskade(["check", plan, "--format", "junit"])
        #expect(lenient.status == 0)
        let lenientResult = try validate("junit", lenient.stdout)
        #expect(lenientResult.status == 0, "\(lenientResult.errors)")
        #expect(lenientResult.summary["failures"] as? Int == 0)
        #expect(lenient.stdout.contains("<system-out>"), "the warning is listed, not failed")

        let strict = try kaskade(["check", plan, "--format", "junit", "--strict"])
        #expect(strict.status == 1)
        let strictResult = try validate("junit", strict.stdout)
        #expect(strictResult.status == 0, "\(strictResult.errors)")
        let failed = strictResult.summary["failedCases"] as? [String] ?? []
        #expect(failed.count == 1 && failed.first?.hasSuffix("K408 local-evaluation") == true, "\(failed)")
        #expect(strictResult.summary["failures"] as? Int == 1)
    }

    /// In Danish the messages change, never the shapes: both validators accept the output.
    @Test func danishSarifAndJUnitPassTheirSchemas() throws {
        let sarif = try kaskade(["check", "examples/broken", "--format", "sarif", "--sprog", "da"])
        #expect(sarif.stdout.contains("har ingen opfølgning med"))
        let sarifResult = try validate("sarif", sarif.stdout)
        #expect(sarifResult.status == 0, "\(sarifResult.errors)")
        let junit = try kaskade(["check", "examples/broken", "--format", "junit", "--sprog", "da"])
        let junitResult = try validate("junit", junit.stdout)
        #expect(junitResult.status == 0, "\(junitResult.errors)")
        #expect((junitResult.summary["failedCases"] as? [String] ?? []).contains { $0.hasSuffix("K305 annual-follow-up") })
    }

    @Test(arguments: [false, true])
    func sarifPassesTheOASISSchema(absolute: Bool) throws {
        let plan = absolute ? root.appendingPathComponent("examples/broken").path : "examples/broken"
        let run = try kaskade(["check", plan, "--format", "sarif"])
        let result = try validate("sarif", run.stdout)
        #expect(result.status == 0, "\(result.errors)")
        let uris = result.summary["uris"] as? [String] ?? []
        #expect(!uris.isEmpty)
        if absolute {
            #expect(uris.allSatisfy { $0.hasPrefix("file:///") }, "\(uris)")
        } else {
            #expect(uris.allSatisfy { $0.hasPrefix("examples/broken/") }, "\(uris)")
        }
        // Kaskade has no public home page, so the log names none rather than a dead link.
        #expect(result.summary["informationUri"] is NSNull)
    }

    @Test func sarifValidatorRejectsABareAbsolutePath() throws {
        // The validator itself must be able to fail, or the tests above prove nothing.
        let run = try kaskade(["check", "examples/broken", "--format", "sarif"])
        let broken = run.stdout.replacingOccurrences(of: "\"uri\" : \"examples/", with: "\"uri\" : \"/examples/")
        #expect(broken != run.stdout)
        #expect(try validate("sarif", broken).status == 1)
        let junit = try kaskade(["check", "examples/broken", "--format", "junit"]).stdout
        #expect(try validate("junit", junit.replacingOccurrences(of: " errors=\"0\"", with: "")).status == 1)
    }
}

@Suite struct CatalogueJSONTests {
    @Test func rulesAsJSONListTheWholeCatalogue() throws {
        let run = try kaskade(["rules", "--format", "json"])
        #expect(run.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let rules = document["rules"] as! [[String: Any]]
        #expect(document["version"] as? Int == 1)
        #expect(rules.count == RuleCatalogue.all.count)
        let k305 = try #require(rules.first { $0["id"] as? String == "K305" })
        #expect(k305["name"] as? String == "annual-follow-up")
        #expect((k305["guideline"] as? String)?.hasPrefix("Mindst én gang årligt") == true)
    }

    @Test func explainAsJSONByIdentifierAndName() throws {
        let byID = try kaskade(["explain", "K305", "--format", "json"])
        let byName = try kaskade(["explain", "annual-follow-up", "--format", "json"])
        #expect(byID.status == 0 && byID.stdout == byName.stdout)
        let document = try JSONSerialization.jsonObject(with: Data(byID.stdout.utf8)) as! [String: Any]
        let rule = document["rule"] as! [String: Any]
        #expect(rule["level"] as? String == "error")
        #expect(!(rule["triggering"] as! [String]).isEmpty)
    }

    @Test func misspelledRuleGetsDidYouMean() throws {
        let run = try kaskade(["explain", "K30"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kaskade: error: "))
        #expect(run.stderr.contains("did you mean `K30"), "\(run.stderr)")
        let byName = try kaskade(["explain", "anual-follow-up"])
        #expect(byName.stderr.contains("did you mean `annual-follow-up`?"), "\(byName.stderr)")
    }
}
