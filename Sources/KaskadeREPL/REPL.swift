// The command loop: prompt, read (with a continuation prompt while a `{` is open), run,
// print. Interactive on a terminal; silent and scriptable on a pipe, where the exit status
// says whether every command succeeded.

import Foundation
import KaskadeDiagnostics
import KaskadeQuery

public final class REPL {
    let session: Session
    let editor: LineEditor
    private(set) var failed = false

    public init(session: Session, editor: LineEditor) {
        self.session = session
        self.editor = editor
    }

    /// Runs until `:quit` or the end of input; returns whether every command succeeded.
    public func run() -> Bool {
        if editor.isInteractive {
            print("Kaskade \(session.paths.isEmpty ? "" : "— \(session.paths.joined(separator: " ")) ")— `help` lists the commands, Ctrl-D leaves.")
        }
        while let entry = readEntry() {
            editor.remember(entry)
            if !execute(entry) { break }
        }
        return !failed
    }

    /// Runs one command without a loop (`kaskade query`); false if it failed.
    public func runOne(_ line: String) -> Bool {
        execute(line)
        return !failed
    }

    /// One entry: a line, or the lines of a statement whose `{` is still open.
    private func readEntry() -> String? {
        var lines: [String] = []
        while true {
            let prompt = lines.isEmpty ? "kaskade> " : "    ...> "
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                if editor.isInteractive { print("") }
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            case .interrupted:
                lines = []
                continue
            case .line(let line):
                lines.append(line)
                if REPL.openBraces(lines.joined(separator: "\n")) <= 0 { return lines.joined(separator: "\n") }
            }
        }
    }

    /// `{` minus `}` outside strings and comments.
    static func openBraces(_ text: String) -> Int {
        var depth = 0, inString = false, inComment = false, previous: Character = " "
        for character in text {
            if inComment { if character == "\n" { inComment = false }; continue }
            if inString {
                if character == "\"" && previous != "\\" { inString = false }
            } else if character == "#" {
                inComment = true
            } else if character == "\"" {
                inString = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
            }
            previous = character
        }
        return depth
    }

    /// Runs one entry; false when it was `:quit`.
    @discardableResult
    func execute(_ entry: String) -> Bool {
        let runner = CommandRunner(session: session, width: editor.isInteractive ? terminalWidth() : 200) { [unowned self] lines in
            let before = self.failed
            self.failed = false
            for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty { _ = self.execute(line) }
            let ok = !self.failed
            self.failed = before || self.failed
            return ok
        }
        switch runner.run(entry) {
        case .output(let text):
            if !text.isEmpty { print(text) }
        case .failure(let message):
            failed = true
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        case .quit:
            return false
        }
        return true
    }
}
