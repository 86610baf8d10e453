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
        #expect(run.stdout.hasPrefix("wrote 22 findings to \(path)"), "\(run.stdout)")
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
        #expect(run.stdout.hasPrefix("reloaded: 11 errors"), "\(run.stdout)")
        #expect(run.stdout.contains("error[K305]"), "\(run.stdout)")
    }
}
