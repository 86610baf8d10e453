// The employee line, read straight from the syntax tree.
//
// Nine statements in ten of a large plan are `medarbejder` lines, and reading each through
// the generic StatementReader (slots, typed access, the checks that report K102, K103 and
// K113) cost most of the resolver's time. So a line that is plainly well formed is read here
// directly: an ID, perhaps a title string, and each of `samtale`, `status`, `udvikling`,
// `kompetencer` at most once with values of the kind the schema wants. For such a line every
// check of the generic reader passes, so it would report nothing, and the employee defined is
// the same. Anything else (a block, a property twice, a value of the wrong kind, a malformed
// token) goes the generic way, which reports it. The schema stays the one source of truth:
// `EmployeeLineTests` checks this reading against it on lines of every shape.

import KaskadeDiagnostics
import KaskadeSyntax

extension Resolver {
    /// The kinds of the references of an employee's properties, from the schema (for its
    /// line and for its roster row alike).
    static let developmentKinds = Schema.spec(.medarbejder)?.property(.udvikling)?.referenceKinds ?? KindSet()
    static let competenceKinds = Schema.spec(.medarbejder)?.property(.kompetencer)?.referenceKinds ?? KindSet()

    /// Defines the employee of a plain `medarbejder` line of `unit`; false, having done
    /// nothing, when the line needs the generic reader.
    mutating func defineEmployeeLine(_ node: StatementNode, in tree: SyntaxTree, reader: ValueReader, unit: Int) -> Bool {
        guard !node.hasBlock, let arguments = Self.employeeArguments(node, in: tree),
              let properties = Self.employeeProperties(node, in: tree) else { return false }
        let id = arguments.id
        plan.employeeLinesReadDirectly += 1
        var conversation: Day?
        var conversationSpan: Span?
        if let value = properties.conversation {
            conversation = reader.day(value)
            conversationSpan = tree.span(of: value)
        }
        let title: String? = if let value = arguments.title { reader.string(value) } else { nil }
        let status: Status = switch properties.status {
        case .afholdt: .held
        case .aflyst: .cancelled
        default: .planned
        }
        let span = tree.span(of: id)
        let name = reader.identifier(id)
        let index = appendEmployee(id: name, title: title, nameSpan: span, unit: unit,
                                   conversation: conversation, conversationSpan: conversationSpan, status: status)
        registerName(name, span: span, EntityRef(kind: .medarbejder, index: index))
        if let values = properties.development {
            recordReferences(tree.values[values], in: tree, reader: reader, property: .udvikling,
                             kinds: Self.developmentKinds, slot: .employeeDevelopment(index))
        }
        if let values = properties.competences {
            recordReferences(tree.values[values], in: tree, reader: reader, property: .kompetencer,
                             kinds: Self.competenceKinds, slot: .employeeCompetences(index))
        }
        return true
    }

    /// `ID` or `ID "Titel"`, neither malformed; nil otherwise.
    private static func employeeArguments(_ node: StatementNode, in tree: SyntaxTree) -> (id: ValueNode, title: ValueNode?)? {
        let start = Int(node.arguments.lowerBound), count = node.arguments.count
        guard count == 1 || count == 2 else { return nil }
        let id = tree.values[start]
        guard id.kind == .identifier, !id.isInvalid else { return nil }
        guard count == 2 else { return (id, nil) }
        let title = tree.values[start + 1]
        guard title.kind == .string, !title.isInvalid else { return nil }
        return (id, title)
    }

    private struct EmployeeProperties {
        var conversation: ValueNode?
        var status: Keyword?
        var development: Range<Int>?
        var competences: Range<Int>?
    }

    /// The line's properties when each is an employee's, written once, with values the schema
    /// accepts (a date or week; a status word; names); nil otherwise.
    private static func employeeProperties(_ node: StatementNode, in tree: SyntaxTree) -> EmployeeProperties? {
        var found = EmployeeProperties()
        for index in Int(node.properties.lowerBound)..<Int(node.properties.upperBound) {
            let property = tree.properties[index]
            let values = Int(property.values.lowerBound)..<Int(property.values.upperBound)
            guard !values.isEmpty else { return nil }
            switch property.keyword {
            case .samtale:
                guard found.conversation == nil, values.count == 1 else { return nil }
                let value = tree.values[values.lowerBound]
                guard value.kind == .when, !value.isInvalid else { return nil }
                found.conversation = value
            case .status:
                guard found.status == nil, values.count == 1 else { return nil }
                let value = tree.values[values.lowerBound]
                guard value.kind == .word, !value.isInvalid,
                      value.keyword == .planlagt || value.keyword == .afholdt || value.keyword == .aflyst else { return nil }
                found.status = value.keyword
            case .udvikling:
                guard found.development == nil, allNames(values, in: tree) else { return nil }
                found.development = values
            case .kompetencer:
                guard found.competences == nil, allNames(values, in: tree) else { return nil }
                found.competences = values
            default:
                return nil
            }
        }
        return found
    }

    private static func allNames(_ values: Range<Int>, in tree: SyntaxTree) -> Bool {
        for index in values where tree.values[index].kind != .identifier || tree.values[index].isInvalid { return false }
        return true
    }

    /// Adds an employee to the plan and to its unit; returns its index. Every way of defining
    /// an employee ends here.
    mutating func appendEmployee(id: String, title: String?, nameSpan: Span, unit: Int,
                                 conversation: Day?, conversationSpan: Span?, status: Status) -> Int {
        let index = plan.employees.count
        // Built where it is stored: a local employee appended would be copied, strings and all.
        plan.employees.append(Employee(id: id, title: title, nameSpan: nameSpan, unit: unit, conversation: conversation,
                                       conversationSpan: conversationSpan, status: status))
        plan.units[unit].employees.append(index)
        return index
    }
}
