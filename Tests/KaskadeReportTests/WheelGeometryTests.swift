// The wheel's numbers: where dates lie, how wide the rings are, that packed marks never
// overlap and that no two labels do.

import Foundation
import KaskadeSyntax
import Testing
@testable import KaskadeReport

@Suite struct WheelGeometryTests {
    let geometry = WheelGeometry(year: 2027, ringCount: 5, centre: 400, hub: 70, rim: 320)

    func day(_ text: String) -> Day { Day.parse(text)! }

    @Test func datesLieClockwiseFromTheTop() throws {
        #expect(abs(try #require(geometry.angle(of: day("2027-01-01"))) - 0.5 * 360 / 365) < 1e-9)
        // 1 July 2027 is day 181 (0-based) of 365.
        #expect(abs(try #require(geometry.angle(of: day("2027-07-01"))) - 181.5 * 360 / 365) < 1e-9)
        #expect(try #require(geometry.angle(of: day("2027-12-31"))) < 360)
        #expect(geometry.angle(of: day("2026-12-31")) == nil)
        #expect(geometry.angle(of: day("2028-01-01")) == nil)
        // A leap year has 366 days: 1 July is day 182.
        let leap = WheelGeometry(year: 2028, ringCount: 5)
        #expect(leap.daysInYear == 366)
        #expect(abs(try #require(leap.angle(of: day("2028-07-01"))) - 182.5 * 360 / 366) < 1e-9)
    }

    @Test func pointsFollowTheClock() {
        let top = geometry.point(radius: 100, angle: 0), right = geometry.point(radius: 100, angle: 90)
        let bottom = geometry.point(radius: 100, angle: 180), left = geometry.point(radius: 100, angle: 270)
        #expect(abs(top.x - 400) < 1e-9 && abs(top.y - 300) < 1e-9)
        #expect(abs(right.x - 500) < 1e-9 && abs(right.y - 400) < 1e-9)
        #expect(abs(bottom.x - 400) < 1e-9 && abs(bottom.y - 500) < 1e-9)
        #expect(abs(left.x - 300) < 1e-9 && abs(left.y - 400) < 1e-9)
    }

    @Test func twelveMonthsFillTheCircle() {
        var previous = 0.0
        for month in 1...12 {
            let span = geometry.monthSpan(month)
            #expect(abs(span.start - previous) < 1e-9, "month \(month) does not start where the last ended")
            #expect(span.end > span.start)
            previous = span.end
        }
        #expect(abs(previous - 360) < 1e-9)
        // April begins after 90 days (31 + 28 + 31).
        #expect(abs(geometry.monthSpan(4).start - 90.0 * 360 / 365) < 1e-9)
    }

    @Test func ringsAreContiguousAndEqual() {
        #expect(geometry.ring(0).inner == 70)
        #expect(abs(geometry.ring(4).outer - 320) < 1e-9)
        for index in 1..<5 {
            #expect(abs(geometry.ring(index).inner - geometry.ring(index - 1).outer) < 1e-9)
            #expect(abs(geometry.ring(index).outer - geometry.ring(index).inner - 50) < 1e-9)
        }
        #expect(geometry.lanesPerRing >= 3)
        for lane in 0..<geometry.lanesPerRing {
            let radius = geometry.laneRadius(ring: 2, lane: lane)
            #expect(radius - geometry.markRadius >= geometry.ring(2).inner && radius + geometry.markRadius <= geometry.ring(2).outer)
        }
    }

    /// The centres of packed marks in one ring are never closer than a mark's width.
    func expectNoOverlap(_ placements: [WheelGeometry.Placement], ring: Int) {
        let points = placements.map { geometry.point(radius: geometry.laneRadius(ring: ring, lane: $0.lane), angle: $0.angle) }
        for i in points.indices {
            for j in points.indices where j > i {
                let distance = hypot(points[i].x - points[j].x, points[i].y - points[j].y)
                #expect(distance >= 2 * geometry.markRadius, "marks \(i) and \(j) overlap: \(distance)")
            }
        }
    }

    @Test(arguments: [0, 2, 4])
    func twoHundredUnitsInOneWeekAreCountedNotOverdrawn(_ ring: Int) {
        // 200 proposals between 1 and 7 February.
        let angles = (0..<200).map { geometry.angle(of: day("2027-02-01") + $0 % 7)! }
        let placements = geometry.pack(angles: angles, ring: ring)
        #expect(placements.reduce(0) { $0 + $1.items.count } == 200)
        #expect(Set(placements.flatMap(\.items)) == Set(0..<200))
        #expect(placements.count < 40, "\(placements.count) marks for one week")
        #expect(placements.contains { $0.items.count > 1 })
        expectNoOverlap(placements, ring: ring)
    }

    @Test func marksSpreadOverTheYearKeepTheirDays() {
        var random = SplitMix(seed: 7)
        let angles = (0..<300).map { _ in geometry.angle(of: day("2027-01-01") + Int(random.next() % 365))! }
        let placements = geometry.pack(angles: angles, ring: 1)
        expectNoOverlap(placements, ring: 1)
        #expect(placements.reduce(0) { $0 + $1.items.count } == 300)
        // A mark that stands for one item stands at that item's day.
        for placement in placements where placement.items.count == 1 {
            #expect(placement.angle == angles[placement.items[0]])
        }
        // Late December against early January: the wrap is kept clear too.
        let wrap = geometry.pack(angles: [geometry.angle(of: day("2027-12-31"))!, geometry.angle(of: day("2027-01-01"))!], ring: 0)
        #expect(Set(wrap.map(\.lane)).count == 2)
    }

    @Test func labelsDoNotOverlap() {
        var boxes: [(String, WheelGeometry.Box)] = []
        for month in 1...12 {
            let centre = geometry.monthLabelCentre(month)
            let box = WheelGeometry.textBox(centreX: centre.x, centreY: centre.y, characters: 3, fontSize: WheelGeometry.monthFontSize)
            boxes.append(("month \(month)", box))
            // Outside the rim: no corner of the label lies inside the wheel.
            for (x, y) in [(box.x, box.y), (box.x + box.width, box.y), (box.x, box.y + box.height), (box.x + box.width, box.y + box.height)] {
                #expect(hypot(x - geometry.centre, y - geometry.centre) > geometry.rim, "month \(month) label reaches into the wheel")
            }
        }
        for ring in 0..<5 {
            let (inner, outer) = geometry.ring(ring)
            let centre = geometry.point(radius: (inner + outer) / 2, angle: 0)
            boxes.append(("ring \(ring + 1)", WheelGeometry.textBox(centreX: centre.x, centreY: centre.y, characters: 1, fontSize: WheelGeometry.ringFontSize)))
        }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].1.overlaps(boxes[j].1), "\(boxes[i].0) overlaps \(boxes[j].0)")
            }
        }
    }

    @Test func numbersAreWrittenTheSameEverywhere() {
        #expect(n(12) == "12")
        #expect(n(12.25) == "12.3" || n(12.25) == "12.2")
        #expect(n(-3.21) == "-3.2")
        #expect(n(-0.04) == "0")
        #expect(n(0.5) == "0.5")
    }
}

/// A small deterministic generator, so a failure reproduces.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
