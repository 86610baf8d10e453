// The message loop over standard input and output. Reads a frame, handles it, and when no
// further frame is already waiting, lets the server re-check what changed: a burst of edits
// is checked once, after its last change.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum LanguageServer {
    /// Serves until `exit` or the end of input; returns the exit code (0 after `shutdown`).
    public static func run(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Int32 {
        // A client that goes away must end the server through `read`, never kill it by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let reader = FrameReader(fileDescriptor: input)
        let server = Server { bytes in writeAll(bytes, to: output) }
        while let frame = reader.next() {
            server.handle(frame)
            if let code = server.exitCode { return code }
            if !reader.hasCompleteFrame && !inputWaiting(input) { server.idle() }
        }
        return server.shutdownRequested ? 0 : 1
    }

    static func inputWaiting(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLIN) != 0
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
