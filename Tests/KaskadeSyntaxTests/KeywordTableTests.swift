// The keyword table is the one source of truth: the lexer, the editor grammar and every
// spelling in the language reference must agree with it.

import Foundation
import KaskadeDriver
import KaskadeModel
import KaskadeSyntax
import Testing

@Suite struct KeywordTableTests {
    @Test func everySpellingLexesAsItsKeyword() {
        for keyword in Keyword.all {
            for spelling in keyword.spellings.all {
                #expect(Keyword.lookup(spelling) == keyword, "\(spelling)")
            }
        }
        #expect(Keyword.lookup("målet") == .none)
        #expect(Keyword.lookup("LYS") == .none)
        #expect(Keyword.lookup("Mål") == .none, "keywords are case-sensitive like names")
    }

    /// The lexer reads a keyword with two word loads when 16 bytes follow its start, and byte
    /// by byte near the end of the input: both must find every spelling, and nothing more.
    @Test func theLexerFindsEverySpellingWhereverItStands() {
        func kinds(_ text: String) -> [(TokenKind, Keyword)] {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                var lexer = Lexer(file: 0, bytes: UnsafeBufferPointer(buffer))
                var found: [(TokenKind, Keyword)] = []
                while true {
                    let token = lexer.next()
                    if token.kind == .endOfFile { return found }
                    if token.kind != .newline { found.append((token.kind, token.keyword)) }
                }
            }
        }
        for keyword in Keyword.all {
            for spelling in keyword.spellings.all {
                for text in ["\(spelling) x y z w v u t s r q", "x \(spelling)", spelling, "\(spelling)e \(spelling)", "\(spelling)1"] {
                    let expected: [(TokenKind, Keyword)] = text.split(separator: " ").map {
                        $0 == spelling ? (.keyword, keyword) : (Keyword.lookup(String($0)) == .none ? (.identifier, .none) : (.keyword, Keyword.lookup(String($0))))
                    }
                    let lexed = kinds(text)
                    #expect(lexed.map(\.0) == expected.map(\.0) && lexed.map(\.1) == expected.map(\.1), "\(text)")
                }
            }
        }
    }

    @Test func spellingsAreUnambiguous() {
        var seen: [String: Keyword] = [:]
        for keyword in Keyword.all {
            for spelling in keyword.spellings.all {
                #expect(seen[spelling] == nil || seen[spelling] == keyword, "\(spelling) names two keywords")
                seen[spelling] = keyword
            }
        }
    }

    @Test func everySpellingOfTheContractIsInTheTable() throws {
        // Section 6 of the language reference, read from the document itself.
        // The contract lies beside the repository in the project's workspace and in CI; a
        // developer's checkout without it skips, CI never does.
        let path = repositoryRoot.appendingPathComponent("../shared/spec/language.md")
        guard let reference = try? String(contentsOf: path, encoding: .utf8) else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "CI must have \(path.path)")
            return
        }
        let parts = reference.components(separatedBy: "## 6. Keywords")
        try #require(parts.count == 2, "language.md has no section 6")
        let table = parts[1].components(separatedBy: "\n## ").first ?? parts[1]
        var words = Set<String>()
        for line in table.split(separator: "\n") where line.hasPrefix("| ") && !line.contains("---") && !line.contains("Danish") {
            for cell in line.split(separator: "|") {
                for word in cell.split(separator: ",") {
                    let trimmed = word.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { words.insert(trimmed) }
                }
            }
        }
        #expect(words.count > 100)
        for word in words { #expect(Keyword.lookup(word) != .none, "\(word) is not a keyword") }
    }

    @Test func keywordsFitTheKindSet() {
        // KindSet is a 128-bit mask indexed by raw value.
        #expect(Keyword.allCases.count <= 128)
        var set = KindSet()
        for keyword in Keyword.all { set.insert(keyword) }
        #expect(set.keywords == Keyword.all, "every keyword has its own bit")
    }

    @Test func editorGrammarKnowsEveryKeyword() throws {
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-keywords-\(getpid()).txt")
        try (Keyword.allSpellings.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("grammar/test_tmlanguage.py").path, list.path, "--self-test"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: FileIO.readToEnd(output.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
