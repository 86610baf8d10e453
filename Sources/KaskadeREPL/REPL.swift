// The command loop: prompt, read an entry (with the continuation prompt while a `{` is open
// or a statement's line ends in `,` or `..`), run it, print. Interactive on a terminal;
// silent and scriptable on a pipe, where the exit status says whether every command worked.

import CLibEdit
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeQuery

public final class REPL {
    let session: Session
    let editor: LineEditor
    /// Whether any command has failed (the exit status of a piped session).
    public private(set) var failed = false
    private var readDepth = 0

    public static let prompt = "kaskade> "
    public static let continuationPrompt = "    ...> "

    public init(session: Session, editor: LineEditor) {
        self.session = session
        self.editor = editor
    }

    /// Runs until `:quit` or the end of input; returns whether every command succeeded.
    public func run() -> Bool {
        if editor.isInteractive {
            print(REPLSays.banner(plan: session.paths.isEmpty ? nil : session.paths.joined(separator: " ")).text(session.language))
        }
        while let entry = readEntry() {
            editor.remember(entry)
            if !execute(entry) { break }
        }
        return !failed
    }

    /// Runs one command without a loop (`kaskade query`); false if it failed.
    public func runOne(_ entry: String) -> Bool {
        execute(entry)
        return !failed
    }

    /// One entry: a line, or the lines of a statement that is not finished yet.
    private func readEntry() -> String? {
        var lines: [String] = []
        while true {
            switch editor.readLine(prompt: lines.isEmpty ? REPL.prompt : REPL.continuationPrompt) {
            case .endOfInput:
                if editor.isInteractive { print("") }
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            case .interrupted:
                lines = []
            case .line(let line):
                lines.append(line)
                let entry = lines.joined(separator: "\n")
                if !REPL.continues(entry) { return entry }
            }
        }
    }

    /// Whether a statement goes on: a `{` not yet closed, or a last line that ends with `,`
    /// or `..` (as in a plan file). Commands are always one line.
    static func continues(_ entry: String) -> Bool {
        guard CommandRunner.isStatement(entry) || entry.hasPrefix("in ") else { return false }
        if openBraces(entry) > 0 { return true }
        let last = entry.trimmingCharacters(in: .whitespaces)
        return last.hasSuffix(",") || last.hasSuffix("..")
    }

    /// `{` minus `}` outside strings (`"…"` and `"""…"""`) and comments.
    static func openBraces(_ text: String) -> Int {
        var depth = 0
        var inString = false, inTriple = false, inComment = false, escaped = false
        let characters = Array(text)
        var position = 0
        while position < characters.count {
            let character = characters[position]
            defer { position += 1 }
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inTriple {
                if character == "\"", position + 2 < characters.count, characters[position + 1] == "\"", characters[position + 2] == "\"" {
                    inTriple = false
                    position += 2
                }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" || character == "\n" { inString = false }
                continue
            }
            switch character {
            case "#": inComment = true
            case "\"":
                if position + 2 < characters.count, characters[position + 1] == "\"", characters[position + 2] == "\"" {
                    inTriple = true
                    position += 2
                } else {
                    inString = true
                }
            case "{": depth += 1
            case "}": depth -= 1
            default: break
            }
        }
        return inTriple ? max(depth, 1) : depth
    }

    /// Splits the text of a file into entries the way the loop reads lines.
    static func entries(_ text: String) -> [String] {
        var entries: [String] = [], lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
            let entry = lines.joined(separator: "\n")
            if !continues(entry) {
                entries.append(entry)
                lines = []
            }
        }
        if !lines.isEmpty { entries.append(lines.joined(separator: "\n")) }
        return entries
    }

    /// Runs one entry; false when it was `:quit`.
    @discardableResult
    func execute(_ entry: String) -> Bool {
        let runner = CommandRunner(session: session, width: outputWidth()) { [unowned self] path in try self.read(path) }
        switch runner.run(entry) {
        case .output(let text):
            if !text.isEmpty { print(text) }
        case .failure(let message):
            failed = true
            fflush(kaskade_stdout())
            FileHandle.standardError.write(Data("\(REPLSays.errorPrefix.text(session.language)): \(message)\n".utf8))
        case .quit:
            return false
        }
        return true
    }

    /// `:read FILE`: every entry of the file, in order; false if one failed.
    private func read(_ path: String) throws -> Bool {
        guard readDepth < 8 else { throw QueryError(REPLSays.readNested(path: path).text(session.language)) }
        // Bounded like a plan file: `:read /dev/zero` must not read for ever.
        let data: Data
        do {
            data = Data(try FileIO.readWhole(path, maxBytes: Limits().maxFileBytes).bytes)
        } catch let error as LoadError {
            let said = error.phrase.text(session.language)
            let reason = said.hasPrefix(path + ": ") ? String(said.dropFirst(path.count + 2)) : said
            throw QueryError(REPLSays.cannotRead(path: path, reason: reason).text(session.language))
        }
        let before = failed
        failed = false
        readDepth += 1
        defer { readDepth -= 1 }
        for entry in REPL.entries(String(decoding: data, as: UTF8.self)) {
            if !execute(entry) { break }
        }
        let ok = !failed
        failed = before || !ok
        return ok
    }
}
