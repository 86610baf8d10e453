// `kaskade repl [PLAN…]`: the leaders' shell on the loaded plans.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeQuery
import KaskadeREPL

struct Repl: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: ShellHelp.replAbstract.text(cliLanguage), discussion: ShellHelp.replDiscussion.text(cliLanguage))
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(ShellHelp.plansToLoad.text(cliLanguage)))
    var plans: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp(ShellHelp.asOf.text(cliLanguage)))
    var asOf: AsOf?

    @OptionGroup var csvSeparator: CSVSeparatorOption

    func run() throws {
        let (session, report) = try openSession(plans, asOf: asOf)
        session.csvSeparator = csvSeparator.byte
        if let report, isTerminalSession { printOpening(report) }
        try runREPL(session)
    }
}

/// A session with the plans loaded (none if `plans` is empty); exits 2 if one cannot be read.
func openSession(_ plans: [String], asOf: AsOf?) throws -> (Session, Report?) {
    let session = Session(asOf: asOf?.day, language: languageChoice)
    guard !plans.isEmpty else { return (session, nil) }
    let notice = LoadingNotice(plans.joined(separator: " "))
    defer { notice.finish() }
    do {
        return (session, try session.load(plans))
    } catch let error as LoadError {
        printFailure(error.phrase)
        throw Exit.couldNotRun
    }
}

/// Before the first prompt: the summary, and the findings (one line each, a screenful at most,
/// then how many more), so that a plan with errors does not open on a silent prompt.
func printOpening(_ report: Report) {
    print(report.summaryLine)
    for line in FindingList.lines(report, limit: FindingList.screenful(rows: terminalRows())) { print(line) }
}

/// The terminal's height, or 24 where it cannot be asked.
func terminalRows() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
    return Int(size.ws_row)
}

/// The REPL on the terminal (libedit) or on a pipe (plain lines); exits 1 if a command failed.
func runREPL(_ session: Session) throws {
    let editor: LineEditor = isTerminalSession
        ? LibEditor(complete: { [session] text in Completion(index: session.index, language: session.language).candidates(for: text) })
        : PlainEditor()
    session.useColor = editor.isInteractive && standardOutputWantsColor
    session.preparesIndexAhead = editor.isInteractive
    if !REPL(session: session, editor: editor).run() { throw Exit.findings }
}

extension Session.Format: ExpressibleByArgument {}

/// While a large plan loads, one line on standard error says so: shown only on a terminal,
/// only once loading has taken half a second, and erased when the plan is in.
final class LoadingNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = false
    private var finished = false

    init(_ plans: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        let text = ShellHelp.loading(plans).text(cliLanguage)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished else { return }
            shown = true
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
