// The `kaskade` binary as users and CI run it: exit codes, formats, files that are not there.

import Foundation
import KaskadeDriver
import KaskadeRules
import Testing

/// The built `kaskade`, next to the test bundle in the build folder.
let kaskadeBinary: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("kaskade")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/kaskade")
}()

let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
    return url
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

func kaskade(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Run {
    try run(kaskadeBinary, arguments, environment: environment, input: input)
}

/// Runs a program to its end. Standard error is read on its own thread while standard output
/// is read here: reading one pipe to its end before the other deadlocks as soon as the
/// program fills the other pipe's buffer (64 KB of warnings, say).
func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = root
    var env = ProcessInfo.processInfo.environment
    // The tests expect English unless they choose otherwise, whatever the machine's locale.
    for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "KASKADE_LANG"] { env[name] = nil }
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    try process.run()
    let errorBox = DataBox()
    let reader = Thread { errorBox.data = FileIO.readToEnd(err.fileHandleForReading); errorBox.done.signal() }
    reader.start()
    if let input {
        let writer = Thread { try? inPipe.fileHandleForWriting.write(contentsOf: input); try? inPipe.fileHandleForWriting.close() }
        writer.start()
    }
    let stdout = FileIO.readToEnd(out.fileHandleForReading)
    errorBox.done.wait()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: errorBox.data, as: UTF8.self))
}

/// What the standard-error thread read, handed over through the semaphore.
final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct CLITests {
    @Test func cleanPlanExitsZero() throws {
        let run = try kaskade(["check", "examples/allerod-2027"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("0 errors, 0 warnings in 6 files"))
    }

    @Test func errorsExitOne() throws {
        let run = try kaskade(["check", "examples/broken"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error[K305]"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func warningsOnlyExitZeroUnlessStrict() throws {
        let folder = try temporaryFolder()
        let source = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade"), encoding: .utf8)
        let plan = source.replacingOccurrences(of: "    evaluering 2027-10-01 om LYS1\n", with: "")
        #expect(plan != source)
        try plan.write(to: folder.appendingPathComponent("plan.kaskade"), atomically: true, encoding: .utf8)
        let lenient = try kaskade(["check", folder.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("warning[K408]"))
        let strict = try kaskade(["check", "--strict", folder.path])
        #expect(strict.status == 1)
    }

    @Test func couldNotRunExitsTwo() throws {
        let empty = try temporaryFolder()
        for arguments in [["check", "no/such/plan.kaskade"], ["check", empty.path],
                          ["check", "examples/allerod-2027", "--as-of", "yesterday"],
                          ["check", "examples/allerod-2027", "--format", "yaml"],
                          ["explain", "K999"]] {
            let run = try kaskade(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty)
        }
    }

    @Test func symlinkLoopIsCut() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade"),
                                         to: folder.appendingPathComponent("plan.kaskade"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let run = try kaskade(["check", folder.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("in 1 file"))
    }

    @Test func asOfReportsOnlyOverdueEventsOnACleanPlan() throws {
        let run = try kaskade(["check", "examples/allerod-2027", "--as-of", "2027-02-01", "--format", "json"])
        #expect(run.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let rules = (document["findings"] as! [[String: Any]]).map { $0["rule"] as! String }
        #expect(!rules.isEmpty && rules.allSatisfy { $0 == "K503" })
    }

    @Test func reportsWriteSeveralFormatsInOneRun() throws {
        let folder = try temporaryFolder()
        let sarif = folder.appendingPathComponent("k.sarif").path, junit = folder.appendingPathComponent("k.xml").path
        let run = try kaskade(["check", "examples/broken", "--format", "github", "--report", "sarif=\(sarif)", "--report", "junit=\(junit)"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::"))
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif))) as! [String: Any]
        #expect(log["version"] as? String == "2.1.0")
        #expect(FileManager.default.fileExists(atPath: junit))
    }

    @Test func baselineHidesKnownFindingsOnly() throws {
        let folder = try temporaryFolder()
        let copy = folder.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/broken"), to: copy)
        let baseline = folder.appendingPathComponent("baseline.json").path
        _ = try kaskade(["check", copy.path, "--write-baseline", baseline])
        let known = try kaskade(["check", copy.path, "--baseline", baseline])
        #expect(known.status == 0, "\(known.stdout)")
        #expect(known.stdout.contains("known from the baseline"))
        // A new mistake in the plan is still reported, and only it.
        let file = copy.appendingPathComponent("10-skole.kaskade")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\nkompetence INK \"igen\"\n").write(to: file, atomically: true, encoding: .utf8)
        let new = try kaskade(["check", copy.path, "--baseline", baseline, "--format", "json"])
        #expect(new.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(new.stdout.utf8)) as! [String: Any]
        #expect((document["findings"] as! [[String: Any]]).map { $0["rule"] as! String } == ["K104"])
    }

    @Test func explainByIdentifierAndByName() throws {
        let byID = try kaskade(["explain", "K305"])
        let byName = try kaskade(["explain", "annual-follow-up"])
        #expect(byID.status == 0)
        #expect(byID.stdout == byName.stdout)
        #expect(byID.stdout.contains("Mindst én gang årligt"))
        let rules = try kaskade(["rules"])
        #expect(rules.stdout.split(separator: "\n").count == RuleCatalogue.all.count)
    }
}

@Suite struct ConfigurationTests {
    static let plan = """
        plan "P" år 2027
        regel K504 niveau fra
        regel K408 niveau fejl
        byråd BY "Byrådet" {
          mål BY1 "Mål"
        }
        direktion DIR "Direktionen" {
          drøftelse 2026-11-20 med chefgruppen om BY1 status afholdt
          mål D1 "Mål" følger BY1
          evaluering 2027-11-15 om D1
        }
        koncept MUS "MUS" forberedelse "Skemaet"
        område CSD "Skole" chef "Anne" udvalg BSU {
          undtagelse K305 "Ny leder tiltræder 1. juni" til 2027-06-30
          mål CSD1 "Mål" følger BY1
          drøftelse 2027-01-12 med lederne om CSD1
          kompus koncept MUS orientering 2027-03-01 samtaler 2027-03-15..2027-04-30
          evaluering 2027-11-01 om CSD1
          virksomhed LYS "Lyngehus" leder "Peter" {
            mål LYS1 "Mål" følger CSD1
            uddannelse PD "PD" følger LYS1
            oplæg 2027-02-01 om PD
            medarbejder M1 samtale 2027-03-20
          }
        }
        udvalg BSU "Udvalget" under BY {
          mål BSU1 "Mål" følger BY1
        }
        """

    func write() throws -> String {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("plan.kaskade").path
        try ConfigurationTests.plan.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func rules(_ run: Run) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return (document["findings"] as! [[String: Any]]).map { "\($0["rule"]!) \($0["level"]!)" }
    }

    @Test func levelsAndExceptionsFromThePlan() throws {
        let path = try write()
        let run = try kaskade(["check", path, "--format", "json", "--as-of", "2027-01-01"])
        // K408 raised to an error, K504 off, K305 excepted until June; BSU1 is neither carried nor followed.
        #expect(try rules(run).sorted() == ["K207 info", "K303 warning", "K408 error"])
        #expect(run.status == 1)
        let shown = try kaskade(["check", path, "--show-suppressed", "--as-of", "2027-01-01"])
        #expect(shown.stdout.contains("suppressed by exceptions:"))
        #expect(shown.stdout.contains("[K305]"))
    }

    @Test func expiredExceptionWarnsAndHidesNothing() throws {
        let path = try write()
        let run = try kaskade(["check", path, "--format", "json", "--as-of", "2027-07-01"])
        let found = try rules(run)
        #expect(found.contains("K111 warning"))
        #expect(found.contains("K305 error"))
    }
}

/// The plan generator injects violations of one rule at a time; the checker must find
/// exactly that many, of that rule and no other.
@Suite struct GeneratedPlanTests {
    @Test(arguments: ["K105", "K207", "K305", "K306", "K402", "K408", "K501", "K502", "K504", "K505", "K601", "K602"])
    func injectedViolationsAreFoundExactly(_ rule: String) throws {
        let folder = try temporaryFolder()
        let plan = folder.appendingPathComponent("plan.kaskade").path
        let generator = Process()
        generator.executableURL = root.appendingPathComponent("scripts/gen-plan")
        generator.arguments = ["--employees", "1500", "--seed", "3", "--out", plan, "--inject", "\(rule)=5"]
        generator.standardError = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let run = try kaskade(["check", plan, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let rules = (document["findings"] as! [[String: Any]]).map { $0["rule"] as! String }
        #expect(rules == Array(repeating: rule, count: 5))
    }
}

/// rules.md K503: a plan whose every past event is marked `afholdt` passes
/// `check --as-of … --strict`, the briefings included (their status is the KOMPUS's).
@Suite struct HeldPlanTests {
    /// Every event, KOMPUS and conversation of a copy of the example marked `status afholdt`.
    func heldCopy(leaving planned: String? = nil) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("plan")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/allerod-2027"), to: folder)
        let dated = ["drøftelse", "opfølgning", "oplæg", "evaluering", "kompus", "medarbejder"]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".kaskade") {
            let file = folder.appendingPathComponent(name)
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").map { line -> String in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard dated.contains(where: { trimmed.hasPrefix($0 + " ") || trimmed == $0 + " {" }), !trimmed.contains("status"),
                      planned.map({ !line.contains($0) }) ?? true else { return line }
                // `kompus {` opens a block: the status goes before the brace.
                if trimmed.hasSuffix("{") { return String(line.dropLast()) + "status afholdt {" }
                return line + " status afholdt"
            }
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        // The roster's conversations are held too: its MUS-status column (Windows-1252, `;`).
        let roster = folder.appendingPathComponent("hr/sundhed-omsorg-medarbejdere.csv")
        let bytes = try Data(contentsOf: roster)
        #expect(bytes.range(of: Data(";Planlagt;".utf8)) != nil, "the example's roster has a MUS-status column")
        let held = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> Data in
            var row = Data(line)
            if let range = row.range(of: Data(";Planlagt;".utf8)) { row.replaceSubrange(range, with: Data(";Afholdt;".utf8)) }
            return row
        }
        try Data(held.joined(separator: [0x0A])).write(to: roster)
        return folder
    }

    @Test func aPlanWhosePastIsHeldPassesStrict() throws {
        let run = try kaskade(["check", try heldCopy().path, "--as-of", "2027-12-31", "--strict"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func aBriefingStillPlannedIsOverdue() throws {
        let copy = try heldCopy(leaving: "orientering 2027-02-25")
        let run = try kaskade(["check", copy.path, "--as-of", "2027-12-31", "--strict", "--format", "json"])
        #expect(run.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let findings = document["findings"] as! [[String: Any]]
        #expect(!findings.isEmpty && findings.allSatisfy { $0["rule"] as? String == "K503" })
        #expect(findings.contains { ($0["message"] as? String)?.contains("KOMPUS briefing on 2027-02-25") == true })
    }
}
