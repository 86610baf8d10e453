// `kaskade lsp`: the language server over standard input and output (KaskadeLSP).

import ArgumentParser
import KaskadeLSP

struct Lsp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server for editors (LSP over standard input/output)."
    )

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: "Accepted for clients that pass it; standard input/output is the only transport.")
    var stdio = false

    func run() throws {
        let code = LanguageServer.run()
        throw ExitCode(code)
    }
}
