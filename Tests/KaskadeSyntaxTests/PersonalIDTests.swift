// The CPR scan skips ahead (it probes every sixth byte), so it is checked against the plain
// scan it replaces — one pass over every digit run — on inputs built to be full of runs of
// every length next to each other, dashes and the edges of the input.

import KaskadeDiagnostics
import Testing

@Suite struct PersonalIDTests {
    /// Every maximal run of digits, looked at in turn: the definition the fast scan must match.
    static func plainScan(_ bytes: [UInt8]) -> [Range<Int>] {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        func validDate(_ start: Int) -> Bool {
            func two(_ offset: Int) -> Int { Int(bytes[start + offset] - 48) * 10 + Int(bytes[start + offset + 1] - 48) }
            let day = two(0), month = two(2), year = two(4)
            guard (1...12).contains(month), day >= 1 else { return false }
            return day <= [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count, !isDigit(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            if index - start == 10, validDate(start) {
                found.append(start..<index)
            } else if index - start == 6, index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "-"),
                      (1...4).allSatisfy({ isDigit(bytes[index + $0]) }),
                      index + 5 == bytes.count || !isDigit(bytes[index + 5]), validDate(start) {
                found.append(start..<(index + 5))
                index += 5
            }
        }
        return found
    }

    @Test func findsWhatThePlainScanFinds() {
        var numbers = SeededNumbers(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        let pieces: [[UInt8]] = [Array("311299".utf8), Array("0101".utf8), Array("-".utf8), Array(" ".utf8),
                                 Array("3112991234".utf8), Array("7".utf8), Array("M".utf8), Array("290204-".utf8)]
        var matches = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) { bytes += pieces[next(pieces.count)] }
            let fast = bytes.withUnsafeBufferPointer { PersonalID.find(in: $0) }
            #expect(fast == Self.plainScan(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            matches += fast.count
        }
        // The inputs must hold numbers to find, or the comparison proves nothing.
        #expect(matches > 1_000)
    }

    @Test func findsNumbersAtTheEdgesOfTheInput() {
        #expect(PersonalID.find(in: "311299-0001") == [0..<11])
        #expect(PersonalID.find(in: "x3112990001") == [1..<11])
        #expect(PersonalID.find(in: "31129900012") == [])
        #expect(PersonalID.find(in: "12345 311299-0001") == [6..<17])
    }
}
