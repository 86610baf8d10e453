// What the formatter and export tests share: the repository's files, a layout-free dump of
// a syntax tree, plans re-spaced at random, and running external tools when they exist.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeFormat
import KaskadeSyntax

/// The repository's root, found from this file's path.
let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("no Package.swift above \(#filePath)")
}()

func repositoryPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// Every `*.kaskade` below a folder of the repository, sorted (relative paths).
func planFiles(below folder: String) -> [String] {
    let base = repositoryRoot.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
    var found: [String] = []
    while let entry = walker.nextObject() as? String {
        if entry.hasSuffix(".kaskade") { found.append(folder + "/" + entry) }
    }
    return found.sorted()
}

/// Every fixture and example plan file: what the round-trip tests run over.
let allPlanFiles: [String] = planFiles(below: "Tests/Fixtures") + planFiles(below: "examples")

/// The plan files without syntax findings: the ones the formatter rewrites.
let cleanPlanFiles: [String] = allPlanFiles.filter { path in
    (try? readBytes(repositoryPath(path))).map { syntaxFindings($0).isEmpty } ?? false
}

func readBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

func formatted(_ bytes: [UInt8], path: String = "test.kaskade", style: Keyword.Style? = nil) -> [UInt8]? {
    guard case .formatted(let out) = PlanFormatter.format(SourceFile(path: path, bytes: bytes), options: FormatOptions(keywords: style)) else {
        return nil
    }
    return out
}

func syntaxFindings(_ bytes: [UInt8]) -> [Diagnostic] {
    Parser.parse(SourceFile(path: "x", bytes: bytes), file: 0).diagnostics.filter { $0.rule.number < 100 }
}

/// The tree without its layout: each statement's depth, keyword (not its spelling), argument
/// and property values (their source text, keywords as keywords) and whether it has a block;
/// then every comment's text. Two files with the same dump say the same thing.
func dump(_ bytes: [UInt8]) -> [String] {
    let source = SourceFile(path: "x", bytes: bytes)
    let tree = Parser.parse(source, file: 0).tree
    func text(_ range: Range<Int32>) -> String { source.text(Int(range.lowerBound)..<Int(range.upperBound)) }
    func value(_ value: ValueNode) -> String {
        switch value.kind {
        case .word: "word:\(value.keyword)"
        case .duration: "duration:\(text(value.first)) \(value.keyword)"
        case .range: "range:\(text(value.first))..\(text(value.second))"
        default: "\(value.kind):\(text(value.first))"
        }
    }
    var lines: [String] = []
    for node in tree.statements {
        var depth = 0
        var parent = node.parent
        while parent >= 0 { depth += 1; parent = tree.statements[Int(parent)].parent }
        var line = String(repeating: ".", count: depth) + "\(node.keyword)"
        for argument in tree.arguments(of: node) { line += " " + value(argument) }
        for property in tree.properties(of: node) {
            line += " \(property.keyword)=[" + tree.values(of: property).map(value).joined(separator: "|") + "]"
        }
        if node.hasBlock { line += " {}" }
        lines.append(line)
    }
    for comment in tree.comments {
        lines.append("comment:" + text(comment).trimmingCharacters(in: .whitespaces))
    }
    return lines
}

/// The findings of a whole plan, without positions: rule, file and message.
func findingSummary(_ files: [(path: String, bytes: [UInt8])]) -> [String] {
    let sources = SourceSet(files.map { SourceFile(path: $0.path, bytes: $0.bytes) })
    // The report's sources: the files given, and the rosters they read.
    let report = Checker.check(sources).report
    return report.diagnostics.map { "\($0.rule.code) \(report.sources[$0.primary.span.file].path): \($0.message)" }.sorted()
}

/// A small deterministic random number generator (SplitMix64), so failures reproduce.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The same plan with different blanks: every run of spaces and tabs between tokens, at the
/// start and end of a line and before a comment is replaced by a random one — never removed
/// where it separated two tokens on a line. Line breaks, tokens and comments stay as they are.
func respaced(_ original: [UInt8], seed: UInt64) -> [UInt8] {
    var random = SeededRandom(seed: seed)
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let hasBOM = original.starts(with: bom)
    let bytes = hasBOM ? Array(original.dropFirst(3)) : original
    func blanks(atLeast minimum: Int) -> [UInt8] {
        let count = Int.random(in: minimum...(minimum + 3), using: &random)
        return (0..<count).map { _ in Bool.random(using: &random) ? 0x20 : 0x09 }
    }
    var out: [UInt8] = hasBOM ? bom : []
    var previous = 0
    for piece in tokenRanges(bytes) + [bytes.count..<bytes.count] {
        // The gap is stretches of blanks separated by CR and LF.
        var stretches: [Int] = [0]
        var separators: [UInt8] = []
        for byte in bytes[previous..<piece.lowerBound] {
            if byte == 0x0D || byte == 0x0A {
                separators.append(byte)
                stretches.append(0)
            } else {
                stretches[stretches.count - 1] += 1
            }
        }
        for (index, length) in stretches.enumerated() {
            let last = index == stretches.count - 1
            if index > 0, separators[index - 1] == 0x0D {
                // Between CR and LF nothing may go.
            } else if last, separators.isEmpty, previous > 0, !piece.isEmpty {
                out += blanks(atLeast: length > 0 ? 1 : 0)  // between two tokens on one line
            } else {
                out += blanks(atLeast: 0)  // indentation, trailing blanks, blank lines
            }
            if !last { out.append(separators[index]) }
        }
        out += bytes[piece]
        previous = piece.upperBound
    }
    return out
}

/// The byte ranges of every token and comment, in order (line breaks left out).
func tokenRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    bytes.withUnsafeBufferPointer { buffer in
        var lexer = Lexer(file: 0, bytes: buffer)
        var ranges: [Range<Int>] = []
        while true {
            let token = lexer.next()
            if token.kind == .endOfFile { break }
            if token.kind != .newline { ranges.append(token.range) }
        }
        ranges += lexer.comments.map { Int($0.lowerBound)..<Int($0.upperBound) }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}

/// An executable on PATH.
func executable(_ name: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = String(folder) + "/" + name
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// What the thread that drains standard error hands back.
final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion. Standard output and error are drained side by side: read
/// one after the other, a program that fills the other pipe would wait for ever.
func runTool(_ path: String, _ arguments: [String], input: Data? = nil) throws -> ToolRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let input {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-input-\(UUID().uuidString)")
        try input.write(to: file)
        // Open, then unlink: the program still reads it, and nothing is left behind.
        process.standardInput = try FileHandle(forReadingFrom: file)
        try? FileManager.default.removeItem(at: file)
    } else {
        process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let stderrBox = DataBox()
    let reader = Thread { stderrBox.data = FileIO.readToEnd(err.fileHandleForReading); stderrBox.done.signal() }
    reader.start()
    let stdoutData = FileIO.readToEnd(out.fileHandleForReading)
    stderrBox.done.wait()
    let stderrData = stderrBox.data
    process.waitUntilExit()
    return ToolRun(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
}

/// Python 3 with a module, for the tests that hand our output to an independent parser.
func pythonWith(_ module: String) -> String? {
    guard let python = executable("python3"), let run = try? runTool(python, ["-c", "import \(module)"]), run.status == 0 else { return nil }
    return python
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-fmt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Removes a test's folder (read-only files inside are no obstacle: the folder is writable).
func removeFolder(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}
