// The resolver reads a plain `medarbejder` line straight from the syntax tree and leaves the
// rest to the generic statement reader (EmployeeLine.swift). These tests read thousands of
// employee lines of every shape — good, odd and wrong — both ways and require the same plan
// and the same findings, and that the direct reading was taken where it should be.

import KaskadeDiagnostics
@testable import KaskadeModel
import KaskadeRules
import KaskadeSyntax
import Testing

@Suite struct EmployeeLineTests {
    static let header = """
        plan "P" år 2027
        kompetence K1 "Et"
        kompetence K2 "To"
        udvalg U "Udvalg"
        område O "Område" chef "C" udvalg U {
          mål O-M "Mål"

        """

    /// The pieces a line is built from: arguments, then properties (some wrong on purpose).
    static let arguments = ["M1", "M1 \"Anna\"", "M1 \"åben", "M1 42", "\"Anna\"", "M1 \"A\" \"B\"", "", "M1 lederne"]
    static let properties = [
        "samtale 2027-03-01", "samtale 2027-W11", "samtale 2027-02-30", "samtale X", "samtale 2027-03-01, 2027-03-02",
        "status afholdt", "status aflyst", "status planlagt", "status lederne", "status X",
        "udvikling V-U1", "udvikling V-U1, V-U2", "udvikling SENERE", "udvikling \"x\"", "udvikling K1",
        "kompetencer K1", "kompetencer K1, K2, K1", "kompetencer 3", "frist 2027-01-01", "samtale",
    ]

    /// Properties each well formed (the first two arguments are too); a line of them is plain
    /// unless a property comes twice.
    static let wellFormed = ["samtale 2027-03-01", "samtale 2027-W11", "status afholdt", "status aflyst", "status planlagt",
                             "udvikling V-U1", "udvikling V-U1, V-U2", "udvikling SENERE", "kompetencer K1", "kompetencer K1, K2, K1"]

    /// The same plan resolved with and without the direct reading.
    static func bothWays(_ text: String) -> (direct: (plan: Plan, diagnostics: [Diagnostic]), generic: (plan: Plan, diagnostics: [Diagnostic])) {
        let sources = SourceSet([SourceFile(path: "p.kaskade", bytes: Array(text.utf8))])
        let parsed = Parser.parse(sources.files[0], file: 0)
        func resolve(_ direct: Bool) -> (plan: Plan, diagnostics: [Diagnostic]) {
            let resolved = Resolver.resolve(sources: sources, trees: [parsed.tree], rules: RuleCatalogue.book,
                                            readingEmployeeLinesDirectly: direct)
            return (resolved.plan, parsed.diagnostics + resolved.diagnostics)
        }
        return (resolve(true), resolve(false))
    }

    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.rule.code) \($0.primary.span) \($0.message) \($0.help.map(\.description) ?? "") \($0.fixes.count)" }.sorted()
    }

    static func describe(_ plan: Plan) -> [String] {
        func list(_ references: ReferenceList) -> String {
            "\(references.map { "\($0.kind)#\($0.index)@\($0.span)" }) given \(references.isGiven) unresolved \(references.hasUnresolved)"
        }
        var lines: [String] = []
        for employee in plan.employees {
            let conversation = employee.conversation.map(\.description) ?? "-"
            let span = employee.conversationSpan.map { "\($0)" } ?? "-"
            var line = "\(employee.id) \(employee.title ?? "-") \(employee.nameSpan) unit \(employee.unit) "
            line += "\(conversation) \(span) \(employee.status) "
            line += list(employee.development) + " " + list(employee.competences)
            lines.append(line)
        }
        for unit in plan.units { lines.append("\(unit.id) employees \(unit.employees)") }
        for course in plan.courses { lines.append("\(course.id) participants \(course.participants)") }
        for (name, ref) in plan.names { lines.append("\(name) \(ref.kind) \(ref.index)") }
        return lines
    }

    @Test func everyShapeOfLineReadsAsTheGenericReaderReadsIt() {
        var numbers = SeededNumbers(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        var direct = 0, lines = 0
        for round in 0..<40 {
            var text = Self.header + "  virksomhed V \"V\" leder \"L\" {\n"
            text += "    uddannelse V-U1 \"Kursus\" følger O-M\n"
            for line in 0..<60 {
                // Half the lines from the well-formed pieces only, so that both readings get work.
                let plain = next(2) == 0
                let argument = plain ? Self.arguments[next(2)] : Self.arguments[next(Self.arguments.count)]
                var statement = "medarbejder " + argument.replacingOccurrences(of: "M1", with: "M\(round)x\(line)")
                for _ in 0..<next(5) {
                    statement += " " + (plain ? Self.wellFormed[next(Self.wellFormed.count)] : Self.properties[next(Self.properties.count)])
                }
                if next(12) == 0 { statement += " {\n      status afholdt\n    }" }
                text += "    " + statement + "\n"
                lines += 1
            }
            // A forward reference (V-U2 is defined after the employees) and a duplicate ID.
            text += "    uddannelse V-U2 \"Senere\" følger O-M\n    medarbejder M\(round)x0\n  }\n}\n"
            let (fast, slow) = Self.bothWays(text)
            #expect(Self.describe(fast.diagnostics) == Self.describe(slow.diagnostics), "round \(round)")
            #expect(Self.describe(fast.plan) == Self.describe(slow.plan), "round \(round)")
            #expect(slow.plan.employeeLinesReadDirectly == 0)
            direct += fast.plan.employeeLinesReadDirectly
        }
        // Both readings must have had work: plain lines read directly, the rest not.
        #expect(direct > lines / 5)
        #expect(direct < lines)
    }

    @Test func aPlainLineIsReadDirectly() {
        let text = Self.header + """
            virksomhed V "V" leder "L" {
              uddannelse V-U1 "Kursus" følger O-M
              medarbejder M1 "Anna" samtale 2027-W11 status afholdt udvikling V-U1 kompetencer K1, K2
              medarbejder M2 samtale 2027-03-01, 2027-03-02
            }
            }
            """
        let (fast, slow) = Self.bothWays(text)
        #expect(fast.plan.employeeLinesReadDirectly == 1)
        #expect(Self.describe(fast.plan) == Self.describe(slow.plan))
        #expect(Self.describe(fast.diagnostics) == Self.describe(slow.diagnostics))
        #expect(fast.plan.employees[0].conversation == Day.parse("2027-03-15"))
        #expect(fast.plan.employees[0].competences.count == 2)
    }
}
