// The report in a real browser: runs Tests/report/test_report.py (python3 and headless
// Chromium), which loads the report of examples/broken, of the Allerød example and of a
// generated 10,000-employee plan, checks the DOM, and leaves a screenshot at 1400 px and an
// A4 PDF of each in .build/report-screens. Without Chromium the script says so and the test
// passes with that message — except under CI, where it fails.

import Foundation
import KaskadeDriver
import Testing

@Suite struct BrowserTests {
    /// The `kaskade` binary built next to the tests (`swift build --build-tests` builds both).
    static var binary: URL? {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                       URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("kaskade") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test(.timeLimit(.minutes(5)))
    func reportInHeadlessChromium() throws {
        let kaskade = try #require(Self.binary, "no kaskade binary beside the tests; build with `swift build --build-tests`")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("Tests/report/test_report.py").path, kaskade.path,
                             repositoryRoot.appendingPathComponent(".build/report-screens").path]
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: FileIO.readToEnd(output.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
        if text.hasPrefix("SKIP") { print("BrowserTests: \(text)") }
    }
}
