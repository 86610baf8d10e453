// Reading one statement against its schema entry: its arguments and its properties,
// whether written on its line or in its block. Reports K102 (missing), K103 (wrong type,
// unknown word, property the statement does not take) and K113 (set twice).

import KaskadeDiagnostics
import KaskadeCSV
import KaskadeSyntax

struct StatementReader {
    let tree: SyntaxTree
    private(set) var index: Int
    private(set) var spec: StatementSpec
    let reader: ValueReader

    private(set) var id: String?
    private(set) var idSpan: Span?
    private(set) var title: String?
    private(set) var reason: String?
    private(set) var path: String?
    private(set) var pathSpan: Span?
    private(set) var ruleText: String?
    private(set) var ruleSpan: Span?
    private(set) var argumentDay: Day?
    private(set) var argumentDaySpan: Span?
    /// Each property with the values that passed the type check, in the slot the schema gives
    /// it (`StatementSpec.slot`); `present` says which slots are filled. A property is read
    /// by index, never searched for, and the slots are reused from statement to statement
    /// (see `reset`), so reading a statement allocates nothing.
    private var slots: [ReadProperty]
    private var present: UInt32 = 0
    /// Values of properties where some were rejected (rare), for `ReadProperty.filtered`.
    private var filteredValues: [[ValueNode]] = []

    /// Plain data only, so searching and copying it costs no reference counting.
    private struct ReadProperty {
        var keyword: Keyword
        var span: Span
        /// The property's values in `tree.values`, when all of them were accepted.
        var values: Range<Int32>
        /// Otherwise the index of the accepted ones in `filteredValues`.
        var filtered: Int32 = -1
    }

    init(tree: SyntaxTree, index: Int, spec: StatementSpec, reader: ValueReader) {
        self.tree = tree
        self.index = index
        self.spec = spec
        self.reader = reader
        slots = Array(repeating: ReadProperty(keyword: .none, span: Span(file: tree.file, start: 0, end: 0), values: 0..<0),
                      count: StatementSpec.maximumProperties)
    }

    /// Prepares to read another statement of the same file.
    mutating func reset(index: Int, spec: StatementSpec) {
        self.index = index
        self.spec = spec
        id = nil; idSpan = nil; title = nil; reason = nil; path = nil; pathSpan = nil; ruleText = nil; ruleSpan = nil
        argumentDay = nil; argumentDaySpan = nil
        present = 0
        if !filteredValues.isEmpty { filteredValues.removeAll() }
    }

    private func property(_ keyword: Keyword) -> ReadProperty? {
        let slot = spec.slot(keyword)
        guard slot >= 0, present & (1 << UInt32(slot)) != 0 else { return nil }
        return slots[slot]
    }

    private mutating func store(_ property: ReadProperty, in slot: Int) {
        slots[slot] = property
        present |= 1 << UInt32(slot)
    }

    var node: StatementNode { tree.statements[index] }
    var keywordSpan: Span { tree.span(node.name) }
    var extent: Span { Span(file: tree.file, start: node.start, end: node.end) }

    // MARK: - Arguments

    mutating func readArguments(into sink: inout DiagnosticSink) {
        let values = tree.arguments(of: tree.statements[index])
        for (position, type) in spec.arguments.enumerated() {
            guard position < values.count else {
                if type != .optionalTitle {
                    sink.report(MissingProperty.description, MissingProperty.Says.needsArgument(keyword: spec.keyword.danish, what: type),
                                at: keywordSpan, label: MissingProperty.Says.argumentMissing(what: type),
                                help: MissingProperty.Says.writeItAs(usage: StatementReader.usage(spec)))
                }
                continue
            }
            readArgument(values[values.startIndex + position], as: type, into: &sink)
        }
        if values.count > spec.arguments.count {
            let extra = values[values.startIndex + spec.arguments.count]
            sink.report(WrongValue.description, WrongValue.Says.takesOnly(keyword: spec.keyword.danish, arguments: spec.arguments),
                        at: tree.span(of: extra), label: WrongValue.Says.notExpectedHere,
                        help: WrongValue.Says.writeItAs(usage: StatementReader.usage(spec)))
        }
    }

    private mutating func readArgument(_ value: ValueNode, as type: ArgumentType, into sink: inout DiagnosticSink) {
        let span = tree.span(of: value)
        if value.isInvalid { return }
        switch (type, value.kind) {
        case (.id, .identifier):
            id = reader.identifier(value)
            idSpan = span
        case (.ruleID, .identifier):
            ruleText = reader.identifier(value)
            ruleSpan = span
        case (.title, .string), (.optionalTitle, .string):
            title = reader.string(value)
        case (.reason, .string):
            reason = reader.string(value)
        case (.path, .string):
            path = reader.string(value)
            pathSpan = span
        case (.date, .when):
            argumentDay = reader.day(value)
            argumentDaySpan = span
        default:
            sink.report(WrongValue.description, WrongValue.Says.expectsHere(keyword: spec.keyword.danish, what: type, found: found(value)),
                        at: span, label: WrongValue.Says.expected(what: .argument(type)),
                        help: WrongValue.Says.writeItAs(usage: StatementReader.usage(spec)))
        }
    }

    static func usage(_ spec: StatementSpec) -> String {
        let arguments = spec.arguments.map { type -> String in
            switch type {
            case .id: "ID"
            case .title: "\"Titel\""
            case .optionalTitle: "[\"Titel\"]"
            case .date: "2027-03-01"
            case .ruleID: "K402"
            case .reason: "\"Begrundelse\""
            case .path: "\"hr/medarbejdere.csv\""
            }
        }
        let required = spec.properties.filter(\.isRequired).map { "\($0.keyword.danish) …" }
        return ([spec.keyword.danish] + arguments + required).joined(separator: " ")
    }

    /// What a value is, for "found …".
    private func found(_ value: ValueNode) -> SchemaPhrase.Found {
        switch value.kind {
        case .identifier: .name(reader.identifier(value))
        case .string: .string
        case .number: reader.number(value) == nil ? .numberTooLarge(reader.text(value.first)) : .number(reader.text(value.first))
        case .duration: .duration
        case .when: .date
        case .range: .period
        case .word: .word(reader.text(value.first))
        }
    }

    // MARK: - Properties

    /// Properties on the statement's line, then those set in its block
    /// (`kompus { koncept MUS }`), in source order.
    mutating func readProperties(into sink: inout DiagnosticSink) {
        let node = tree.statements[index]
        for property in tree.properties(of: node) {
            readProperty(property.keyword, span: tree.span(property.name),
                         values: tree.values(of: property), into: &sink)
        }
        // Only a statement with a block can set properties in it.
        guard node.hasBlock else { return checkRequiredIfMissing(into: &sink) }
        for child in tree.children(of: index) {
            let childNode = tree.statements[child]
            guard Schema.isBlockProperty(childNode.keyword, of: spec.keyword), !childNode.isBroken else { continue }
            if childNode.hasBlock {
                sink.report(WrongValue.description, WrongValue.Says.takesNoBlock(property: childNode.keyword.danish, statement: spec.keyword.danish),
                            at: Span(file: tree.file, start: childNode.blockOpen, end: childNode.blockOpen + 1),
                            label: WrongValue.Says.blockOnProperty, help: WrongValue.Says.moveStatements)
            }
            readProperty(childNode.keyword, span: tree.span(childNode.name),
                         values: tree.arguments(of: childNode), into: &sink)
            for property in tree.properties(of: childNode) {
                readProperty(property.keyword, span: tree.span(property.name),
                             values: tree.values(of: property), into: &sink)
            }
        }
        checkRequiredIfMissing(into: &sink)
    }

    /// Tests the slots in place first: calling `checkRequired` may copy the reader, and nearly
    /// every statement has all it needs.
    private mutating func checkRequiredIfMissing(into sink: inout DiagnosticSink) {
        if spec.requiredSlots & ~present != 0 { checkRequired(into: &sink) }
    }

    private func checkRequired(into sink: inout DiagnosticSink) {
        for property in spec.properties where property.isRequired && self.property(property.keyword) == nil {
            // A KOMPUS without a concept is K404's finding, reported per unit.
            if spec.keyword == .kompus && property.keyword == .koncept { continue }
            sink.report(MissingProperty.description, MissingProperty.Says.needsProperty(keyword: spec.keyword.danish, property: property.keyword.danish, type: property.type),
                        at: keywordSpan, label: MissingProperty.Says.propertyMissing(property: property.keyword.danish),
                        help: MissingProperty.Says.writeItAs(usage: StatementReader.usage(spec)),
                        fixes: placeholderFix(for: property))
        }
    }

    /// Adding the missing property with a placeholder for HR to fill in, where one parses
    /// and says plainly that it is to be replaced: a string (`chef "…"`), or whom a
    /// discussion is with.
    private func placeholderFix(for property: PropertySpec) -> [Fix] {
        let value: String
        switch property.type {
        case .string: value = "\"…\""
        case .audience where spec.keyword == .droeftelse: value = "lederne"
        default: return []
        }
        let text = "\(property.keyword.danish) \(value)"
        let node = self.node
        let at = node.hasBlock ? Span(file: tree.file, start: node.blockOpen, end: node.blockOpen)
                               : Span(file: tree.file, start: node.end, end: node.end)
        return [Fix(MissingProperty.Says.add(text: text), [Edit(at, node.hasBlock ? text + " " : " " + text)])]
    }

    private mutating func readProperty(_ keyword: Keyword, span: Span, values: ArraySlice<ValueNode>, into sink: inout DiagnosticSink) {
        let slot = spec.slot(keyword)
        guard slot >= 0 else {
            let names = spec.properties.map { $0.keyword.danish }
            sink.report(WrongValue.description, WrongValue.Says.noProperty(statement: spec.keyword.danish, property: keyword.danish),
                        at: span, label: WrongValue.Says.notAPropertyOf(statement: spec.keyword.danish),
                        help: names.isEmpty ? WrongValue.Says.takesNoProperties(statement: spec.keyword.danish) : WrongValue.Says.propertiesAre(names))
            return
        }
        let property = spec.properties[slot]
        // The slot is read in place: a call of a non-mutating method here may copy the reader.
        if present & (1 << UInt32(slot)) != 0 {
            sink.report(PropertyRepeated.description, PropertyRepeated.Says.setTwice(property: keyword.danish, statement: spec.keyword.danish),
                        at: span, label: PropertyRepeated.Says.setAgain, secondary: [Label(slots[slot].span, PropertyRepeated.Says.firstSet)],
                        help: property.isList ? PropertyRepeated.Says.listOnce(property: keyword.danish) : PropertyRepeated.Says.keepOne)
            return
        }
        if values.isEmpty {
            sink.report(WrongValue.description, WrongValue.Says.needs(property: keyword.danish, type: property.type), at: span,
                        label: WrongValue.Says.noValue, help: WrongValue.Says.writeFollowedBy(property: keyword.danish, type: property.type))
            store(ReadProperty(keyword: keyword, span: span, values: 0..<0), in: slot)
            return
        }
        let first = values.startIndex
        if !property.isList, values.count > 1 {
            sink.report(WrongValue.description, WrongValue.Says.takesOneValue(property: keyword.danish), at: tree.span(of: values[first + 1]),
                        label: WrongValue.Says.secondValue, help: WrongValue.Says.keepOneValue)
        }
        let considered = property.isList ? values : values[first...first]
        // Usually every value is good and the slice of the tree is kept as it is.
        var allAccepted = true
        for value in considered where value.isInvalid || !StatementReader.accepts(property.type, value, reader) {
            allAccepted = false
            break
        }
        if allAccepted {
            store(ReadProperty(keyword: keyword, span: span,
                               values: Int32(considered.startIndex)..<Int32(considered.endIndex)), in: slot)
            return
        }
        var accepted: [ValueNode] = []
        for value in considered where !value.isInvalid {
            if StatementReader.accepts(property.type, value, reader) {
                accepted.append(value)
            } else {
                sink.report(WrongValue.description, WrongValue.Says.expects(property: keyword.danish, type: property.type, found: found(value)),
                            at: tree.span(of: value), label: WrongValue.Says.expected(what: .value(property.type)),
                            help: WrongValue.Says.writeFollowedBy(property: keyword.danish, type: property.type))
            }
        }
        filteredValues.append(accepted)
        store(ReadProperty(keyword: keyword, span: span, values: 0..<0, filtered: Int32(filteredValues.count - 1)), in: slot)
    }

    private static func accepts(_ type: ValueType, _ value: ValueNode, _ reader: ValueReader) -> Bool {
        switch type {
        case .number: value.kind == .number && reader.number(value) != nil
        case .string: value.kind == .string
        case .date: value.kind == .when
        case .range: value.kind == .range || (value.kind == .when && value.firstKind == .week)
        case .duration: value.kind == .duration
        case .ref, .units: value.kind == .identifier
        case .oneOf(let words): value.kind == .word && words.contains(value.keyword)
        case .audience: value.kind == .identifier || (value.kind == .word && [.chefgruppen, .lederne].contains(value.keyword))
        case .language: value.kind == .identifier && Language(rawValue: reader.identifier(value)) != nil
        case .encoding: (value.kind == .identifier || value.kind == .string) && TextEncoding(name: encodingName(value, reader)) != nil
        }
    }

    // MARK: - Typed access

    func has(_ keyword: Keyword) -> Bool { property(keyword) != nil }

    func values(_ keyword: Keyword) -> ArraySlice<ValueNode> {
        guard let property = property(keyword) else { return [] }
        if property.filtered >= 0 { return filteredValues[Int(property.filtered)][...] }
        return tree.values[Int(property.values.lowerBound)..<Int(property.values.upperBound)]
    }

    /// The first value of a property, without building a slice.
    func firstValue(_ keyword: Keyword) -> ValueNode? {
        guard let property = property(keyword) else { return nil }
        if property.filtered >= 0 { return filteredValues[Int(property.filtered)].first }
        return property.values.isEmpty ? nil : tree.values[Int(property.values.lowerBound)]
    }

    func span(_ keyword: Keyword) -> Span? {
        firstValue(keyword).map { tree.span(of: $0) }
    }

    /// Where the property's keyword is written (for a finding about the property itself).
    func keywordSpan(_ keyword: Keyword) -> Span? { property(keyword)?.span }

    // Written out rather than `firstValue(k).flatMap(reader.day)`: that partial application
    // boxes a copy of the reader on the heap on every call, once per employee line.
    func number(_ keyword: Keyword) -> Int? {
        guard let value = firstValue(keyword) else { return nil }
        return reader.number(value)
    }

    func string(_ keyword: Keyword) -> String? {
        guard let value = firstValue(keyword) else { return nil }
        return reader.string(value)
    }

    func day(_ keyword: Keyword) -> Day? {
        guard let value = firstValue(keyword) else { return nil }
        return reader.day(value)
    }

    func period(_ keyword: Keyword) -> ClosedRange<Day>? {
        guard let value = firstValue(keyword) else { return nil }
        return reader.period(value)
    }

    func days(_ keyword: Keyword) -> Int? {
        guard let value = firstValue(keyword) else { return nil }
        return reader.days(value)
    }
    func word(_ keyword: Keyword) -> Keyword? { firstValue(keyword).map(\.keyword) }

    func language(_ keyword: Keyword) -> Language? {
        guard let value = firstValue(keyword) else { return nil }
        return Language(rawValue: reader.identifier(value))
    }

    /// `tegnsæt utf-8` or `tegnsæt "windows-1252"`: a name or a string.
    private static func encodingName(_ value: ValueNode, _ reader: ValueReader) -> String {
        value.kind == .string ? reader.string(value) : reader.identifier(value)
    }

    func encoding(_ keyword: Keyword) -> TextEncoding? {
        guard let value = firstValue(keyword) else { return nil }
        return TextEncoding(name: StatementReader.encodingName(value, reader))
    }

    var status: Status {
        switch word(.status) {
        case .afholdt: .held
        case .aflyst: .cancelled
        default: .planned
        }
    }
}
