// Reading and writing whole files with the system calls, for the loader, the baseline and
// reports, and the formatter: one place that handles partial reads and writes, EINTR, and a
// file that shrinks or grows while it is read.

import KaskadeDiagnostics
#if canImport(Glibc)
import Glibc
#endif

public enum FileIO {
    /// A file's bytes and its status (device, inode, size, mode, times) when it was opened.
    public static func readWhole(_ path: String, maxBytes: Int = .max) throws -> (bytes: [UInt8], status: stat) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "no such file (it may have been removed)" : String(cString: strerror(errno))
            throw LoadError("\(path): \(reason)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw LoadError("\(path): cannot be read (\(String(cString: strerror(errno))))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw LoadError("\(path): is a directory") }
        let size = Int(status.st_size)
        if size > maxBytes {
            throw LoadError("\(path): the file is \(size / 1_048_576) MB, more than the limit of \(maxBytes / 1_048_576) MB")
        }
        // Read straight into the array the lexer will scan; then whatever the file grew by.
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
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while failure == 0, bytes.count == size {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 { if errno == EINTR { continue }; failure = errno; break }
            if got == 0 { break }
            bytes += chunk[0..<got]
            if bytes.count > maxBytes { throw LoadError("\(path): the file grew beyond the limit while it was read") }
        }
        if failure != 0 { throw LoadError("\(path): cannot be read (\(String(cString: strerror(failure))))") }
        return (bytes, status)
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
