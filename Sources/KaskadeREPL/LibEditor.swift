// The system's libedit, through its native API (histedit.h) and the non-variadic wrappers in
// CLibEdit/shim.h: line editing, history with Ctrl-R search, TAB completion, Ctrl-C.
//
// Why it is built the way it is (see the project's libedit notes):
// - the locale is set first, or libedit drops æ, ø and å as they are typed;
// - callbacks cannot capture Swift state, so the editor passes itself as libedit's client
//   data and each callback takes it back;
// - Ctrl-C is a key bound to a function, with the terminal's signal keys off while editing:
//   a SIGINT handler races libedit's read loop and sometimes needs a second press;
// - the history is saved after every entry, through a temporary file and a rename.

import CLibEdit
import KaskadeDiagnostics
import Foundation

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

    public init(historyFile: String = historyPath(), complete: @escaping (String) -> [String]) {
        LibEditor.useUTF8Locale()
        editLine = kaskade_el_init("kaskade")
        history = history_init()
        self.historyFile = historyFile
        self.complete = complete
        kaskade_history_set_size(history, 1000)
        kaskade_history_set_unique(history, 1)
        _ = kaskade_history_load(history, historyFile)
        kaskade_el_set_editor(editLine, "emacs")
        kaskade_el_set_history(editLine, history)
        kaskade_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        kaskade_el_set_prompt(editLine) { editLine in
            guard let editLine, let editor = LibEditor.from(editLine) else { return nil }
            return editor.prompt.withUnsafeMutableBufferPointer { $0.baseAddress }
        }
        kaskade_el_add_function(editLine, "kaskade-complete", "Complete commands, keywords and IDs") { editLine, _ in
            guard let editLine, let editor = LibEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.completeAtCursor()
        }
        kaskade_el_add_function(editLine, "kaskade-interrupt", "Abandon the line") { editLine, _ in
            guard let editLine, let editor = LibEditor.from(editLine) else { return UInt8(CC_ERROR) }
            editor.abandoned = true
            return UInt8(CC_NEWLINE)
        }
        kaskade_el_bind(editLine, "^I", "kaskade-complete")
        kaskade_el_tty_no_signals(editLine)
        kaskade_el_bind(editLine, "^C", "kaskade-interrupt")
        kaskade_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        history_end(history)
        el_end(editLine)
    }

    /// `LC_CTYPE` from the environment, and `C.UTF-8` if that is not UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
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
    /// that a crash loses nothing and never leaves half a file. An unwritable history warns
    /// once and the session goes on without it.
    public func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        kaskade_history_enter(history, entry)
        let temporary = historyFile + ".\(getpid()).tmp"
        if kaskade_history_save(history, temporary) >= 0 {
            chmod(temporary, 0o600)
            if rename(temporary, historyFile) == 0 { return }
        }
        unlink(temporary)
        if !warnedAboutHistory {
            warnedAboutHistory = true
            let language = LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).beforePlan
            FileHandle.standardError.write(Data((REPLSays.historyNotSaved(historyFile).text(language) + "\n").utf8))
        }
    }

    /// TAB: completes the word before the cursor as far as the candidates agree; lists them
    /// when that adds nothing.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: buffer.distance(to: cursor)), as: UTF8.self)
        let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let candidates = complete(before)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = Completion.commonPrefix(candidates)
        let ending = candidates.count == 1 ? (common.hasSuffix("/") ? "" : " ") : ""
        if common.hasPrefix(word) {
            if common.count > word.count || candidates.count == 1 {
                el_insertstr(editLine, String(common.dropFirst(word.count)) + ending)
                return UInt8(CC_REFRESH)
            }
        } else if !common.isEmpty {
            // The candidates differ from the word in case (`æbl` → `ÆBL`): replace the word.
            el_deletestr(editLine, Int32(word.count))
            el_insertstr(editLine, common + ending)
            return UInt8(CC_REFRESH)
        }
        print("")
        print(Completion.columns(candidates, width: outputWidth(),
                                 language: LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).beforePlan))
        return UInt8(CC_REDISPLAY)
    }
}
