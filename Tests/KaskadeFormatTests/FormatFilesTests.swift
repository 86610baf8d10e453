// `kaskade fmt` on files: what it writes, what it refuses, and that every file it does not
// rewrite is left byte for byte (and mode for mode) as it was.

import Foundation
import KaskadeFormat
import Testing
#if canImport(Glibc)
import Glibc
#endif

let messy = "plan   \"P\"  år 2027\nkompetence INK \"Inklusion\";kompetence LÆS \"Læsning\"\n"
let tidy = "plan \"P\" år 2027\nkompetence INK \"Inklusion\"\nkompetence LÆS \"Læsning\"\n"

func mode(_ path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
}

func write(_ text: String, to url: URL, mode: mode_t = 0o644) throws {
    try Data(text.utf8).write(to: url)
    chmod(url.path, mode)
}

func contents(_ url: URL) -> String? {
    (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
}

@Suite struct FormatFilesTests {
    @Test func rewritesAtomicallyAndKeepsTheMode() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        try write(messy, to: file, mode: 0o640)
        let result = FormatFiles.run([file.path], FormatRequest())
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.written == [file.path])
        #expect(contents(file) == tidy)
        #expect(mode(file.path) == 0o640)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.kaskade"])
        // A second run changes nothing and writes nothing.
        let again = FormatFiles.run([folder.path], FormatRequest())
        #expect(again.status == 0 && again.written.isEmpty)
    }

    @Test func writesThroughASymbolicLink() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("real.kaskade")
        let link = folder.appendingPathComponent("link.kaskade")
        try write(messy, to: file)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: file.path)
        let result = FormatFiles.run([link.path], FormatRequest())
        #expect(result.status == 0, "\(result.errors)")
        #expect(contents(file) == tidy)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == file.path)
    }

    @Test func checkListsWhatWouldChangeAndChangesNothing() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let bad = folder.appendingPathComponent("a.kaskade"), good = folder.appendingPathComponent("b.kaskade")
        try write(messy, to: bad)
        try write(tidy.replacingOccurrences(of: "\"P\"", with: "\"Q\""), to: good)
        var request = FormatRequest()
        request.check = true
        let result = FormatFiles.run([folder.path], request)
        #expect(result.status == 1)
        #expect(result.output == bad.path + "\n")
        #expect(contents(bad) == messy)
    }

    @Test func diffIsAPatchThatFormats() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        let original = messy + "\n\n# a comment\nkompetence X \"x\"   # end\n"
        try write(original, to: file)
        var request = FormatRequest()
        request.diff = true
        let result = FormatFiles.run([file.path], request)
        #expect(result.status == 0)
        #expect(contents(file) == original)
        // An absolute path loses its leading `/` below `a/` and `b/`, so that `patch -p1` applies it.
        #expect(result.output.hasPrefix("--- a\(file.path)\n+++ b\(file.path)\n@@ -1,"))
        #expect(result.output.contains("\n-plan   \"P\"  år 2027\n"))
        #expect(result.output.contains("\n+plan \"P\" år 2027\n"))
        #expect(result.output.contains("\n-kompetence X \"x\"   # end\n+kompetence X \"x\" # end\n"))
        let patch = try #require(executable("patch"), "patch(1) is needed: scripts/setup installs it")
        let patched = folder.appendingPathComponent("patched.kaskade")
        try write(original, to: patched)
        let run = try runTool(patch, [patched.path], input: Data(result.output.utf8))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(contents(patched) == PlanFormatter.format(text: original))
    }

    @Test func diffIsMinimalAndMarksAMissingLineBreak() {
        let old = Array((0..<1000).map { "line \($0)\n" }.joined().utf8)
        let new = Array((0..<1000).map { $0 % 2 == 0 ? "LINE \($0)\n" : "line \($0)\n" }.joined().utf8)
        let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b")
        #expect(diff.split(separator: "\n").filter { $0.hasPrefix("-line") }.count == 500)
        #expect(diff.split(separator: "\n").filter { $0.hasPrefix("+LINE") }.count == 500)
        #expect(UnifiedDiff.diff(old: old, new: old, oldName: "a", newName: "b").isEmpty)
        #expect(UnifiedDiff.diff(old: Array("a".utf8), new: Array("a\n".utf8), oldName: "a", newName: "b")
            == "--- a\n+++ b\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n")
    }

    /// Past `maxEdits` changed lines the diff is coarser (one hunk), but still a patch that works.
    @Test(arguments: [(40, 3), (3000, 2), (5000, 1)])
    func diffAppliesWithPatch(_ lines: Int, _ every: Int) throws {
        let patch = try #require(executable("patch"), "patch(1) is needed: scripts/setup installs it")
        let old = (0..<lines).map { "line \($0)\n" }.joined()
        let new = (0..<lines).map { $0 % every == 0 ? "LINE \($0)\n" : ($0 % 7 == 0 ? "" : "line \($0)\n") }.joined() + "tail\n"
        let diff = UnifiedDiff.diff(old: Array(old.utf8), new: Array(new.utf8), oldName: "a/x", newName: "b/x")
        let scratch = try temporaryFolder()
        defer { removeFolder(scratch) }
        let file = scratch.appendingPathComponent("x")
        try Data(old.utf8).write(to: file)
        let run = try runTool(patch, [file.path], input: Data(diff.utf8))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(contents(file) == new)
    }

    @Test func standardOutputLeavesTheFile() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        try write(messy, to: file)
        var request = FormatRequest()
        request.toStandardOutput = true
        let result = FormatFiles.run([file.path], request)
        #expect(result.output == tidy)
        #expect(contents(file) == messy)
    }

    @Test func standardInputGoesToStandardOutput() {
        let result = FormatFiles.run(["-"], FormatRequest(), standardInput: { Array(messy.utf8) })
        #expect(result.status == 0)
        #expect(result.output == tidy)
        var check = FormatRequest()
        check.check = true
        let checked = FormatFiles.run(["-"], check, standardInput: { Array(messy.utf8) })
        #expect(checked.status == 1 && checked.output == "<stdin>\n")
        let broken = FormatFiles.run(["-"], FormatRequest(), standardInput: { Array("plan \"P\n".utf8) })
        #expect(broken.status == 1 && broken.output.isEmpty)
        #expect(broken.errors.contains("K003"))
    }

    @Test func aFileWithASyntaxErrorIsNeverRewritten() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("broken.kaskade")
        let other = folder.appendingPathComponent("other.kaskade")
        let text = "plan   \"P\" år 2027\nbyråd BY \"B\" {\n  mål BY1 \"x\" frist\n"
        try write(text, to: file)
        try write(messy, to: other)
        let result = FormatFiles.run([file.path, other.path], FormatRequest())
        #expect(result.status == 1)
        #expect(contents(file) == text)
        #expect(result.errors.contains("error[K005]"))
        #expect(result.errors.contains("\(file.path): not formatted"))
        // The other file is still formatted.
        #expect(contents(other) == tidy)
        // Every syntax fixture is refused and left alone.
        for fixture in planFiles(below: "Tests/Fixtures/syntax") {
            let copy = folder.appendingPathComponent("copy.kaskade")
            let bytes = try readBytes(repositoryPath(fixture))
            try Data(bytes).write(to: copy)
            let run = FormatFiles.run([copy.path], FormatRequest())
            #expect(run.status == 1, "\(fixture)")
            #expect(try readBytes(copy.path) == bytes, "\(fixture) was changed")
        }
    }

    @Test func aReadOnlyFileIsLeftAsItWas() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        try write(messy, to: file, mode: 0o444)
        let result = FormatFiles.run([file.path], FormatRequest())
        #expect(result.status == 2)
        #expect(result.errors.contains("read-only"))
        #expect(contents(file) == messy)
        #expect(mode(file.path) == 0o444)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.kaskade"])
        // A read-only file that is already formatted is no error: nothing needs writing.
        try write(tidy, to: file, mode: 0o444)
        #expect(FormatFiles.run([file.path], FormatRequest()).status == 0)
    }

    @Test func aFileThatVanishesIsNotWritten() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        try write(messy, to: file)
        var request = FormatRequest()
        request.beforeReplace = { path in try? FileManager.default.removeItem(atPath: path) }
        let result = FormatFiles.run([file.path], request)
        #expect(result.status == 2)
        #expect(result.errors.contains("vanished"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFileThatChangesMeanwhileIsNotOverwritten() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let file = folder.appendingPathComponent("plan.kaskade")
        try write(messy, to: file)
        let edit = messy + "kompetence NY \"Ny\"\n"
        var request = FormatRequest()
        request.beforeReplace = { path in try? Data(edit.utf8).write(to: URL(fileURLWithPath: path)) }
        let result = FormatFiles.run([file.path], request)
        #expect(result.status == 2)
        #expect(result.errors.contains("changed while"))
        #expect(contents(file) == edit)
    }

    @Test func aMissingFileIsReported() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let missing = folder.appendingPathComponent("gone.kaskade").path
        let result = FormatFiles.run([missing], FormatRequest())
        #expect(result.status == 2)
        #expect(result.errors.contains("gone.kaskade"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
