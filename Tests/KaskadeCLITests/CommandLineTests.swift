// tool.md's conventions: help for every subcommand, one error shape, "did you mean".

import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test(arguments: ["check", "repl", "query", "fmt", "graph", "calendar", "export", "init", "rules", "explain"])
    func everySubcommandHasHelp(_ command: String) throws {
        let run = try kaskade([command, "--help"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE:"), "\(run.stdout)")
    }

    @Test func queryHelpAfterThePlanToo() throws {
        let run = try kaskade(["query", "examples/broken", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("OVERVIEW: Run one REPL command"))
    }

    @Test func misspelledSubcommandGetsDidYouMean() throws {
        let run = try kaskade(["chek", "examples/broken"])
        #expect(run.status == 2)
        #expect(run.stderr == "kaskade: error: `chek` is not a command or a file; did you mean `kaskade check`?\n")
    }

    @Test func misspelledOptionValueGetsDidYouMean() throws {
        let run = try kaskade(["check", "examples/broken", "--format", "jsn"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kaskade: error: The value 'jsn' is invalid"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean `json`?"), "\(run.stderr)")
    }

    @Test(arguments: [["check", "no/such/plan"], ["export", "no/such/plan", "--format", "json"], ["query", "no/such/plan", "--", "tree"]])
    func oneErrorShape(_ arguments: [String]) throws {
        let run = try kaskade(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("kaskade: error: "), "\(run.stderr)")
    }

    @Test func writeBaselineSaysWhatItWroteAndExitsZero() throws {
        let path = try temporaryFolder().appendingPathComponent("baseline.json").path
        let run = try kaskade(["check", "examples/broken", "--write-baseline", path])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("wrote 24 findings to \(path)"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func timingsColumnsAreAligned() throws {
        let run = try kaskade(["check", "examples/allerod-2027", "--timings"])
        let rows = run.stderr.split(separator: "\n")
        #expect(rows.count >= 5 && rows.last?.hasPrefix("total") == true, "\(run.stderr)")
        let msColumns = Set(rows.map { $0.range(of: " ms")!.lowerBound.utf16Offset(in: $0) })
        #expect(msColumns.count == 1, "\(run.stderr)")
    }

    @Test func reloadListsTheFindings() throws {
        let run = try kaskade(["repl", "examples/broken"], input: Data(":reload\n".utf8))
        #expect(run.stdout.hasPrefix("reloaded: 13 errors"), "\(run.stdout)")
        #expect(run.stdout.contains("error[K305]"), "\(run.stdout)")
    }
}

@Suite struct FmtAndInitTests {
    static let unformatted = "plan \"P\" år 2027\nbyråd   BY \"B\"{\nmål BY1 \"x\"\n}\n"

    @Test func fmtSaysWhatItChanged() throws {
        let folder = try temporaryFolder()
        try FmtAndInitTests.unformatted.write(to: folder.appendingPathComponent("a.kaskade"), atomically: true, encoding: .utf8)
        try "plan \"P\" år 2027\n".write(to: folder.appendingPathComponent("b.kaskade"), atomically: true, encoding: .utf8)
        let run = try kaskade(["fmt", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "formatted \(folder.path)/a.kaskade: 2 lines rewritten\n1 file formatted, 1 already formatted\n")
    }

    /// A diff of files named by absolute paths applies with `patch -p1` from `/`.
    @Test func fmtDiffOnAbsolutePathsIsAPatch() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("a.kaskade")
        try FmtAndInitTests.unformatted.write(to: file, atomically: true, encoding: .utf8)
        let diff = try kaskade(["fmt", "--diff", file.path])
        #expect(diff.stdout.hasPrefix("--- a\(file.path)\n+++ b\(file.path)\n"), "\(diff.stdout)")
        let patch = try run(URL(fileURLWithPath: "/usr/bin/env"), ["patch", "-p1", "-d", "/"], input: Data(diff.stdout.utf8))
        #expect(patch.status == 0, "\(patch.stdout)\(patch.stderr)")
        let check = try kaskade(["fmt", "--check", file.path])
        #expect(check.status == 0, "the patched file is formatted")
    }

    @Test func fmtDiffBelowTheCurrentFolderIsRelative() throws {
        let diff = try kaskade(["fmt", "--diff", root.appendingPathComponent("examples/broken").path])
        #expect(!diff.stdout.contains("a//"), "\(diff.stdout.prefix(300))")
    }

    @Test func initWritesTheComingPlanYear() throws {
        // `InitPlan.comingYear` is unit-tested in KaskadeFormatTests; here the command uses it.
        let folder = try temporaryFolder()
        let run = try kaskade(["init", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("plan.kaskade"), encoding: .utf8)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let now = calendar.dateComponents([.year, .month], from: Date())
        let coming = now.month! >= 7 ? now.year! + 1 : now.year!
        #expect(text.contains("år \(coming)"), "\(text.prefix(200))")
    }
}
