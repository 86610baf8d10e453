// Finding and reading plan files: a PLAN argument is a file, or a directory whose every
// `*.kaskade` file below it (sorted by path) is part of the plan.

import Foundation
import KaskadeDiagnostics
import KaskadeModel
#if canImport(Glibc)
import Glibc
#endif

/// Limits that turn exhaustion into a clear message; each has a command-line option.
public struct Limits: Sendable {
    /// Larger files are refused (a plan of all 98 municipalities is some 200 MB).
    public var maxFileBytes: Int = 512 * 1024 * 1024
    /// Deeper blocks are K007.
    public var maxDepth: Int = 64
    /// At most this many findings are printed as text; the rest are counted.
    public var maxFindingsShown: Int = 1000
    public init() {}
}

public enum PlanLoader {
    /// Where `discover` says what it skipped: standard error, as `kaskade: warning: …`.
    /// The language is the environment's (`KASKADE_LANG`, the locale): the CLI passes
    /// `warnOnStandardError(in:)` with its own choice.
    public static let warnOnStandardError: @Sendable (Phrase) -> Void =
        warnOnStandardError(in: LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).beforePlan)

    public static func warnOnStandardError(in language: Language) -> @Sendable (Phrase) -> Void {
        { message in
            FileHandle.standardError.write(Data("kaskade: \(DriverSays.warning.text(language)): \(message.text(language))\n".utf8))
        }
    }

    /// The plan files named by the arguments, in reading order. Below a directory only regular
    /// files are taken (opening a FIFO or a device would hang or never end), each file once
    /// however many names it has; what is skipped is told to `warn`.
    public static func discover(_ arguments: [String], warn: (Phrase) -> Void = warnOnStandardError) throws -> [String] {
        var files: [String] = []
        var seen = Set<FileIdentity>()
        for argument in arguments {
            if argument == "-" {
                files.append(argument)  // standard input
                continue
            }
            guard let status = fileStatus(argument, followLinks: true) else {
                throw LoadError(DriverSays.noSuchFileOrDirectory(path: argument))
            }
            // A roster is read by the plan that names it, never as a plan: read as plan text,
            // its every cell (names included) would be shown in the syntax findings.
            if status.kind != .directory, argument.lowercased().hasSuffix(".csv") {
                throw LoadError(DriverSays.rosterIsNotAPlan(path: argument))
            }
            if status.kind == .directory {
                var found: [Candidate] = []
                var visited = Set<String>()
                try collect(directory: argument, into: &found, visited: &visited, warn: warn)
                if found.isEmpty { throw LoadError(DriverSays.noPlanFiles(directory: argument)) }
                files += once(found, seen: &seen)
            } else if seen.insert(status.identity).inserted || status.kind != .regular {
                // A file named twice is read once; a named FIFO or device is the user's choice.
                files.append(argument)
            }
        }
        return files
    }

    /// A plan file found below a directory, and what tells two names of one file apart.
    struct Candidate {
        let path: String
        let identity: FileIdentity
        let isLink: Bool
    }

    /// One name per file, sorted by path: of several names the first that is not a symbolic
    /// link (the file's own name), else the first; a file already taken is left out.
    private static func once(_ found: [Candidate], seen: inout Set<FileIdentity>) -> [String] {
        var chosen: [FileIdentity: Candidate] = [:]
        for candidate in found.sorted(by: { $0.path < $1.path }) {
            if let kept = chosen[candidate.identity], !(kept.isLink && !candidate.isLink) { continue }
            chosen[candidate.identity] = candidate
        }
        return chosen.values.filter { seen.insert($0.identity).inserted }.map(\.path).sorted()
    }

    /// Walks a directory; symbolic links to directories are followed once (a loop is cut).
    private static func collect(directory: String, into found: inout [Candidate], visited: inout Set<String>,
                                warn: (Phrase) -> Void) throws {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError(DriverSays.cannotReadDirectory(directory: directory))
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            guard let status = fileStatus(path, followLinks: true) else { continue }  // a dangling link
            switch status.kind {
            case .directory:
                try collect(directory: path, into: &found, visited: &visited, warn: warn)
            case .regular where entry.hasSuffix(".kaskade"):
                let isLink = fileStatus(path, followLinks: false)?.kind == .link
                found.append(Candidate(path: path, identity: status.identity, isLink: isLink))
            case .other(let what) where entry.hasSuffix(".kaskade"):
                warn(Phrase(DriverSays.notRegularSkipped(path: path, kind: what)))
            default:
                break
            }
        }
    }

    /// Device and inode: the same for every name of one file.
    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    enum FileKind: Equatable {
        case regular, directory, link
        case other(String)
    }

    /// `stat` (or `lstat`) without opening the file, so a FIFO is never opened.
    static func fileStatus(_ path: String, followLinks: Bool) -> (kind: FileKind, identity: FileIdentity)? {
        var status = stat()
        guard (followLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        let kind: FileKind = switch status.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .link
        case S_IFIFO: .other("a FIFO (named pipe)")
        case S_IFSOCK: .other("a socket")
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        default: .other("not a file")
        }
        return (kind, FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
    }

    /// Reads one file whole, straight into the byte array the lexer will scan (no copy).
    /// A file that changes while it is read is read as far as it then goes.
    public static func read(_ path: String, limits: Limits = Limits()) throws -> SourceFile {
        if path == "-" {
            return SourceFile(path: "<stdin>", bytes: try FileIO.readBounded(STDIN_FILENO, path: "<stdin>", maxBytes: limits.maxFileBytes))
        }
        let (bytes, _) = try FileIO.readWhole(path, maxBytes: limits.maxFileBytes)
        return SourceFile(path: path, bytes: bytes)
    }

    /// The files `indlæs` names, read from the disk: the path is relative to the directory of
    /// the plan file (standard input: the working directory). Only a regular file is opened,
    /// so a FIFO never hangs the check.
    public static func rosterFiles(limits: Limits) -> RosterFiles {
        let maxBytes = limits.maxFileBytes
        return RosterFiles { path, planFile in
            let shown = rosterPath(path, planFile: planFile)
            guard let status = fileStatus(shown, followLinks: true) else { return .failure(.missing(shown)) }
            switch status.kind {
            case .directory: return .failure(.directory(shown))
            case .other(let what): return .failure(.unreadable(shown, reason: Phrase(DriverSays.notARegularFile(kind: what))))
            default: break
            }
            do {
                return .bytes(try FileIO.readWhole(shown, maxBytes: maxBytes).bytes, shownPath: shown)
            } catch let error as LoadError {
                if let size = try? FileManager.default.attributesOfItem(atPath: shown)[.size] as? Int, size > maxBytes {
                    return .failure(.tooLarge(shown, limit: maxBytes))
                }
                return .failure(.unreadable(shown, reason: error.phrase))
            } catch {
                return .failure(.unreadable(shown, reason: Phrase(DriverSays.cannotBeRead(path: shown, SystemError()))))
            }
        }
    }

    /// `hr/x.csv` named in `plans/område.kaskade` is `plans/hr/x.csv`.
    static func rosterPath(_ path: String, planFile: String) -> String {
        if path.hasPrefix("/") { return path }
        guard planFile != "<stdin>", let slash = planFile.lastIndex(of: "/") else { return path }
        return String(planFile[...slash]) + path
    }

    public static func load(_ arguments: [String], limits: Limits = Limits(),
                            warn: (Phrase) -> Void = warnOnStandardError) throws -> SourceSet {
        var sources = SourceSet()
        for path in try discover(arguments, warn: warn) {
            sources.add(try read(path, limits: limits))
        }
        return sources
    }
}
