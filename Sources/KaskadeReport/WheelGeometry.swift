// The årshjul's geometry: where a day of the year lies on the wheel, how wide each ring is,
// and how marks of one ring are placed so that none is drawn over another. Pure numbers — no
// SVG, no plan — so that the tests can check the angles, the radii and the packing directly.
//
// Angles are in degrees, clockwise from the top (12 o'clock = 0°, 3 o'clock = 90°), as a
// wall calendar reads: January starts at the top and the year runs clockwise.

import Foundation
import KaskadeSyntax

public struct WheelGeometry: Sendable {
    /// The wheel's year.
    public let year: Int
    public let centre: Double
    /// The inner edge of the first ring; inside it the year is written.
    public let hub: Double
    /// The outer edge of the last ring; the month names stand outside it.
    public let rim: Double
    public let ringCount: Int
    /// The radius of a mark; two marks of one lane stay at least `markSpacing` apart.
    public let markRadius: Double

    public init(year: Int, ringCount: Int, centre: Double = 380, hub: Double = 70, rim: Double = 320, markRadius: Double = 5.5) {
        self.year = year
        self.ringCount = max(1, ringCount)
        self.centre = centre
        self.hub = hub
        self.rim = rim
        self.markRadius = markRadius
    }

    public var size: Double { centre * 2 }
    public var daysInYear: Int { Day.isLeap(year) ? 366 : 365 }
    public var firstDay: Day { Day(year: year, month: 1, day: 1)! }
    public var markSpacing: Double { markRadius * 2 + 1.5 }

    // MARK: - Days and angles

    /// 0-based day of the year, or nil when the day lies outside the wheel's year.
    public func dayOfYear(_ day: Day) -> Int? {
        let offset = day - firstDay
        return (0..<daysInYear).contains(offset) ? offset : nil
    }

    /// The angle of the middle of a day: 1 January lies just right of the top.
    public func angle(of day: Day) -> Double? {
        dayOfYear(day).map { (Double($0) + 0.5) * 360 / Double(daysInYear) }
    }

    /// The angle at which a day begins (its left edge), also for the day after the year.
    public func startAngle(ofDayOfYear offset: Int) -> Double { Double(offset) * 360 / Double(daysInYear) }

    /// The angles at which month `month` (1…12) begins and ends.
    public func monthSpan(_ month: Int) -> (start: Double, end: Double) {
        let first = Day(year: year, month: month, day: 1)! - firstDay
        let next = first + Day.daysIn(month: month, year: year)
        return (startAngle(ofDayOfYear: first), startAngle(ofDayOfYear: next))
    }

    /// A point at `radius` from the centre, at `angle` degrees clockwise from the top.
    public func point(radius: Double, angle: Double) -> (x: Double, y: Double) {
        let radians = angle * .pi / 180
        return (centre + radius * sin(radians), centre - radius * cos(radians))
    }

    // MARK: - Rings

    public var ringWidth: Double { (rim - hub) / Double(ringCount) }

    /// The inner and outer radius of ring `index` (0 is the innermost).
    public func ring(_ index: Int) -> (inner: Double, outer: Double) {
        (hub + Double(index) * ringWidth, hub + Double(index + 1) * ringWidth)
    }

    /// How many marks fit side by side across a ring (its lanes), at least one.
    public var lanesPerRing: Int { max(1, Int((ringWidth - 4) / markSpacing)) }

    /// The radius of lane `lane` of ring `index`: lanes are spread evenly across the ring.
    public func laneRadius(ring index: Int, lane: Int) -> Double {
        let (inner, _) = ring(index)
        let lanes = lanesPerRing
        return inner + ringWidth * (Double(lane) + 0.5) / Double(lanes)
    }

    /// The angle two marks at `radius` need between them so as not to touch.
    public func minimumAngle(atRadius radius: Double) -> Double { markSpacing / radius * 180 / .pi }

    // MARK: - Packing marks

    /// One mark's place: its lane, and how many items it stands for (more than one when the
    /// ring had no free lane left at that day, and the items are counted, not drawn).
    public struct Placement: Sendable, Equatable {
        public var lane: Int
        public var angle: Double
        /// Indices (into the angles given) of the items this mark stands for.
        public var items: [Int]
    }

    /// Places marks at the given angles (any order) in the lanes of ring `ring`: each takes
    /// the innermost lane in which it keeps its distance from the mark before it; when no lane
    /// is free, it joins the nearest mark of the outermost lane, which then shows a count. So
    /// no two marks of a ring ever overlap, however many units meet in one week.
    public func pack(angles: [Double], ring: Int) -> [Placement] {
        let lanes = lanesPerRing
        var placements: [Placement] = []
        // The last placement in each lane, by index into `placements`.
        var lastInLane = [Int?](repeating: nil, count: lanes)
        var firstInLane = [Double?](repeating: nil, count: lanes)
        let order = angles.indices.sorted { (angles[$0], $0) < (angles[$1], $1) }
        for item in order {
            let angle = angles[item]
            var placed = false
            for lane in 0..<lanes {
                let needed = minimumAngle(atRadius: laneRadius(ring: ring, lane: lane))
                if let last = lastInLane[lane], angle - placements[last].angle < needed { continue }
                // The year wraps: a mark late in December must also clear the first of January.
                if let first = firstInLane[lane], angle + needed - 360 > first { continue }
                lastInLane[lane] = placements.count
                if firstInLane[lane] == nil { firstInLane[lane] = angle }
                placements.append(Placement(lane: lane, angle: angle, items: [item]))
                placed = true
                break
            }
            if !placed, let last = lastInLane[lanes - 1] {
                placements[last].items.append(item)
            }
        }
        return placements
    }

    // MARK: - Labels

    /// A label's box, for the check that no two labels overlap.
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// The size of text in the wheel's sans-serif font, estimated generously (0.62 em per
    /// character), so that boxes that do not overlap here do not overlap on screen either.
    public static func textBox(centreX: Double, centreY: Double, characters: Int, fontSize: Double) -> Box {
        let width = Double(characters) * fontSize * 0.62, height = fontSize * 1.2
        return Box(x: centreX - width / 2, y: centreY - height / 2, width: width, height: height)
    }

    /// Where a month's name stands: outside the rim, at the middle of the month.
    public func monthLabelCentre(_ month: Int) -> (x: Double, y: Double) {
        let span = monthSpan(month)
        return point(radius: rim + 24, angle: (span.start + span.end) / 2)
    }

    public static let monthFontSize = 14.0
    public static let ringFontSize = 10.5
}
