// The REPL's commands: one table (name, Danish alias, arguments, help) that the dispatcher,
// `help` and TAB completion all read.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeModel
import KaskadeQuery
import KaskadeSyntax

struct CommandSpec {
    let name: String
    let alias: String?
    let usage: String
    let help: String
}

public enum Commands {
    static let table: [CommandSpec] = [
        CommandSpec(name: "help", alias: "hjælp", usage: "help [COMMAND]", help: "what the commands are"),
        CommandSpec(name: "tree", alias: "træ", usage: "tree [ID]", help: "the organisation as a tree: council, committees, board, areas, units"),
        CommandSpec(name: "show", alias: "vis", usage: "show ID", help: "one statement with everything resolved about it"),
        CommandSpec(name: "trace", alias: "spor", usage: "trace ID", help: "downwards from a goal: the goals, courses and employees that follow it"),
        CommandSpec(name: "why", alias: "hvorfor", usage: "why ID", help: "upwards from a goal, course or employee, back to the political goals"),
        CommandSpec(name: "check", alias: "tjek", usage: "check [ID]", help: "the findings, for the plan or below one unit"),
        CommandSpec(name: "calendar", alias: "kalender", usage: "calendar [RANGE]", help: "the events in date order, optionally within a range (2027-03-01..2027-04-30)"),
        CommandSpec(name: "overdue", alias: "forfaldne", usage: "overdue [DATE]", help: "planned events dated before DATE (default: the :as-of date)"),
        CommandSpec(name: "coverage", alias: "dækning", usage: "coverage [ID]", help: "per unit: employees with a conversation, a development item, one aligned to politics"),
        CommandSpec(name: "gaps", alias: "huller", usage: "gaps [ID]", help: "competences that tasks require and nobody holds or is being trained in"),
        CommandSpec(name: "find", alias: nil, usage: "find TEXT", help: "statements whose ID or title contains TEXT (case and accents ignored)"),
        CommandSpec(name: "explain", alias: "forklar", usage: "explain RULE", help: "a rule: the guideline sentence, an example and its fix"),
        CommandSpec(name: ":load", alias: nil, usage: ":load PLAN…", help: "load plan files or directories"),
        CommandSpec(name: ":reload", alias: nil, usage: ":reload", help: "read the files again; on failure the last good plan stays"),
        CommandSpec(name: ":as-of", alias: nil, usage: ":as-of DATE|today", help: "the date used by check and overdue"),
        CommandSpec(name: ":format", alias: nil, usage: ":format text|json", help: "the output format of later commands"),
        CommandSpec(name: ":read", alias: nil, usage: ":read FILE", help: "run the commands in a file"),
        CommandSpec(name: ":time", alias: nil, usage: ":time COMMAND", help: "run a command and say how long it took"),
        CommandSpec(name: ":quit", alias: nil, usage: ":quit", help: "leave (Ctrl-D too)"),
    ]

    /// Every name and alias, for completion.
    public static var names: [String] { table.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) } }

    static func spec(_ word: String) -> CommandSpec? {
        table.first { $0.name == word || $0.alias == word }
    }

    static func helpText(_ command: String?) -> String {
        if let command, let spec = spec(command) {
            return "\(spec.usage)\(spec.alias.map { "  (also: \($0))" } ?? "")\n  \(spec.help)"
        }
        let width = table.map(\.usage.count).max() ?? 0
        var lines = table.map { "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.help }
        lines.append("")
        lines.append("A line that starts with a plan keyword is added to the plan for this session (never to a file):")
        lines.append("  opfølgning 2027-09-10 med LYS om CSD1        at the top level")
        lines.append("  in CSD: opfølgning 2027-09-10 med LYS         into område CSD")
        lines.append("Danish names work too: træ, vis, spor, hvorfor, tjek, kalender, forfaldne, dækning, huller, forklar, hjælp.")
        return lines.joined(separator: "\n")
    }
}

/// Runs one command line against a session and says what to print.
public struct CommandRunner {
    public enum Outcome {
        case output(String)
        case failure(String)
        case quit
    }

    let session: Session
    let width: Int
    /// Runs `:read` files through the same loop.
    let runLines: ([String]) -> Bool

    public init(session: Session, width: Int, runLines: @escaping ([String]) -> Bool) {
        self.session = session
        self.width = width
        self.runLines = runLines
    }

    public func run(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .output("") }
        let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let command = words[0]
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        do {
            if command == "in", let argument, let colon = argument.firstIndex(of: ":") {
                let unit = String(argument[..<colon]).trimmingCharacters(in: .whitespaces)
                return try whatIf(String(argument[argument.index(after: colon)...]).trimmingCharacters(in: .whitespaces), into: unit)
            }
            if Commands.spec(command) == nil, Keyword.lookup(command).isStatement || Keyword.lookup(command).role == .property {
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

    private func dispatch(_ command: String, _ argument: String?) throws -> Outcome {
        guard let spec = Commands.spec(command) else {
            let nearest = Spelling.nearest(to: command, among: Commands.names)
            throw QueryError("unknown command `\(command)`" + (nearest.map { "; did you mean `\($0)`?" } ?? "; `help` lists the commands"))
        }
        switch spec.name {
        case "help": return .output(Commands.helpText(argument))
        case ":time":
            guard let argument else { throw QueryError("usage: :time COMMAND") }
            let start = monotonicSeconds()
            let outcome = run(argument)
            let elapsed = String(format: "%.2f", (monotonicSeconds() - start) * 1000)
            switch outcome {
            case .output(let text): return .output((text.isEmpty ? "" : text + "\n") + "time: \(elapsed) ms")
            case .failure(let message): return .failure(message + " (after \(elapsed) ms)")
            case .quit: return .quit
            }
        case ":quit": return .quit
        case ":load":
            guard let argument else { throw QueryError("usage: :load PLAN…") }
            let report = try session.load(argument.split(separator: " ").map(String.init))
            return .output("loaded: " + report.summaryLine)
        case ":reload": return .output("reloaded: " + (try session.reload()).summaryLine)
        case ":as-of":
            guard let argument, let day = argument == "today" ? Day.today() : Day.parse(argument) else {
                throw QueryError("usage: :as-of YYYY-MM-DD or :as-of today")
            }
            session.setAsOf(day)
            return .output("as of \(day)")
        case ":format":
            guard let argument, let format = Session.Format(rawValue: argument) else { throw QueryError("usage: :format text|json") }
            session.format = format
            return .output("format \(format.rawValue)")
        case ":read":
            guard let argument else { throw QueryError("usage: :read FILE") }
            guard let text = try? String(contentsOfFile: argument, encoding: .utf8) else { throw QueryError("\(argument): cannot be read") }
            return runLines(text.components(separatedBy: "\n")) ? .output("") : .failure("\(argument): a command failed")
        case "explain":
            guard let argument, let rule = RuleID(codeOrName: argument) else { throw QueryError("usage: explain RULE (such as K305 or annual-follow-up)") }
            return .output(CatalogueRenderer.explain(rule).trimmingCharacters(in: .newlines))
        default:
            return .output(render(try answer(spec.name, argument)))
        }
    }

    private func answer(_ command: String, _ argument: String?) throws -> Answer {
        guard let index = session.index else { throw QueryError("no plan is loaded; use `:load PLAN`") }
        func required() throws -> String {
            guard let argument else { throw QueryError("usage: \(Commands.spec(command)!.usage)") }
            return argument
        }
        switch command {
        case "tree": return try Queries.tree(index, from: argument)
        case "show": return try Queries.show(index, try required())
        case "trace": return try Queries.trace(index, try required())
        case "why": return try Queries.why(index, try required())
        case "check": return try Queries.check(index, argument, color: session.useColor && session.format == .text)
        case "coverage": return try Queries.coverage(index, argument)
        case "gaps": return try Queries.gaps(index, argument)
        case "find": return try Queries.find(index, try required())
        case "calendar": return try calendar(argument)
        case "overdue": return try overdue(argument)
        default: throw QueryError("unknown command `\(command)`")
        }
    }

    private func render(_ answer: Answer) -> String {
        session.format == .json ? AnswerRenderer.json(answer) : AnswerRenderer.text(answer, width: width)
    }

    // MARK: - Calendar

    private func calendar(_ argument: String?) throws -> Answer {
        var range: ClosedRange<Day>?
        if let argument {
            let parts = argument.components(separatedBy: "..")
            guard let start = parts.first.flatMap(Day.parse), let end = (parts.count > 1 ? parts[1] : parts[0]).trimmedDay() else {
                throw QueryError("usage: calendar [2027-03-01..2027-04-30]")
            }
            range = start...max(start, end)
        }
        let entries = try session.calendar().entries.filter { entry in
            range.map { entry.end >= $0.lowerBound && entry.start <= $0.upperBound } ?? true
        }
        return table("calendar", entries, limit: 500)
    }

    private func overdue(_ argument: String?) throws -> Answer {
        guard let index = session.index else { throw QueryError("no plan is loaded; use `:load PLAN`") }
        var day = session.asOf
        if let argument {
            guard let parsed = argument == "today" ? Day.today() : Day.parse(argument) else { throw QueryError("usage: overdue [YYYY-MM-DD]") }
            day = parsed
        }
        return Queries.overdue(index, before: day)
    }

    private func table(_ command: String, _ entries: [YearCalendar.Entry], limit: Int) -> Answer {
        guard let plan = session.index?.plan else { return Answer(command: command, title: "") }
        var answer = Answer(command: command, title: "")
        answer.table = Table(columns: ["date", "what", "unit", "detail"], rows: entries.prefix(limit).map { entry in
            let date = entry.start == entry.end ? "\(entry.start)" : "\(entry.start)..\(entry.end)"
            return [date, entry.kind.word, plan.units[entry.unit].id, entry.detail]
        })
        answer.summary = entries.count > limit ? "\(entries.count) events, the first \(limit) shown" : "\(entries.count) events"
        return answer
    }

    // MARK: - What if

    private func whatIf(_ statement: String, into unit: String?) throws -> Outcome {
        let (before, after) = try session.addStatement(statement, into: unit)
        func counts(_ report: Report) -> String { "\(report.count(.error)) errors, \(report.count(.warning)) warnings" }
        var lines = ["added for this session\(unit.map { " in \($0)" } ?? ""): \(counts(before)) → \(counts(after))"]
        let old = Set(before.diagnostics.map { "\($0.rule.code) \($0.message)" })
        let new = Set(after.diagnostics.map { "\($0.rule.code) \($0.message)" })
        for gone in old.subtracting(new).sorted() { lines.append("  cleared: \(gone)") }
        for added in new.subtracting(old).sorted() { lines.append("  new:     \(added)") }
        return .output(lines.joined(separator: "\n"))
    }
}

extension String {
    func trimmedDay() -> Day? { Day.parse(trimmingCharacters(in: .whitespaces)) }
}
