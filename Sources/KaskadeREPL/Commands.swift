// The REPL's commands: one table (name, Danish alias, usage, help) that the dispatcher,
// `help` and TAB completion all read, and the runner that turns one entry into output.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
import KaskadeQuery
import KaskadeRules
import KaskadeSyntax

struct CommandSpec: Sendable {
    let name: String
    let alias: String?
    let usage: String
    let help: String
    /// What the argument is, for completion.
    let argument: ArgumentKind

    enum ArgumentKind: Sendable { case none, id, command, rule, format, path, date, text }
}

public enum Commands {
    /// Findings listed one per line after `:load` and `:reload`; `check` lists them all.
    static let findingsListed = 20

    static let table: [CommandSpec] = [
        CommandSpec(name: "help", alias: "hjælp", usage: "help [COMMAND]", help: "what the commands are", argument: .command),
        CommandSpec(name: "tree", alias: "træ", usage: "tree [ID]", help: "the organisation as a tree: council, committees, board, areas, units", argument: .id),
        CommandSpec(name: "show", alias: "vis", usage: "show ID", help: "one statement with everything resolved about it", argument: .id),
        CommandSpec(name: "trace", alias: "spor", usage: "trace ID", help: "down from a goal: the goals, courses and employees that follow it", argument: .id),
        CommandSpec(name: "why", alias: "hvorfor", usage: "why ID", help: "up from a goal, course or employee to the political goals", argument: .id),
        CommandSpec(name: "check", alias: "tjek", usage: "check [ID]", help: "the findings, for the plan or inside one unit", argument: .id),
        CommandSpec(name: "calendar", alias: "kalender", usage: "calendar [RANGE]", help: "the events in date order (RANGE: 2027-03, 2027-W11, 2027-03-01..2027-04-30)", argument: .date),
        CommandSpec(name: "overdue", alias: "forfaldne", usage: "overdue [DATE]", help: "events still planned before DATE (default: the :as-of date, else today)", argument: .date),
        CommandSpec(name: "coverage", alias: "dækning", usage: "coverage [ID]", help: "per unit: employees with a conversation, a development item, one serving politics", argument: .id),
        CommandSpec(name: "gaps", alias: "huller", usage: "gaps [ID]", help: "competences that tasks require and nobody holds or is being trained in", argument: .id),
        CommandSpec(name: "find", alias: nil, usage: "find TEXT", help: "statements whose ID or title contains TEXT (case and accents ignored)", argument: .text),
        CommandSpec(name: "explain", alias: "forklar", usage: "explain RULE", help: "one rule: its guideline sentence and examples", argument: .rule),
        CommandSpec(name: ":load", alias: nil, usage: ":load PLAN…", help: "load plan files or directories (what-if statements are dropped)", argument: .path),
        CommandSpec(name: ":reload", alias: nil, usage: ":reload", help: "read the files again; if that fails the last good plan stays", argument: .none),
        CommandSpec(name: ":as-of", alias: nil, usage: ":as-of DATE|today", help: "the date used by check and overdue", argument: .date),
        CommandSpec(name: ":format", alias: nil, usage: ":format text|json", help: "the output format of later commands", argument: .format),
        CommandSpec(name: ":read", alias: nil, usage: ":read FILE", help: "run the commands in a file", argument: .path),
        CommandSpec(name: ":time", alias: nil, usage: ":time COMMAND", help: "run a command and say how long it took", argument: .command),
        CommandSpec(name: ":quit", alias: nil, usage: ":quit", help: "leave (Ctrl-D on an empty line too)", argument: .none),
    ]

    /// Every name and alias, for completion.
    public static var names: [String] { table.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) } }

    static func spec(_ word: String) -> CommandSpec? {
        table.first { $0.name == word || $0.alias == word }
    }

    static func helpText(_ command: String?) throws -> String {
        if let command {
            guard let spec = spec(command) else { throw QueryError("no command is called `\(command)`; `help` lists them") }
            return "\(spec.usage)\(spec.alias.map { "   (dansk: \($0))" } ?? "")\n  \(spec.help)"
        }
        let width = table.map(\.usage.count).max() ?? 0
        var lines = table.map { "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.help }
        lines.append("")
        lines.append("Danish names work too: træ, vis, spor, hvorfor, tjek, kalender, forfaldne, dækning, huller, forklar, hjælp.")
        lines.append("")
        lines.append("A line that starts with a plan keyword adds a statement for this session (never to a file):")
        lines.append("  opfølgning 2027-09-10 med LYS om CSD1          at the top level")
        lines.append("  in CSD: opfølgning 2027-09-10 med LYS om CSD1  inside område CSD")
        lines.append("A `{` left open continues on the next line. TAB completes commands, keywords and IDs.")
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
            if command == "in", let argument, let colon = argument.firstIndex(of: ":") {
                let unit = argument[..<colon].trimmingCharacters(in: .whitespaces)
                return try whatIf(String(argument[argument.index(after: colon)...]), into: unit)
            }
            if command == "in" {
                throw QueryError("usage: in ID: STATEMENT, such as `in CSD: opfølgning 2027-09-10 med LYS om CSD1`")
            }
            if Commands.spec(command) == nil, CommandRunner.isStatement(trimmed) {
                return try whatIf(trimmed, into: nil)
            }
            return try dispatch(command, argument)
        } catch let error as QueryError {
            return .failure(error.description)
        } catch let error as LoadError {
            return .failure(error.description)
        } catch {
            return .failure("\(error)")
        }
    }

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
            throw QueryError("unknown command `\(command)`" + (nearest.map { "; did you mean `\($0)`?" } ?? "; `help` lists the commands"))
        }
        func required() throws -> String {
            guard let argument else { throw QueryError("usage: \(spec.usage)") }
            return argument
        }
        func none() throws {
            if let argument { throw QueryError("`\(spec.name)` takes nothing after it, not `\(argument)`; usage: \(spec.usage)") }
        }
        switch spec.name {
        case "help": return .output(try Commands.helpText(argument))
        case ":quit":
            try none()
            return .quit
        case ":time": return time(try required())
        case ":load":
            let report = try session.load(try required().split(separator: " ").map(String.init))
            let found = FindingList.lines(report, limit: Commands.findingsListed)
            return .output((["loaded \(session.paths.joined(separator: " ")): \(report.summaryLine)"] + found).joined(separator: "\n"))
        case ":reload":
            try none()
            let (report, dropped) = try session.reload()
            var lines = ["reloaded: \(report.summaryLine)"] + FindingList.lines(report, limit: Commands.findingsListed)
            if session.whatIfCount > 0 { lines.append("\(session.whatIfCount) what-if statement(s) kept") }
            lines += dropped.map { "dropped (its unit is gone): \($0)" }
            return .output(lines.joined(separator: "\n"))
        case ":as-of":
            let text = try required()
            guard let day = text == "today" ? Day.today() : Day.parse(text) else { throw QueryError("usage: :as-of YYYY-MM-DD or :as-of today") }
            session.setAsOf(day)
            return .output("as of \(day)" + (session.index.map { ": \($0.summaryLine)" } ?? ""))
        case ":format":
            guard let format = Session.Format(rawValue: try required()) else { throw QueryError("usage: :format text|json") }
            session.format = format
            return .output("format \(format.rawValue)")
        case ":read":
            let path = try required()
            return try runFile(path) ? .output("") : .failure("\(path): a command failed")
        case "explain":
            guard let rule = RuleCatalogue.book.lookup(try required()) else {
                let typed = argument ?? ""
                let hint = DidYouMean.hint(for: typed, among: RuleCatalogue.book.spellings)
                throw QueryError("no rule is called `\(typed)`; rules are named like K402 or no-proposal\(hint)")
            }
            return .output(CatalogueRenderer(RuleCatalogue.book).explain(rule).trimmingCharacters(in: .newlines))
        default:
            let answer = try self.answer(spec.name, argument, required)
            return .output(session.format == .json ? AnswerOutput.json(answer) : AnswerOutput.text(answer, width: width))
        }
    }

    private func answer(_ command: String, _ argument: String?, _ required: () throws -> String) throws -> any Answer {
        let index = try session.loadedIndex()
        switch command {
        case "tree": return try Queries.tree(index, argument)
        case "show": return try Queries.show(index, try required())
        case "trace": return try Queries.trace(index, try required())
        case "why": return try Queries.why(index, try required())
        case "check": return try Queries.check(index, argument, color: session.useColor && session.format == .text)
        case "coverage": return try Queries.coverage(index, argument)
        case "gaps": return try Queries.gaps(index, argument)
        case "find": return try Queries.find(index, try required())
        case "calendar":
            guard let argument else { return Queries.calendar(index, nil) }
            guard let range = DayRange.parse(argument) else {
                throw QueryError("usage: calendar [RANGE], such as 2027-03, 2027-W11 or 2027-03-01..2027-04-30")
            }
            return Queries.calendar(index, range)
        case "overdue":
            var day = session.asOf ?? Day.today()
            if let argument {
                guard let parsed = argument == "today" ? Day.today() : Day.parse(argument) else { throw QueryError("usage: overdue [YYYY-MM-DD]") }
                day = parsed
            }
            return Queries.overdue(index, before: day)
        default: throw QueryError("unknown command `\(command)`")
        }
    }

    private func time(_ command: String) -> Outcome {
        let start = monotonicSeconds()
        let outcome = run(command)
        let elapsed = String(format: "%.2f ms", (monotonicSeconds() - start) * 1000)
        switch outcome {
        case .output(let text): return .output((text.isEmpty ? "" : text + "\n") + "time: \(elapsed)")
        case .failure(let message): return .failure(message + " (after \(elapsed))")
        case .quit: return .quit
        }
    }

    // MARK: - What if

    private func whatIf(_ statement: String, into unit: String?) throws -> Outcome {
        let (before, after) = try session.add(statement, into: unit)
        func counts(_ report: Report) -> String {
            let infos = report.count(.info)
            return "\(Self.plural(report.count(.error), "error")), \(Self.plural(report.count(.warning), "warning"))"
                + (infos > 0 ? ", \(Self.plural(infos, "info"))" : "")
        }
        var lines = ["added for this session\(unit.map { " in \($0)" } ?? ""): \(counts(before)) → \(counts(after))"]
        let old = Set(before.diagnostics.map(Self.key)), new = Set(after.diagnostics.map(Self.key))
        for gone in old.subtracting(new).sorted().prefix(20) { lines.append("  cleared: \(gone)") }
        for added in new.subtracting(old).sorted().prefix(20) { lines.append("  new:     \(added)") }
        return .output(lines.joined(separator: "\n"))
    }

    /// A finding as the what-if diff compares it: rule and message, not position (the
    /// splice moves the lines after it).
    static func key(_ diagnostic: Diagnostic) -> String { "\(diagnostic.rule.code) \(PersonalID.mask(diagnostic.message.english))" }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
