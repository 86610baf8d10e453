// Coverage-guided fuzzing of the whole pipeline (libFuzzer), and the replay of its findings.
//
// Built by scripts/fuzz with `-sanitize=fuzzer,address -DKASKADE_LIBFUZZER`: libFuzzer then
// supplies `main` and calls `LLVMFuzzerTestOneInput` with its inputs. Built normally, this is
// a small replay tool: `kaskade-fuzz FILE…` runs the same checks on each file, which is how
// a crash the fuzzer found becomes a regression fixture (Tests/Fixtures/fuzz).

import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    PipelineProperties.check(bytes)
    return 0
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
        // Every finding points inside the file.
        for diagnostic in report.diagnostics + report.suppressed {
            let span = diagnostic.primary.span
            precondition(span.start >= 0 && span.start <= span.end && Int(span.end) <= sources.files[0].bytes.count,
                         "a finding points outside the file: \(diagnostic.rule.code)")
        }
        checkFormatter(sources.files[0], findings: report.diagnostics)
        checkParts(sources.files[0])
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
            PipelineProperties.check([UInt8](data))
        }
        print("\(paths.count) inputs replayed, no failure")
    }
}
#endif

import KaskadeSyntax
