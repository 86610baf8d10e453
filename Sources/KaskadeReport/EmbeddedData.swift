// The data under the page: `<script type="application/json" id="kaskade-data">`, as
// Lighthouse embeds its report, so that a program can read the report back. It is the export
// document (docs/export.schema.json) plus the findings, with the page's caps: long lists are
// cut and `summarised` says where and how much, so `kaskade export` stays the way to get all.

import Foundation
import KaskadeFormat
import KaskadeSyntax

struct EmbeddedData: Encodable {
    var document: JSONExport.Document
    var report: About
    var summarised: [String: Cut]

    struct About: Encodable {
        var asOf: String
        var unit: String?
        var kaskade: String
    }

    /// How much of a list is embedded.
    struct Cut: Encodable {
        var total: Int
        var embedded: Int
    }

    enum Key: String, CodingKey { case report, summarised }

    /// The document's own keys, and beside them `report` and `summarised`.
    func encode(to encoder: Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(report, forKey: .report)
        try container.encode(summarised, forKey: .summarised)
    }

    static func json(_ context: ReportContext) -> String {
        var document = context.input.export
        let limits = context.limits
        var summarised: [String: Cut] = [:]
        func cut<T>(_ list: inout [T], _ cap: Int, _ name: String) {
            guard list.count > cap else { return }
            summarised[name, default: Cut(total: 0, embedded: 0)].total += list.count
            summarised[name, default: Cut(total: 0, embedded: 0)].embedded += cap
            list.removeSubrange(cap...)
        }
        cut(&document.employees, limits.embeddedEmployees, "employees")
        cut(&document.events, limits.embeddedEvents, "events")
        for index in document.units.indices { cut(&document.units[index].employees, limits.embeddedIDsPerList, "units.employees") }
        for index in document.courses.indices {
            cut(&document.courses[index].participants, limits.embeddedIDsPerList, "courses.participants")
        }
        // The findings the page lists: in scope, at most the cap per rule and unit.
        let kept = keptFindings(context)
        if kept.count < document.findings.count {
            summarised["findings"] = Cut(total: document.findings.count, embedded: kept.count)
        }
        document.findings = kept.map { document.findings[$0] }
        let data = EmbeddedData(document: document,
                                report: About(asOf: "\(context.asOf)", unit: context.input.unit, kaskade: context.version),
                                summarised: summarised)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Indices of the findings the page lists one by one, in the report's order.
    static func keptFindings(_ context: ReportContext) -> [Int] {
        context.shownFindings.filter { (context.display[$0] ?? .counted) != .counted }
    }
}
