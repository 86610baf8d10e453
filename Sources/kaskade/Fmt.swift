// `kaskade fmt PLAN…`: rewrite plan files in the one canonical layout.

import ArgumentParser
import Foundation
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeFormat
import KaskadeSyntax

extension Keyword.Style: ExpressibleByArgument {}

struct Fmt: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: FmtHelp.abstract.text(cliLanguage), discussion: FmtHelp.discussion.text(cliLanguage),
                             aliases: ["formater"])
    }

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(FmtHelp.plans.text(cliLanguage)))
    var plans: [String]

    @Flag(help: ArgumentHelp(FmtHelp.check.text(cliLanguage)))
    var check = false

    @Flag(help: ArgumentHelp(FmtHelp.diff.text(cliLanguage)))
    var diff = false

    @Flag(help: ArgumentHelp(FmtHelp.stdout.text(cliLanguage)))
    var stdout = false

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp(FmtHelp.maxFileSize.text(cliLanguage)))
    var maxFileMegabytes: Int = Limits().maxFileBytes / 1_048_576

    @Option(help: ArgumentHelp(FmtHelp.keywords.text(cliLanguage)))
    var keywords: Keyword.Style?

    func run() throws {
        var request = FormatRequest(options: FormatOptions(keywords: keywords))
        request.language = cliLanguage
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

/// What this command's help says.
enum FmtHelp: Message {
    case abstract, discussion, plans, check, diff, stdout, maxFileSize, keywords

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .abstract: "Rewrite plan files in the canonical layout."
            case .discussion: "Two-space indentation, one statement per line, single spaces between tokens; every comment and every \"\"\" string is kept. A file with syntax errors is never rewritten. Files are replaced atomically and keep their mode. `-` reads standard input and writes standard output."
            case .plans: "Plan files or directories (every *.kaskade below a directory); - for standard input."
            case .check: "Change nothing; list the files that would change and exit 1 if there are any."
            case .diff: "Change nothing; print what would change as a unified diff."
            case .stdout: "Print the formatted text instead of rewriting the files."
            case .maxFileSize: "Refuse plan files larger than this many megabytes."
            case .keywords: "Respell every keyword: da (Danish), ascii or en (English)."
            }
        case .danish:
            switch self {
            case .abstract: "Skriv planfiler om i den faste opstilling."
            case .discussion: "Indrykning med to mellemrum, én sætning pr. linje, ét mellemrum mellem ordene; alle kommentarer og alle \"\"\"-strenge bevares. En fil med syntaksfejl skrives aldrig om. Filer erstattes atomisk og beholder deres rettigheder. `-` læser standard input og skriver til standard output."
            case .plans: "Planfiler eller mapper (alle *.kaskade under en mappe); - for standard input."
            case .check: "Ændr intet; vis de filer, der ville blive ændret, og afslut med 1, hvis der er nogen."
            case .diff: "Ændr intet; vis ændringerne som unified diff."
            case .stdout: "Skriv den formaterede tekst ud i stedet for at skrive filerne om."
            case .maxFileSize: "Afvis planfiler, der er større end så mange megabyte."
            case .keywords: "Stav alle nøgleord om: da (dansk), ascii eller en (engelsk)."
            }
        }
    }
}
