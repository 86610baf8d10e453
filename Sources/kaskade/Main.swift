// `kaskade PLAN…` (the default command): on a terminal, check the plan, print the summary
// line and open the REPL on it; otherwise exactly `kaskade check PLAN…`, so that scripts and
// CI see the findings and the exit status.

import ArgumentParser
import KaskadeREPL

struct Main: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "open", abstract: CLISays.openAbstract.text(cliLanguage), shouldDisplay: false)
    }

    @OptionGroup var check: Check

    func run() throws {
        guard isTerminalSession, check.format == .text else { return try check.run() }
        let (session, report) = try openSession(check.plans, asOf: check.asOf)
        if let report { printOpening(report) }
        try runREPL(session)
    }
}
