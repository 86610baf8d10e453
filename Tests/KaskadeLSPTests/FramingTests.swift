// Framing, positions and the message loop under random and mutated input.

import Foundation
import KaskadeDiagnostics
@testable import KaskadeLSP
import Testing

/// A frame source over bytes in memory, handing them out in pieces of a given size.
func source(_ bytes: [UInt8], piece: Int = 7) -> FrameReader.Source {
    var offset = 0
    return { pointer, count in
        let n = min(count, piece, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { raw in pointer.copyMemory(from: raw.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}

func frame(_ json: String) -> [UInt8] { FrameWriter.frame(Array(json.utf8)) }

/// Runs a server over the bytes and returns every message it wrote, parsed.
func serve(_ input: [UInt8], piece: Int = 64) throws -> (messages: [[String: Any]], exit: Int32?) {
    var written: [UInt8] = []
    let server = Server { written += $0 }
    let reader = FrameReader(source: source(input, piece: piece))
    while let next = reader.next() {
        server.handle(next)
        server.idle()
        if server.exitCode != nil { break }
    }
    // Everything written must be frames of JSON-RPC 2.0 objects.
    var messages: [[String: Any]] = []
    let out = FrameReader(source: source(written, piece: 1000))
    while let next = out.next() {
        guard case .message(let body) = next else { Issue.record("malformed output frame"); break }
        let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        #expect(object?["jsonrpc"] as? String == "2.0")
        if let object { messages.append(object) }
    }
    return (messages, server.exitCode)
}

@Suite struct FramingTests {
    @Test func readsFramesSplitAcrossReads() {
        let bytes = frame(#"{"a":1}"#) + Array("content-length:  3\r\nX: y\r\n\r\n[1]".utf8)
        let reader = FrameReader(source: source(bytes, piece: 3))
        #expect(reader.next() == .message(Array(#"{"a":1}"#.utf8)))
        #expect(reader.next() == .message(Array("[1]".utf8)))
        #expect(reader.next() == nil)
    }

    @Test func badHeadersAreReportedAndSkipped() {
        let bytes = Array("Content-Length: abc\r\n\r\n".utf8) + Array("Content-Length: 99999999999999\r\n\r\n".utf8) + frame("{}")
        let reader = FrameReader(source: source(bytes))
        guard case .malformed = reader.next() else { Issue.record("expected malformed"); return }
        guard case .malformed = reader.next() else { Issue.record("expected malformed"); return }
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test func endlessHeadersEndInMalformedNotInMemory() {
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        let reader = FrameReader(source: source(bytes, piece: 4096))
        var frames = 0
        while let next = reader.next() {
            guard case .malformed = next else { Issue.record("expected malformed"); return }
            frames += 1
        }
        #expect(frames >= 1)
    }

    @Test func aTruncatedBodyIsTheEndOfInput() {
        let reader = FrameReader(source: source(Array("Content-Length: 50\r\n\r\n{\"a\"".utf8)))
        #expect(reader.next() == nil)
    }
}

@Suite struct PositionTests {
    let file = SourceFile(path: "t", text: "plan \"x\"\n  mål \"æøå 🚀\" X\n")

    @Test func utf16CountsSurrogatePairsAsTwo() {
        let text = "  mål \"æøå 🚀\" X"
        let offset = Int(file.lineStarts[1]) + text.utf8.count - 1
        #expect(file.position(of: offset, encoding: .utf16) == Position(line: 1, character: text.utf16.count - 1))
        #expect(file.position(of: offset, encoding: .utf8) == Position(line: 1, character: text.utf8.count - 1))
        #expect(file.offset(of: Position(line: 1, character: text.utf16.count - 1), encoding: .utf16) == offset)
    }

    @Test func positionsPastTheEndAreClamped() {
        #expect(file.offset(of: Position(line: 0, character: 500), encoding: .utf16) == 8)
        #expect(file.offset(of: Position(line: 99, character: 0), encoding: .utf16) == file.bytes.count)
        #expect(file.offset(of: Position(line: -3, character: 0), encoding: .utf16) == 0)
        #expect(file.position(of: 10_000, encoding: .utf16).line == 2)
    }

    @Test func insideASurrogatePairSnapsToItsStart() {
        let line = "  mål \"æøå "
        let start = Int(file.lineStarts[1]) + line.utf8.count
        #expect(file.offset(of: Position(line: 1, character: line.utf16.count + 1), encoding: .utf16) == start)
    }

    @Test func invalidUTF8CountsOneUnitAByte() {
        let bad = SourceFile(path: "b", bytes: [0x61, 0xFF, 0xC3, 0x62, 0x0A])
        #expect(bad.position(of: 4, encoding: .utf16) == Position(line: 0, character: 4))
    }
}

@Suite struct MessageLoopTests {
    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#

    @Test func lifecycle() throws {
        let input = frame(#"{"jsonrpc":"2.0","id":0,"method":"shutdown"}"#) + frame(Self.initialize)
            + frame(#"{"jsonrpc":"2.0","id":2,"method":"nope"}"#) + frame(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
            + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let (messages, exit) = try serve(input)
        let errors = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors == [-32002, -32601])
        #expect(messages.count == 4)
        #expect(exit == 0)
    }

    @Test func documentsOpenedAndEditedAnswerEveryFeature() throws {
        let uri = "file:///nowhere/x.kaskade"
        let text = #"plan \"T\" år 2027\nbyråd BY \"B\" {\n  mål BY1 \"æ 🚀\"\n}\n"#
        var input = frame(Self.initialize)
        input += frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"kaskade","version":1,"text":"\#(text)"}}}"#)
        let position = #""textDocument":{"uri":"\#(uri)"},"position":{"line":2,"character":7}"#
        for (id, method) in ["textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/prepareRename"].enumerated() {
            input += frame(#"{"jsonrpc":"2.0","id":\#(id + 10),"method":"\#(method)","params":{\#(position)}}"#)
        }
        input += frame(#"{"jsonrpc":"2.0","id":20,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"\#(uri)"}}}"#)
        let (messages, _) = try serve(input)
        let diagnostics = messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
        #expect(!diagnostics.isEmpty)
        let results = messages.filter { $0["id"] != nil && $0["result"] != nil }
        #expect(results.count == 6)
        let definition = messages.first { $0["id"] as? Int == 11 }?["result"] as? [[String: Any]]
        #expect(((definition?.first?["range"] as? [String: Any])?["start"] as? [String: Int])?["character"] == 6)
    }

    /// Random bytes, and valid sessions with bytes flipped, dropped or duplicated: the server
    /// never crashes, and writes only well-formed JSON-RPC frames.
    @Test func fuzzedFramesNeverCrashTheLoop() throws {
        var generator = SplitMix(seed: 0x5eed)
        let uri = "file:///nowhere/y.kaskade"
        let session = frame(Self.initialize)
            + frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","version":1,"text":"plan \"T\" år 2027\nområde O \"o\" chef \"c\" udvalg U {\n}\n"}}}"#)
            + frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":3},"end":{"line":9,"character":99}},"text":"x {"}]}}"#)
            + frame(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":1,"character":8}}}"#)
            + frame(#"{"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"\#(uri)"},"options":{}}}"#)
            + frame(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/rename","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":1,"character":8},"newName":"P"}}"#)
        _ = try serve(session)
        for round in 0..<300 {
            var input = session
            if round % 10 == 0 {
                input = (0..<Int(generator.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            } else {
                for _ in 0..<(1 + Int(generator.next() % 6)) {
                    let at = Int(generator.next() % UInt64(input.count))
                    switch generator.next() % 3 {
                    case 0: input[at] = UInt8(truncatingIfNeeded: generator.next())
                    case 1: input.remove(at: at)
                    default: input.insert(contentsOf: input[at..<min(input.count, at + 20)], at: at)
                    }
                }
            }
            _ = try serve(input, piece: 1 + Int(generator.next() % 200))
        }
    }
}

struct SplitMix {
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
