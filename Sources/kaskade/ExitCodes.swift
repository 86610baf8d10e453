// Exit codes are part of the contract with CI: 0 clean (or warnings only), 1 findings at a
// failing level, 2 could not run. swift-argument-parser exits 64 on a usage error; Kaskade
// reports it in its one error shape (`kaskade: error: …`, with "did you mean" where a
// misspelled word has a near match) and exits 2.

import ArgumentParser
import Foundation
import KaskadeDiagnostics

extension Kaskade {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // argument-parser's own `help` takes no options; `--sprog` was read before parsing.
        if arguments.first == "help" { arguments = Language.withoutFlag(arguments) }
        if let misspelled = misspelledSubcommand(arguments) { fail(misspelled) }
        if ["query", "forespørg", "forespoerg"].contains(arguments.first ?? ""), helpRequested(beforeSeparatorIn: arguments.dropFirst()) {
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
                fail(UsageError(message), hint: CLISays.runHelp)
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

    /// Every name a subcommand answers to, its Danish aliases included.
    static var subcommandNames: [String] {
        Kaskade.configuration.subcommands.flatMap { command -> [String] in
            let configuration = command.configuration
            guard configuration.shouldDisplay else { return [] }
            return [configuration.commandName ?? String(describing: command).lowercased()] + configuration.aliases
        }
    }

    /// `kaskade chek plans`: the first word is neither a subcommand nor a file, but close to a
    /// subcommand (without this, it would be taken as a plan that does not exist).
    static func misspelledSubcommand(_ arguments: [String]) -> CLISays? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first), first != "help",
              !FileManager.default.fileExists(atPath: first),
              let nearest = DidYouMean.nearest(to: first, among: subcommandNames) else { return nil }
        return .notACommand(first, nearest: nearest)
    }

    static func helpRequested(beforeSeparatorIn words: ArraySlice<String>) -> Bool {
        for word in words {
            if word == "--" { return false }
            if word == "--help" || word == "-h" { return true }
        }
        return false
    }
}

/// One of swift-argument-parser's usage errors, in the user's language: its English text is
/// recognised by its fixed phrases and said again in Danish, with "did you mean" added from
/// the values it lists. A phrase not recognised is passed on as it is.
struct UsageError: Message {
    let text: String

    init(_ message: String) {
        text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
    }

    func text(_ language: Language) -> String {
        var out = translated(language)
        if let nearest = nearestValue {
            if out.hasSuffix(".") { out.removeLast() }
            out += language == .danish ? "; mente du `\(nearest)`?" : "; did you mean `\(nearest)`?"
        }
        return out
    }

    /// The value meant, where a value of a closed list was misspelled.
    var nearestValue: String? {
        guard text.hasPrefix("The value '"), let choices = text.range(of: "Please provide one of ") else { return nil }
        let typed = text.dropFirst(11).prefix { $0 != "'" }
        let values = text[choices.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return DidYouMean.nearest(to: String(typed), among: values)
    }

    private func translated(_ language: Language) -> String {
        guard language == .danish else { return text }
        let patterns: [(String, String)] = [
            ("Missing expected argument ", "mangler argumentet "),
            ("Missing value for ", "mangler en værdi til "),
            ("Unknown option ", "ukendt tilvalg "),
            ("Unexpected argument ", "uventet argument "),
            ("Unexpected arguments ", "uventede argumenter "),
            ("The value ", "værdien "),
        ]
        var out = text
        for (english, danish) in patterns where out.hasPrefix(english) {
            out = danish + out.dropFirst(english.count)
            break
        }
        let phrases: [(String, String)] = [
            (" is invalid for ", " er ugyldig til "),
            (". Please provide one of ", "; brug en af "),
            (". Did you mean ", "; mente du "),
            ("' or '", "' eller '"),
        ]
        for (english, danish) in phrases { out = out.replacingOccurrences(of: english, with: danish) }
        return out
    }
}
