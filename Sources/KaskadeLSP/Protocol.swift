// The LSP 3.17 messages the server reads and writes, as the project's own Codable types
// over Foundation's JSON. Only the fields Kaskade uses are declared; a decoder ignores the
// rest, and every field a client may leave out is optional.

import Foundation

// MARK: - JSON-RPC

/// A request's `id`: a number or a string.
public enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .string(try container.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }
}

/// What every message has: a request has `id` and `method`, a notification only `method`.
struct Envelope: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    var method: String?
}

struct ParamsOf<P: Decodable>: Decodable {
    var params: P
}

public struct ResponseError: Error, Encodable, Sendable {
    public var code: Int
    public var message: String

    public static let parseError = -32700, invalidRequest = -32600, methodNotFound = -32601
    public static let invalidParams = -32602, internalError = -32603
    public static let serverNotInitialized = -32002, requestFailed = -32803, requestCancelled = -32800

    public init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// A response: `result` (written as `null` when there is none) or `error`.
struct Response<R: Encodable>: Encodable {
    var id: RequestID?
    var result: R?
    var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        if let error { try container.encode(error, forKey: .error) } else if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
    }
}

struct Notification<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var method: String
    var params: P
}

/// A request from the server to the client (`client/registerCapability`).
struct OutgoingRequest<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID
    var method: String
    var params: P
}

/// Stands for "no parameters" and for an empty object result.
public struct Empty: Codable, Sendable {
    public init() {}
}

// MARK: - Basic structures

public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct TextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [String: [TextEdit]]
}

struct TextDocumentIdentifier: Codable { var uri: String }

struct TextDocumentItem: Codable {
    var uri: String
    var languageId: String?
    var version: Int?
    var text: String
}

struct TextDocumentPositionParams: Codable {
    var textDocument: TextDocumentIdentifier
    var position: Position
}

// MARK: - Lifecycle

struct InitializeParams: Decodable {
    struct WorkspaceFolder: Codable {
        var uri: String
        var name: String?
    }
    struct General: Decodable { var positionEncodings: [String]? }
    struct Dynamic: Decodable { var dynamicRegistration: Bool? }
    struct WorkspaceCapabilities: Decodable { var didChangeWatchedFiles: Dynamic? }
    struct Capabilities: Decodable {
        var general: General?
        var workspace: WorkspaceCapabilities?
    }

    var rootUri: String?
    var rootPath: String?
    var workspaceFolders: [WorkspaceFolder]?
    var locale: String?
    var capabilities: Capabilities?
}

struct DidOpenParams: Decodable { var textDocument: TextDocumentItem }

struct DidChangeParams: Decodable {
    struct Change: Decodable {
        var range: LSPRange?
        var text: String
    }
    struct VersionedIdentifier: Decodable {
        var uri: String
        var version: Int?
    }
    var textDocument: VersionedIdentifier
    var contentChanges: [Change]
}

struct DocumentParams: Decodable { var textDocument: TextDocumentIdentifier }

struct DidChangeWorkspaceFoldersParams: Decodable {
    struct Event: Decodable {
        var added: [InitializeParams.WorkspaceFolder]
        var removed: [InitializeParams.WorkspaceFolder]
    }
    var event: Event
}

struct DidChangeWatchedFilesParams: Decodable {
    struct FileEvent: Decodable {
        var uri: String
        var type: Int
    }
    var changes: [FileEvent]
}

struct CancelParams: Decodable { var id: RequestID }

// MARK: - Diagnostics

struct LSPDiagnostic: Codable, Equatable {
    struct CodeDescription: Codable, Equatable { var href: String }
    struct Related: Codable, Equatable {
        var location: Location
        var message: String
    }
    var range: LSPRange
    var severity: Int
    var code: String
    var codeDescription: CodeDescription?
    var source: String
    var message: String
    var relatedInformation: [Related]?
}

struct PublishDiagnosticsParams: Encodable {
    var uri: String
    var version: Int?
    var diagnostics: [LSPDiagnostic]
}

struct LogMessageParams: Encodable {
    var type: Int
    var message: String
}

// MARK: - Features

struct ReferenceParams: Decodable {
    struct Context: Decodable { var includeDeclaration: Bool }
    var textDocument: TextDocumentIdentifier
    var position: Position
    var context: Context?
}

struct RenameParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: Position
    var newName: String
}

struct PrepareRenameResult: Encodable {
    var range: LSPRange
    var placeholder: String
}

struct CompletionItem: Encodable {
    var label: String
    var kind: Int
    var detail: String?
    var sortText: String?
    var filterText: String?
    var textEdit: TextEdit?
}

struct CompletionList: Encodable {
    var isIncomplete: Bool
    var items: [CompletionItem]
}

struct MarkupContent: Encodable {
    var kind = "markdown"
    var value: String
}

struct Hover: Encodable {
    var contents: MarkupContent
    var range: LSPRange?
}

struct DocumentSymbol: Encodable {
    var name: String
    var detail: String?
    var kind: Int
    var range: LSPRange
    var selectionRange: LSPRange
    var children: [DocumentSymbol]?
}

struct SymbolInformation: Encodable {
    var name: String
    var kind: Int
    var location: Location
    var containerName: String?
}

struct WorkspaceSymbolParams: Decodable { var query: String }

struct FormattingParams: Decodable { var textDocument: TextDocumentIdentifier }

struct CodeActionParams: Decodable {
    struct Context: Decodable { var only: [String]? }
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
    var context: Context?
}

struct CodeAction: Encodable {
    var title: String
    var kind: String
    var diagnostics: [LSPDiagnostic]?
    var isPreferred: Bool?
    var edit: WorkspaceEdit
}

struct SemanticTokens: Encodable { var data: [Int] }
