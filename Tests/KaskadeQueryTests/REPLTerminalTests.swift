// The REPL through the real binary, in a pseudo-terminal and in pipe mode: runs
// Tests/repl/test_repl.py (python3 + pexpect) so that `swift test` runs it too. Skipped, with
// a message, when python3 or its pexpect module is missing.

import Foundation
import KaskadeDriver
import Testing

@Suite struct REPLTerminalTests {
    /// Whether `python3 -c "import pexpect"` works on this machine.
    static let pexpectAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pexpect"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// The `kaskade` binary built next to the tests (`swift build --build-tests` builds both
    /// into one folder): beside the test bundle, or beside the test executable.
    static var binary: URL? {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                       URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("kaskade") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive the REPL in a pseudo-terminal"),
          .timeLimit(.minutes(5)))
    func pseudoTerminalAndPipeSessions() throws {
        let kaskade = try #require(Self.binary, "no kaskade binary beside the tests; build with `swift build --build-tests`")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/repl/test_repl.py").path, kaskade.path]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: FileIO.readToEnd(output.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
    }
}
