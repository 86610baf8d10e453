// Coverage-guided fuzzing (libFuzzer), one target per stage, and the replay of its findings.
//
// Built by scripts/fuzz with `-sanitize=fuzzer,address -DKASKADE_LIBFUZZER`: libFuzzer then
// supplies `main` and calls `LLVMFuzzerTestOneInput` with its inputs. Built normally, this is
// a small replay tool: `kaskade-fuzz FILE…` runs the whole-pipeline checks on each file, which
// is how a crash the fuzzer found becomes a regression fixture (Tests/Fixtures/fuzz).
//
// The whole pipeline (every renderer, the formatter twice, parsing in parts) runs some tens
// of inputs a second: too few to explore the parser. `KASKADE_FUZZ_TARGET` picks a stage:
// `parser` (lexer and parser alone), `resolver` (parse and resolve), `render` (check, then
// the text renderer), `roster` (the input as a CSV roster that a plan reads) or `pipeline`
// (the default: everything).

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzStage.selected.run(bytes(data, size))
    return 0
}

func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
}

/// The stage one fuzzing run exercises, and what must hold after it for any input.
enum FuzzStage: String, CaseIterable {
    case parser, resolver, render, roster, pipeline

    static let selected: FuzzStage = {
        let name = ProcessInfo.processInfo.environment["KASKADE_FUZZ_TARGET"] ?? "pipeline"
        guard let stage = FuzzStage(rawValue: name) else {
            fatalError("KASKADE_FUZZ_TARGET=\(name): the targets are \(FuzzStage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return stage
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .parser: StageProperties.parse(bytes)
        case .resolver: StageProperties.resolve(bytes)
        case .render: StageProperties.render(bytes)
        case .roster: StageProperties.roster(bytes)
        case .pipeline: PipelineProperties.check(bytes)
        }
    }
}

/// The properties of each stage on its own.
enum StageProperties {
    /// Lexer and parser: every finding and every statement lies inside the file, and the
    /// statements' subtrees nest.
    static func parse(_ bytes: [UInt8]) {
        let source = SourceFile(path: "fuzz.kaskade", bytes: bytes)
        let (tree, diagnostics) = Parser.parse(source, file: 0)
        PipelineProperties.checkSpans(diagnostics, size: source.bytes.count)
        for (index, node) in tree.statements.enumerated() {
            precondition(node.start <= node.end && Int(node.end) <= source.bytes.count, "statement \(index) (\(node.keyword)) at \(node.start)..<\(node.end) outside the file of \(source.bytes.count) bytes")
            precondition(Int(node.subtreeEnd) > index && Int(node.subtreeEnd) <= tree.statements.count, "a subtree out of bounds")
            precondition(node.parent < Int32(index), "a parent after its child")
        }
    }

    /// The plan that reads a fuzzed roster: every column named, the separator and the
    /// encoding detected.
    static let rosterPlan = SourceFile(path: "fuzz.kaskade", text: """
        plan "Fuzz" år 2027
        kompetence INK "Inklusion"
        byråd BY "Byrådet" {
          mål BY1 "Mål"
        }
        område CSD "Skole" chef "C" udvalg BSU {
          virksomhed LYS "Lyngehus" leder "L" kode "2410" medarbejdere 40 {
            mål LYS1 "Mål" følger BY1
            uddannelse PD "PD" følger LYS1 giver INK
          }
          indlæs "fuzz.csv" {
            nummer "Nr"
            enhed "Enhed"
            samtale "MUS"
            status "Status"
            udvikling "Kurser"
            kompetencer "Kompetencer"
          }
        }
        """)

    /// A roster: every finding, employee and hidden range lies inside its file, and the text
    /// report renders (its snippets are where the hidden ranges are applied).
    static func roster(_ bytes: [UInt8]) {
        let options = CheckOptions(asOf: Day(year: 2027, month: 6, day: 1), rosters: .inMemory(["fuzz.csv": bytes]))
        let result = Checker.check(SourceSet([rosterPlan]), options: options)
        let sources = result.plan.sources
        for diagnostic in result.report.diagnostics {
            for label in [diagnostic.primary] + diagnostic.secondary {
                let size = sources[label.span.file].bytes.count
                precondition(label.span.start >= 0 && label.span.start <= label.span.end && Int(label.span.end) <= size,
                             "\(diagnostic.rule.code) at \(label.span) outside its file of \(size) bytes")
            }
        }
        for employee in result.plan.employees {
            let size = sources[employee.nameSpan.file].bytes.count
            precondition(Int(employee.nameSpan.end) <= size && employee.nameSpan.start < employee.nameSpan.end, "an employee's span outside its file")
        }
        for file in sources.files {
            precondition(zip(file.hidden, file.hidden.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }, "hidden ranges out of order")
            precondition(file.hidden.allSatisfy { Int($0.upperBound) <= file.bytes.count }, "a hidden range outside the file")
        }
        _ = TextRenderer(useColor: false).render(result.report)
    }

    /// Parse and resolve: names and findings point inside the file.
    static func resolve(_ bytes: [UInt8]) {
        let sources = SourceSet([SourceFile(path: "fuzz.kaskade", bytes: bytes)])
        var timings = Timings()
        let (_, diagnostics) = Checker.parse(sources, timings: &timings)
        PipelineProperties.checkSpans(diagnostics, size: sources.files[0].bytes.count)
    }

    /// The whole check, then one renderer (text, the one that cuts excerpts and paints).
    static func render(_ bytes: [UInt8]) {
        let sources = SourceSet([SourceFile(path: "fuzz.kaskade", bytes: bytes)])
        let report = Checker.check(sources, options: CheckOptions(asOf: Day(year: 2027, month: 6, day: 1))).report
        let text = TextRenderer(useColor: bytes.first.map { $0 & 1 == 1 } ?? false).render(report)
        precondition(!text.isEmpty, "the text output is empty")
    }
}

/// What must hold for any input whatsoever.
enum PipelineProperties {
    static func check(_ bytes: [UInt8]) {
        let sources = SourceSet([SourceFile(path: "fuzz.kaskade", bytes: bytes)])
        let report = Checker.check(sources, options: CheckOptions(asOf: Day(year: 2027, month: 6, day: 1))).report
        // Every renderer accepts whatever came out, and the JSON is JSON.
        _ = TextRenderer(useColor: true).render(report)
        _ = SARIFRenderer(toolVersion: "fuzz").render(report)
        _ = GitHubRenderer().render(report)
        _ = JUnitRenderer().render(report)
        let json = JSONRenderer().render(report)
        guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else {
            fatalError("the JSON output does not parse")
        }
        checkSpans(report.diagnostics + report.suppressed, size: sources.files[0].bytes.count)
        checkFormatter(sources.files[0], findings: report.diagnostics)
        checkParts(sources.files[0])
    }

    /// Every finding, its labels and its fixes point inside the file.
    static func checkSpans(_ diagnostics: [Diagnostic], size: Int) {
        for diagnostic in diagnostics {
            let spans = [diagnostic.primary.span] + diagnostic.secondary.map(\.span) + diagnostic.fixes.flatMap { $0.edits.map(\.span) }
            for span in spans {
                precondition(span.start >= 0 && span.start <= span.end && Int(span.end) <= size,
                             "a finding points outside the file: \(diagnostic.rule.code)")
            }
        }
    }

    /// A file parsed in parts (as a large file is) gives the tree and findings of the whole
    /// file, wherever the cuts fall: small parts here, so that inputs of a few hundred bytes
    /// are cut too.
    static func checkParts(_ source: SourceFile) {
        let whole = Parser.parse(source, file: 0)
        let inParts = Checker.parseFile(source, file: 0, parts: 4, minimumPart: 32)
        precondition(dump(inParts) == dump(whole), "parsing in parts differs from parsing the whole file")
    }

    static func dump(_ result: (tree: SyntaxTree, diagnostics: [Diagnostic])) -> String {
        let findings = result.diagnostics.map { "\($0.rule.code)@\($0.primary.span.start)-\($0.primary.span.end) \($0.message)" }.sorted()
        return [String(describing: result.tree.statements), String(describing: result.tree.properties),
                String(describing: result.tree.values), String(describing: result.tree.comments),
                "\(result.tree.hasUnclosedBlock)", findings.joined(separator: "\n")].joined(separator: "\n")
    }

    /// Whatever the formatter accepts, it formats idempotently and without changing meaning:
    /// the formatted plan has the same findings (by rule and message) as the original.
    static func checkFormatter(_ source: SourceFile, findings: [Diagnostic]) {
        guard case .formatted(let once) = PlanFormatter.format(source) else { return }
        let formatted = SourceFile(path: source.path, bytes: once)
        guard case .formatted(let twice) = PlanFormatter.format(formatted) else {
            fatalError("the formatter's output does not parse")
        }
        precondition(once == twice, "formatting is not idempotent")
        let after = Checker.check(SourceSet([formatted]), options: CheckOptions(asOf: Day(year: 2027, month: 6, day: 1))).report
        let before = findings.map { "\($0.rule.code) \($0.message)" }.sorted()
        precondition(after.diagnostics.map { "\($0.rule.code) \($0.message)" }.sorted() == before,
                     "formatting changed the findings")
    }
}

#if KASKADE_LIBFUZZER
// SwiftPM links an executable with `main` aliased to `<target>_main`; hand that over to
// libFuzzer's driver, which then calls `LLVMFuzzerTestOneInput`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("kaskade_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}
#else
@main
struct Replay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: kaskade-fuzz FILE…  (replays inputs through the fuzzed pipeline)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("kaskade-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            for stage in FuzzStage.allCases { stage.run([UInt8](data)) }
        }
        print("\(paths.count) inputs replayed, no failure")
    }
}
#endif

import KaskadeSyntax
