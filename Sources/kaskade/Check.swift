// `kaskade check PLAN…`: parse, resolve and check; print findings and a summary line.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CheckSays.abstract.text(cliLanguage), aliases: ["tjek"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(CheckSays.plans.text(cliLanguage)))
    var plans: [String]

    @Option(help: ArgumentHelp(CheckSays.format.text(cliLanguage)))
    var format: OutputFormat = .text

    @Option(name: .customLong("report"), help: ArgumentHelp(CheckSays.report.text(cliLanguage), valueName: CheckSays.reportValue.text(cliLanguage)))
    var reports: [ReportTarget] = []

    @Option(name: .customLong("baseline"), help: ArgumentHelp(CheckSays.baseline.text(cliLanguage)))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp(CheckSays.writeBaseline.text(cliLanguage)))
    var writeBaseline: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(CheckSays.asOf.text(cliLanguage)))
    var asOf: AsOf?

    @Flag(help: ArgumentHelp(CheckSays.strict.text(cliLanguage)))
    var strict = false

    @Flag(name: .customLong("show-suppressed"), help: ArgumentHelp(CheckSays.showSuppressed.text(cliLanguage)))
    var showSuppressed = false

    @Flag(help: ArgumentHelp(CheckSays.timings.text(cliLanguage)))
    var timings = false

    @Option(name: .customLong("max-findings"), help: ArgumentHelp(CheckSays.maxFindings.text(cliLanguage)))
    var maxFindings: Int = Limits().maxFindingsShown

    @Option(name: .customLong("max-depth"), help: ArgumentHelp(CheckSays.maxDepth.text(cliLanguage)))
    var maxDepth: Int = Limits().maxDepth

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp(CheckSays.maxFileSize.text(cliLanguage)))
    var maxFileMegabytes: Int = Limits().maxFileBytes / 1_048_576

    var limits: Limits {
        var limits = Limits()
        limits.maxDepth = max(1, maxDepth)
        limits.maxFileBytes = max(1, maxFileMegabytes) * 1_048_576
        limits.maxFindingsShown = max(0, maxFindings)
        return limits
    }

    nonisolated(unsafe) private static var keptUntilExit: CheckResult?

    func run() throws {
        var clock = Timings(recordsPeaks: timings)
        let start = monotonicSeconds()
        let sources: SourceSet
        do {
            sources = try clock.measure("read") { try PlanLoader.load(plans, limits: limits) }
        } catch let error as LoadError {
            printFailure(error.phrase)
            throw Exit.couldNotRun
        }
        var options = CheckOptions(asOf: asOf?.day, language: languageChoice)
        options.limits = limits
        let result = Checker.check(sources, options: options, timings: &clock)
        // The plan lives until the process ends and the system takes its memory back at once:
        // freeing half a million employees one by one on the way out would cost a tenth of a
        // check. (The same as a compiler's "do not free at exit".)
        Check.keptUntilExit = result
        var report = result.report
        do {
            if let writeBaseline {
                // Adopting a baseline is a success: say what was written, and exit 0.
                try Baseline(report).write(writeBaseline)
                writeOut(CheckSays.wroteBaseline(count: report.diagnostics.count, path: writeBaseline).text(report.language) + "\n")
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
            printFailure(error.phrase)
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
            if let peak = clock.peaks[name], peak > 0 { row += String(format: "  peak %6.1f MB", Double(peak) / 1_048_576) }
            if name == "total" { row += String(format: "  (%.1f MB)", megabytes) }
            printError(row)
        }
    }
}

/// What `check` says: its help and its notices.
enum CheckSays: Message {
    case abstract, plans, format, report, baseline, writeBaseline, asOf, strict, showSuppressed, timings, maxFindings, maxDepth, maxFileSize, reportValue
    case wroteBaseline(count: Int, path: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .abstract: "Check a plan against every rule of the guideline."
            case .plans: "Plan files or directories (every *.kaskade below a directory)."
            case .format: "Output format: text, json, sarif, github or junit."
            case .report: "Also write FORMAT to PATH (repeatable)."
            case .baseline: "Report only findings that this baseline does not know."
            case .writeBaseline: "Write the current findings as a baseline to this file."
            case .asOf: "The day for the time-dependent rules (YYYY-MM-DD or today)."
            case .strict: "Fail (exit 1) on warnings too."
            case .showSuppressed: "List the findings that exceptions hide."
            case .timings: "Print how long each phase took and the peak memory after it, to standard error."
            case .maxFindings: "Show at most this many findings as text; the rest are counted."
            case .maxDepth: "Report blocks nested deeper than this (K007)."
            case .maxFileSize: "Refuse plan files larger than this many megabytes."
            case .reportValue: "FORMAT=PATH"
            case let .wroteBaseline(count, path):
                "wrote \(count) finding\(count == 1 ? "" : "s") to \(path); `kaskade check … --baseline \(path)` reports only findings it does not know"
            }
        case .danish:
            switch self {
            case .abstract: "Tjek en plan mod hver regel i retningslinjen."
            case .plans: "Planfiler eller mapper (alle *.kaskade under en mappe)."
            case .format: "Uddataformat: text, json, sarif, github eller junit."
            case .report: "Skriv også FORMAT til STI (kan gentages)."
            case .baseline: "Vis kun fund, som denne baseline ikke kender."
            case .writeBaseline: "Skriv de nuværende fund som baseline til denne fil."
            case .asOf: "Dagen, de tidsafhængige regler regner fra (ÅÅÅÅ-MM-DD eller today)."
            case .strict: "Fejl (exit 1) også ved advarsler."
            case .showSuppressed: "Vis de fund, som undtagelser skjuler."
            case .timings: "Skriv, hvor lang tid hver fase tog, og det største hukommelsesforbrug efter den, til standard error."
            case .maxFindings: "Vis højst så mange fund som tekst; resten tælles."
            case .maxDepth: "Meld blokke, der er indlejret dybere end dette (K007)."
            case .maxFileSize: "Afvis planfiler, der er større end så mange megabyte."
            case .reportValue: "FORMAT=STI"
            case let .wroteBaseline(count, path):
                "skrev \(Count.of(count, .finding, language)) til \(path); `kaskade check … --baseline \(path)` viser kun fund, den ikke kender"
            }
        }
    }
}
