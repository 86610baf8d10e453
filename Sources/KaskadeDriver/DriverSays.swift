// What reading and writing files says when it cannot: the one place for the loader's, the
// baseline's and the formatter's errors and warnings, in both languages. A system error is
// named in the user's language where it is a common one, and by the system's text otherwise.

import Foundation
import KaskadeDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// A system error (`errno`), as the messages name it.
public struct SystemError: Sendable, Hashable {
    public let code: Int32
    public init(_ code: Int32 = errno) { self.code = code }

    func text(_ language: Language) -> String {
        switch language {
        case .english: String(cString: strerror(code))
        case .danish:
            switch code {
            case ENOENT: "filen eller mappen findes ikke"
            case EACCES, EPERM: "adgang nægtet"
            case EISDIR: "er en mappe"
            case ENOTDIR: "er ikke en mappe"
            case ENOSPC: "der er ikke mere plads på disken"
            case EROFS: "filsystemet er skrivebeskyttet"
            case EEXIST: "filen findes allerede"
            case EIO: "fejl ved læsning eller skrivning"
            default: String(cString: strerror(code))
            }
        }
    }
}

public enum DriverSays: Message {
    case noSuchFileRemoved(path: String)
    case cannotBeRead(path: String, SystemError)
    case isDirectory(path: String)
    case tooLarge(path: String, limit: Int)
    case noSuchFileOrDirectory(path: String)
    case noPlanFiles(directory: String)
    case cannotReadDirectory(directory: String)
    case notRegularSkipped(path: String, kind: String)
    case notARegularFile(kind: String)
    case rosterIsNotAPlan(path: String)
    case notABaseline(path: String, reason: String)
    case cannotWriteIn(path: String, folder: String, SystemError)
    case couldNotBeWritten(path: String, SystemError)
    /// The formatter's refusals and failures, each leaving the file as it was.
    case readOnly(path: String)
    case cannotWriteTemporary(path: String, folder: String, SystemError)
    case couldNotKeepMode(path: String, SystemError)
    case couldNotFlush(path: String, SystemError)
    case vanished(path: String)
    case changedMeanwhile(path: String)
    case couldNotReplace(path: String, SystemError)
    case notFormatted(path: String, syntaxFindings: Int)
    case warning

    public func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case let .noSuchFileRemoved(path): return "\(path): no such file (it may have been removed)"
            case let .cannotBeRead(path, error): return "\(path): cannot be read (\(error.text(language)))"
            case let .isDirectory(path): return "\(path): is a directory"
            case let .tooLarge(path, limit): return "\(path): the file is larger than the limit of \(Self.size(limit, language)) (--max-file-size)"
            case let .noSuchFileOrDirectory(path): return "\(path): no such file or directory"
            case let .noPlanFiles(directory): return "\(directory): the directory holds no *.kaskade file"
            case let .cannotReadDirectory(directory): return "\(directory): cannot read the directory"
            case let .notRegularSkipped(path, kind): return "\(path): \(kind), not a regular file; skipped"
            case let .notARegularFile(kind): return "\(kind), not a regular file"
            case let .rosterIsNotAPlan(path): return "\(path) is a roster, not a plan: name it in a plan with `indlæs \"\(path)\" { … }` and check the plan"
            case let .notABaseline(path, reason): return "\(path): not a Kaskade baseline (\(reason))"
            case let .cannotWriteIn(path, folder, error): return "\(path): cannot write in \(folder) (\(error.text(language)))"
            case let .couldNotBeWritten(path, error): return "\(path): could not be written (\(error.text(language)))"
            case let .readOnly(path): return "\(path): the file is read-only; it is left as it was (make it writable to format it)"
            case let .cannotWriteTemporary(path, folder, error):
                return "\(path): cannot write a temporary file in \(folder) (\(error.text(language))); the file is left as it was"
            case let .couldNotKeepMode(path, error): return "\(path): could not keep the file's mode (\(error.text(language)))"
            case let .couldNotFlush(path, error): return "\(path): could not be flushed to disk (\(error.text(language)))"
            case let .vanished(path): return "\(path): vanished while it was being formatted; nothing was written"
            case let .changedMeanwhile(path): return "\(path): changed while it was being formatted; it is left as it is now (run `kaskade fmt` again)"
            case let .couldNotReplace(path, error): return "\(path): could not be replaced (\(error.text(language))); it is left as it was"
            case let .notFormatted(path, count):
                return "\(path): not formatted: it has \(count) syntax finding\(count == 1 ? "" : "s"); the file is left as it was"
            case .warning: return "warning"
            }
        case .danish:
            switch self {
            case let .noSuchFileRemoved(path): return "\(path): filen findes ikke (den kan være fjernet)"
            case let .cannotBeRead(path, error): return "\(path): kan ikke læses (\(error.text(language)))"
            case let .isDirectory(path): return "\(path): er en mappe"
            case let .tooLarge(path, limit): return "\(path): filen er større end grænsen på \(Self.size(limit, language)) (--max-file-size)"
            case let .noSuchFileOrDirectory(path): return "\(path): filen eller mappen findes ikke"
            case let .noPlanFiles(directory): return "\(directory): mappen indeholder ingen *.kaskade-fil"
            case let .cannotReadDirectory(directory): return "\(directory): mappen kan ikke læses"
            case let .notRegularSkipped(path, kind): return "\(path): \(Self.danishKind(kind)), ikke en almindelig fil; sprunget over"
            case let .notARegularFile(kind): return "\(Self.danishKind(kind)), ikke en almindelig fil"
            case let .rosterIsNotAPlan(path): return "\(path) er en medarbejderliste, ikke en plan: nævn den i en plan med `indlæs \"\(path)\" { … }`, og tjek planen"
            case let .notABaseline(path, reason): return "\(path): ikke en Kaskade-baseline (\(reason))"
            case let .cannotWriteIn(path, folder, error): return "\(path): kan ikke skrive i \(folder) (\(error.text(language)))"
            case let .couldNotBeWritten(path, error): return "\(path): kunne ikke skrives (\(error.text(language)))"
            case let .readOnly(path): return "\(path): filen er skrivebeskyttet og er ikke ændret (gør den skrivbar for at formatere den)"
            case let .cannotWriteTemporary(path, folder, error):
                return "\(path): kan ikke skrive en midlertidig fil i \(folder) (\(error.text(language))); filen er ikke ændret"
            case let .couldNotKeepMode(path, error): return "\(path): kunne ikke bevare filens rettigheder (\(error.text(language)))"
            case let .couldNotFlush(path, error): return "\(path): kunne ikke skrives helt til disken (\(error.text(language)))"
            case let .vanished(path): return "\(path): forsvandt under formateringen; intet er skrevet"
            case let .changedMeanwhile(path): return "\(path): blev ændret under formateringen og er efterladt, som den er nu (kør `kaskade fmt` igen)"
            case let .couldNotReplace(path, error): return "\(path): kunne ikke erstattes (\(error.text(language))); filen er ikke ændret"
            case let .notFormatted(path, count):
                return "\(path): ikke formateret: den har \(count == 1 ? "ét syntaksfund" : "\(count) syntaksfund"); filen er ikke ændret"
            case .warning: return "advarsel"
            }
        }
    }

    static func size(_ bytes: Int, _ language: Language) -> String {
        guard bytes % 1_048_576 == 0 else { return "\(language == .english ? String(bytes) : Count.number(bytes, language)) bytes" }
        return "\(Count.number(bytes / 1_048_576, language)) MB"
    }

    /// The loader names what it skipped in English; these are its words.
    static func danishKind(_ kind: String) -> String {
        switch kind {
        case "a FIFO (named pipe)": "en FIFO (navngivet rør)"
        case "a socket": "en socket"
        case "a character device": "en tegnenhed"
        case "a block device": "en blokenhed"
        default: "ikke en fil"
        }
    }
}

public struct LoadError: Error, CustomStringConvertible, Sendable {
    public let phrase: Phrase
    public init(_ message: some Message) { phrase = Phrase(message) }
    /// In English, for logs and tests; the CLI prints `phrase` in the user's language.
    public var description: String { phrase.english }
}
