// `kaskade check PLAN…`: parse, resolve and check; print findings and a summary line.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeSyntax

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
}

/// `--report sarif=kaskade.sarif`: one more format, written to a file.
struct ReportTarget: ExpressibleByArgument {
    let format: OutputFormat
    let path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
              let format = OutputFormat(rawValue: String(argument[..<equals])) else { return nil }
        self.format = format
        self.path = String(argument[argument.index(after: equals)...])
        if path.isEmpty { return nil }
    }
}

struct AsOf: ExpressibleByArgument {
    let day: Day

    init?(argument: String) {
        if argument == "today" {
            day = Day.today()
        } else if let day = Day.parse(argument) {
            self.day = day
        } else {
            return nil
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a plan against every rule of the guideline.")

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory).")
    var plans: [String]

    @Option(help: "Output format: text, json, sarif, github or junit.")
    var format: OutputFormat = .text

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write FORMAT to PATH (repeatable).", valueName: "FORMAT=PATH"))
    var reports: [ReportTarget] = []

    @Option(name: .customLong("baseline"), help: "Report only findings that this baseline does not know.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the current findings as a baseline to this file.")
    var writeBaseline: String?

    @Option(name: .customLong("as-of"), help: "The day for the time-dependent rules (YYYY-MM-DD or today).")
    var asOf: AsOf?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(name: .customLong("show-suppressed"), help: "List the findings that exceptions hide.")
    var showSuppressed = false

    @Flag(help: "Print how long each phase took, to standard error.")
    var timings = false

    @Option(name: .customLong("max-findings"), help: "Show at most this many findings as text; the rest are counted.")
    var maxFindings: Int = Limits().maxFindingsShown

    @Option(name: .customLong("max-depth"), help: "Report blocks nested deeper than this (K007).")
    var maxDepth: Int = Limits().maxDepth

    @Option(name: .customLong("max-file-size"), help: "Refuse plan files larger than this many megabytes.")
    var maxFileMegabytes: Int = Limits().maxFileBytes / 1_048_576

    var limits: Limits {
        var limits = Limits()
        limits.maxDepth = max(1, maxDepth)
        limits.maxFileBytes = max(1, maxFileMegabytes) * 1_048_576
        limits.maxFindingsShown = max(0, maxFindings)
        return limits
    }

    func run() throws {
        var clock = Timings()
        let start = monotonicSeconds()
        let sources: SourceSet
        do {
            sources = try clock.measure("read") { try PlanLoader.load(plans, limits: limits) }
        } catch let error as LoadError {
            printError("kaskade: error: \(error.description)")
            throw Exit.couldNotRun
        }
        var options = CheckOptions(asOf: asOf?.day, language: languageChoice)
        options.limits = limits
        let result = Checker.check(sources, options: options, timings: &clock)
        var report = result.report
        do {
            if let writeBaseline {
                // Adopting a baseline is a success: say what was written, and exit 0.
                try Baseline(report).write(writeBaseline)
                let count = report.diagnostics.count
                writeOut("wrote \(count) finding\(count == 1 ? "" : "s") to \(writeBaseline); "
                         + "`kaskade check … --baseline \(writeBaseline)` reports only findings it does not know\n")
                if timings { printTimings(clock, sources: sources, total: monotonicSeconds() - start) }
                return
            }
            if let baseline { report = try Baseline.read(baseline).filter(report) }
            let output = clock.measure("render") { render(report, as: format) }
            writeOut(output)
            for target in reports {
                try AtomicFile.write(Data(render(report, as: target.format, color: false).utf8), to: target.path)
            }
        } catch let error as LoadError {
            printError("kaskade: error: \(error.description)")
            throw Exit.couldNotRun
        }
        if timings { printTimings(clock, sources: sources, total: monotonicSeconds() - start) }
        if report.count(.error) > 0 || (strict && report.count(.warning) > 0) { throw Exit.findings }
    }

    private func render(_ report: Report, as format: OutputFormat, color: Bool = standardOutputWantsColor) -> String {
        var shown = report
        if !showSuppressed { shown.suppressed = [] }
        switch format {
        case .text: return TextRenderer(useColor: color, maxShown: limits.maxFindingsShown).render(shown)
        case .json: return JSONRenderer().render(shown, includeSuppressed: showSuppressed)
        case .sarif: return SARIFRenderer(toolVersion: Kaskade.configuration.version).render(shown)
        case .github: return GitHubRenderer().render(shown)
        case .junit: return JUnitRenderer(strict: strict).render(shown)
        }
    }

    /// One row per phase, the columns aligned: name, milliseconds, throughput.
    private func printTimings(_ clock: Timings, sources: SourceSet, total: Double) {
        let bytes = sources.files.reduce(0) { $0 + $1.bytes.count }
        let megabytes = Double(bytes) / 1_048_576
        let rows = clock.phases.map { ($0.0, $0.1) } + [("total", total)]
        let width = rows.map(\.0.count).max() ?? 5
        for (name, seconds) in rows {
            let throughput = seconds > 0 ? megabytes / seconds : 0
            var row = name.padding(toLength: width, withPad: " ", startingAt: 0)
            row += String(format: "  %10.1f ms  %10.1f MB/s", seconds * 1000, throughput)
            if name == "total" { row += String(format: "  (%.1f MB)", megabytes) }
            printError(row)
        }
    }
}
