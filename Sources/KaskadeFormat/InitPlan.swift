// `kaskade init`: a small plan that checks clean, with comments (in Danish, like the plans
// HR writes) that teach the language as it is read from top to bottom. The tests check
// that it is clean for several years and already in the canonical layout.

import Foundation
import KaskadeDiagnostics
import KaskadeDriver

public enum InitPlan {
    public static let fileName = "plan.kaskade"

    /// The plan year a new plan is for: the next year from July on (the direktion's step 1
    /// falls in the autumn before the plan year, so that is when next year's plan is
    /// written), this year before.
    public static func comingYear(month: Int, year: Int) -> Int {
        month >= 7 ? year + 1 : year
    }

    /// The starting plan for `year`, for the municipality `name`.
    public static func text(year: Int, name: String = "Min Kommune", language: Language = .danish) -> String {
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let y = String(year), previous = String(year - 1)
        let comment = comments(name: name, year: y, language)
        return """
            \(comment[0])

            plan "\(quoted)" år \(y)\(language == .danish ? " sprog da" : "")

            \(comment[1])
            byråd BY "Byrådet" {
              mål BY1 "Flere unge i uddannelse eller job"
            }

            udvalg BSU "Børne- og Skoleudvalget" under BY {
              mål BSU1 "Alle børn trives og lærer mere" følger BY1
            }

            \(comment[2])
            koncept MUS "Medarbejderudviklingssamtale" {
              forberedelse "Medarbejderen udfylder forberedelsesskemaet senest en uge før samtalen"
            }

            kompetence INK "Inkluderende pædagogik"

            \(comment[3])
            direktion DIR "Direktionen" leder "Kommunaldirektøren" {
              drøftelse \(previous)-11-20 med chefgruppen om BY1, BSU1
              mål D1 "Ledere i skole og dagtilbud styrker inklusion" følger BSU1
              evaluering \(y)-11-15 om D1
            }

            \(comment[4])
            område CSD "Center for Skole og Dagtilbud" chef "Områdechefen" udvalg BSU {
              mål CSD1 "Inklusion i alle skoler" følger D1
              drøftelse \(y)-01-12 med lederne om CSD1
              opfølgning \(y)-09-10 med SKO om CSD1

              \(comment[5])
              virksomhed SKO "Skolen" leder "Skolelederen" medarbejdere 2 {
                mål SKO1 "Co-teaching i indskolingen" følger CSD1
                uddannelse SKO-PD "PD i specialpædagogik" følger SKO1 prioritet 1 giver INK
                opgave SKO-UND "Undervisning i indskolingen" kræver INK
                oplæg \(y)-02-01 om SKO-PD

                \(comment[6])
                kompus {
                  koncept MUS
                  orientering \(y)-03-01
                  samtaler \(y)-03-15..\(y)-04-30
                  forventning "Medarbejderen forbereder sig med skemaet"
                }
                evaluering \(y)-10-01 om SKO1

                \(comment[7])
                medarbejder M1001 samtale \(y)-03-20 udvikling SKO-PD
                medarbejder M1002 samtale \(y)-04-02 udvikling SKO-PD kompetencer INK
              }
            }

            """
    }

    /// The plan's comments in `language`, indented as the statements they explain.
    static func comments(name: String, year y: String, _ language: Language) -> [String] {
        let texts: [String]
        switch language {
        case .danish:
            texts = [
                "# Strategisk kompetenceudvikling — \(name) \(y)\n#\n# En lille plan uden fejl at bygge videre på. `kaskade check .` tjekker den mod\n# retningslinjerne, `kaskade fmt .` sætter den op, og `kaskade repl .` lader dig\n# stille spørgsmål til den (`trace BY1`, `calendar`, `coverage`).\n#\n# Sproget i korte træk:\n# - Hver linje er ét udsagn: et nøgleord, dets argumenter (et navn og en titel i\n#   anførselstegn), dets egenskaber (nøgleord og værdi) og måske en blok { … }.\n# - Navne som BY1 og SKO er entydige i hele planen; andre udsagn henviser til dem.\n# - Datoer skrives ÅÅÅÅ-MM-DD, uger ÅÅÅÅ-Wuu, perioder fra..til.\n# - Alle nøgleord kan også skrives på ASCII (maal) og engelsk (goal).\n# - `#` indleder en kommentar, der løber til linjens slutning.",
                "# De politiske mål: byrådets og fagudvalgenes. Et udvalgs mål `følger` byrådets.",
                "# Konceptet for medarbejdersamtalerne (KOMPUS) og de kompetencer, planen taler om.",
                "# Trin 1: direktionen drøfter de politiske mål med chefgruppen (gerne i efteråret\n# året før) og sætter årets kompetencemål. Et afholdt møde får `status afholdt`.",
                "# Trin 2: chefen fører målene ind i sit område, drøfter dem med lederne og\n# følger op med hver leder mindst én gang om året.",
                "# Trin 3: virksomheden sætter sit eget fokus, prioriterer uddannelser og\n# fremlægger sit oplæg, før medarbejderne orienteres om KOMPUS.",
                "# KOMPUS: orientering af medarbejderne, samtaleperioden og hvad medarbejderen\n# skal forberede. En egenskab kan også stå på sin egen linje i blokken.",
                "# Medarbejdere står med et ID (aldrig et CPR-nummer), samtalens dato og den\n# uddannelse, de skal have."
            ]
        case .english:
            texts = [
                "# Strategic competence development — \(name) \(y)\n#\n# A small plan without findings to build on. `kaskade check .` checks it against the\n# guideline, `kaskade fmt .` lays it out, and `kaskade repl .` lets you ask it questions\n# (`trace BY1`, `calendar`, `coverage`).\n#\n# The language in brief:\n# - Each line is one statement: a keyword, its arguments (a name and a title in\n#   quotes), its properties (keyword and value) and perhaps a block { … }.\n# - Names such as BY1 and SKO are unique in the whole plan; other statements refer to them.\n# - Dates are written YYYY-MM-DD, weeks YYYY-Www, periods from..to.\n# - Every keyword can also be written in ASCII (maal) and English (goal).\n# - `#` starts a comment that runs to the end of the line.",
                "# The political goals: the council's and the committees'. A committee goal `følger` the council's.",
                "# The concept of the employee conversations (KOMPUS) and the competences the plan talks about.",
                "# Step 1: the board discusses the political goals with the heads of area (preferably in the\n# autumn before) and sets the year's competence goals. A meeting held gets `status afholdt`.",
                "# Step 2: the head of area carries the goals into the area, discusses them with the leaders\n# and follows up with each leader at least once a year.",
                "# Step 3: the institution sets its own focus, prioritises courses and presents its\n# proposal before the employees are briefed on KOMPUS.",
                "# KOMPUS: the briefing of the employees, the conversation period and what the employee\n# is to prepare. A property can also stand on a line of its own in the block.",
                "# Employees are listed by an ID (never a CPR number), the date of their conversation\n# and the course they are to take."
            ]
        }
        let indents = [0, 0, 0, 0, 0, 2, 4, 4]
        return zip(texts, indents).map { text, indent in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 ? String($0.element) : String(repeating: " ", count: indent) + $0.element }
                .joined(separator: "\n")
        }
    }

    public enum Outcome: Sendable {
        case written(path: String)
        case refused(Phrase)
    }

    /// Writes the starting plan into `directory` (created if missing); refuses to overwrite
    /// a file, and to add a plan to a folder that already holds one.
    public static func write(into directory: String, year: Int, name: String = "Min Kommune", language: Language = .danish) -> Outcome {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return .refused(Phrase(InitSays.isAFile(directory))) }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                return .refused(Phrase(InitSays.cannotCreate(directory, reason: error.localizedDescription)))
            }
        }
        let path = (directory as NSString).appendingPathComponent(fileName)
        if manager.fileExists(atPath: path) {
            return .refused(Phrase(InitSays.exists(path)))
        }
        let existing = (try? manager.subpathsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".kaskade") } ?? []
        if let first = existing.sorted().first {
            return .refused(Phrase(InitSays.holdsAPlan(directory, first: first)))
        }
        // O_EXCL: never replace a file that appeared meanwhile.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .refused(Phrase(DriverSays.cannotWriteIn(path: path, folder: directory, SystemError()))) }
        let bytes = Array(text(year: year, name: name, language: language).utf8)
        let complete = bytes.withUnsafeBytes { FileIO.writeAll(descriptor, $0) } && fsync(descriptor) == 0
        close(descriptor)
        if !complete {
            unlink(path)
            return .refused(Phrase(DriverSays.couldNotBeWritten(path: path, SystemError())))
        }
        return .written(path: path)
    }
}

/// Why `init` did not write.
enum InitSays: Message {
    case isAFile(String), cannotCreate(String, reason: String), exists(String), holdsAPlan(String, first: String)

    func text(_ language: Language) -> String {
        switch language {
        case .english:
            switch self {
            case let .isAFile(folder): "\(folder): is a file, not a folder"
            case let .cannotCreate(folder, reason): "\(folder): cannot create the folder (\(reason))"
            case let .exists(path): "\(path): already exists; it is left as it is (init never overwrites a file)"
            case let .holdsAPlan(folder, first): "\(folder): already holds a plan (\(first)); `kaskade check` would read the new file as part of it"
            }
        case .danish:
            switch self {
            case let .isAFile(folder): "\(folder): er en fil, ikke en mappe"
            case let .cannotCreate(folder, reason): "\(folder): mappen kan ikke oprettes (\(reason))"
            case let .exists(path): "\(path): findes allerede og er ikke ændret (init overskriver aldrig en fil)"
            case let .holdsAPlan(folder, first): "\(folder): indeholder allerede en plan (\(first)); `kaskade check` ville læse den nye fil som en del af den"
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
