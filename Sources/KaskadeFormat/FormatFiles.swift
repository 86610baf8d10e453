// `kaskade fmt` over files: read, format, and then check, show or write each one.
//
// A file is rewritten only when its text changes, and then atomically: the new text goes to
// a temporary file in the same folder, is flushed to disk, gets the old file's mode (and,
// where allowed, owner) and is renamed over the old one, so a reader sees the old file or
// the new one and never half of either. Just before the rename the file is looked at again:
// if it vanished or changed meanwhile nothing is written. A file with syntax findings, a
// read-only file and a file that vanished are each left exactly as they were.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
#if canImport(Glibc)
import Glibc
#endif

public struct FormatRequest: Sendable {
    public var options = FormatOptions()
    /// The language `fmt` speaks in.
    public var language: Language = .english
    /// List the files that would change (exit 1 if any); write nothing.
    public var check = false
    /// Print what would change as a unified diff; write nothing.
    public var diff = false
    /// Print the formatted text instead of writing it.
    public var toStandardOutput = false
    /// Colour in the findings of files that do not parse.
    public var useColor = false
    /// Larger files are refused (`--max-file-size`), whatever kind of file they are.
    public var maxFileBytes = Limits().maxFileBytes
    /// Called with the path just before a file is replaced (the tests make files vanish here).
    public var beforeReplace: (@Sendable (String) -> Void)?

    public init(options: FormatOptions = FormatOptions()) { self.options = options }

    var writes: Bool { !check && !diff && !toStandardOutput }
}

/// What a run printed and how it ended: 0 done, 1 a file would change (`--check`) or has
/// syntax findings, 2 a file could not be read or written.
public struct FormatRunResult: Sendable {
    public var output = ""
    public var errors = ""
    public var status: Int32 = 0
    /// The files rewritten.
    public var written: [String] = []
    /// The files looked at (from the arguments that named files or folders).
    public var seen = 0

    mutating func fail(_ code: Int32) { status = max(status, code) }

    /// The language of what `fmt` says (the request's).
    var language: Language = .english

    mutating func error(_ message: some Message, _ code: Int32) {
        errors += "kaskade: \(Severity.error.word(language)): fmt: " + message.text(language) + "\n"
        fail(code)
    }
}

public enum FormatFiles {
    /// Formats every file the arguments name (`-` is standard input, read by `standardInput`).
    public static func run(_ arguments: [String], _ request: FormatRequest,
                           standardInput: (() throws -> [UInt8])? = nil)
        -> FormatRunResult
    {
        var result = FormatRunResult()
        result.language = request.language
        for argument in arguments {
            if argument == "-" {
                do {
                    let bytes = try standardInput?() ?? FileIO.readBounded(STDIN_FILENO, path: "<stdin>", maxBytes: request.maxFileBytes)
                    formatStandardInput(bytes, request, into: &result)
                } catch {
                    result.error((error as? LoadError)?.phrase ?? Phrase(verbatim: "\(error)"), 2)
                }
                continue
            }
            let paths: [String]
            do {
                paths = try PlanLoader.discover([argument])
            } catch let error as LoadError {
                result.error(error.phrase, 2)
                continue
            } catch {
                result.error(Phrase(verbatim: "\(argument): \(error)"), 2)
                continue
            }
            for path in paths { formatFile(path, request, into: &result) }
            result.seen += paths.count
        }
        if request.writes, result.seen > 0 {
            let unchanged = result.seen - result.written.count
            result.output += FmtSays.summary(formatted: result.written.count, unchanged: unchanged).text(request.language) + "\n"
        }
        return result
    }

    /// `3 lines rewritten, 1 added`: what the diff removes and adds, for saying what `fmt` did.
    static func changes(old: [UInt8], new: [UInt8]) -> FmtSays {
        let lines = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b").split(separator: "\n").dropFirst(2)
        let removed = lines.filter { $0.hasPrefix("-") }.count, added = lines.filter { $0.hasPrefix("+") }.count
        let rewritten = min(removed, added)
        return .changes(rewritten: rewritten, added: added - rewritten, removed: removed - rewritten)
    }

    /// The name a file has in a diff, below `a/` and `b/`: relative to the current folder where
    /// it lies below it, else without its leading `/`, so that `patch -p1` applies the diff
    /// (run in the current folder, or in `/` for a file elsewhere).
    static func diffName(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path.hasPrefix("./") ? String(path.dropFirst(2)) : path }
        let here = FileManager.default.currentDirectoryPath
        let prefix = here.hasSuffix("/") ? here : here + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        return String(path.drop { $0 == "/" })
    }

    private static func formatStandardInput(_ bytes: [UInt8], _ request: FormatRequest, into result: inout FormatRunResult) {
        let name = "<stdin>"
        guard let formatted = format(SourceFile(path: name, bytes: bytes), request, into: &result) else { return }
        report(name, old: bytes, new: formatted, request, into: &result)
        if request.writes { result.output += String(decoding: formatted, as: UTF8.self) }
    }

    private static func formatFile(_ path: String, _ request: FormatRequest, into result: inout FormatRunResult) {
        let original: ReadFile
        do {
            original = try ReadFile(path, maxBytes: request.maxFileBytes)
        } catch let error as LoadError {
            result.error(error.phrase, 2)
            return
        } catch {
            result.error(Phrase(verbatim: "\(path): \(error)"), 2)
            return
        }
        guard let formatted = format(SourceFile(path: path, bytes: original.bytes), request, into: &result) else { return }
        report(path, old: original.bytes, new: formatted, request, into: &result)
        guard request.writes, formatted != original.bytes else { return }
        do {
            try replace(original, with: formatted, request)
            result.written.append(path)
            result.output += FmtSays.formatted(path: path, changes(old: original.bytes, new: formatted)).text(request.language) + "\n"
        } catch let error as LoadError {
            result.error(error.phrase, 2)
        } catch {
            result.error(Phrase(verbatim: "\(path): \(error)"), 2)
        }
    }

    /// The formatted bytes, or nil after reporting the file's syntax findings.
    private static func format(_ source: SourceFile, _ request: FormatRequest, into result: inout FormatRunResult) -> [UInt8]? {
        switch PlanFormatter.format(source, options: request.options) {
        case .formatted(let bytes):
            return bytes
        case .syntaxErrors(let diagnostics):
            // Only the text renderer reads this report, and it needs no rule descriptions.
            let report = Report(sources: SourceSet([source]), diagnostics: diagnostics, statementCount: 0, rules: RuleBook([]),
                                language: request.language)
            let renderer = TextRenderer(useColor: request.useColor)
            for diagnostic in diagnostics { result.errors += renderer.render(diagnostic, in: report) + "\n" }
            let count = diagnostics.count
            result.error(DriverSays.notFormatted(path: source.path, syntaxFindings: count), 1)
            return nil
        }
    }

    /// `--check`, `--diff` and `--stdout`.
    private static func report(_ path: String, old: [UInt8], new: [UInt8], _ request: FormatRequest, into result: inout FormatRunResult) {
        if request.check, old != new {
            if !request.diff { result.output += path + "\n" }
            result.fail(1)
        }
        if request.diff {
            let name = diffName(path)
            result.output += UnifiedDiff.diff(old: old, new: new, oldName: "a/" + name, newName: "b/" + name)
        }
        if request.toStandardOutput { result.output += String(decoding: new, as: UTF8.self) }
    }

    // MARK: - Reading and replacing

    /// A file's bytes and what identified it when it was read.
    struct ReadFile {
        var path: String
        var bytes: [UInt8]
        var status: stat

        init(_ path: String, maxBytes: Int) throws {
            self.path = path
            (bytes, status) = try FileIO.readWhole(path, maxBytes: maxBytes)
        }
    }

    static func sameFile(_ a: stat, _ b: stat) -> Bool {
        a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
            && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
    }

    /// A file nobody may write (no write bit at all) is read-only even for root, who could.
    static func isReadOnly(_ path: String, _ status: stat) -> Bool {
        access(path, W_OK) != 0 || status.st_mode & 0o222 == 0
    }

    /// Writes `bytes` over the file atomically, keeping its mode; refuses a read-only file and
    /// one that vanished or changed since it was read.
    static func replace(_ original: ReadFile, with bytes: [UInt8], _ request: FormatRequest) throws {
        let path = original.path
        if isReadOnly(path, original.status) {
            throw LoadError(DriverSays.readOnly(path: path))
        }
        // Write through a symbolic link to the file it names, and keep the link.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).kaskade-fmt-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let mode = original.status.st_mode & 0o7777
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LoadError(DriverSays.cannotWriteTemporary(path: path, folder: folder.isEmpty ? "." : folder, SystemError()))
        }
        var failure: DriverSays?
        let written = bytes.withUnsafeBytes { FileIO.writeAll(descriptor, $0) }
        if !written { failure = .couldNotBeWritten(path: path, SystemError()) }
        _ = fchown(descriptor, original.status.st_uid, original.status.st_gid)  // allowed only for root; best effort
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = .couldNotKeepMode(path: path, SystemError()) }
        if failure == nil, fsync(descriptor) != 0 { failure = .couldNotFlush(path: path, SystemError()) }
        close(descriptor)
        request.beforeReplace?(path)
        if failure == nil {
            var now = stat()
            if stat(target, &now) != 0 {
                failure = .vanished(path: path)
            } else if !sameFile(now, original.status) {
                failure = .changedMeanwhile(path: path)
            }
        }
        if failure == nil, rename(temporary, target) != 0 {
            failure = .couldNotReplace(path: path, SystemError())
        }
        if let failure {
            unlink(temporary)
            throw LoadError(failure)
        }
        // The rename itself is durable once the folder is flushed (best effort).
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}

/// What `fmt` says about what it did.
enum FmtSays: Message {
    case changes(rewritten: Int, added: Int, removed: Int)
    indirect case formatted(path: String, FmtSays)
    case summary(formatted: Int, unchanged: Int)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case let .changes(rewritten, added, removed):
                var parts = rewritten > 0 ? ["\(rewritten) line\(rewritten == 1 ? "" : "s") rewritten"] : []
                if added > 0 { parts.append("\(added) added") }
                if removed > 0 { parts.append("\(removed) removed") }
                return parts.joined(separator: ", ")
            case let .formatted(path, changes): return "formatted \(path): \(changes.text(language))"
            case let .summary(formatted, unchanged):
                return "\(formatted) file\(formatted == 1 ? "" : "s") formatted, \(unchanged) already formatted"
            }
        case .danish:
            switch self {
            case let .changes(rewritten, added, removed):
                var parts = rewritten > 0 ? ["\(rewritten) \(rewritten == 1 ? "linje" : "linjer") omskrevet"] : []
                if added > 0 { parts.append("\(added) tilføjet") }
                if removed > 0 { parts.append("\(removed) fjernet") }
                return parts.joined(separator: ", ")
            case let .formatted(path, changes): return "formaterede \(path): \(changes.text(language))"
            case let .summary(formatted, unchanged):
                return "\(formatted) \(formatted == 1 ? "fil" : "filer") formateret, \(unchanged) var allerede formateret"
            }
        }
    }
}
