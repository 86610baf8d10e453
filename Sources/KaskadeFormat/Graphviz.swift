// Rendering DOT through Graphviz's `dot`, when it is installed.

import Foundation
import KaskadeDriver

public enum Graphviz {
    /// What to say when `dot` is missing.
    public static let installHint = """
        Graphviz's `dot` is not installed (or not on PATH), so there is no SVG. Install it with \
        `apt-get install graphviz` (Debian, Ubuntu), `dnf install graphviz` (Fedora) or \
        `brew install graphviz` (macOS), or print the graph with `--format dot` and render it elsewhere.
        """

    /// The `dot` executable on PATH, if any.
    public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Runs `dot -T<format>` on `source` and returns what it printed.
    public static func render(_ source: String, format: String = "svg", dot: String? = executable()) throws -> Data {
        guard let dot else { throw Failure(description: installHint) }
        // Through a temporary file: a pipe would need a second thread to feed large graphs.
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("kaskade-graph-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).dot")
        try Data(source.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T" + format, input.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain standard error on another thread so that neither pipe can fill up and stall `dot`.
        let errorText = ErrorBox()
        let reader = Thread { errorText.set(FileIO.readToEnd(errors.fileHandleForReading)) }
        reader.start()
        let data = FileIO.readToEnd(output.fileHandleForReading)
        process.waitUntilExit()
        while !errorText.isSet { usleep(1000) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.value, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "`dot` failed (exit \(process.terminationStatus)): \(message)")
        }
        return data
    }

    private final class ErrorBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private var done = false

        func set(_ value: Data) {
            lock.lock()
            data = value
            done = true
            lock.unlock()
        }

        var isSet: Bool {
            lock.lock()
            defer { lock.unlock() }
            return done
        }

        var value: Data {
            lock.lock()
            defer { lock.unlock() }
            return data
        }
    }
}
