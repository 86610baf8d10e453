// TAB completion: command names first on a line, then what each command takes (IDs of the
// loaded plan, command names, rule codes, `text`/`json`, file paths); plan keywords and IDs
// in a what-if statement. IDs come from the index's sorted names by binary search, so
// completion is instant on a plan of half a million names.

import Foundation
import KaskadeDiagnostics
import KaskadeQuery
import KaskadeRules
import KaskadeSyntax

public struct Completion {
    let index: QueryIndex?
    /// The session's language: command names are offered in it.
    let language: Language

    /// `language`: the session's; without it, the loaded plan's, else English.
    public init(index: QueryIndex?, language: Language? = nil) {
        self.index = index
        self.language = language ?? index?.language ?? .english
    }

    /// At most this many candidates are offered (the rest: type more letters).
    public static let limit = 500

    /// The candidates for the word before the cursor, given the whole text before it. A
    /// candidate may differ from the word in case (`æbl` → `ÆBL`): the word is then replaced.
    public func candidates(for textBeforeCursor: String) -> [String] {
        let words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let word = words.last ?? ""
        let first = words.first ?? ""
        if words.count <= 1 {
            return matching(word, in: commandNames(word) + [language == .danish ? "i" : "in"] + Completion.statementKeywords)
        }
        if (first == "in" || first == "i") && words.count == 2 { return ids(word) }
        if let spec = Commands.spec(first) {
            switch spec.argument {
            case .id: return words.count == 2 ? ids(word) : []
            case .command: return words.count == 2 ? matching(word, in: commandNames(word)) : []
            case .rule: return words.count == 2 ? matching(word, in: RuleCatalogue.book.spellings) : []
            case .format: return words.count == 2 ? matching(word, in: Session.Format.allCases.map(\.rawValue)) : []
            case .path: return Completion.paths(word)
            case .date: return words.count == 2 ? matching(word, in: spec.command == .asOf || spec.command == .overdue ? ["today"] : []) : []
            case .none, .text: return []
            }
        }
        // A statement (or `in ID: statement`): IDs and keywords.
        guard !word.isEmpty else { return [] }
        return (ids(word) + matching(word, in: Keyword.allSpellings)).uniqueSorted()
    }

    /// The command names of the session's language that begin with `word`; failing that, every
    /// name (the other language's, the Danish ones without æøå), so that `dækn` still completes
    /// in an English session and `daek` in a Danish one.
    func commandNames(_ word: String) -> [String] {
        let own = Commands.names(language)
        return own.contains(where: { $0.lowercased().hasPrefix(word.lowercased()) }) ? own : Commands.names
    }

    /// Keywords that begin a statement, in every spelling.
    static let statementKeywords = Keyword.all.filter(\.isStatement).flatMap { $0.spellings.all }

    /// Words that begin with `word`; failing that, words that begin with it ignoring case.
    func matching(_ word: String, in words: [String]) -> [String] {
        let exact = words.filter { $0.hasPrefix(word) }
        if !exact.isEmpty { return exact.uniqueSorted() }
        let folded = word.lowercased()
        return words.filter { $0.lowercased().hasPrefix(folded) }.uniqueSorted()
    }

    /// IDs of the plan that begin with `word` (`lys` finds `LYS` when no ID begins with `lys`).
    func ids(_ word: String) -> [String] {
        guard let index else { return [] }
        let exact = index.names(withPrefix: word, limit: Completion.limit)
        if !exact.isEmpty || word.isEmpty { return exact }
        return index.names(withPrefix: word.uppercased(), limit: Completion.limit)
    }

    static func paths(_ word: String) -> [String] {
        let folder = word.contains("/") ? String(word[...word.lastIndex(of: "/")!]) : ""
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return entries.filter { !$0.hasPrefix(".") || word.hasSuffix("/.") || word.hasPrefix(".") }
            .map { folder + $0 }
            .filter { $0.hasPrefix(word) }
            .map { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path + "/" : path
            }
            .sorted()
    }

    /// The longest prefix all words share (compared by characters).
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// Candidates in columns across the terminal, at most `shown` of them.
    static func columns(_ words: [String], width: Int, shown: Int = 120, language: Language = .english) -> String {
        let listed = Array(words.prefix(shown))
        let cell = (listed.map(\.count).max() ?? 1) + 2
        let perLine = max(1, width / cell)
        var lines: [String] = []
        var start = 0
        while start < listed.count {
            let row = listed[start..<min(listed.count, start + perLine)]
            lines.append(row.map { $0.padding(toLength: cell, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces))
            start += perLine
        }
        if words.count > listed.count {
            lines.append(REPLSays.inAll(words.count, atLeast: words.count >= Completion.limit).text(language))
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == String {
    func uniqueSorted() -> [String] { Array(Set(self)).sorted() }
}
