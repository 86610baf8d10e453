// The plan's name table: looked up by source bytes, grown past many collisions, iterated in
// the order the names were defined.

@testable import KaskadeModel
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

    /// The recent names in front of the table answer as the table does, for names that share
    /// their first eight bytes, differ in the last of sixteen, are longer than sixteen, or are
    /// not defined at all (and then stay unknown once they are defined later).
    @Test func recentNamesAnswerAsTheTableDoes() {
        var table = NameTable()
        var names: [String] = []
        for index in 0..<3_000 {
            let name = ["M\(index)", "ABCDEFGH\(index)", "ABCDEFGHIJKLMNO\(index % 10)", "LONG-NAME-OF-MORE-THAN-16-\(index)"][index % 4]
            if table[name] == nil { table[name] = EntityRef(kind: .medarbejder, index: index) }
            names.append(name)
        }
        var recent = RecentNames()
        var asked = names + ["M-1", "ABCDEFGHIJKLMNOX", "UNKNOWN"]
        asked += asked.reversed()
        for name in asked {
            var bytes = Array(name.utf8)
            let found = bytes.withUnsafeMutableBufferPointer { recent.lookup(UnsafeBufferPointer($0), in: table) }
            #expect(found == table[name], "\(name)")
        }
        // A name not yet defined is not remembered as missing.
        var later = table
        later["UNKNOWN"] = EntityRef(kind: .maal, index: 1)
        let unknown = Array("UNKNOWN".utf8).withUnsafeBufferPointer { recent.lookup($0, in: later) }
        #expect(unknown == EntityRef(kind: .maal, index: 1))
    }
}
