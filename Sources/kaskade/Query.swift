// `kaskade query PLAN… -- COMMAND`: one REPL command, for scripts.

import ArgumentParser
import Foundation
import KaskadeREPL

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one REPL command on a plan and exit, for scripts.",
        discussion: """
            Everything after `--` is the command, as typed in the REPL; `--format` and `--as-of` may \
            stand before or after it. Exits 1 if the command failed, 2 if a plan cannot be read.
              kaskade query plans -- trace BSU1
              kaskade query plans -- coverage CSD --format json
            """)

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text or json.")
    var format: Session.Format = .text

    @Option(name: .customLong("as-of"), help: "The date for check and overdue (YYYY-MM-DD or today).")
    var asOf: AsOf?

    @Argument(parsing: .captureForPassthrough, help: "Plan files or directories, then `--` and the command.")
    var words: [String] = []

    func run() throws {
        var format = self.format, asOf = self.asOf
        var plans: [String] = [], command: [String] = []
        var afterSeparator = false, pending = words[...]
        while let word = pending.popFirst() {
            if word == "--" && !afterSeparator {
                afterSeparator = true
            } else if word == "--format" || word == "--as-of", let value = pending.first {
                pending.removeFirst()
                if word == "--format" {
                    guard let chosen = Session.Format(rawValue: value) else { return try usage("--format takes text or json, not `\(value)`") }
                    format = chosen
                } else {
                    guard let day = AsOf(argument: value) else { return try usage("--as-of takes YYYY-MM-DD or today, not `\(value)`") }
                    asOf = day
                }
            } else if afterSeparator {
                command.append(word)
            } else {
                plans.append(word)
            }
        }
        guard !plans.isEmpty, !command.isEmpty else { return try usage("give the plans, then `--` and the command") }
        let (session, _) = try openSession(plans, asOf: asOf)
        session.format = format
        if !REPL(session: session, editor: PlainEditor()).runOne(command.joined(separator: " ")) { throw Exit.findings }
    }

    private func usage(_ message: String) throws {
        printError("kaskade: error: query: \(message)\nusage: kaskade query PLAN… -- COMMAND")
        throw Exit.couldNotRun
    }
}
