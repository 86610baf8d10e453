// `kaskade fmt PLAN…`: rewrite plan files in the one canonical layout.

import ArgumentParser
import Foundation
import KaskadeDriver
import KaskadeFormat
import KaskadeSyntax

extension Keyword.Style: ExpressibleByArgument {}

struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite plan files in the canonical layout.",
        discussion: """
            Two-space indentation, one statement per line, single spaces between tokens; every \
            comment and every \"\"\" string is kept. A file with syntax errors is never rewritten. \
            Files are replaced atomically and keep their mode. `-` reads standard input and writes \
            standard output.
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "Plan files or directories (every *.kaskade below a directory); - for standard input.")
    var plans: [String]

    @Flag(help: "Change nothing; list the files that would change and exit 1 if there are any.")
    var check = false

    @Flag(help: "Change nothing; print what would change as a unified diff.")
    var diff = false

    @Flag(help: "Print the formatted text instead of rewriting the files.")
    var stdout = false

    @Option(name: .customLong("max-file-size"), help: "Refuse plan files larger than this many megabytes.")
    var maxFileMegabytes: Int = Limits().maxFileBytes / 1_048_576

    @Option(help: "Respell every keyword: da (Danish), ascii or en (English).")
    var keywords: Keyword.Style?

    func run() throws {
        var request = FormatRequest(options: FormatOptions(keywords: keywords))
        request.check = check
        request.diff = diff
        request.maxFileBytes = max(1, maxFileMegabytes) * 1_048_576
        request.toStandardOutput = stdout
        request.useColor = standardErrorWantsColor
        let result = FormatFiles.run(plans, request)
        writeOut(result.output)
        if !result.errors.isEmpty { printError(String(result.errors.dropLast())) }
        switch result.status {
        case 0: return
        case 1: throw Exit.findings
        default: throw Exit.couldNotRun
        }
    }
}

/// Colour on standard error only on a terminal, and never with NO_COLOR.
var standardErrorWantsColor: Bool {
    isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
