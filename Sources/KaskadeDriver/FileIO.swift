// Reading and writing whole files with the system calls, for the loader, the baseline and
// reports, and the formatter: one place that handles partial reads and writes, EINTR, and a
// file that shrinks or grows while it is read.

import Foundation
import KaskadeDiagnostics
#if canImport(Glibc)
import Glibc
#endif

public enum FileIO {
    /// A file's bytes and its status (device, inode, size, mode, times) when it was opened.
    public static func readWhole(_ path: String, maxBytes: Int = .max) throws -> (bytes: [UInt8], status: stat) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw LoadError(DriverSays.noSuchFileRemoved(path: path)) }
            throw LoadError(DriverSays.cannotBeRead(path: path, SystemError()))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw LoadError(DriverSays.cannotBeRead(path: path, SystemError())) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw LoadError(DriverSays.isDirectory(path: path)) }
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        let size = isRegular ? Int(status.st_size) : 0
        if size > maxBytes { throw tooLarge(path, maxBytes) }
        // A regular file is read straight into the array the lexer will scan; then whatever
        // it grew by, and anything else (a device, a FIFO: its size says nothing), in chunks.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 { if errno == EINTR { continue }; failure = errno; return }
                if got == 0 { return }  // the file shrank while it was read
                count += got
            }
        }
        if failure != 0 { throw LoadError(DriverSays.cannotBeRead(path: path, SystemError(failure))) }
        if !isRegular || bytes.count == size {
            bytes += try readBounded(descriptor, path: path, maxBytes: maxBytes - bytes.count)
        }
        return (bytes, status)
    }

    /// Reads to the end, but never more than `maxBytes` (+1 to tell that there is more):
    /// `/dev/zero` or an endless pipe is refused after the limit, not read for ever.
    public static func readBounded(_ descriptor: Int32, path: String, maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let room = maxBytes - bytes.count
            let want = room >= chunk.count ? chunk.count : room + 1
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, want) }
            if got < 0 { if errno == EINTR { continue }; throw LoadError(DriverSays.cannotBeRead(path: path, SystemError())) }
            if got == 0 { return bytes }
            bytes += chunk[0..<got]
            if bytes.count > maxBytes { throw tooLarge(path, maxBytes) }
        }
    }

    /// Everything a pipe or file descriptor gives until its end. Foundation's
    /// `FileHandle.readDataToEndOfFile` traps when a signal interrupts its read (EINTR, seen
    /// when child processes end around it); this retries instead.
    public static func readToEnd(_ handle: FileHandle) -> Data {
        Data((try? readBounded(handle.fileDescriptor, path: "<pipe>", maxBytes: .max - 1)) ?? [])
    }

    static func tooLarge(_ path: String, _ maxBytes: Int) -> LoadError {
        LoadError(DriverSays.tooLarge(path: path, limit: maxBytes))
    }


    /// Writes every byte (retrying partial writes and interruptions); false on failure.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return false }
            offset += count
        }
        return true
    }
}
