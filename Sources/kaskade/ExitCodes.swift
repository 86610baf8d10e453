// Exit codes are part of the contract with CI: 0 clean (or warnings only), 1 findings at a
// failing level, 2 could not run. swift-argument-parser exits 64 on a usage error; Kaskade
// reports it the same way and exits 2.

import ArgumentParser
import Foundation

extension Kaskade {
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                printError("Run `kaskade help` to see the commands and options.")
                Foundation.exit(Exit.couldNotRun.rawValue)
            }
            exit(withError: error)
        }
    }
}
