// The REPL's commands: one table (name, Danish alias, usage, help) that the dispatcher,
// `help` and TAB completion all read, and the runner that turns one entry into output.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeQuery
import KaskadeRules
import KaskadeSyntax

/// Every command of the REPL. `help`'s sentences switch over these, so a command without
/// its help in each language does not compile.
enum CommandName: String, CaseIterable, Sendable {
    case help, tree, show, trace, why, check, calendar, overdue, coverage, gaps, find, explain
    case load = ":load", reload = ":reload", asOf = ":as-of", format = ":format", read = ":read", time = ":time", quit = ":quit"
}

struct CommandSpec: Sendable {
    let command: CommandName
    var name: String { command.rawValue }
    /// The Danish names (the first as written, then without æøå where it has them).
    let aliases: [String]
    let usage: String
    /// What the argument is, for completion.
    let argument: ArgumentKind

    enum ArgumentKind: Sendable { case none, id, command, rule, format, path, date, text }

    init(_ command: CommandName, _ aliases: [String] = [], usage: String, _ argument: ArgumentKind) {
        self.command = command
        self.aliases = aliases
        self.usage = usage
        self.argument = argument
    }

    /// The usage in `language`: in Danish with the Danish name and placeholders.
    func usage(_ language: Language) -> String {
        guard language == .danish else { return usage }
        var words = usage.split(separator: " ").map(String.init)
        if let danish = aliases.first { words[0] = danish }
        let placeholders = ["[COMMAND]": "[KOMMANDO]", "[RANGE]": "[PERIODE]", "[DATE]": "[DATO]", "TEXT": "TEKST", "RULE": "REGEL",
                            "FILE": "FIL", "DATE|today": "DATO|today", "COMMAND": "KOMMANDO"]
        return words.map { placeholders[$0] ?? $0 }.joined(separator: " ")
    }

    /// The name a user of `language` reads first.
    func displayName(_ language: Language) -> String { language == .danish ? aliases.first ?? name : name }
}

public enum Commands {
    /// Findings listed one per line after `:load` and `:reload`; `check` lists them all.
    static let findingsListed = 20

    static let table: [CommandSpec] = [
        CommandSpec(.help, ["hjælp", "hjaelp"], usage: "help [COMMAND]", .command),
        CommandSpec(.tree, ["træ", "trae"], usage: "tree [ID]", .id),
        CommandSpec(.show, ["vis"], usage: "show ID", .id),
        CommandSpec(.trace, ["spor"], usage: "trace ID", .id),
        CommandSpec(.why, ["hvorfor"], usage: "why ID", .id),
        CommandSpec(.check, ["tjek"], usage: "check [ID]", .id),
        CommandSpec(.calendar, ["kalender"], usage: "calendar [RANGE]", .date),
        CommandSpec(.overdue, ["forfaldne"], usage: "overdue [DATE]", .date),
        CommandSpec(.coverage, ["dækning", "daekning"], usage: "coverage [ID]", .id),
        CommandSpec(.gaps, ["huller"], usage: "gaps [ID]", .id),
        CommandSpec(.find, usage: "find TEXT", .text),
        CommandSpec(.explain, ["forklar"], usage: "explain RULE", .rule),
        CommandSpec(.load, usage: ":load PLAN…", .path),
        CommandSpec(.reload, usage: ":reload", .none),
        CommandSpec(.asOf, usage: ":as-of DATE|today", .date),
        CommandSpec(.format, usage: ":format text|json|csv", .format),
        CommandSpec(.read, usage: ":read FILE", .path),
        CommandSpec(.time, usage: ":time COMMAND", .command),
        CommandSpec(.quit, usage: ":quit", .none),
    ]

    /// Every name and alias, for completion.
    public static var names: [String] { table.flatMap { [$0.name] + $0.aliases } }

    /// The names a user of `language` is offered: the Danish ones in Danish, the English ones in English.
    static func names(_ language: Language) -> [String] {
        // A command without a Danish name (`find`, `:load`) is offered by its one name; the
        // names without æøå are for typing, not for offering.
        table.map { $0.displayName(language) }
    }

    static func spec(_ word: String) -> CommandSpec? {
        table.first { $0.name == word || $0.aliases.contains(word) }
    }

    static func helpText(_ command: String?, _ language: Language) throws -> String {
        func say(_ words: REPLSays) -> String { words.text(language) }
        if let command {
            guard let spec = spec(command) else { throw QueryError(say(.noCommandCalled(command))) }
            let other = language == .danish ? (spec.aliases.isEmpty ? nil : spec.name) : spec.aliases.first
            return "\(spec.usage(language))\(other.map { say(.danishName($0)) } ?? "")\n  \(say(.help(command: spec.command)))"
        }
        let width = table.map { $0.usage(language).count }.max() ?? 0
        var lines = table.map { "  " + $0.usage(language).padding(toLength: width, withPad: " ", startingAt: 0) + "  " + say(.help(command: $0.command)) }
        lines.append("")
        lines.append(say(.danishNamesWork))
        lines.append("")
        lines.append(say(.whatIfIntro))
        let inWord = language == .danish ? "i" : "in"
        lines.append("  opfølgning 2027-09-10 med LYS om CSD1          " + say(.whatIfTop))
        lines.append("  \(inWord) CSD: opfølgning 2027-09-10 med LYS om CSD1  " + (language == .danish ? " " : "") + say(.whatIfIn))
        lines.append(say(.continuation))
        return lines.joined(separator: "\n")
    }
}

/// Runs one entry (a command, or a statement) against a session and says what to print.
public struct CommandRunner {
    public enum Outcome: Equatable {
        case output(String)
        case failure(String)
        case quit
    }

    let session: Session
    /// The width to lay text out for (`Int.max`: never cut).
    let width: Int
    /// Runs the entries of a `:read` file through the same loop; false if one failed.
    let runFile: (String) throws -> Bool

    public init(session: Session, width: Int, runFile: @escaping (String) throws -> Bool) {
        self.session = session
        self.width = width
        self.runFile = runFile
    }

    public func run(_ entry: String) -> Outcome {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .output("") }
        let (command, argument) = CommandRunner.split(trimmed)
        do {
            // `in ID:` and, in Danish, `i ID:`.
            if command == "in" || command == "i", let argument, let colon = argument.firstIndex(of: ":") {
                let unit = argument[..<colon].trimmingCharacters(in: .whitespaces)
                return try whatIf(String(argument[argument.index(after: colon)...]), into: unit)
            }
            if command == "in" || command == "i" {
                throw QueryError(say(.inUsage))
            }
            if Commands.spec(command) == nil, CommandRunner.isStatement(trimmed) {
                return try whatIf(trimmed, into: nil)
            }
            return try dispatch(command, argument)
        } catch let error as QueryError {
            return .failure(error.description)
        } catch let error as LoadError {
            return .failure(error.phrase.text(language))
        } catch {
            return .failure("\(error)")
        }
    }

    var language: Language { session.language }

    func say(_ words: REPLSays) -> String { words.text(language) }

    /// The first word and the rest (trimmed), if any.
    static func split(_ line: String) -> (String, String?) {
        let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return (String(parts.first ?? ""), rest.isEmpty ? nil : rest)
    }

    /// A line that starts with a plan keyword (`mål`, `opfølgning`, `virksomhed`, …).
    static func isStatement(_ line: String) -> Bool {
        let (word, _) = split(line)
        return Keyword.lookup(word).isStatement
    }

    private func dispatch(_ command: String, _ argument: String?) throws -> Outcome {
        guard let spec = Commands.spec(command) else {
            let nearest = Spelling.nearest(to: command, among: Commands.names)
            throw QueryError(say(.unknownCommand(command, nearest: nearest)))
        }
        func required() throws -> String {
            guard let argument else { throw QueryError(say(.usage(spec.usage(language)))) }
            return argument
        }
        func none() throws {
            if let argument { throw QueryError(say(.takesNothing(command: spec.displayName(language), argument: argument, usage: spec.usage(language)))) }
        }
        switch spec.command {
        case .help: return .output(try Commands.helpText(argument, language))
        case .quit:
            try none()
            return .quit
        case .time: return time(try required())
        case .load:
            let report = try session.load(try required().split(separator: " ").map(String.init))
            let found = FindingList.lines(report, limit: Commands.findingsListed)
            return .output(([say(.loaded(paths: session.paths.joined(separator: " "), summary: report.summaryLine))] + found).joined(separator: "\n"))
        case .reload:
            try none()
            let (report, dropped) = try session.reload()
            var lines = [say(.reloaded(summary: report.summaryLine))] + FindingList.lines(report, limit: Commands.findingsListed)
            if session.whatIfCount > 0 { lines.append(say(.whatIfKept(session.whatIfCount))) }
            lines += dropped.map { say(.dropped($0)) }
            return .output(lines.joined(separator: "\n"))
        case .asOf:
            let text = try required()
            guard let day = text == "today" ? Day.today() : Day.parse(text) else { throw QueryError(say(.asOfUsage)) }
            session.setAsOf(day)
            return .output(say(.asOf("\(day)")) + (session.index.map { ": \($0.summaryLine)" } ?? ""))
        case .format:
            guard let format = Session.Format(rawValue: try required()) else { throw QueryError(say(.usage(":format text|json|csv"))) }
            session.format = format
            return .output(say(.format(format.rawValue)))
        case .read:
            let path = try required()
            return try runFile(path) ? .output("") : .failure(say(.commandFailed(path: path)))
        case .explain:
            guard let rule = RuleCatalogue.book.lookup(try required()) else {
                let typed = argument ?? ""
                let hint = DidYouMean.hint(for: typed, among: RuleCatalogue.book.spellings, language)
                throw QueryError(say(.noRuleCalled(typed, hint: hint)))
            }
            return .output(CatalogueRenderer(RuleCatalogue.book, language: language).explain(rule).trimmingCharacters(in: .newlines))
        case .tree: return try show(Queries.tree(try session.loadedIndex(), argument))
        case .show: return try show(Queries.show(try session.loadedIndex(), try required()))
        case .trace: return try show(Queries.trace(try session.loadedIndex(), try required()))
        case .why: return try show(Queries.why(try session.loadedIndex(), try required()))
        case .check: return try show(Queries.check(try session.loadedIndex(), argument, color: session.useColor && session.format == .text))
        case .coverage: return try show(Queries.coverage(try session.loadedIndex(), argument))
        case .gaps: return try show(Queries.gaps(try session.loadedIndex(), argument))
        case .find: return try show(Queries.find(try session.loadedIndex(), try required()))
        case .calendar:
            let index = try session.loadedIndex()
            guard let argument else { return show(Queries.calendar(index, nil)) }
            guard let range = DayRange.parse(argument) else { throw QueryError(say(.calendarUsage)) }
            return show(Queries.calendar(index, range))
        case .overdue:
            let index = try session.loadedIndex()
            var day = session.asOf ?? Day.today()
            if let argument {
                guard let parsed = argument == "today" ? Day.today() : Day.parse(argument) else { throw QueryError(say(.overdueUsage)) }
                day = parsed
            }
            return show(Queries.overdue(index, before: day))
        }
    }

    /// An answer in the session's format and language.
    private func show(_ answer: any Answer) -> Outcome {
        switch session.format {
        case .json: return .output(AnswerOutput.json(answer))
        case .csv:
            // Tables as CSV; an answer that is no table (a tree, a statement) stays text.
            if let csv = AnswerOutput.csv(answer, language: language, separator: session.csvSeparator, byteOrderMark: session.csvByteOrderMark) {
                // The last CRLF is the output's own line break.
                return .output(String(decoding: csv.dropLast(2), as: UTF8.self))
            }
            return .output(AnswerOutput.text(answer, width: width, language: language))
        case .text: return .output(AnswerOutput.text(answer, width: width, language: language))
        }
    }

    private func time(_ command: String) -> Outcome {
        let start = monotonicSeconds()
        let outcome = run(command)
        let elapsed = String(format: "%.2f ms", (monotonicSeconds() - start) * 1000)
        switch outcome {
        case .output(let text): return .output((text.isEmpty ? "" : text + "\n") + say(.time(elapsed)))
        case .failure(let message): return .failure(message + say(.after(elapsed)))
        case .quit: return .quit
        }
    }

    // MARK: - What if

    private func whatIf(_ statement: String, into unit: String?) throws -> Outcome {
        let (before, after) = try session.add(statement, into: unit)
        let language = self.language
        func counts(_ report: Report) -> String {
            let infos = report.count(.info)
            return "\(Count.of(report.count(.error), .error, language)), \(Count.of(report.count(.warning), .warning, language))"
                + (infos > 0 ? ", \(Count.of(infos, .info, language))" : "")
        }
        var lines = [say(.added(unit: unit, before: counts(before), after: counts(after)))]
        // Compared by the English rendering (the same whatever the language), shown in the user's.
        var shown: [String: String] = [:]
        for diagnostic in before.diagnostics + after.diagnostics { shown[Self.key(diagnostic)] = Self.key(diagnostic, language) }
        let old = Set(before.diagnostics.map { Self.key($0) }), new = Set(after.diagnostics.map { Self.key($0) })
        for gone in old.subtracting(new).sorted().prefix(20) { lines.append(say(.cleared(shown[gone] ?? gone))) }
        for added in new.subtracting(old).sorted().prefix(20) { lines.append(say(.new(shown[added] ?? added))) }
        return .output(lines.joined(separator: "\n"))
    }

    /// A finding as the what-if diff compares it: rule and message, not position (the
    /// splice moves the lines after it).
    static func key(_ diagnostic: Diagnostic, _ language: Language = .english) -> String {
        "\(diagnostic.rule.code) \(PersonalID.mask(diagnostic.message.text(language)))"
    }
}
