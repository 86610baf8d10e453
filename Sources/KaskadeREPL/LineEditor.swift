// Reading lines from the person at the keyboard, or from a pipe.
//
// Two editors behind one protocol: `LibEditor`, the system's libedit, when both standard
// input and standard output are terminals (libedit stops editing when output goes to a
// pipe); `PlainEditor` otherwise, which reads lines and shows no prompt, so that
// `kaskade repl plans < questions.txt` works in scripts.

import CLibEdit
import Foundation

public enum LineResult: Equatable {
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the piped input.
    case endOfInput
}

public protocol LineEditor: AnyObject {
    /// Shows the prompt (if the editor shows prompts) and reads one line, without its line break.
    func readLine(prompt: String) -> LineResult
    /// Remembers an entry (a whole multi-line statement is one entry).
    func remember(_ entry: String)
    /// Whether a person is typing (prompts, banner and colours make sense).
    var isInteractive: Bool { get }
}

/// Lines from standard input, no prompt, no editing.
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
    if let path = ProcessInfo.processInfo.environment["KASKADE_HISTORY"], !path.isEmpty { return path }
    return (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + "/.kaskade_history"
}

/// The system's libedit: line editing, history with Ctrl-R search, TAB completion.
public final class LibEditor: LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: String
    private var prompt: [CChar] = [0]
    private var abandoned = false
    private var warnedAboutHistory = false
    /// Candidates for the word before the cursor, given the whole text before it.
    private let complete: (String) -> [String]

    public var isInteractive: Bool { true }

    /// Both standard input and output must be terminals for libedit to edit.
    public static var isAvailable: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

    public init(historyFile: String = historyPath(), complete: @escaping (String) -> [String]) {
        // Without a UTF-8 locale libedit silently drops æ, ø and å as they are typed.
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        self.editLine = kaskade_el_init("kaskade")
        self.history = history_init()
        self.historyFile = historyFile
        self.complete = complete
        kaskade_history_set_size(history, 1000)
        kaskade_history_set_unique(history, 1)
        _ = kaskade_history_load(history, historyFile)
        kaskade_el_set_editor(editLine, "emacs")
        kaskade_el_set_history(editLine, history)
        kaskade_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        kaskade_el_set_prompt(editLine, { editLine in
            guard let editLine, let editor = LibEditor.from(editLine) else { return nil }
            return editor.prompt.withUnsafeMutableBufferPointer { $0.baseAddress }
        })
        kaskade_el_add_function(editLine, "kaskade-complete", "Complete commands, keywords and IDs", { editLine, _ in
            guard let editLine, let editor = LibEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.completeAtCursor()
        })
        kaskade_el_add_function(editLine, "kaskade-interrupt", "Abandon the line", { editLine, _ in
            guard let editLine, let editor = LibEditor.from(editLine) else { return UInt8(CC_ERROR) }
            editor.abandoned = true
            return UInt8(CC_NEWLINE)
        })
        kaskade_el_bind(editLine, "^I", "kaskade-complete")
        // Ctrl-C as a key, not a signal: deterministic, unlike a SIGINT racing libedit's read().
        kaskade_el_tty_no_signals(editLine)
        kaskade_el_bind(editLine, "^C", "kaskade-interrupt")
        kaskade_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        history_end(history)
        el_end(editLine)
    }

    private static func from(_ editLine: OpaquePointer) -> LibEditor? {
        guard let data = kaskade_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LibEditor>.fromOpaque(data).takeUnretainedValue()
    }

    public func readLine(prompt: String) -> LineResult {
        self.prompt = Array(prompt.utf8CString)
        abandoned = false
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count), count > 0 else { return .endOfInput }
        if abandoned {
            print("^C")
            return .interrupted
        }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    /// Adds an entry and saves the history at once, through a temporary file and a rename, so
    /// that a crash loses at most this entry. An unwritable history warns once and goes on.
    public func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        kaskade_history_enter(history, entry)
        let temporary = historyFile + ".\(getpid()).tmp"
        if kaskade_history_save(history, temporary) >= 0, rename(temporary, historyFile) == 0 { return }
        unlink(temporary)
        if !warnedAboutHistory {
            warnedAboutHistory = true
            FileHandle.standardError.write(Data("kaskade: cannot save the history in \(historyFile); going on without it\n".utf8))
        }
    }

    /// TAB: completes the word before the cursor; lists the candidates when it is ambiguous.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = buffer.distance(to: cursor)
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: length).bindMemory(to: UInt8.self), as: UTF8.self)
        let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let candidates = complete(before)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = Completion.commonPrefix(candidates)
        if common.count > word.count {
            let rest = String(common.dropFirst(word.count)) + (candidates.count == 1 ? " " : "")
            el_insertstr(editLine, rest)
            return UInt8(CC_REFRESH)
        }
        if candidates.count == 1 {
            el_insertstr(editLine, " ")
            return UInt8(CC_REFRESH)
        }
        print("")
        print(Completion.columns(candidates, width: terminalWidth()))
        return UInt8(CC_REDISPLAY)
    }
}

/// The width of the terminal on standard output (80 when it cannot be told).
public func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
}
