// The language as a user chooses it (tool.md, "Language"): `--sprog`/`--lang`, then
// `KASKADE_LANG`, then the plan's `sprog`, then the locale variables; English otherwise. Each
// way, and their order, through the real binary.

import Foundation
import Testing

@Suite struct LanguageChoiceCLITests {
    static let broken = "examples/broken"

    /// A plan that says `sprog da`, in a folder of its own.
    static func danishPlan() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-sprog-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("plan.kaskade")
        try "plan \"Sprogprøve\" år 2027 sprog da\n".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func summary(_ run: Run) -> String {
        run.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func theLocaleDecidesWhenNothingElseDoes() throws {
        let danish = try kaskade(["check", Self.broken], environment: ["LANG": "da_DK.UTF-8"])
        #expect(Self.summary(danish) == "13 fejl, 7 advarsler, 4 info i 2 filer, 47 sætninger")
        #expect(danish.stdout.hasPrefix("examples/broken/00-kommune.kaskade:8:7: info[K207]:"))
        let english = try kaskade(["check", Self.broken], environment: ["LANG": "C.UTF-8"])
        #expect(Self.summary(english) == "13 errors, 7 warnings, 4 infos in 2 files, 47 statements")
        let viaLanguage = try kaskade(["check", Self.broken], environment: ["LANG": "C.UTF-8", "LANGUAGE": "da"])
        #expect(Self.summary(viaLanguage).hasPrefix("13 fejl"))
        let viaMessages = try kaskade(["check", Self.broken], environment: ["LANG": "da_DK.UTF-8", "LC_MESSAGES": "en_US.UTF-8"])
        #expect(Self.summary(viaMessages).hasPrefix("13 errors"))
    }

    @Test func theFlagWinsOverEverything() throws {
        let plan = try Self.danishPlan()
        for flag in [["--sprog", "en"], ["--lang", "en"], ["--sprog=en"]] {
            let run = try kaskade(["check", plan] + flag, environment: ["LANG": "da_DK.UTF-8", "KASKADE_LANG": "da"])
            #expect(Self.summary(run).hasPrefix("1 error") || Self.summary(run).hasPrefix("0 errors"), "\(flag): \(Self.summary(run))")
        }
        let danish = try kaskade(["check", Self.broken, "--sprog", "da"], environment: ["KASKADE_LANG": "en"])
        #expect(Self.summary(danish).hasPrefix("13 fejl"))
    }

    @Test func kaskadeLangWinsOverThePlanAndTheLocale() throws {
        let plan = try Self.danishPlan()
        let run = try kaskade(["check", plan], environment: ["LANG": "da_DK.UTF-8", "KASKADE_LANG": "en"])
        #expect(Self.summary(run).contains(" in 1 file, "), "\(Self.summary(run))")
        let danish = try kaskade(["check", Self.broken], environment: ["LANG": "C.UTF-8", "KASKADE_LANG": "da"])
        #expect(Self.summary(danish).hasPrefix("13 fejl"))
    }

    @Test func thePlanWinsOverTheLocale() throws {
        let plan = try Self.danishPlan()
        let run = try kaskade(["check", plan], environment: ["LANG": "C.UTF-8"])
        #expect(Self.summary(run).contains(" i 1 fil, 1 sætning"), "\(Self.summary(run))")
    }

    @Test func errorsAndHelpFollowTheChoice() throws {
        let missing = try kaskade(["check", "no-such-plan"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("kaskade: fejl: no-such-plan: filen eller mappen findes ikke"), "\(missing.stderr)")
        let usage = try kaskade(["check", "--format", "jsn", Self.broken, "--sprog", "da"])
        #expect(usage.stderr.hasPrefix("kaskade: fejl: værdien 'jsn' er ugyldig til '--format <format>'"), "\(usage.stderr)")
        #expect(usage.stderr.contains("mente du `json`?"))
        let english = try kaskade(["check", "--format", "jsn", Self.broken])
        #expect(english.stderr.hasPrefix("kaskade: error: The value 'jsn' is invalid"), "\(english.stderr)")
        let help = try kaskade(["check", "--help", "--sprog", "da"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Tjek en plan mod hver regel i retningslinjen."))
        #expect(help.stdout.contains("--sprog, --lang <da|en>"))
        let helpCommand = try kaskade(["help", "check", "--sprog", "da"])
        #expect(helpCommand.status == 0 && helpCommand.stdout.contains("Tjek en plan mod hver regel"), "\(helpCommand.stderr)")
        #expect(try kaskade(["help"], environment: ["LANG": "da_DK.UTF-8"]).stdout.contains("check, tjek"))
    }

    @Test func danishSubcommandNames() throws {
        for (danish, english) in [("tjek", "check"), ("regler", "rules"), ("forklar", "explain"), ("formater", "fmt")] {
            let arguments: [String] = switch english {
            case "check": [Self.broken]
            case "explain": ["K305"]
            case "fmt": ["--check", "examples/allerod-2027"]
            default: []
            }
            let a = try kaskade([danish] + arguments), b = try kaskade([english] + arguments)
            #expect(a.status == b.status && a.stdout == b.stdout, "\(danish) differs from \(english)")
        }
        let typo = try kaskade(["tjk", Self.broken], environment: ["LANG": "da_DK.UTF-8"])
        #expect(typo.stderr.contains("mente du `kaskade tjek`?"), "\(typo.stderr)")
    }

    @Test func theCatalogueInDanish() throws {
        let rules = try kaskade(["regler", "--sprog", "da"])
        #expect(rules.stdout.contains("K305  fejl") && rules.stdout.contains("uden `opfølgning` i planåret"), "\(rules.stdout.prefix(400))")
        let explain = try kaskade(["forklar", "K305"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(explain.stdout.contains("Retningslinjen: \"Mindst én gang årligt"))
        #expect(explain.stdout.contains("Dette udløser den:"))
        let markdown = try kaskade(["rules", "--format", "markdown", "--sprog", "da"])
        #expect(markdown.stdout == (try String(contentsOf: root.appendingPathComponent("docs/regler.md"), encoding: .utf8)))
    }

    @Test func initWritesAPlanInTheChosenLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaskade-opret-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try kaskade(["opret", folder.path, "--year", "2027"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(run.status == 0 && run.stdout.hasPrefix("skrev "), "\(run.stdout)\(run.stderr)")
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.kaskade"), encoding: .utf8)
        #expect(plan.contains("år 2027 sprog da") && plan.contains("# Trin 1: direktionen"))
        let check = try kaskade(["check", folder.path])
        #expect(check.status == 0 && Self.summary(check) == "0 fejl, 0 advarsler i 1 fil, 24 sætninger", "the plan's sprog: \(Self.summary(check))")
        let english = folder.appendingPathComponent("en")
        let written = try kaskade(["init", english.path, "--year", "2027", "--sprog", "en"])
        #expect(written.stdout.hasPrefix("wrote "))
        let text = try String(contentsOf: english.appendingPathComponent("plan.kaskade"), encoding: .utf8)
        #expect(text.contains("# Step 1: the board") && !text.contains("sprog da"))
        #expect(Self.summary(try kaskade(["check", english.path])) == "0 errors, 0 warnings in 1 file, 24 statements")
    }

    @Test func machineOutputsKeepTheirKeysAndCarryTheLanguage() throws {
        let json = try kaskade(["check", Self.broken, "--format", "json", "--sprog", "da"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let findings = document["findings"] as! [[String: Any]]
        #expect(findings.first?["level"] as? String == "info")
        let message = try #require(findings.first { $0["rule"] as? String == "K305" }?["message"] as? String)
        #expect(Markers.englishWords(in: message).isEmpty, "\(message)")
    }
}

/// The marker words of the language tests, for the CLI's outputs.
enum Markers {
    static let english: Set<String> = ["the", "is", "has", "no", "with", "not", "and", "of", "in"]

    static func englishWords(in text: String) -> [String] {
        text.split { !$0.isLetter }.map { $0.lowercased() }.filter { english.contains($0) }
    }
}
