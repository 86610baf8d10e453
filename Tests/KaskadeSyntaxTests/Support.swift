import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel

/// The repository's root, found from this file's path.
let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("no Package.swift above \(#filePath)")
}()

/// Checks plan text as one file, returning the report.
func check(_ text: String, path: String = "test.kaskade", asOf: String? = nil) -> Report {
    check(bytes: Array(text.utf8), path: path, asOf: asOf)
}

/// `attachments` are the files its `indlæs` statements read, by the path written there.
func check(bytes: [UInt8], path: String = "test.kaskade", asOf: String? = nil, attachments: [String: [UInt8]] = [:]) -> Report {
    let sources = SourceSet([SourceFile(path: path, bytes: bytes)])
    return Checker.check(sources, options: CheckOptions(asOf: asOf.flatMap(Day.parse), rosters: .inMemory(attachments))).report
}

/// `K005 3:7` for each finding, in order.
func positions(_ report: Report, rules: Set<String>? = nil) -> [String] {
    report.diagnostics.filter { rules == nil || rules!.contains($0.rule.code) }.map {
        let at = report.position($0.primary.span)
        return "\($0.rule.code) \(at.line):\(at.column)"
    }
}

import KaskadeSyntax

/// Numbers from a fixed seed (xorshift), so that a randomised test that fails can be replayed.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}
