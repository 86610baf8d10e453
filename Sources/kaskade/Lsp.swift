// `kaskade lsp`: the language server over standard input and output (KaskadeLSP).

import ArgumentParser
import KaskadeDiagnostics
import KaskadeLSP

struct Lsp: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lsp", abstract: LspHelp.abstract.text(cliLanguage))
    }

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: ArgumentHelp(LspHelp.stdio.text(cliLanguage)))
    var stdio = false

    func run() throws {
        let code = LanguageServer.run()
        throw ExitCode(code)
    }
}

enum LspHelp: Message {
    case abstract, stdio

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .abstract: "Run the language server for editors (LSP over standard input/output)."
            case .stdio: "Accepted for clients that pass it; standard input/output is the only transport."
            }
        case .danish:
            switch self {
            case .abstract: "Kør sprogserveren til editorer (LSP over standard input/output)."
            case .stdio: "Godtages for klienter, der sender den; standard input/output er den eneste forbindelse."
            }
        }
    }
}
