// The årshjul as a picture: the year's calendar entries sorted into the rings of the
// cascade, packed by `WheelGeometry` so that nothing is drawn over anything else, and written
// as one SVG element with its legend. The report embeds it; `kaskade calendar --format svg`
// writes it alone.
//
// Every dated event (meeting, briefing, deadline) is accounted for by exactly one mark,
// whose `data-count` says how many it stands for; events outside the wheel's year are
// listed under it instead. Employee conversations are too many to mark one by one: they are
// a bar per week in the conversation ring.

import Foundation
import KaskadeFormat
import KaskadeModel
import KaskadeSyntax

public struct Wheel: Sendable {
    public enum Ring: Int, CaseIterable, Sendable {
        case central, areas, units, conversations, evaluations
    }

    public enum Shade: Int, Comparable, CaseIterable, Sendable {
        case cancelled, held, planned, overdue

        public static func < (a: Shade, b: Shade) -> Bool { a.rawValue < b.rawValue }

        var cssClass: String {
            switch self {
            case .cancelled: "s-cancelled"
            case .held: "s-held"
            case .planned: "s-planned"
            case .overdue: "s-overdue"
            }
        }
    }

    /// One thing to mark: where, when, in which colour, and what its tooltip says.
    public struct Item: Sendable {
        public var ring: Ring
        public var start: Day
        public var end: Day
        public var shade: Shade
        public var isDeadline: Bool
        public var title: String
    }

    public let geometry: WheelGeometry
    public let asOf: Day?
    /// Marks and arcs inside the year.
    public private(set) var marks: [Item] = []
    public private(set) var periods: [Item] = []
    /// Employee conversations per week of the year (index 0 = the week of 1 January).
    public private(set) var conversationsPerWeek: [Int]
    /// Events dated outside the wheel's year, listed under it.
    public private(set) var outside: [Item] = []
    let messages: ReportMessages

    public init(entries: [YearCalendar.Entry], plan: Plan, year: Int, asOf: Day?, messages: ReportMessages = .english) {
        geometry = WheelGeometry(year: year, ringCount: Ring.allCases.count, centre: 400)
        self.asOf = asOf
        self.messages = messages
        conversationsPerWeek = Array(repeating: 0, count: 53)
        for entry in entries { add(entry, plan: plan) }
    }

    private mutating func add(_ entry: YearCalendar.Entry, plan: Plan) {
        let ring = Wheel.ring(of: entry.kind, owner: plan.units[entry.unit].kind)
        if entry.kind == .conversation {
            if let day = geometry.dayOfYear(entry.start), entry.status.counts { conversationsPerWeek[day / 7] += 1 }
            return
        }
        let item = Item(ring: ring, start: entry.start, end: entry.end, shade: shade(entry), isDeadline: entry.kind == .deadline,
                        title: entry.start == entry.end ? "\(messages.longDate(entry.start)): \(entry.summary)"
                            : "\(messages.longDate(entry.start)) – \(messages.longDate(entry.end)): \(entry.summary)")
        let inYear = geometry.dayOfYear(entry.start) != nil || geometry.dayOfYear(entry.end) != nil
        if !inYear {
            outside.append(item)
        } else if entry.kind == .conversations {
            periods.append(item)
        } else {
            marks.append(item)
        }
    }

    /// Which ring an entry belongs to: by what it is, then by the level of its unit.
    public static func ring(of kind: DatedKind, owner: UnitKind) -> Ring {
        switch kind {
        case .conversations, .conversation: return .conversations
        case .briefing, .proposal: return .units
        case .evaluation where owner.isLocal: return .evaluations
        default:
            switch owner {
            case .council, .committee, .board: return .central
            case .area: return .areas
            case .institution, .department: return .units
            }
        }
    }

    /// The colour of an entry: overdue is a planned event whose day is before the as-of day.
    func shade(_ entry: YearCalendar.Entry) -> Shade {
        switch entry.status {
        case .cancelled: return .cancelled
        case .held: return .held
        case .planned:
            let canBeLate = entry.kind != .conversations && entry.kind != .deadline
            if canBeLate, let asOf, entry.start < asOf { return .overdue }
            return .planned
        }
    }

    /// How many dated events the marks and the list below the wheel stand for.
    public var eventCount: Int { marks.count + outside.count }

    // MARK: - SVG

    /// The wheel and its legend as one `<svg>` element (standalone: with the XML namespace).
    public func svg() -> String {
        var svg = SVG()
        let size = geometry.size, legendHeight = 150.0
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wheel\" viewBox=\"0 0 \(n(size)) \(n(size + legendHeight))\" "
            + "role=\"img\" aria-labelledby=\"wheel-title\" font-family=\"system-ui, 'Segoe UI', Helvetica, Arial, sans-serif\">")
        svg.element("title", ["id": "wheel-title"], text: messages.wheelTitle(geometry.year))
        svg.raw(Wheel.style)
        drawMonths(&svg)
        drawRings(&svg)
        drawConversations(&svg)
        drawPeriods(&svg)
        drawMarks(&svg)
        drawAsOf(&svg)
        drawHub(&svg)
        drawLegend(&svg, top: size)
        svg.raw("</svg>")
        return svg.out
    }

    /// Colours by status; the same classes style the report's tables.
    static let style = """
        <style>
        .wheel .month{stroke:#fff;stroke-width:2}.wheel .m0{fill:#f4f6f8}.wheel .m1{fill:#e9edf1}
        .wheel .ringline{fill:none;stroke:#c5ccd3;stroke-width:1}
        .wheel .s-held{fill:#2e7d32}.wheel .s-planned{fill:#1565c0}.wheel .s-overdue{fill:#c62828}.wheel .s-cancelled{fill:#9e9e9e}
        .wheel .period.s-held{stroke:#2e7d32}.wheel .period.s-planned{stroke:#1565c0}.wheel .period.s-overdue{stroke:#c62828}.wheel .period.s-cancelled{stroke:#9e9e9e}
        .wheel .period{fill:none;stroke-width:6;stroke-linecap:round;stroke-opacity:.75}
        .wheel .mark circle,.wheel .mark polygon{stroke:#fff;stroke-width:1}
        .wheel .count{fill:#fff;font-size:7px;font-weight:700;text-anchor:middle;dominant-baseline:central}
        .wheel .conv{fill:#7e57c2}
        .wheel .asof{stroke:#222;stroke-width:1.5;stroke-dasharray:4 3}
        .wheel text{fill:#222}.wheel .monthname{font-size:14px;text-anchor:middle;dominant-baseline:central}
        .wheel .ringno{font-size:10.5px;text-anchor:middle;dominant-baseline:central;fill:#555}
        .wheel .legend{font-size:12px}
        </style>
        """

    private func drawMonths(_ svg: inout SVG) {
        for month in 1...12 {
            let span = geometry.monthSpan(month)
            svg.raw("<path class=\"month m\(month % 2)\" data-month=\"\(month)\" d=\"\(sector(from: span.start, to: span.end, inner: geometry.hub, outer: geometry.rim))\"/>")
            let label = geometry.monthLabelCentre(month)
            svg.raw("<text class=\"monthname\" x=\"\(n(label.x))\" y=\"\(n(label.y))\">")
            svg.text(messages.monthShort(month))
            svg.raw("</text>")
        }
    }

    private func drawRings(_ svg: inout SVG) {
        for ring in Ring.allCases {
            let (inner, outer) = geometry.ring(ring.rawValue)
            svg.raw("<circle class=\"ringline\" cx=\"\(n(geometry.centre))\" cy=\"\(n(geometry.centre))\" r=\"\(n(outer))\"/>")
            // The ring's number on the line between December and January; the legend names it.
            let centre = geometry.point(radius: (inner + outer) / 2, angle: 0)
            svg.raw("<text class=\"ringno\" x=\"\(n(centre.x))\" y=\"\(n(centre.y))\">\(ring.rawValue + 1)</text>")
        }
    }

    /// Employee conversations: one bar per week, outward from the ring's inner part, as long
    /// as that week's share of the busiest week.
    private func drawConversations(_ svg: inout SVG) {
        let busiest = conversationsPerWeek.max() ?? 0
        guard busiest > 0 else { return }
        let (inner, outer) = geometry.ring(Ring.conversations.rawValue)
        let base = inner + (outer - inner) * 0.55, room = (outer - inner) * 0.4
        for (week, count) in conversationsPerWeek.enumerated() where count > 0 {
            let first = week * 7, last = min(first + 7, geometry.daysInYear)
            guard first < geometry.daysInYear else { continue }
            let length = max(1.5, room * Double(count) / Double(busiest))
            let path = sector(from: geometry.startAngle(ofDayOfYear: first) + 0.4, to: geometry.startAngle(ofDayOfYear: last) - 0.4,
                              inner: base, outer: base + length)
            svg.raw("<path class=\"conv\" data-conversations=\"\(count)\" d=\"\(path)\"><title>")
            svg.text(messages.conversationsInWeek(count, week + 1))
            svg.raw("</title></path>")
        }
    }

    /// KOMPUS conversation periods: an arc each, the same period of many units once with a
    /// count, the arcs in lanes so that overlapping periods lie side by side.
    private func drawPeriods(_ svg: inout SVG) {
        var groups: [(item: Item, titles: [String])] = []
        for item in periods {
            if let index = groups.firstIndex(where: { $0.item.start == item.start && $0.item.end == item.end && $0.item.shade == item.shade }) {
                groups[index].titles.append(item.title)
            } else {
                groups.append((item, [item.title]))
            }
        }
        let (inner, outer) = geometry.ring(Ring.conversations.rawValue)
        let lanes = max(1, Int((outer - inner) * 0.5 / 8))
        var laneEnds = [Int](repeating: -1, count: lanes)
        for group in groups {
            let first = geometry.dayOfYear(group.item.start) ?? 0
            let last = geometry.dayOfYear(group.item.end) ?? (geometry.daysInYear - 1)
            let lane = laneEnds.firstIndex { $0 < first } ?? (lanes - 1)
            laneEnds[lane] = max(laneEnds[lane], last)
            let radius = inner + 6 + Double(lane) * 8
            let path = arc(from: geometry.startAngle(ofDayOfYear: first) + 0.5, to: geometry.startAngle(ofDayOfYear: last + 1) - 0.5, radius: radius)
            svg.raw("<path class=\"period \(group.item.shade.cssClass)\" data-count=\"\(group.titles.count)\" d=\"\(path)\"><title>")
            svg.text(summaryTitle(group.titles))
            svg.raw("</title></path>")
        }
    }

    private func drawMarks(_ svg: inout SVG) {
        for ring in Ring.allCases {
            let items = marks.filter { $0.ring == ring }
            let angles = items.map { geometry.angle(of: $0.start) ?? geometry.angle(of: $0.end) ?? 0 }
            for placement in geometry.pack(angles: angles, ring: ring.rawValue) {
                let members = placement.items.map { items[$0] }
                let shade = members.map(\.shade).max() ?? .planned
                let centre = geometry.point(radius: geometry.laneRadius(ring: ring.rawValue, lane: placement.lane), angle: placement.angle)
                let r = geometry.markRadius
                svg.raw("<g class=\"mark \(shade.cssClass)\" data-count=\"\(members.count)\" data-ring=\"\(ring.rawValue + 1)\">")
                if members.count == 1 && members[0].isDeadline {
                    svg.raw("<polygon points=\"\(n(centre.x)),\(n(centre.y - r - 1)) \(n(centre.x + r + 1)),\(n(centre.y)) \(n(centre.x)),\(n(centre.y + r + 1)) \(n(centre.x - r - 1)),\(n(centre.y))\"/>")
                } else {
                    svg.raw("<circle cx=\"\(n(centre.x))\" cy=\"\(n(centre.y))\" r=\"\(n(r))\"/>")
                }
                if members.count > 1 {
                    // Three characters only fit the mark in a smaller size.
                    let label = members.count > 99 ? "99+" : String(members.count)
                    let small = label.count > 2 ? " style=\"font-size:5px\"" : ""
                    svg.raw("<text class=\"count\"\(small) x=\"\(n(centre.x))\" y=\"\(n(centre.y))\">\(label)</text>")
                }
                svg.raw("<title>")
                svg.text(summaryTitle(members.map(\.title)))
                svg.raw("</title></g>")
            }
        }
    }

    /// A tooltip for one or many items: many are counted, the first few named.
    func summaryTitle(_ titles: [String]) -> String {
        guard titles.count > 1 else { return titles.first ?? "" }
        let shown = titles.prefix(8).joined(separator: "\n")
        return messages.itemsHere(titles.count) + "\n" + shown + (titles.count > 8 ? "\n" + messages.andMore(titles.count - 8) : "")
    }

    private func drawAsOf(_ svg: inout SVG) {
        guard let asOf, let angle = geometry.angle(of: asOf) else { return }
        let from = geometry.point(radius: geometry.hub, angle: angle), to = geometry.point(radius: geometry.rim + 6, angle: angle)
        svg.raw("<line class=\"asof\" data-date=\"\(asOf)\" x1=\"\(n(from.x))\" y1=\"\(n(from.y))\" x2=\"\(n(to.x))\" y2=\"\(n(to.y))\"><title>")
        svg.text(messages.asOfLine(messages.longDate(asOf)))
        svg.raw("</title></line>")
    }

    private func drawHub(_ svg: inout SVG) {
        let c = n(geometry.centre)
        svg.raw("<circle cx=\"\(c)\" cy=\"\(c)\" r=\"\(n(geometry.hub - 2))\" fill=\"#fff\"/>")
        svg.raw("<text x=\"\(c)\" y=\"\(n(geometry.centre - 6))\" font-size=\"28\" font-weight=\"700\" text-anchor=\"middle\">\(geometry.year)</text>")
        if let asOf, geometry.dayOfYear(asOf) != nil {
            svg.raw("<text x=\"\(c)\" y=\"\(n(geometry.centre + 18))\" font-size=\"11\" text-anchor=\"middle\">")
            svg.text(messages.asOfShort(messages.shortDate(asOf)))
            svg.raw("</text>")
        }
    }

    /// Three columns under the wheel: the colours, the shapes, the rings.
    private func drawLegend(_ svg: inout SVG, top: Double) {
        svg.raw("<g class=\"legend\">")
        var y = top + 16
        for shade in Shade.allCases.reversed() {
            svg.raw("<circle class=\"\(shade.cssClass)\" cx=\"40\" cy=\"\(n(y))\" r=\"6\"/><text x=\"54\" y=\"\(n(y + 4))\">")
            svg.text(messages.shadeName(shade))
            svg.raw("</text>")
            y += 22
        }
        y = top + 16
        let shapes: [(String, String)] = [
            ("<circle class=\"s-planned\" cx=\"290\" cy=\"Y\" r=\"6\"/>", messages.legendEvent),
            ("<polygon class=\"s-planned\" points=\"290,Y-7 297,Y 290,Y+7 283,Y\"/>", messages.legendDeadline),
            ("<circle class=\"s-planned\" cx=\"290\" cy=\"Y\" r=\"6\"/><text class=\"count\" x=\"290\" y=\"Y\" style=\"fill:#fff\">3</text>", messages.legendCounted),
            ("<path class=\"period s-planned\" style=\"fill:none;stroke:#1565c0;stroke-width:6;stroke-linecap:round\" d=\"M282,Y L298,Y\"/>", messages.legendPeriod),
            ("<rect class=\"conv\" x=\"286\" y=\"Y-7\" width=\"8\" height=\"14\"/>", messages.legendConversations),
            ("<line class=\"asof\" x1=\"282\" y1=\"Y\" x2=\"298\" y2=\"Y\"/>", messages.legendAsOf),
        ]
        for (shape, label) in shapes {
            svg.raw(Wheel.substitute(shape, y: y))
            svg.raw("<text x=\"306\" y=\"\(n(y + 4))\">")
            svg.text(label)
            svg.raw("</text>")
            y += 22
        }
        y = top + 16
        for ring in Ring.allCases {
            svg.raw("<text x=\"545\" y=\"\(n(y + 4))\"><tspan font-weight=\"700\">\(ring.rawValue + 1)</tspan> ")
            svg.text(messages.ringName(ring))
            svg.raw("</text>")
            y += 22
        }
        svg.raw("</g>")
    }

    /// Puts the row's height into a legend shape written with `Y`, `Y-7`, `Y+7`.
    static func substitute(_ shape: String, y: Double) -> String {
        shape.replacingOccurrences(of: "Y-7", with: n(y - 7)).replacingOccurrences(of: "Y+7", with: n(y + 7))
            .replacingOccurrences(of: "Y", with: n(y))
    }

    // MARK: - Paths

    /// An annular sector between two angles.
    func sector(from start: Double, to end: Double, inner: Double, outer: Double) -> String {
        let a = geometry.point(radius: outer, angle: start), b = geometry.point(radius: outer, angle: end)
        let c = geometry.point(radius: inner, angle: end), d = geometry.point(radius: inner, angle: start)
        let large = end - start > 180 ? 1 : 0
        return "M\(n(a.x)),\(n(a.y)) A\(n(outer)),\(n(outer)) 0 \(large) 1 \(n(b.x)),\(n(b.y)) L\(n(c.x)),\(n(c.y)) "
            + "A\(n(inner)),\(n(inner)) 0 \(large) 0 \(n(d.x)),\(n(d.y)) Z"
    }

    /// An arc at one radius, clockwise.
    func arc(from start: Double, to end: Double, radius: Double) -> String {
        let end = max(end, start + 0.5)
        let a = geometry.point(radius: radius, angle: start), b = geometry.point(radius: radius, angle: end)
        return "M\(n(a.x)),\(n(a.y)) A\(n(radius)),\(n(radius)) 0 \(end - start > 180 ? 1 : 0) 1 \(n(b.x)),\(n(b.y))"
    }
}

/// A number with one decimal at most, the same on every machine (`12`, `12.5`, `-3.2`).
func n(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
    return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
}

/// SVG is written with the same escaping writer as the page.
typealias SVG = HTML
