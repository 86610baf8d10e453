// What the REPL itself says: each command's help, its notices and its errors, in both
// languages. The answers' words are KaskadeQuery's; the findings' are the rules'.

import KaskadeDiagnostics
import KaskadeSyntax

enum REPLSays: Message {
    case help(command: CommandName)
    case helpHeader, danishNamesWork, whatIfIntro, whatIfTop, whatIfIn, continuation
    case noCommandCalled(String)
    case danishName(String)
    case notLoaded
    case loaded(paths: String, summary: String)
    case reloaded(summary: String)
    case whatIfKept(Int)
    case dropped(String)
    case asOf(String)
    case asOfUsage
    case format(String)
    case commandFailed(path: String)
    case noRuleCalled(String, hint: String)
    case calendarUsage, overdueUsage
    case inUsage
    case unknownCommand(String, nearest: String?)
    case takesNothing(command: String, argument: String, usage: String)
    case usage(String)
    case added(unit: String?, before: String, after: String)
    case cleared(String), new(String)
    case time(String), after(String)
    case moreFindings(Int)
    case banner(plan: String?)
    case errorPrefix
    case readNested(path: String), cannotRead(path: String, reason: String)
    case doesNotParse(String)
    case notAUnit(unit: String, kind: Keyword)
    case noUnitNamed(String)
    case syntaxInPlan(position: String, message: String, errors: Int)
    case inAll(Int, atLeast: Bool)
    case historyNotSaved(String)

    func text(_ language: Language) -> String {
        switch language {
        case .english: english
        case .danish: danish
        }
    }

    private var english: String {
        switch self {
        case let .help(command):
            switch command {
            case .help: return "what the commands are"
            case .tree: return "the organisation as a tree: council, committees, board, areas, units"
            case .show: return "one statement with everything resolved about it"
            case .trace: return "down from a goal: the goals, courses and employees that follow it"
            case .why: return "up from a goal, course or employee to the political goals"
            case .check: return "the findings, for the plan or inside one unit"
            case .calendar: return "the events in date order (RANGE: 2027-03, 2027-W11, 2027-03-01..2027-04-30)"
            case .overdue: return "events still planned before DATE (default: the :as-of date, else today)"
            case .coverage: return "per unit: employees with a conversation, a development item, one serving politics"
            case .gaps: return "competences that tasks require and nobody holds or is being trained in"
            case .find: return "statements whose ID or title contains TEXT (case and accents ignored)"
            case .explain: return "one rule: its guideline sentence and examples"
            case .load: return "load plan files or directories (what-if statements are dropped)"
            case .reload: return "read the files again; if that fails the last good plan stays"
            case .asOf: return "the date used by check and overdue"
            case .format: return "the output format of later commands"
            case .read: return "run the commands in a file"
            case .time: return "run a command and say how long it took"
            case .quit: return "leave (Ctrl-D on an empty line too)"
            }
        case .helpHeader: return ""
        case .danishNamesWork: return "Danish names work too: træ, vis, spor, hvorfor, tjek, kalender, forfaldne, dækning, huller, forklar, hjælp (also without æøå: trae, daekning, hjaelp)."
        case .whatIfIntro: return "A line that starts with a plan keyword adds a statement for this session (never to a file):"
        case .whatIfTop: return "at the top level"
        case .whatIfIn: return "inside område CSD"
        case .continuation: return "A `{` left open continues on the next line. TAB completes commands, keywords and IDs."
        case let .noCommandCalled(command): return "no command is called `\(command)`; `help` lists them"
        case let .danishName(name): return "   (Danish: \(name))"
        case .notLoaded: return "no plan is loaded; `:load PLAN` loads one"
        case let .loaded(paths, summary): return "loaded \(paths): \(summary)"
        case let .reloaded(summary): return "reloaded: \(summary)"
        case let .whatIfKept(count): return "\(count) what-if statement\(count == 1 ? "" : "s") kept"
        case let .dropped(statement): return "dropped (its unit is gone): \(statement)"
        case let .asOf(text): return "as of \(text)"
        case .asOfUsage: return "usage: :as-of YYYY-MM-DD or :as-of today"
        case let .format(name): return "format \(name)"
        case let .commandFailed(path): return "\(path): a command failed"
        case let .noRuleCalled(typed, hint): return "no rule is called `\(typed)`; rules are named like K402 or no-proposal\(hint)"
        case .calendarUsage: return "usage: calendar [RANGE], such as 2027-03, 2027-W11 or 2027-03-01..2027-04-30"
        case .overdueUsage: return "usage: overdue [YYYY-MM-DD]"
        case .inUsage: return "usage: in ID: STATEMENT, such as `in CSD: opfølgning 2027-09-10 med LYS om CSD1`"
        case let .unknownCommand(command, nearest): return "unknown command `\(command)`" + (nearest.map { "; did you mean `\($0)`?" } ?? "; `help` lists the commands")
        case let .takesNothing(command, argument, usage): return "`\(command)` takes nothing after it, not `\(argument)`; usage: \(usage)"
        case let .usage(usage): return "usage: \(usage)"
        case let .added(unit, before, after): return "added for this session\(unit.map { " in \($0)" } ?? ""): \(before) → \(after)"
        case let .cleared(key): return "  cleared: \(key)"
        case let .new(key): return "  new:     \(key)"
        case let .time(elapsed): return "time: \(elapsed)"
        case let .after(elapsed): return " (after \(elapsed))"
        case let .moreFindings(rest): return "… and \(rest) more finding\(rest == 1 ? "" : "s") (`check` lists them all)"
        case let .banner(plan): return "Kaskade — \(plan ?? "no plan loaded (:load PLAN)") — `help` lists the commands, TAB completes, Ctrl-D leaves."
        case .errorPrefix: return "error"
        case let .readNested(path): return "\(path): `:read` nested too deeply"
        case let .cannotRead(path, reason): return "\(path): cannot be read (\(reason))"
        case let .doesNotParse(message): return "the statement does not parse: \(message); nothing was added"
        case let .notAUnit(unit, kind): return "`in \(unit):` takes a unit; `\(unit)` is a `\(kind.danish)`"
        case let .noUnitNamed(unit): return "no unit is named `\(unit)`"
        case let .syntaxInPlan(position, message, errors): return "\(position): \(message) (\(errors) errors); the previous plan stays loaded"
        case let .inAll(count, atLeast): return "… \(atLeast ? "at least \(count)" : "\(count)") in all; type more letters"
        case let .historyNotSaved(file): return "kaskade: cannot save the history in \(file); going on without it"
        }
    }

    private var danish: String {
        let da = Language.danish
        switch self {
        case let .help(command):
            switch command {
            case .help: return "hvilke kommandoer der findes"
            case .tree: return "organisationen som et træ: byråd, udvalg, direktion, områder, enheder"
            case .show: return "én sætning med alt, hvad der er afledt om den"
            case .trace: return "ned fra et mål: de mål, uddannelser og medarbejdere, der følger det"
            case .why: return "op fra et mål, en uddannelse eller en medarbejder til de politiske mål"
            case .check: return "fundene for planen eller inden for én enhed"
            case .calendar: return "begivenhederne i datoorden (PERIODE: 2027-03, 2027-W11, 2027-03-01..2027-04-30)"
            case .overdue: return "begivenheder, der stadig er planlagt før DATO (standard: :as-of-datoen, ellers i dag)"
            case .coverage: return "pr. enhed: medarbejdere med samtale, med udviklingspunkt og med et, der tjener et politisk mål"
            case .gaps: return "kompetencer, opgaverne kræver, og som ingen har eller er under uddannelse i"
            case .find: return "sætninger, hvis id eller titel indeholder TEKST (uden hensyn til store bogstaver og accenter)"
            case .explain: return "én regel: sætningen i retningslinjen og eksempler"
            case .load: return "indlæs planfiler eller mapper (hvad nu hvis-sætninger droppes)"
            case .reload: return "læs filerne igen; mislykkes det, beholdes den sidste gode plan"
            case .asOf: return "datoen, som tjek og forfaldne regner fra"
            case .format: return "uddataformatet for de næste kommandoer"
            case .read: return "kør kommandoerne i en fil"
            case .time: return "kør en kommando og sig, hvor lang tid den tog"
            case .quit: return "afslut (også Ctrl-D på en tom linje)"
            }
        case .helpHeader: return ""
        case .danishNamesWork: return "De engelske navne virker også: tree, show, trace, why, check, calendar, overdue, coverage, gaps, explain, help; og uden æøå: trae, daekning, hjaelp."
        case .whatIfIntro: return "En linje, der begynder med et nøgleord fra planen, tilføjer en sætning i denne session (aldrig i en fil):"
        case .whatIfTop: return "på øverste niveau"
        case .whatIfIn: return "inde i område CSD"
        case .continuation: return "En `{`, der står åben, fortsætter på næste linje. TAB fuldfører kommandoer, nøgleord og id'er."
        case let .noCommandCalled(command): return "ingen kommando hedder `\(command)`; `hjælp` viser dem"
        case let .danishName(name): return "   (engelsk: \(name))"
        case .notLoaded: return "ingen plan er indlæst; `:load PLAN` indlæser en"
        case let .loaded(paths, summary): return "indlæste \(paths): \(summary)"
        case let .reloaded(summary): return "genindlæst: \(summary)"
        case let .whatIfKept(count): return "\(Count.number(count, da)) hvad nu hvis-\(count == 1 ? "sætning" : "sætninger") beholdt"
        case let .dropped(statement): return "droppet (dens enhed findes ikke længere): \(statement)"
        case let .asOf(text): return "pr. \(text)"
        case .asOfUsage: return "brug: :as-of ÅÅÅÅ-MM-DD eller :as-of today"
        case let .format(name): return "format \(name)"
        case let .commandFailed(path): return "\(path): en kommando mislykkedes"
        case let .noRuleCalled(typed, hint): return "ingen regel hedder `\(typed)`; regler hedder fx K402 eller no-proposal\(hint)"
        case .calendarUsage: return "brug: kalender [PERIODE], fx 2027-03, 2027-W11 eller 2027-03-01..2027-04-30"
        case .overdueUsage: return "brug: forfaldne [ÅÅÅÅ-MM-DD]"
        case .inUsage: return "brug: i ID: SÆTNING, fx `i CSD: opfølgning 2027-09-10 med LYS om CSD1`"
        case let .unknownCommand(command, nearest): return "ukendt kommando `\(command)`" + (nearest.map { "; mente du `\($0)`?" } ?? "; `hjælp` viser kommandoerne")
        case let .takesNothing(command, argument, usage): return "`\(command)` tager intet efter sig, ikke `\(argument)`; brug: \(usage)"
        case let .usage(usage): return "brug: \(usage)"
        case let .added(unit, before, after): return "tilføjet i denne session\(unit.map { " i \($0)" } ?? ""): \(before) → \(after)"
        case let .cleared(key): return "  løst:  \(key)"
        case let .new(key): return "  nyt:   \(key)"
        case let .time(elapsed): return "tid: \(elapsed)"
        case let .after(elapsed): return " (efter \(elapsed))"
        case let .moreFindings(rest): return "… og \(Count.number(rest, da)) fund til (`tjek` viser dem alle)"
        case let .banner(plan): return "Kaskade — \(plan ?? "ingen plan indlæst (:load PLAN)") — `hjælp` viser kommandoerne, TAB fuldfører, Ctrl-D afslutter."
        case .errorPrefix: return "fejl"
        case let .readNested(path): return "\(path): `:read` er indlejret for dybt"
        case let .cannotRead(path, reason): return "\(path): kan ikke læses (\(reason))"
        case let .doesNotParse(message): return "sætningen kan ikke læses: \(message); intet er tilføjet"
        case let .notAUnit(unit, kind): return "`i \(unit):` skal have en enhed; `\(unit)` er \(kind.danishArticle) `\(kind.danish)`"
        case let .noUnitNamed(unit): return "ingen enhed hedder `\(unit)`"
        case let .syntaxInPlan(position, message, errors): return "\(position): \(message) (\(errors) fejl); den tidligere plan er stadig indlæst"
        case let .inAll(count, atLeast): return "… \(atLeast ? "mindst \(Count.number(count, da))" : Count.number(count, da)) i alt; skriv flere bogstaver"
        case let .historyNotSaved(file): return "kaskade: kan ikke gemme historikken i \(file); fortsætter uden"
        }
    }
}
