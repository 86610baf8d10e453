// `kaskade export --format csv`: the employees table for Excel (tool.md, "CSV for Excel").
// One row per employee, whether written in a plan file or read from a roster: område, unit,
// unit title, employee, conversation, status, development courses, the political goals
// those courses serve, and the file and line it came from.

import KaskadeCSV
import KaskadeDiagnostics
import KaskadeDriver
import KaskadeModel

public enum EmployeesCSV {
    public static func render(_ result: CheckResult, language: Language, separator: UInt8 = 0x3B) -> [UInt8] {
        let plan = result.plan
        var writer = CSVWriter(separator: separator)
        writer.row(CSVSays.employeesHeader.text(language).split(separator: "|").map(String.init))
        // Many employees take one course: the goals above it are found once per course.
        let reachedByCourse = plan.courses.indices.map { politicalGoals(of: $0, in: plan) }
        for employee in plan.employees {
            let unit = plan.units[employee.unit]
            let area = plan.area(of: employee.unit).map { plan.units[$0].id } ?? ""
            let courses = employee.development.map { plan.courses[$0.index].id }
            var seen = Set<Int>(), political: [String] = []
            for course in employee.development {
                for goal in reachedByCourse[course.index] where seen.insert(goal).inserted { political.append(plan.goals[goal].id) }
            }
            let at = result.report.position(employee.nameSpan)
            let source = "\(plan.sources[employee.nameSpan.file].path):\(at.line)"
            writer.row([area, unit.id, unit.title, employee.id, employee.conversation?.description ?? "",
                        employee.status.word(language), courses.joined(separator: ", "),
                        political.joined(separator: ", "), source].map(PersonalID.mask))
        }
        return writer.bytes
    }

    /// The political goals (of the council or a committee) that a course leads to, in the
    /// order of the goals it follows (an employee's row lists each once).
    static func politicalGoals(of course: Int, in plan: Plan) -> [Int] {
        plan.courses[course].follows.flatMap { goal in
            plan.isPolitical(goal: goal.index) ? [goal.index] : plan.nearestGoals(above: goal.index, where: plan.isPolitical).sorted()
        }
    }
}

/// The words of the CSV tables.
enum CSVSays: Message {
    case employeesHeader

    func text(_ language: Language) -> String {
        switch language {
        case .danish:
            return switch self {
            case .employeesHeader: "område|enhed|enhedens navn|medarbejder|samtale|status|udvikling|politiske mål|kilde"
            }
        case .english:
            return switch self {
            case .employeesHeader: "area|unit|unit title|employee|conversation|status|development|political goals|source"
            }
        }
    }
}
