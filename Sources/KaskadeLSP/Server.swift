// The Kaskade language server: LSP 3.17 over JSON-RPC 2.0.
//
// The server is one object driven by one thread: `handle` takes a frame, answers it and
// queues what it changed; `idle` (called when no further input is waiting) re-checks the
// plans whose text changed and publishes their diagnostics. So a burst of keystrokes costs
// one check, and a request that needs no check (completion) is answered from the last one.
// Nothing a client sends may crash it: every body is decoded into the project's own Codable
// types, and what does not decode gets a JSON-RPC error and is otherwise ignored.
//
// It never writes to standard output except through `output`, which carries only protocol.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver

public final class Server {
    private let output: ([UInt8]) -> Void
    let workspace = Workspace()
    var encoding = PositionEncoding.utf16
    /// The client's `locale` (`da`, `da-DK` mean Danish once the messages exist in Danish).
    var locale: String?
    /// The language of the findings: the client's `locale` where it names one, else as on
    /// the command line (`KASKADE_LANG`, the locale variables).
    var language: Language {
        if let locale, let language = Language(code: locale) { return language }
        return LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).beforePlan
    }
    private var initialized = false
    private(set) public var shutdownRequested = false
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    private(set) public var exitCode: Int32?
    private var nextRequestID = 0
    /// The client lets us register for file events (else it sends them unasked, or never).
    private var watchesFiles = false

    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    public init(output: @escaping ([UInt8]) -> Void) {
        self.output = output
    }

    // MARK: - Frames

    public func handle(_ frame: Frame) {
        switch frame {
        case .malformed(let why):
            send(Response<Empty>(id: nil, result: nil, error: ResponseError(ResponseError.parseError, why)))
        case .message(let body):
            handleMessage(body)
        }
    }

    /// Re-checks every plan whose text changed and publishes its diagnostics.
    public func idle() {
        for project in workspace.projects.values where project.dirty {
            refresh(project)
        }
    }

    private func handleMessage(_ body: [UInt8]) {
        let data = Data(body)
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: data)
        } catch DecodingError.dataCorrupted {
            send(Response<Empty>(id: nil, result: nil, error: ResponseError(ResponseError.parseError, "the message is not valid JSON")))
            return
        } catch {
            send(Response<Empty>(id: nil, result: nil, error: ResponseError(ResponseError.invalidRequest, "the message is not a JSON-RPC request")))
            return
        }
        guard let method = envelope.method else {
            // A response to a request of ours (registerCapability): nothing waits for it.
            if envelope.id == nil {
                send(Response<Empty>(id: nil, result: nil, error: ResponseError(ResponseError.invalidRequest, "a message needs a `method`")))
            }
            return
        }
        if let id = envelope.id {
            request(method, id: id, data)
        } else {
            notification(method, data)
        }
    }

    // MARK: - Requests

    private func request(_ method: String, id: RequestID, _ data: Data) {
        if !initialized && method != "initialize" {
            return replyError(id, ResponseError(ResponseError.serverNotInitialized, "the server is not initialized yet"))
        }
        if shutdownRequested {
            return replyError(id, ResponseError(ResponseError.invalidRequest, "the server is shutting down"))
        }
        do {
            switch method {
            case "initialize": reply(id, initialize(try params(InitializeParams.self, data)))
            case "shutdown":
                shutdownRequested = true
                reply(id, Optional<Empty>.none)
            case "textDocument/completion": reply(id, completion(try params(TextDocumentPositionParams.self, data)))
            case "textDocument/hover": reply(id, hover(try params(TextDocumentPositionParams.self, data)))
            case "textDocument/definition": reply(id, definition(try params(TextDocumentPositionParams.self, data)))
            case "textDocument/references": reply(id, references(try params(ReferenceParams.self, data)))
            case "textDocument/prepareRename": reply(id, try prepareRename(try params(TextDocumentPositionParams.self, data)))
            case "textDocument/rename": reply(id, try rename(try params(RenameParams.self, data)))
            case "textDocument/documentSymbol": reply(id, documentSymbols(try params(DocumentParams.self, data)))
            case "workspace/symbol": reply(id, workspaceSymbols(try params(WorkspaceSymbolParams.self, data)))
            case "textDocument/formatting": reply(id, formatting(try params(FormattingParams.self, data)))
            case "textDocument/codeAction": reply(id, codeActions(try params(CodeActionParams.self, data)))
            case "textDocument/semanticTokens/full": reply(id, semanticTokens(try params(DocumentParams.self, data)))
            default:
                replyError(id, ResponseError(ResponseError.methodNotFound, "unknown method `\(method)`"))
            }
        } catch let error as ResponseError {
            replyError(id, error)
        } catch {
            replyError(id, ResponseError(ResponseError.invalidParams, "invalid parameters for `\(method)`: \(Server.describe(error))"))
        }
    }

    // MARK: - Notifications

    private func notification(_ method: String, _ data: Data) {
        if method == "exit" {
            exitCode = shutdownRequested ? 0 : 1
            return
        }
        guard initialized else { return }
        do {
            switch method {
            case "initialized": registerFileWatcher()
            case "textDocument/didOpen": didOpen(try params(DidOpenParams.self, data))
            case "textDocument/didChange": try didChange(try params(DidChangeParams.self, data))
            case "textDocument/didClose": didClose(try params(DocumentParams.self, data))
            case "textDocument/didSave": didSave(try params(DocumentParams.self, data))
            case "workspace/didChangeWorkspaceFolders": didChangeFolders(try params(DidChangeWorkspaceFoldersParams.self, data))
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(try params(DidChangeWatchedFilesParams.self, data))
            case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
                // Requests are answered in order as they arrive, so a cancelled one has
                // either been answered already or is answered promptly anyway.
                break
            default:
                break  // Unknown notifications are ignored, as JSON-RPC prescribes.
            }
        } catch {
            log("kaskade: cannot read `\(method)`: \(Server.describe(error))")
        }
    }

    // MARK: - Lifecycle

    struct InitializeResult: Encodable {
        struct Capabilities: Encodable {
            struct Sync: Encodable {
                var openClose = true
                var change = 2
                var save = ["includeText": false]
            }
            struct Legend: Encodable {
                var tokenTypes: [String]
                var tokenModifiers: [String]
            }
            struct SemanticTokensOptions: Encodable {
                var legend: Legend
                var full = true
            }
            struct CompletionOptions: Encodable { var triggerCharacters = [" ", ","] }
            struct RenameOptions: Encodable { var prepareProvider = true }
            struct CodeActionOptions: Encodable { var codeActionKinds = ["quickfix"] }
            struct Workspace: Encodable {
                struct Folders: Encodable {
                    var supported = true
                    var changeNotifications = true
                }
                var workspaceFolders = Folders()
            }
            var positionEncoding: String
            var textDocumentSync = Sync()
            var completionProvider = CompletionOptions()
            var hoverProvider = true
            var definitionProvider = true
            var referencesProvider = true
            var renameProvider = RenameOptions()
            var documentSymbolProvider = true
            var workspaceSymbolProvider = true
            var documentFormattingProvider = true
            var codeActionProvider = CodeActionOptions()
            var semanticTokensProvider = SemanticTokensOptions(legend: Legend(tokenTypes: SemanticTokenType.legend, tokenModifiers: SemanticTokenType.modifiers))
            var workspace = Workspace()
        }
        struct Info: Encodable {
            var name = "kaskade"
            var version = "0.1.0"
        }
        var capabilities: Capabilities
        var serverInfo = Info()
    }

    private func initialize(_ params: InitializeParams) -> InitializeResult {
        initialized = true
        if params.capabilities?.general?.positionEncodings?.contains("utf-8") == true { encoding = .utf8 }
        locale = params.locale
        watchesFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        var folders = params.workspaceFolders?.compactMap { path(ofURI: $0.uri) } ?? []
        if folders.isEmpty, let root = params.rootUri.flatMap(path(ofURI:)) ?? params.rootPath.map(standardPath) {
            folders = [root]
        }
        workspace.folders = folders
        return InitializeResult(capabilities: .init(positionEncoding: encoding.rawValue))
    }

    /// Asks the client to tell us about `*.kaskade` files created, changed or deleted.
    private func registerFileWatcher() {
        guard watchesFiles else { return }
        struct Registration: Encodable {
            struct Options: Encodable {
                struct Watcher: Encodable { var globPattern = "**/*.kaskade" }
                // Rosters too (`indlæs`): a new export from the HR system is checked again.
                var watchers = [Watcher(), Watcher(globPattern: "**/*.csv")]
            }
            var id = "kaskade-files"
            var method = "workspace/didChangeWatchedFiles"
            var registerOptions = Options()
        }
        struct Params: Encodable { var registrations = [Registration()] }
        nextRequestID += 1
        send(OutgoingRequest(id: .string("kaskade-\(nextRequestID)"), method: "client/registerCapability", params: Params()))
    }

    // MARK: - Documents

    private func didOpen(_ params: DidOpenParams) {
        guard let path = path(ofURI: params.textDocument.uri) else { return }
        let document = Document(uri: params.textDocument.uri, path: path, version: params.textDocument.version,
                                bytes: Array(params.textDocument.text.utf8), content: workspace.newContent())
        workspace.documents[document.uri] = document
        let project = workspace.project(forPath: path)
        if !project.paths.contains(path) { project.discover() }
        project.dirty = true
    }

    private func didChange(_ params: DidChangeParams) throws {
        guard var document = workspace.documents[params.textDocument.uri] else { return }
        for change in params.contentChanges {
            if let range = change.range {
                let file = SourceFile(path: document.path, bytes: document.bytes)
                let start = file.offset(of: range.start, encoding: encoding), end = file.offset(of: range.end, encoding: encoding)
                let bom = file.bomLength
                let low = min(start, end) + bom, high = max(start, end) + bom
                document.bytes.replaceSubrange(low..<high, with: Array(change.text.utf8))
            } else {
                document.bytes = Array(change.text.utf8)
            }
        }
        document.version = params.textDocument.version
        document.content = workspace.newContent()
        workspace.documents[document.uri] = document
        workspace.project(forPath: document.path).dirty = true
    }

    private func didClose(_ params: DocumentParams) {
        guard let document = workspace.documents.removeValue(forKey: params.textDocument.uri) else { return }
        // The file on disk counts again (or, if it is gone, nothing).
        workspace.fileChanged(document.path)
        if let project = workspace.projects[document.path], project.single != nil {
            // A plan of one closed file: its diagnostics go with it.
            for uri in project.published { publish(uri: uri, version: nil, []) }
            workspace.projects[document.path] = nil
        }
    }

    private func didSave(_ params: DocumentParams) {
        if let path = path(ofURI: params.textDocument.uri) { workspace.fileChanged(path) }
    }

    private func didChangeFolders(_ params: DidChangeWorkspaceFoldersParams) {
        let removed = Set(params.event.removed.compactMap { path(ofURI: $0.uri) })
        workspace.folders.removeAll { removed.contains($0) }
        workspace.folders += params.event.added.compactMap { path(ofURI: $0.uri) }
        for (key, project) in workspace.projects where project.root.map(removed.contains) == true {
            for uri in project.published { publish(uri: uri, version: nil, []) }
            workspace.projects[key] = nil
        }
    }

    private func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) {
        for change in params.changes {
            if let path = path(ofURI: change.uri) { workspace.fileChanged(path) }
        }
    }

    // MARK: - Analysis and diagnostics

    /// The document's project, re-checked if its text changed (publishing its diagnostics).
    func freshAnalysis(for uri: String) -> (Analysis, FileID)? {
        guard let path = path(ofURI: uri) else { return nil }
        let project = workspace.project(forPath: path)
        refresh(project)
        guard let analysis = project.analysis, let file = analysis.file(of: uri) else { return nil }
        return (analysis, file)
    }

    /// The last analysis of the document's project, without waiting for a re-check.
    func lastAnalysis(for uri: String) -> Analysis? {
        guard let path = path(ofURI: uri) else { return nil }
        let project = workspace.project(forPath: path)
        if project.analysis == nil { refresh(project) }
        return project.analysis
    }

    func refresh(_ project: Project) {
        guard project.dirty || project.analysis == nil else { return }
        workspace.refresh(project)
        guard let analysis = project.analysis else { return }
        var byFile = [[Diagnostic]](repeating: [], count: analysis.uris.count)
        for diagnostic in analysis.report.diagnostics where Int(diagnostic.primary.span.file) < byFile.count {
            byFile[Int(diagnostic.primary.span.file)].append(diagnostic)
        }
        var now = Set<String>()
        for (index, uri) in analysis.uris.enumerated() {
            let document = workspace.documents[uri]
            if !byFile[index].isEmpty { now.insert(uri) }
            guard !byFile[index].isEmpty || project.published.contains(uri) || document != nil else { continue }
            // An editor shows the first thousand; the rest would only cost encoding time.
            let shown = byFile[index].prefix(Server.maxDiagnosticsPerFile)
            if byFile[index].count > shown.count {
                log("kaskade: \(uri): \(byFile[index].count) findings, the first \(shown.count) shown (kaskade check lists them all)")
            }
            publish(uri: uri, version: document?.version, shown.map { lspDiagnostic($0, analysis) })
        }
        // Files that left the plan (deleted, or no longer below the folder).
        for uri in project.published.subtracting(analysis.uris) { publish(uri: uri, version: nil, []) }
        project.published = now
    }

    private func publish(uri: String, version: Int?, _ diagnostics: [LSPDiagnostic]) {
        send(Notification(method: "textDocument/publishDiagnostics",
                          params: PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)))
    }

    static let maxDiagnosticsPerFile = 1000

    /// Where the rule reference lives, for `codeDescription`: `KASKADE_RULES_URL` if set, else
    /// the `docs/rules.md` of the checkout the binary was built in (found upwards from the
    /// executable); nil (no link) when there is none.
    static let rulesDocumentation: String? = {
        if let url = ProcessInfo.processInfo.environment["KASKADE_RULES_URL"], !url.isEmpty { return url }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("docs/rules.md")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.absoluteString }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    func lspDiagnostic(_ diagnostic: Diagnostic, _ analysis: Analysis) -> LSPDiagnostic {
        let sources = analysis.plan.sources
        let related = diagnostic.secondary.compactMap { label -> LSPDiagnostic.Related? in
            guard Int(label.span.file) < analysis.uris.count else { return nil }
            return LSPDiagnostic.Related(location: Location(uri: analysis.uris[Int(label.span.file)], range: sources[label.span.file].range(label.span, encoding: encoding)),
                                         message: label.message.isEmpty ? (language == .danish ? "her" : "here") : PersonalID.mask(label.message.text(language)))
        }
        let severity = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
        return LSPDiagnostic(range: sources[diagnostic.primary.span.file].range(diagnostic.primary.span, encoding: encoding),
                             severity: severity, code: diagnostic.rule.code,
                             codeDescription: Server.rulesDocumentation.map { .init(href: "\($0)#\(diagnostic.rule.code.lowercased())") },
                             source: "kaskade", message: PersonalID.mask(diagnostic.message.text(language)),
                             relatedInformation: related.isEmpty ? nil : related)
    }

    // MARK: - Writing

    private func params<P: Decodable>(_ type: P.Type, _ data: Data) throws -> P {
        do {
            return try decoder.decode(ParamsOf<P>.self, from: data).params
        } catch {
            throw ResponseError(ResponseError.invalidParams, "invalid parameters: \(Server.describe(error))")
        }
    }

    private func reply<R: Encodable>(_ id: RequestID, _ result: R?) {
        send(Response(id: id, result: result, error: nil))
    }

    private func replyError(_ id: RequestID, _ error: ResponseError) {
        send(Response<Empty>(id: id, result: nil, error: error))
    }

    func log(_ message: String) {
        send(Notification(method: "window/logMessage", params: LogMessageParams(type: 3, message: message)))
    }

    func showMessage(_ message: String, type: Int = 3) {
        send(Notification(method: "window/showMessage", params: LogMessageParams(type: type, message: message)))
    }

    private func send<M: Encodable>(_ message: M) {
        guard let body = try? encoder.encode(message) else { return }
        output(FrameWriter.frame(Array(body)))
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing `\(key.stringValue)`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at `\(context.codingPath.map(\.stringValue).joined(separator: "."))`"
        case DecodingError.dataCorrupted: "not valid JSON"
        case let error as ResponseError: error.message
        default: "\(error)"
        }
    }
}
