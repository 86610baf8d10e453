// What `calendar`, `graph`, `export`, `init` and `rapport` say about themselves: their help
// and their errors, in both languages.

import ArgumentParser
import KaskadeCSV
import KaskadeDiagnostics

enum OutputHelp: Message {
    case plans
    case calendarAbstract, calendarDiscussion, calendarFormat, calendarUnit, calendarAsOf
    case graphAbstract, graphDiscussion, graphFormat, graphUnit, installGraphviz
    case exportAbstract, exportFormat, csvSeparator, badSeparator(String)
    case initAbstract, initFolder, initYear, initName
    case reportAbstract, reportDiscussion, reportOutput, reportAsOf, reportUnit
    case syntaxFirst(command: String, count: Int)
    case notAPlanYear(Int)
    case wrote(path: String, directory: String)
    case cannotWrite(path: String, reason: String)
    case noSuchUnit(String, hint: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case .plans: "Plan files or directories (every *.kaskade below a directory)."
            case .calendarAbstract: "List every dated event in date order, as text, iCalendar (RFC 5545), JSON, or draw the year wheel (SVG)."
            case .calendarDiscussion: """
                The ics output has stable UIDs (what the event is, never its date), so importing it again \
                after a meeting moved updates the event instead of doubling it. Its DTSTAMP and SEQUENCE \
                are from now, or from SOURCE_DATE_EPOCH when that is set. The json output is described \
                in docs/calendar.schema.json.
                """
            case .calendarFormat: "Output format: text, ics, json or svg."
            case .calendarUnit: "Only what concerns this unit: its events and those below it, its follow-ups, the KOMPUS it follows and the meetings its leader attends."
            case .calendarAsOf: "For svg: the day the wheel marks and colours overdue by (YYYY-MM-DD or today; default today)."
            case .graphAbstract: "Draw the cascade: goals and courses in their units, grouped by level, with an edge for each `følger`."
            case .graphDiscussion: """
                Ranks run left to right (council, board, area, local goal, course), one cluster per area. Goals and \
                courses with a finding are marked: red when misaligned (K204, K302, K401, K403, K107), orange \
                otherwise; the tooltip says what the finding says. A `følger` to an ID that does not exist comes \
                from a dashed red node. A legend explains the colours.
                """
            case .graphFormat: "Output format: dot (Graphviz), mermaid, or svg (rendered by Graphviz's dot)."
            case .graphUnit: "Draw only what follows this goal, course or unit (--from is the same)."
            case .installGraphviz: """
                Graphviz's `dot` is not installed (or not on PATH), so there is no SVG. Install it with \
                `apt-get install graphviz` (Debian, Ubuntu), `dnf install graphviz` (Fedora) or \
                `brew install graphviz` (macOS), or print the graph with `--format dot` and render it elsewhere.
                """
            case .exportAbstract: "Export the resolved plan as JSON (documented in docs/export.schema.json), or its employees as CSV for Excel."
            case .exportFormat: "Output format: json, or csv (one row per employee; UTF-8 with BOM, `;`, CRLF: what Danish Excel opens)."
            case .csvSeparator: "The field separator of CSV: ; (default, for Danish Excel), , or tab."
            case let .badSeparator(text): "`\(text)` is not a CSV separator: use ;, , or tab"
            case .initAbstract: "Write a small, clean starting plan (plan.kaskade) into a folder; never overwrites."
            case .initFolder: "The folder (created if missing)."
            case .initYear: "The plan year (default: the coming one: next year from July, this year before)."
            case .initName: "The municipality's name, for the plan's title."
            case .reportAbstract: "Write the leaders' report: one self-contained HTML page with the year wheel, the cascade, coverage, what is overdue and every finding."
            case .reportDiscussion: "The page fetches nothing, works without scripts and prints on A4. The same plan and --as-of give the same bytes."
            case .reportOutput: "Write the page to this file (default: standard output)."
            case .reportAsOf: "The day the plan is judged at (YYYY-MM-DD or today; default today)."
            case .reportUnit: "Only what concerns this unit and the units below it."
            case let .syntaxFirst(command, count):
                "\(command): the plan has \(count) syntax finding\(count == 1 ? "" : "s"); fix \(count == 1 ? "it" : "them") first"
            case let .notAPlanYear(year): "init: \(year) is not a plan year"
            case let .wrote(path, directory): "wrote \(path)\nnext: `kaskade check \(directory)`, then edit it to describe your municipality"
            case let .cannotWrite(path, reason): "rapport: cannot write \(path): \(reason)"
            case let .noSuchUnit(id, hint): "--unit \(id): the plan has no unit `\(id)`\(hint)"
            }
        case .danish:
            switch self {
            case .plans: "Planfiler eller mapper (alle *.kaskade under en mappe)."
            case .calendarAbstract: "Vis alle daterede begivenheder i datoorden som tekst, iCalendar (RFC 5545) eller JSON, eller tegn årshjulet (SVG)."
            case .calendarDiscussion: """
                ics-uddata har faste UID'er (hvad begivenheden er, aldrig dens dato), så en ny import efter \
                et flyttet møde opdaterer begivenheden i stedet for at fordoble den. DTSTAMP og SEQUENCE er \
                fra nu, eller fra SOURCE_DATE_EPOCH, når den er sat. json-uddata er beskrevet i \
                docs/calendar.schema.json.
                """
            case .calendarFormat: "Uddataformat: text, ics, json eller svg."
            case .calendarUnit: "Kun det, der angår denne enhed: dens begivenheder og dem under den, dens opfølgninger, den KOMPUS, den følger, og de møder, dens leder deltager i."
            case .calendarAsOf: "For svg: dagen, hjulet markerer og farver forfaldne efter (ÅÅÅÅ-MM-DD eller today; standard i dag)."
            case .graphAbstract: "Tegn kaskaden: mål og uddannelser i deres enheder, grupperet efter niveau, med en pil for hvert `følger`."
            case .graphDiscussion: """
                Niveauerne går fra venstre mod højre (byråd, direktion, område, lokalt mål, uddannelse), én klynge pr. \
                område. Mål og uddannelser med et fund er markeret: røde, når de peger et andet sted hen (K204, K302, \
                K401, K403, K107), ellers orange; værktøjstippet siger, hvad fundet siger. Et `følger` til et id, der \
                ikke findes, kommer fra en stiplet rød knude. En forklaring viser farverne.
                """
            case .graphFormat: "Uddataformat: dot (Graphviz), mermaid eller svg (tegnet af Graphviz' dot)."
            case .graphUnit: "Tegn kun det, der følger dette mål, denne uddannelse eller enhed (--from er det samme)."
            case .installGraphviz: """
                Graphviz' `dot` er ikke installeret (eller ikke på PATH), så der kommer ingen SVG. Installér den med \
                `apt-get install graphviz` (Debian, Ubuntu), `dnf install graphviz` (Fedora) eller \
                `brew install graphviz` (macOS), eller skriv grafen ud med `--format dot`, og tegn den et andet sted.
                """
            case .exportAbstract: "Eksportér den afledte plan som JSON (beskrevet i docs/export.schema.json), eller dens medarbejdere som CSV til Excel."
            case .exportFormat: "Uddataformat: json, eller csv (én række pr. medarbejder; UTF-8 med BOM, `;`, CRLF: det, dansk Excel åbner)."
            case .csvSeparator: "Skilletegnet i CSV: ; (standard, til dansk Excel), , eller tab."
            case let .badSeparator(text): "`\(text)` er ikke et skilletegn i CSV: brug ;, , eller tab"
            case .initAbstract: "Skriv en lille plan uden fejl (plan.kaskade) at begynde med i en mappe; overskriver aldrig."
            case .initFolder: "Mappen (oprettes, hvis den mangler)."
            case .initYear: "Planåret (standard: det kommende: næste år fra juli, ellers i år)."
            case .initName: "Kommunens navn, til planens titel."
            case .reportAbstract: "Skriv ledernes rapport: én selvstændig HTML-side med årshjulet, kaskaden, dækningen, det forfaldne og alle fund."
            case .reportDiscussion: "Siden henter intet, virker uden scripts og kan udskrives på A4. Samme plan og --as-of giver de samme bytes."
            case .reportOutput: "Skriv siden til denne fil (standard: standard output)."
            case .reportAsOf: "Dagen, planen vurderes pr. (ÅÅÅÅ-MM-DD eller today; standard i dag)."
            case .reportUnit: "Kun det, der angår denne enhed og enhederne under den."
            case let .syntaxFirst(command, count):
                "\(command): planen har \(count == 1 ? "ét syntaksfund" : "\(count) syntaksfund"); ret \(count == 1 ? "det" : "dem") først"
            case let .notAPlanYear(year): "init: \(year) er ikke et planår"
            case let .wrote(path, directory): "skrev \(path)\nnæste skridt: `kaskade check \(directory)`, og tilpas den derefter til din kommune"
            case let .cannotWrite(path, reason): "rapport: kan ikke skrive \(path): \(reason)"
            case let .noSuchUnit(id, hint): "--unit \(id): planen har ingen enhed `\(id)`\(hint)"
            }
        }
    }
}

/// `--csv-separator`, on every command that writes CSV (export, repl, query): checked once,
/// here, and read as the byte to write.
struct CSVSeparatorOption: ParsableArguments {
    @Option(name: .customLong("csv-separator"), help: ArgumentHelp(OutputHelp.csvSeparator.text(cliLanguage)))
    var csvSeparator: String = ";"

    func validate() throws {
        guard CSVWriter.separator(named: csvSeparator) != nil else {
            throw ValidationError(OutputHelp.badSeparator(csvSeparator).text(cliLanguage))
        }
    }

    /// The separator's byte (valid once argument-parser has called `validate`).
    var byte: UInt8 { CSVWriter.separator(named: csvSeparator) ?? 0x3B }
}
