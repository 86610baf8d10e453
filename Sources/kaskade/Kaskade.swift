// The `kaskade` executable: one file per subcommand; everything else lives in the libraries.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver

@main
struct Kaskade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaskade",
        abstract: "Check and query plans for strategic competence development.",
        version: "0.1.0",
        subcommands: [Check.self, Repl.self, Query.self, Fmt.self, Graph.self, CalendarCommand.self, Export.self, Init.self, Rapport.self,
                      Rules.self, Explain.self, Lsp.self, Main.self],
        defaultSubcommand: Main.self
    )
}

/// Exit codes of every subcommand: 0 clean (or warnings only), 1 findings at a failing
/// level, 2 could not run.
enum Exit {
    static let findings = ExitCode(1)
    static let couldNotRun = ExitCode(2)
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Colour only on a terminal, and never with NO_COLOR.
var standardOutputWantsColor: Bool {
    isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

/// Writes text to standard output without buffering surprises for large reports.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
