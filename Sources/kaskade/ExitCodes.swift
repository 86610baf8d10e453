// Exit codes are part of the contract with CI: 0 clean (or warnings only), 1 findings at a
// failing level, 2 could not run. swift-argument-parser exits 64 on a usage error; Kaskade
// reports it in its one error shape (`kaskade: error: …`, with "did you mean" where a
// misspelled word has a near match) and exits 2.

import ArgumentParser
import Foundation
import KaskadeDiagnostics

extension Kaskade {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let misspelled = misspelledSubcommand(arguments) { fail(Phrase(verbatim: misspelled)) }
        if arguments.first == "query", helpRequested(beforeSeparatorIn: arguments.dropFirst()) {
            // `query` passes its words through to the REPL command, `--help` included.
            print(Kaskade.helpMessage(for: Query.self))
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
                fail(Phrase(verbatim: usageMessage(message)), hint: Phrase(verbatim: "Run `kaskade help` to see the commands and options."))
            }
            exit(withError: error)
        }
    }

    /// Prints the one error shape and exits 2.
    static func fail(_ message: some Message, hint: (any Message)? = nil) -> Never {
        printFailure(message)
        if let hint { printError(hint.text(cliLanguage)) }
        Foundation.exit(Exit.couldNotRun.rawValue)
    }

    static var subcommandNames: [String] {
        Kaskade.configuration.subcommands.compactMap { command in
            let configuration = command.configuration
            guard configuration.shouldDisplay else { return nil }
            return configuration.commandName ?? String(describing: command).lowercased()
        }
    }

    /// `kaskade chek plans`: the first word is neither a subcommand nor a file, but close to a
    /// subcommand (without this, it would be taken as a plan that does not exist).
    static func misspelledSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first), first != "help",
              !FileManager.default.fileExists(atPath: first),
              let nearest = DidYouMean.nearest(to: first, among: subcommandNames) else { return nil }
        return "`\(first)` is not a command or a file; did you mean `kaskade \(nearest)`?"
    }

    static func helpRequested(beforeSeparatorIn words: ArraySlice<String>) -> Bool {
        for word in words {
            if word == "--" { return false }
            if word == "--help" || word == "-h" { return true }
        }
        return false
    }

    /// swift-argument-parser's "The value 'jsn' is invalid for '--format <format>'. Please
    /// provide one of 'text', 'json' …" with "did you mean" added from the values it lists.
    static func usageMessage(_ message: String) -> String {
        let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        guard text.hasPrefix("The value '"), let choices = text.range(of: "Please provide one of ") else { return text }
        let typed = text.dropFirst(11).prefix { $0 != "'" }
        let values = text[choices.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        guard let nearest = DidYouMean.nearest(to: String(typed), among: values) else { return text }
        return (text.hasSuffix(".") ? String(text.dropLast()) : text) + "; did you mean `\(nearest)`?"
    }
}
