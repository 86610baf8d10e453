// TAB completion: command names, plan keywords, the IDs of the loaded plan, and file paths
// after `:load` and `:read`.

import Foundation
import KaskadeSyntax

public struct Completion {
    /// Sorted, for finding every name with a prefix by binary search.
    let names: [String]

    public init(names: [String]) { self.names = names.sorted() }

    public func candidates(for textBeforeCursor: String) -> [String] {
        let words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let word = words.last ?? ""
        if words.count <= 1 {
            return (Commands.names + Keyword.allSpellings).filter { $0.hasPrefix(word) }.uniqueSorted()
        }
        if [":load", ":read"].contains(words[0]) { return Completion.paths(word) }
        let fromNames = withPrefix(word)
        let keywords = Keyword.allSpellings.filter { $0.hasPrefix(word) && !word.isEmpty }
        return (fromNames + keywords).uniqueSorted()
    }

    /// Names beginning with `prefix` (at most 500).
    func withPrefix(_ prefix: String) -> [String] {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var result: [String] = []
        while low < names.count, names[low].hasPrefix(prefix), result.count < 500 {
            result.append(names[low])
            low += 1
        }
        return result
    }

    static func paths(_ word: String) -> [String] {
        let folder = word.contains("/") ? String(word[..<word.lastIndex(of: "/")!]) + "/" : ""
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return entries.filter { !$0.hasPrefix(".") }.map { folder + $0 }.filter { $0.hasPrefix(word) }.map { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return isDirectory.boolValue ? path + "/" : path
        }.sorted()
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// Candidates in columns across the terminal.
    static func columns(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 1) + 2
        let perLine = max(1, width / cell)
        var lines: [String] = []
        var index = 0
        while index < words.count {
            let row = words[index..<min(words.count, index + perLine)]
            lines.append(row.map { $0.padding(toLength: cell, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces))
            index += perLine
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == String {
    func uniqueSorted() -> [String] { Array(Set(self)).sorted() }
}
