// The `kaskade` executable: one file per subcommand; everything else lives in the libraries.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver

@main
struct Kaskade: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "kaskade",
        abstract: CLISays.rootAbstract.text(cliLanguage),
        version: "0.1.0",
        subcommands: [Check.self, Repl.self, Query.self, Fmt.self, Graph.self, CalendarCommand.self, Export.self, Init.self, Rapport.self,
                      Rules.self, Explain.self, Lsp.self, Main.self],
        defaultSubcommand: Main.self
    ) }
}

/// Exit codes of every subcommand: 0 clean (or warnings only), 1 findings at a failing
/// level, 2 could not run.
enum Exit {
    static let findings = ExitCode(1)
    static let couldNotRun = ExitCode(2)
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The one error shape, in the language chosen before any plan is read:
/// `kaskade: error: …` / `kaskade: fejl: …`.
func printFailure(_ message: some Message) {
    printError("kaskade: \(Severity.error.word(cliLanguage)): \(message.text(cliLanguage))")
}

/// Colour only on a terminal, and never with NO_COLOR.
var standardOutputWantsColor: Bool {
    isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

/// Writes text to standard output without buffering surprises for large reports.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// The language chosen on the command line and in the environment (tool.md, "Language").
/// `--sprog` is read from the arguments before argument-parser parses them, so that `--help`,
/// argument-parser's own errors and everything said before a plan is read follow it; the
/// plan's `sprog` is applied where this leaves it open (`languageChoice.resolve(plan:)`).
let languageChoice = LanguageChoice(flag: Language.preRead(CommandLine.arguments.dropFirst()),
                                    environment: ProcessInfo.processInfo.environment)

/// The language of everything said before or without a plan.
var cliLanguage: Language { languageChoice.beforePlan }

extension Language: ExpressibleByArgument {
    /// `--sprog da`, `--sprog=en`, `--lang en` among the arguments (before `--`, after which
    /// the words belong to a REPL command); the last one wins, as argument-parser would have it.
    static func preRead(_ arguments: ArraySlice<String>) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            if word == "--" { break }
            for name in ["--sprog", "--lang"] {
                if word == name, index + 1 < arguments.endIndex {
                    found = Language(rawValue: arguments[index + 1]) ?? found
                } else if word.hasPrefix(name + "=") {
                    found = Language(rawValue: String(word.dropFirst(name.count + 1))) ?? found
                }
            }
            index += 1
        }
        return found
    }
}

extension Language {
    /// The arguments without `--sprog X`, `--lang X`, `--sprog=X`, `--lang=X` (for a command
    /// that takes no options, once `preRead` has read them).
    static func withoutFlag(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var skipNext = false
        for word in arguments {
            if skipNext { skipNext = false; continue }
            if word == "--sprog" || word == "--lang" { skipNext = true; continue }
            if word.hasPrefix("--sprog=") || word.hasPrefix("--lang=") { continue }
            kept.append(word)
        }
        return kept
    }
}

/// `--sprog da|en` (alias `--lang`) on every subcommand. Its value was already read by
/// `Language.preRead`; declaring it lets argument-parser accept it, check it and list it.
struct LanguageOption: ParsableArguments {
    @Option(name: [.customLong("sprog"), .customLong("lang")],
            help: ArgumentHelp(CLISays.languageHelp.text(cliLanguage), valueName: "da|en"))
    var sprog: Language?
}
