// `kaskade query PLAN… -- COMMAND`: one REPL command, for scripts.

import ArgumentParser
import Foundation
import KaskadeCSV
import KaskadeDiagnostics
import KaskadeREPL

struct Query: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: ShellHelp.queryAbstract.text(cliLanguage), discussion: ShellHelp.queryDiscussion.text(cliLanguage),
                             aliases: ["forespørg", "forespoerg"])
    }

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(ShellHelp.format.text(cliLanguage)))
    var format: Session.Format = .text

    @Option(name: .customLong("as-of"), help: ArgumentHelp(ShellHelp.asOf.text(cliLanguage)))
    var asOf: AsOf?

    @OptionGroup var csvSeparator: CSVSeparatorOption

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp(ShellHelp.words.text(cliLanguage)))
    var words: [String] = []

    func run() throws {
        var format = self.format, asOf = self.asOf, separator = self.csvSeparator.csvSeparator
        var plans: [String] = [], command: [String] = []
        var afterSeparator = false, pending = words[...]
        while let word = pending.popFirst() {
            if word == "--" && !afterSeparator {
                afterSeparator = true
            } else if word == "--sprog" || word == "--lang", !afterSeparator, pending.first != nil {
                pending.removeFirst()  // read before parsing, by `Language.preRead`
            } else if word.hasPrefix("--sprog=") || word.hasPrefix("--lang=") {
                continue
            } else if word == "--format" || word == "--as-of" || word == "--csv-separator", let value = pending.first {
                pending.removeFirst()
                if word == "--csv-separator" {
                    separator = value
                } else if word == "--format" {
                    guard let chosen = Session.Format(rawValue: value) else { return try usage(.formatTakes(value)) }
                    format = chosen
                } else {
                    guard let day = AsOf(argument: value) else { return try usage(.asOfTakes(value)) }
                    asOf = day
                }
            } else if afterSeparator {
                command.append(word)
            } else {
                plans.append(word)
            }
        }
        guard !plans.isEmpty, !command.isEmpty else { return try usage(.givePlans) }
        // Options after `--` are read here, not by argument-parser: the separator is checked again.
        guard let csvSeparator = CSVWriter.separator(named: separator) else {
            printFailure(OutputHelp.badSeparator(separator))
            throw Exit.couldNotRun
        }
        let (session, _) = try openSession(plans, asOf: asOf)
        session.format = format
        session.csvSeparator = csvSeparator
        session.csvByteOrderMark = true
        if !REPL(session: session, editor: PlainEditor()).runOne(command.joined(separator: " ")) { throw Exit.findings }
    }

    private func usage(_ message: ShellHelp) throws {
        printFailure(ShellHelp.queryUsage(message))
        throw Exit.couldNotRun
    }
}

/// What `repl` and `query` say about themselves.
indirect enum ShellHelp: Message {
    case replAbstract, replDiscussion, plansToLoad, asOf, queryAbstract, queryDiscussion, format, words
    case formatTakes(String), asOfTakes(String), givePlans, loading(String)
    case queryUsage(ShellHelp)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .replAbstract: "Ask the plan questions in an interactive shell (libedit on a terminal, plain lines from a pipe)."
            case .replDiscussion: "On a pipe it prints no prompt and exits 1 if a command failed: kaskade repl plans < questions.txt"
            case .plansToLoad: "Plan files or directories to load."
            case .asOf: "The date for check and overdue (YYYY-MM-DD or today)."
            case .queryAbstract: "Run one REPL command on a plan and exit, for scripts."
            case .queryDiscussion: """
                Everything after `--` is the command, as typed in the REPL; `--format` and `--as-of` may \
                stand before or after it. Exits 1 if the command failed, 2 if a plan cannot be read.
                  kaskade query plans -- trace BSU1
                  kaskade query plans -- coverage CSD --format json
                """
            case .format: "Output format: text, json or csv (tables only: coverage, gaps, calendar, overdue, find)."
            case .words: "Plan files or directories, then `--` and the command."
            case let .formatTakes(value): "--format takes text, json or csv, not `\(value)`"
            case let .asOfTakes(value): "--as-of takes YYYY-MM-DD or today, not `\(value)`"
            case .givePlans: "give the plans, then `--` and the command"
            case let .loading(plans): "kaskade: reading and checking \(plans) …"
            case let .queryUsage(message): "query: \(message.text(language))\nusage: kaskade query PLAN… -- COMMAND"
            }
        case .danish:
            switch self {
            case .replAbstract: "Stil planen spørgsmål i en interaktiv skal (libedit i en terminal, almindelige linjer fra et rør)."
            case .replDiscussion: "Fra et rør skrives ingen prompt, og den afslutter med 1, hvis en kommando mislykkedes: kaskade repl planer < spørgsmål.txt"
            case .plansToLoad: "Planfiler eller mapper, der skal indlæses."
            case .asOf: "Datoen for check og overdue (ÅÅÅÅ-MM-DD eller today)."
            case .queryAbstract: "Kør én REPL-kommando på en plan og afslut, til scripts."
            case .queryDiscussion: """
                Alt efter `--` er kommandoen, som den skrives i REPL'en; `--format` og `--as-of` må stå \
                før eller efter den. Afslutter med 1, hvis kommandoen mislykkedes, og 2, hvis en plan ikke kan læses.
                  kaskade forespørg planer -- spor BSU1
                  kaskade forespørg planer -- dækning CSD --format json
                """
            case .format: "Uddataformat: text, json eller csv (kun tabeller: dækning, huller, kalender, forfaldne, find)."
            case .words: "Planfiler eller mapper, derefter `--` og kommandoen."
            case let .formatTakes(value): "--format tager text, json eller csv, ikke `\(value)`"
            case let .asOfTakes(value): "--as-of tager ÅÅÅÅ-MM-DD eller today, ikke `\(value)`"
            case .givePlans: "angiv planerne, derefter `--` og kommandoen"
            case let .loading(plans): "kaskade: læser og tjekker \(plans) …"
            case let .queryUsage(message): "forespørg: \(message.text(language))\nbrug: kaskade forespørg PLAN… -- KOMMANDO"
            }
        }
    }
}
