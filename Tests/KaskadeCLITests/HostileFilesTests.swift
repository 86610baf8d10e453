// Files that must not hang, flood or mislead `kaskade check`: FIFOs and devices in a plan
// folder, several names for one file, endless devices.

import Foundation
import Testing

@Suite struct HostileFilesTests {
    func folderWithPlan() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/valid/language-example.kaskade"),
                                         to: folder.appendingPathComponent("plan.kaskade"))
        return folder
    }

    /// A FIFO nobody writes to would block `open` for ever: it is skipped, never opened.
    @Test(.timeLimit(.minutes(1)))
    func fifoInAFolderIsSkippedWithAWarning() throws {
        let folder = try folderWithPlan()
        #expect(mkfifo(folder.appendingPathComponent("pipe.kaskade").path, 0o600) == 0)
        let run = try kaskade(["check", folder.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("in 1 file"))
        #expect(run.stderr.contains("kaskade: warning: \(folder.path)/pipe.kaskade: a FIFO"), "\(run.stderr)")
    }

    @Test func socketInAFolderIsSkippedWithAWarning() throws {
        let folder = try folderWithPlan()
        let path = folder.appendingPathComponent("s.kaskade").path
        let socket = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let run = try kaskade(["check", folder.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("a socket, not a regular file; skipped"), "\(run.stderr)")
    }

    /// Nineteen links to one file are one file, not twenty sets of duplicate IDs.
    @Test func symlinksToOneFileAreReadOnce() throws {
        let folder = try folderWithPlan()
        for index in 1...19 {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link\(index).kaskade").path,
                                                       withDestinationPath: "plan.kaskade")
        }
        let run = try kaskade(["check", folder.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((document["findings"] as! [Any]).isEmpty)
        let summary = document["summary"] as! [String: Any]
        #expect(summary["files"] as? Int == 1, "\(summary)")
    }

    /// `/dev/zero` reports size 0 and never ends: the limit holds for it too.
    @Test(.timeLimit(.minutes(1)))
    func maxFileSizeHoldsForDevices() throws {
        let run = try kaskade(["check", "/dev/zero", "--max-file-size", "1"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty, "\(run.stdout.utf8.count) bytes of output")
        #expect(run.stderr.contains("larger than the limit of 1 MB"), "\(run.stderr)")
    }

    @Test func maxFileSizeHoldsForStandardInput() throws {
        let run = try kaskade(["check", "-", "--max-file-size", "1"], input: Data(repeating: 0x20, count: 1_048_577))
        #expect(run.status == 2)
        #expect(run.stderr.contains("<stdin>: the file is larger than the limit"), "\(run.stderr)")
    }
}

@Suite struct BoundedReadTests {
    @Test(.timeLimit(.minutes(1)))
    func fmtHoldsMaxFileSizeForDevicesAndStandardInput() throws {
        let device = try kaskade(["fmt", "--check", "/dev/zero", "--max-file-size", "1"])
        #expect(device.status == 2)
        #expect(device.stderr.contains("larger than the limit of 1 MB"), "\(device.stderr)")
        let input = try kaskade(["fmt", "-", "--max-file-size", "1"], input: Data(repeating: 0x20, count: 1_048_577))
        #expect(input.status == 2)
        #expect(input.stderr.contains("<stdin>: the file is larger than the limit"), "\(input.stderr)")
    }
}
