// The plan's name table: looked up by source bytes, grown past many collisions, iterated in
// the order the names were defined.

import KaskadeModel
import KaskadeSyntax
import Testing

@Suite struct NameTableTests {
    @Test func namesAreFoundByTheirBytesAndByString() {
        var table = NameTable()
        table["BSU1"] = EntityRef(kind: .maal, index: 3)
        table["Østergård"] = EntityRef(kind: .medarbejder, index: 7)
        let bytes = Array("Østergård".utf8)
        #expect(bytes.withUnsafeBufferPointer(table.lookup) == EntityRef(kind: .medarbejder, index: 7))
        #expect(table["BSU1"] == EntityRef(kind: .maal, index: 3))
        #expect(table["BSU"] == nil)
        #expect(table["BSU12"] == nil)
        #expect(table["bsu1"] == nil)
    }

    @Test func aSecondAssignmentReplacesTheEntityWithoutAddingAName() {
        var table = NameTable()
        table["MUS"] = EntityRef(kind: .koncept, index: -1)
        table["MUS"] = EntityRef(kind: .koncept, index: 0)
        #expect(table.count == 1)
        #expect(table["MUS"]?.index == 0)
    }

    @Test func growsFromEmptyAndKeepsEveryNameInDefinitionOrder() {
        var table = NameTable()
        let names = (0..<50_000).map { "M\($0)" }
        for (index, name) in names.enumerated() {
            table[name] = EntityRef(kind: .medarbejder, index: index)
        }
        #expect(table.count == names.count)
        #expect(names.indices.allSatisfy { table[names[$0]]?.index == $0 })
        #expect(table.map(\.key) == names)
        #expect(table["M50000"] == nil)
        #expect(table[""] == nil)
    }
}
