// KaskadeREPL is the leaders' shell: reading lines (with libedit on a terminal), running
// commands against a session, printing answers. It never writes a plan file: what-if
// statements live in memory for the session.
//
// Two line editors behind one protocol: `LibEditor`, the system's libedit, when both standard
// input and standard output are terminals (libedit stops editing when output goes to a
// pipe); `PlainEditor` otherwise, which reads lines and shows no prompt, so that
// `kaskade repl plans < questions.txt` works in scripts.

import Foundation

public enum LineResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the piped input.
    case endOfInput
}

public protocol LineEditor: AnyObject {
    /// Shows the prompt (if the editor shows prompts) and reads one line, without its line break.
    func readLine(prompt: String) -> LineResult
    /// Remembers an entry in the history (a whole multi-line statement is one entry).
    func remember(_ entry: String)
    /// Whether a person is typing (prompts, banner and colours make sense).
    var isInteractive: Bool { get }
}

/// Lines from standard input: no prompt, no editing, no history.
public final class PlainEditor: LineEditor {
    public init() {}
    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func remember(_ entry: String) {}
}

/// Where the history lives: `KASKADE_HISTORY`, else `~/.kaskade_history`.
public func historyPath() -> String {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["KASKADE_HISTORY"], !path.isEmpty { return path }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.kaskade_history"
}

/// Whether both standard input and standard output are terminals: where libedit can edit.
public var isTerminalSession: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

/// The width to lay answers out for: the terminal's, or `COLUMNS` when output is not a
/// terminal and it is set, else unlimited (a script gets whole lines).
public func outputWidth() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return isatty(STDOUT_FILENO) != 0 ? 80 : Int.max
}
