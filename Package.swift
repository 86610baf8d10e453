// swift-tools-version:6.0
// Kaskade: a plan language, checker and REPL for strategic competence development.
//
// Modules follow the data flow: bytes → tokens → syntax tree → resolved plan →
// findings and answers → rendered output. Nothing lower imports anything higher.
import PackageDescription

let package = Package(
    name: "Kaskade",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kaskade", targets: ["kaskade"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // A generic diagnostic engine: source files, spans, diagnostics, fixes, and the
        // renderers, which are handed the descriptions of the rules they print.
        .target(name: "KaskadeDiagnostics"),
        // Keywords, lexer, syntax tree and parser.
        .target(name: "KaskadeSyntax", dependencies: ["KaskadeDiagnostics"]),
        // CSV as HR systems and Excel write it: encodings, the record scanner, the writer.
        .target(name: "KaskadeCSV"),
        // Schema, dates, name resolution, the rosters and the resolved plan.
        .target(name: "KaskadeModel", dependencies: ["KaskadeSyntax", "KaskadeDiagnostics", "KaskadeCSV"]),
        // The rule catalogue: one file per rule; the checks over a resolved plan.
        .target(name: "KaskadeRules", dependencies: ["KaskadeModel"]),
        // Loading plan files from disk and running the whole pipeline.
        .target(name: "KaskadeDriver", dependencies: ["KaskadeRules"]),
        // Answers over a resolved plan: trace, why, coverage, gaps, calendar, find.
        .target(name: "KaskadeQuery", dependencies: ["KaskadeModel", "KaskadeCSV"]),
        // The formatter and the exports (graph, calendar, JSON, init).
        .target(name: "KaskadeFormat", dependencies: ["KaskadeDriver", "KaskadeCSV"]),
        // The leaders' HTML report and the årshjul drawn as a wheel (SVG): its geometry, its page.
        .target(name: "KaskadeReport", dependencies: ["KaskadeModel", "KaskadeDiagnostics", "KaskadeFormat"]),
        // The system's libedit (Debian: libedit-dev).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The leaders' REPL: line editors (libedit on a terminal, plain otherwise) and the command loop.
        .target(name: "KaskadeREPL", dependencies: ["KaskadeQuery", "KaskadeDriver", "CLibEdit"]),
        // The language server (`kaskade lsp`): JSON-RPC framing, the LSP messages and every feature.
        .target(name: "KaskadeLSP", dependencies: ["KaskadeQuery", "KaskadeFormat", "KaskadeDriver"]),
        .executableTarget(
            name: "kaskade",
            dependencies: [
                "KaskadeDriver", "KaskadeQuery", "KaskadeFormat", "KaskadeREPL", "KaskadeReport", "KaskadeLSP", "KaskadeCSV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer entry point (scripts/fuzz), and the replay of what it finds.
        .executableTarget(name: "kaskade-fuzz", dependencies: ["KaskadeDriver", "KaskadeFormat"]),
        .testTarget(name: "KaskadeSyntaxTests", dependencies: ["KaskadeSyntax", "KaskadeDriver", "KaskadeCSV"]),
        .testTarget(name: "KaskadeCLITests", dependencies: ["KaskadeDriver"]),
        .testTarget(name: "KaskadeQueryTests", dependencies: ["KaskadeQuery", "KaskadeREPL"]),
        .testTarget(name: "KaskadeFormatTests", dependencies: ["KaskadeFormat"]),
        .testTarget(name: "KaskadeReportTests", dependencies: ["KaskadeReport", "KaskadeDriver"]),
        .testTarget(name: "KaskadeLSPTests", dependencies: ["KaskadeLSP"]),
    ]
)
