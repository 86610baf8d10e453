// The queries over a loaded plan, and the REPL driven in a real pseudo-terminal.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeQuery
import KaskadeREPL
import Testing

let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
    return url
}()

func loaded(_ folder: String = "examples/broken") throws -> QueryIndex {
    QueryIndex(Checker.check(try PlanLoader.load([root.appendingPathComponent(folder).path])))
}

func ids(_ nodes: [TreeNode]) -> [String] { nodes.flatMap { [$0.id] + ids($0.children) } }

@Suite struct QueryTests {
    @Test func traceReachesEveryGoalAndCourseBelow() throws {
        let answer = try Queries.trace(try loaded(), "BSU1")
        #expect(ids(answer.tree!) == ["BSU1", "D1", "CSD1", "LYS1", "PD", "KRA1", "KRA-LÆS"])
        #expect(answer.summary == "5 goals, 2 courses, 4 employee development items")
    }

    @Test func whyClimbsFromAnEmployeeToTheCouncil() throws {
        let answer = try Queries.why(try loaded(), "M1044")
        #expect(ids(answer.tree!) == ["M1044", "KRA-LÆS", "KRA1", "CSD1", "D1", "BSU1", "BY1"])
    }

    @Test func findIgnoresCaseAndDanishLetters() throws {
        let index = try loaded()
        for text in ["borne", "BØRNE", "boerne"] {
            let answer = try Queries.find(index, text)
            #expect(answer.table!.rows.map { $0[1] } == ["BSU"], "\(text)")
        }
    }

    @Test func coverageCountsPerUnit() throws {
        let answer = try Queries.coverage(try loaded(), "CSD")
        #expect(answer.table!.rows.map { Array($0.prefix(4)) } == [["LYS", "Lyngehus Skole", "3", "2 (67%)"], ["KRA", "Kratbjergskolen", "1", "1 (100%)"]])
    }

    @Test func gapsListCompetencesNobodyHoldsOrLearns() throws {
        let answer = try Queries.gaps(try loaded(), nil)
        #expect(answer.table!.rows == [["LYS", "UND", "INK", "Inkluderende pædagogik"]])
    }

    @Test func checkBelowOneUnitKeepsOnlyItsFindings() throws {
        let answer = try Queries.check(try loaded(), "KRA", color: false)
        #expect(answer.findings!.map(\.rule) == ["K305", "K408", "K409"])
    }

    @Test func unknownIDsSuggestTheNearest() throws {
        #expect(throws: QueryError.self) { try Queries.show(try loaded(), "LYX") }
        do { _ = try Queries.show(try loaded(), "LYX") } catch let error as QueryError {
            #expect(error.description.contains("did you mean `LYS`"))
        }
    }

    @Test func completionOffersCommandsKeywordsAndIDs() {
        let completion = Completion(names: ["KRA", "KRA-LÆS", "LYS"])
        #expect(completion.candidates(for: "tr") == ["trace", "tree", "træ"])
        #expect(completion.candidates(for: "show KRA-") == ["KRA-LÆS"])
        #expect(completion.candidates(for: "mål").contains("mål"))
    }

    @Test func whatIfClearsAFindingWithoutTouchingTheFile() throws {
        let session = Session()
        let path = root.appendingPathComponent("examples/broken").path
        let before = try String(contentsOfFile: path + "/10-skole.kaskade", encoding: .utf8)
        try session.load([path])
        let (old, new) = try session.addStatement("opfølgning 2027-09-12 med KRA om CSD1", into: "CSD")
        #expect(old.diagnostics.contains { $0.rule == .annualFollowUp })
        #expect(!new.diagnostics.contains { $0.rule == .annualFollowUp })
        #expect(try String(contentsOfFile: path + "/10-skole.kaskade", encoding: .utf8) == before)
    }
}

/// The REPL in a pseudo-terminal and in pipe mode, through the real binary (Tests/repl).
@Suite struct REPLTerminalTests {
    @Test func pseudoTerminalSession() throws {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary: URL?
        for _ in 0..<4 where binary == nil {
            let candidate = folder.appendingPathComponent("kaskade")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { binary = candidate }
            folder.deleteLastPathComponent()
        }
        let kaskade = try #require(binary, "the kaskade binary is built with the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/repl/test_repl.py").path, kaskade.path]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
    }
}
