// A baseline lets a municipality adopt Kaskade on a plan that already has findings and fail
// only on new ones. A finding is known by its rule, file and message (not its line, so that
// editing elsewhere in the file does not make old findings new); each entry absorbs one.

import Foundation
import KaskadeDiagnostics

public struct Baseline: Codable, Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var rule: String
        public var file: String
        public var message: String
    }

    public var version = 1
    public var findings: [Entry]

    public init(_ report: Report) {
        findings = report.diagnostics.map { Baseline.entry($0, in: report) }
    }

    static func entry(_ diagnostic: Diagnostic, in report: Report) -> Entry {
        Entry(rule: diagnostic.rule.code, file: report.sources[diagnostic.primary.span.file].path,
              message: PersonalID.mask(diagnostic.message.english))
    }

    public static func read(_ path: String) throws -> Baseline {
        // Bounded like a plan file: a baseline named /dev/zero must not be read for ever.
        let data = Data(try FileIO.readWhole(path, maxBytes: Limits().maxFileBytes).bytes)
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw LoadError(DriverSays.notABaseline(path: path, reason: error.localizedDescription))
        }
    }

    public func write(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self)
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }

    /// The report without the findings the baseline knows.
    public func filter(_ report: Report) -> Report {
        var remaining: [Entry: Int] = [:]
        for entry in findings { remaining[entry, default: 0] += 1 }
        var result = report
        result.diagnostics = report.diagnostics.filter { diagnostic in
            let entry = Baseline.entry(diagnostic, in: report)
            guard let count = remaining[entry], count > 0 else { return true }
            remaining[entry] = count - 1
            return false
        }
        result.baselined = report.diagnostics.count - result.diagnostics.count
        return result
    }
}

/// Writing a file so that it is either wholly old or wholly new: a temporary file in the same
/// folder, flushed to disk, then renamed over the target (keeping the target's mode).
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).kaskade-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 { mode = status.st_mode & 0o7777 }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw LoadError(DriverSays.cannotWriteIn(path: path, folder: folder, SystemError())) }
        var ok = data.withUnsafeBytes { FileIO.writeAll(descriptor, $0) }
        ok = ok && fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw LoadError(DriverSays.couldNotBeWritten(path: path, SystemError()))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
