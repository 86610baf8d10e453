// The plans behind the open documents. A workspace folder's `*.kaskade` files are one plan
// (as `kaskade check FOLDER` reads it); an open document's text replaces its file; a file
// outside every folder is a plan of its own. Each file's tree is kept with the text it was
// parsed from, so a change re-parses its own file only and then resolves and checks the
// plan again from the kept trees.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax

/// An open document: the client's text replaces the file on disk.
struct Document {
    var uri: String
    var path: String
    var version: Int?
    var bytes: [UInt8]
    /// Changes whenever the text does (a number from one counter for every text the server holds).
    var content: Int
}

/// A file's text and its tree, kept until the text or its place in the plan changes.
struct ParsedFile {
    var content: Int
    var fileID: FileID
    var source: SourceFile
    var tree: SyntaxTree
    var diagnostics: [Diagnostic]
}

final class Project {
    /// The folder (nil for a file outside every folder, whose plan is `single`).
    let root: String?
    let single: String?
    /// The plan's files, in reading order.
    var paths: [String] = []
    var parsed: [String: ParsedFile] = [:]
    /// Files read from disk, with the content number they were read under.
    var disk: [String: (bytes: [UInt8], content: Int)] = [:]
    var analysis: Analysis?
    /// The text changed since `analysis` was made.
    var dirty = true
    /// URIs whose last published diagnostics were not empty.
    var published: Set<String> = []

    init(root: String?, single: String?) {
        self.root = root
        self.single = single
    }

    func contains(_ path: String) -> Bool {
        if let single { return path == single }
        guard let root else { return false }
        return path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Finds the plan's files again (after files were created or deleted).
    func discover() {
        if let single {
            paths = [single]
        } else if let root {
            paths = (try? PlanLoader.discover([root])) ?? []
        }
        dirty = true
    }
}

/// The file-system path of a `file://` URI (nil for other schemes).
func path(ofURI uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.standardizedFileURL.path
}

func uri(ofPath path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.absoluteString
}

func standardPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

final class Workspace {
    var folders: [String] = []
    var documents: [String: Document] = [:]
    /// Keyed by folder path, or by the file path of a single-file plan.
    var projects: [String: Project] = [:]
    private var nextContent = 0
    var limits = Limits()

    func newContent() -> Int {
        nextContent += 1
        return nextContent
    }

    func document(path: String) -> Document? {
        documents.values.first { $0.path == path }
    }

    /// The project a file belongs to: the innermost folder holding it, else a plan of its own.
    func project(forPath path: String) -> Project {
        let folder = folders.filter { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }.max { $0.count < $1.count }
        let key = folder ?? path
        if let existing = projects[key] { return existing }
        let project = Project(root: folder, single: folder == nil ? path : nil)
        project.discover()
        projects[key] = project
        return project
    }

    /// Re-checks the project if its text changed: parses the files whose text or place
    /// changed, reuses every other tree, then resolves and checks the whole plan.
    func refresh(_ project: Project) {
        guard project.dirty || project.analysis == nil else { return }
        var paths = project.paths
        // An open document below the folder that discovery has not seen yet (a new file).
        for document in documents.values where project.contains(document.path) && !paths.contains(document.path) {
            paths.append(document.path)
        }
        paths.sort()
        var sources = SourceSet(), parsed: [(tree: SyntaxTree, diagnostics: [Diagnostic])] = [], uris: [String] = []
        var kept: [String: ParsedFile] = [:]
        for path in paths {
            guard let (bytes, content) = text(of: path, in: project) else { continue }
            let fileID = FileID(sources.files.count)
            let file: ParsedFile
            if let old = project.parsed[path], old.content == content, old.fileID == fileID {
                file = old
            } else {
                let source = SourceFile(path: path, bytes: bytes)
                let (tree, diagnostics) = Checker.parseFile(source, file: fileID, maxDepth: limits.maxDepth,
                                                                  parts: bytes.count > 4 << 20 ? ProcessInfo.processInfo.activeProcessorCount : 1)
                file = ParsedFile(content: content, fileID: fileID, source: source, tree: tree, diagnostics: diagnostics)
            }
            kept[path] = file
            sources.add(file.source)
            parsed.append((file.tree, file.diagnostics))
            uris.append(documents.values.first { $0.path == path }?.uri ?? uri(ofPath: path))
        }
        project.parsed = kept
        let result = Checker.check(sources, parsed: parsed)
        project.analysis = Analysis(result: result, uris: uris)
        project.dirty = false
    }

    /// An open document's text, else the file's (read once, again after it changed on
    /// disk); nil for a file that cannot be read (deleted under the server).
    private func text(of path: String, in project: Project) -> ([UInt8], Int)? {
        if let document = document(path: path) { return (document.bytes, document.content) }
        if let cached = project.disk[path] { return (cached.bytes, cached.content) }
        guard let file = try? PlanLoader.read(path, limits: limits) else { return nil }
        let content = newContent()
        // `SourceFile` drops a byte-order mark; keep the raw bytes so offsets agree.
        let bytes = file.bomLength > 0 ? [0xEF, 0xBB, 0xBF] + file.bytes : file.bytes
        project.disk[path] = (bytes, content)
        return (bytes, content)
    }

    /// A file changed, appeared or went away on disk.
    func fileChanged(_ path: String) {
        for project in projects.values where project.contains(path) {
            project.disk[path] = nil
            project.discover()
        }
        // A roster a plan reads: that plan is checked again.
        let changed = uri(ofPath: path)
        for project in projects.values where project.analysis?.uris.contains(changed) ?? false { project.dirty = true }
    }
}
