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
        for employee in plan.employees {
            let unit = plan.units[employee.unit]
            let area = plan.area(of: employee.unit).map { plan.units[$0].id } ?? ""
            let courses = employee.development.map { plan.courses[$0.index].id }
            let political = politicalGoals(of: employee, in: plan)
            let at = result.report.position(employee.nameSpan)
            let source = "\(plan.sources[employee.nameSpan.file].path):\(at.line)"
            writer.row([area, unit.id, unit.title, employee.id, employee.conversation?.description ?? "",
                        employee.status.word(language), courses.joined(separator: ", "),
                        political.joined(separator: ", "), source].map(PersonalID.mask))
        }
        return writer.bytes
    }

    /// The political goals (of the council or a committee) that the employee's courses lead
    /// to, each once, in the order first reached.
    static func politicalGoals(of employee: Employee, in plan: Plan) -> [String] {
        var seen = Set<Int>(), ids: [String] = []
        for course in employee.development {
            for goal in plan.courses[course.index].follows {
                let reached = plan.isPolitical(goal: goal.index) ? [goal.index]
                    : plan.nearestGoals(above: goal.index, where: plan.isPolitical).sorted()
                for political in reached where seen.insert(political).inserted { ids.append(plan.goals[political].id) }
            }
        }
        return ids
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
