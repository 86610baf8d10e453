// `kaskade repl [PLAN…]`, `kaskade query PLAN… -- COMMAND`, and `kaskade PLAN…`, which opens
// the REPL on a terminal and checks otherwise.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeREPL

/// Starts the REPL on a loaded session; exits non-zero when a piped command failed.
func runREPL(_ session: Session) throws {
    let editor: LineEditor = LibEditor.isAvailable
        ? LibEditor(complete: { [session] text in session.completion().candidates(for: text) })
        : PlainEditor()
    session.useColor = editor.isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    if !REPL(session: session, editor: editor).run() { throw Exit.findings }
}

func loadSession(_ plans: [String], asOf: AsOf?) throws -> (Session, Report?) {
    let session = Session()
    if let asOf { session.asOf = asOf.day }
    guard !plans.isEmpty else { return (session, nil) }
    do {
        return (session, try session.load(plans))
    } catch let error as LoadError {
        printError("kaskade: \(error.description)")
        throw Exit.couldNotRun
    }
}

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask the plan questions in an interactive shell (libedit on a terminal, plain lines from a pipe).")

    @Argument(help: "Plan files or directories to load.")
    var plans: [String] = []

    @Option(name: .customLong("as-of"), help: "The date for check and overdue (YYYY-MM-DD or today).")
    var asOf: AsOf?

    func run() throws {
        let (session, report) = try loadSession(plans, asOf: asOf)
        if let report, LibEditor.isAvailable { print(report.summaryLine) }
        try runREPL(session)
    }
}

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one REPL command on a plan and exit, for scripts.",
        discussion: "kaskade query plans -- trace BSU1\nkaskade query plans --format json -- coverage CSD")

    @Option(help: "Output format: text or json.")
    var format: Session.Format = .text

    @Option(name: .customLong("as-of"), help: "The date for check and overdue (YYYY-MM-DD or today).")
    var asOf: AsOf?

    @Argument(parsing: .captureForPassthrough, help: "Plan files or directories, then `--` and the command, as in the REPL.")
    var words: [String] = []

    func run() throws {
        let separator = words.firstIndex(of: "--") ?? words.count
        let plans = Array(words[..<separator]), command = Array(words.dropFirst(separator + 1))
        guard !plans.isEmpty, !command.isEmpty else {
            printError("kaskade: usage: kaskade query PLAN… -- COMMAND")
            throw Exit.couldNotRun
        }
        let (session, _) = try loadSession(plans, asOf: asOf)
        session.format = format
        let repl = REPL(session: session, editor: PlainEditor())
        if !repl.runOne(command.joined(separator: " ")) { throw Exit.findings }
    }
}

extension Session.Format: ExpressibleByArgument {}

/// `kaskade PLAN…`: on a terminal, check, print the summary and open the REPL; otherwise the
/// same as `kaskade check PLAN…` (so scripts and CI see the findings and the exit code).
struct Main: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Check a plan; on a terminal, then open the REPL on it.", shouldDisplay: false)

    @OptionGroup var check: Check

    func run() throws {
        guard LibEditor.isAvailable, check.format == .text else { return try check.run() }
        let (session, report) = try loadSession(check.plans, asOf: check.asOf)
        if let report { print(report.summaryLine) }
        try runREPL(session)
    }
}
