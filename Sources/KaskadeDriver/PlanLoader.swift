// Finding and reading plan files: a PLAN argument is a file, or a directory whose every
// `*.kaskade` file below it (sorted by path) is part of the plan.

import Foundation
import KaskadeDiagnostics
#if canImport(Glibc)
import Glibc
#endif

public struct LoadError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

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
    /// The plan files named by the arguments, in reading order.
    public static func discover(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        for argument in arguments {
            if argument == "-" {
                files.append(argument)  // standard input
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw LoadError("\(argument): no such file or directory")
            }
            if isDirectory.boolValue {
                var found: [String] = []
                var visited = Set<String>()
                try collect(directory: argument, into: &found, visited: &visited)
                if found.isEmpty { throw LoadError("\(argument): the directory holds no *.kaskade file") }
                files += found.sorted()
            } else {
                files.append(argument)
            }
        }
        return files
    }

    /// Walks a directory; symbolic links to directories are followed once (a loop is cut).
    private static func collect(directory: String, into found: inout [String], visited: inout Set<String>) throws {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError("\(directory): cannot read the directory")
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try collect(directory: path, into: &found, visited: &visited)
            } else if entry.hasSuffix(".kaskade") {
                found.append(path)
            }
        }
    }

    /// Reads one file whole, straight into the byte array the lexer will scan (no copy).
    /// A file that changes while it is read is read as far as it then goes.
    public static func read(_ path: String, limits: Limits = Limits()) throws -> SourceFile {
        if path == "-" {
            return SourceFile(path: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        let (bytes, _) = try FileIO.readWhole(path, maxBytes: limits.maxFileBytes)
        return SourceFile(path: path, bytes: bytes)
    }

    public static func load(_ arguments: [String], limits: Limits = Limits()) throws -> SourceSet {
        var sources = SourceSet()
        for path in try discover(arguments) {
            sources.add(try read(path, limits: limits))
        }
        return sources
    }
}
