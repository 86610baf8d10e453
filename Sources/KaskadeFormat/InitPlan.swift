// `kaskade init`: a small plan that checks clean, with comments (in Danish, like the plans
// HR writes) that teach the language as it is read from top to bottom. The tests check
// that it is clean for several years and already in the canonical layout.

import Foundation
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
    public static func text(year: Int, name: String = "Min Kommune") -> String {
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let y = String(year), previous = String(year - 1)
        return """
            # Strategisk kompetenceudvikling — \(name) \(y)
            #
            # En lille plan uden fejl at bygge videre på. `kaskade check .` tjekker den mod
            # retningslinjerne, `kaskade fmt .` sætter den op, og `kaskade repl .` lader dig
            # stille spørgsmål til den (`trace BY1`, `calendar`, `coverage`).
            #
            # Sproget i korte træk:
            # - Hver linje er ét udsagn: et nøgleord, dets argumenter (et navn og en titel i
            #   anførselstegn), dets egenskaber (nøgleord og værdi) og måske en blok { … }.
            # - Navne som BY1 og SKO er entydige i hele planen; andre udsagn henviser til dem.
            # - Datoer skrives ÅÅÅÅ-MM-DD, uger ÅÅÅÅ-Wuu, perioder fra..til.
            # - Alle nøgleord kan også skrives på ASCII (maal) og engelsk (goal).
            # - `#` indleder en kommentar, der løber til linjens slutning.

            plan "\(quoted)" år \(y)

            # De politiske mål: byrådets og fagudvalgenes. Et udvalgs mål `følger` byrådets.
            byråd BY "Byrådet" {
              mål BY1 "Flere unge i uddannelse eller job"
            }

            udvalg BSU "Børne- og Skoleudvalget" under BY {
              mål BSU1 "Alle børn trives og lærer mere" følger BY1
            }

            # Konceptet for medarbejdersamtalerne (KOMPUS) og de kompetencer, planen taler om.
            koncept MUS "Medarbejderudviklingssamtale" {
              forberedelse "Medarbejderen udfylder forberedelsesskemaet senest en uge før samtalen"
            }

            kompetence INK "Inkluderende pædagogik"

            # Trin 1: direktionen drøfter de politiske mål med chefgruppen (gerne i efteråret
            # året før) og sætter årets kompetencemål. Et afholdt møde får `status afholdt`.
            direktion DIR "Direktionen" leder "Kommunaldirektøren" {
              drøftelse \(previous)-11-20 med chefgruppen om BY1, BSU1
              mål D1 "Ledere i skole og dagtilbud styrker inklusion" følger BSU1
              evaluering \(y)-11-15 om D1
            }

            # Trin 2: chefen fører målene ind i sit område, drøfter dem med lederne og
            # følger op med hver leder mindst én gang om året.
            område CSD "Center for Skole og Dagtilbud" chef "Områdechefen" udvalg BSU {
              mål CSD1 "Inklusion i alle skoler" følger D1
              drøftelse \(y)-01-12 med lederne om CSD1
              opfølgning \(y)-09-10 med SKO om CSD1

              # Trin 3: virksomheden sætter sit eget fokus, prioriterer uddannelser og
              # fremlægger sit oplæg, før medarbejderne orienteres om KOMPUS.
              virksomhed SKO "Skolen" leder "Skolelederen" medarbejdere 2 {
                mål SKO1 "Co-teaching i indskolingen" følger CSD1
                uddannelse SKO-PD "PD i specialpædagogik" følger SKO1 prioritet 1 giver INK
                opgave SKO-UND "Undervisning i indskolingen" kræver INK
                oplæg \(y)-02-01 om SKO-PD

                # KOMPUS: orientering af medarbejderne, samtaleperioden og hvad medarbejderen
                # skal forberede. En egenskab kan også stå på sin egen linje i blokken.
                kompus {
                  koncept MUS
                  orientering \(y)-03-01
                  samtaler \(y)-03-15..\(y)-04-30
                  forventning "Medarbejderen forbereder sig med skemaet"
                }
                evaluering \(y)-10-01 om SKO1

                # Medarbejdere står med et ID (aldrig et CPR-nummer), samtalens dato og den
                # uddannelse, de skal have.
                medarbejder M1001 samtale \(y)-03-20 udvikling SKO-PD
                medarbejder M1002 samtale \(y)-04-02 udvikling SKO-PD kompetencer INK
              }
            }

            """
    }

    public enum Outcome: Sendable {
        case written(path: String)
        case refused(String)
    }

    /// Writes the starting plan into `directory` (created if missing); refuses to overwrite
    /// a file, and to add a plan to a folder that already holds one.
    public static func write(into directory: String, year: Int, name: String = "Min Kommune") -> Outcome {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return .refused("\(directory): is a file, not a folder") }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                return .refused("\(directory): cannot create the folder (\(error.localizedDescription))")
            }
        }
        let path = (directory as NSString).appendingPathComponent(fileName)
        if manager.fileExists(atPath: path) {
            return .refused("\(path): already exists; it is left as it is (init never overwrites a file)")
        }
        let existing = (try? manager.subpathsOfDirectory(atPath: directory))?.filter { $0.hasSuffix(".kaskade") } ?? []
        if let first = existing.sorted().first {
            return .refused("\(directory): already holds a plan (\(first)); `kaskade check` would read the new file as part of it")
        }
        // O_EXCL: never replace a file that appeared meanwhile.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .refused("\(path): cannot be created (\(String(cString: strerror(errno))))") }
        let bytes = Array(text(year: year, name: name).utf8)
        let complete = bytes.withUnsafeBytes { FileIO.writeAll(descriptor, $0) } && fsync(descriptor) == 0
        close(descriptor)
        if !complete {
            unlink(path)
            return .refused("\(path): could not be written (\(String(cString: strerror(errno))))")
        }
        return .written(path: path)
    }
}

#if canImport(Glibc)
import Glibc
#endif
