// The whole pipeline: sources → syntax trees → resolved plan → findings, with the plan's
// own configuration (levels, exceptions) and the baseline applied, in stable order.

import Foundation
import KaskadeDiagnostics
import KaskadeModel
import KaskadeRules
import KaskadeSyntax

public struct CheckOptions: Sendable {
    public var asOf: Day?
    public var limits = Limits()
    /// The language of the report: the command line's choice, and the plan's `sprog` where
    /// that choice leaves it open.
    public var language = LanguageChoice()
    /// Where the files that `indlæs` names come from: the disk, unless a caller (a test, the
    /// language server) hands in its own.
    public var rosters: RosterFiles?
    public init(asOf: Day? = nil, language: LanguageChoice = LanguageChoice(), rosters: RosterFiles? = nil) {
        self.asOf = asOf
        self.language = language
        self.rosters = rosters
    }

    /// The roster reader in effect: the given one, or the disk within the size limit.
    var rosterFiles: RosterFiles { rosters ?? PlanLoader.rosterFiles(limits: limits) }
}

/// How long each phase took, for `--timings`.
public struct Timings: Sendable {
    public var phases: [(name: String, seconds: Double)] = []
    /// The process's peak resident memory in bytes at the end of each measured phase (0 where
    /// the system does not say), so that `--timings` shows which phase sets the peak. Read
    /// only when `recordsPeaks` (from /proc, a file read per phase: not for every check).
    public var peaks: [String: Int] = [:]
    public var recordsPeaks = false
    public var bytes = 0
    public init(recordsPeaks: Bool = false) { self.recordsPeaks = recordsPeaks }

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = monotonicSeconds()
        defer {
            phases.append((name, monotonicSeconds() - start))
            if recordsPeaks { peaks[name] = peakResidentBytes() }
        }
        return try body()
    }
}

/// The peak resident set size so far (`VmHWM` of /proc/self/status), or 0.
public func peakResidentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
    return kilobytes * 1024
}

public func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

#if canImport(Glibc)
import Glibc
#endif

public enum Checker {
    /// Parses every file and resolves the plan, without the cascade rules.
    public static func parse(_ sources: SourceSet, options: CheckOptions = CheckOptions(), timings: inout Timings)
        -> (plan: Plan, diagnostics: [Diagnostic])
    {
        // Files are independent until names are resolved: parse them side by side, and a
        // large file in parts.
        let files = sources.files, maxDepth = options.limits.maxDepth
        let parsed = timings.measure("lex+parse") {
            Parallel.map(files.count) { index in
                parseFile(files[index], file: FileID(index), maxDepth: maxDepth,
                          parts: files.count == 1 ? ProcessInfo.processInfo.activeProcessorCount : 1)
            }
        }
        var rosterSeconds = 0.0
        let (plan, resolved) = timings.measure("resolve") {
            Resolver.resolve(sources: sources, trees: parsed.map(\.tree), rules: RuleCatalogue.book, rosters: options.rosterFiles) { read in
                let start = monotonicSeconds()
                read()
                rosterSeconds = monotonicSeconds() - start
            }
        }
        // Part of `resolve`: reading, decoding and resolving the CSV rosters.
        if plan.sources.files.count > sources.files.count { timings.phases.append(("rosters", rosterSeconds)) }
        return (plan, parsed.flatMap(\.diagnostics) + resolved)
    }

    /// One file's tree. A large file (one checked alone) is cut into `parts` parts that are
    /// parsed side by side; if a cut fell inside a block or a string, the file is parsed
    /// again in one piece, so the result is always that of the whole file.
    public static func parseFile(_ source: SourceFile, file: FileID, maxDepth: Int = Parser.defaultMaxDepth,
                                 parts: Int, minimumPart: Int = 1 << 20) -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
        let bounds = Parser.cuts(source, parts: parts, minimumPart: minimumPart)
        if bounds.count > 2 {
            var parts = Parallel.map(bounds.count - 1) {
                Parser.parse(source, file: file, maxDepth: maxDepth, range: bounds[$0]..<bounds[$0 + 1],
                             reserving: $0 == 0 ? source.bytes.count : nil)
            }
            if let whole = Parser.joined(&parts) { return whole }
        }
        return Parser.parse(source, file: file, maxDepth: maxDepth)
    }

    public static func check(_ sources: SourceSet, options: CheckOptions = CheckOptions()) -> CheckResult {
        var timings = Timings()
        return check(sources, options: options, timings: &timings)
    }

    public static func check(_ sources: SourceSet, options: CheckOptions, timings: inout Timings) -> CheckResult {
        let (plan, early) = parse(sources, options: options, timings: &timings)
        return judge(plan, early, sources: sources, options: options, timings: &timings)
    }

    /// The rules and the plan's configuration over a resolved plan, and the report: the part
    /// of the pipeline after resolving, shared by every way of getting there.
    static func judge(_ plan: Plan, _ early: [Diagnostic], sources: SourceSet, options: CheckOptions,
                      timings: inout Timings) -> CheckResult {
        // A plan that could not be read in full is not judged against the cascade: its
        // duties would be reported missing where only the syntax is wrong.
        // A bad cell in a roster (K004) is not such a finding: the row is read without it.
        let planFiles = plan.trees.count
        let readable = !early.contains { $0.rule.number < 100 && Int($0.primary.span.file) < planFiles }
        let found = timings.measure("rules") { Rules.check(plan, asOf: options.asOf, cascade: readable) }
        let (kept, suppressed) = timings.measure("configure") {
            Configuration(plan: plan, asOf: options.asOf).apply(to: early + found)
        }
        // The plan's sources: the files given, and the rosters they read.
        let report = Report(sources: plan.sources, diagnostics: kept.sorted(by: Diagnostic.stableOrder),
                            statementCount: plan.statementCount, suppressed: suppressed.sorted(by: Diagnostic.stableOrder),
                            rules: RuleCatalogue.book, language: options.language.resolve(plan: plan.language))
        return CheckResult(plan: plan, report: report)
    }
}
