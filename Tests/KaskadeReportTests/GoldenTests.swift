// Golden files pin the wheel's SVG and the whole report page for the broken example plan, so
// that a change of layout shows as a diff. `KASKADE_UPDATE=1 swift test` rewrites them
// (Tests/report/golden/); review the diff — and the screenshots — before committing.

import Foundation
import KaskadeDriver
import KaskadeFormat
import KaskadeSyntax
import Testing
@testable import KaskadeReport

func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/report/golden/\(name)")
    if ProcessInfo.processInfo.environment["KASKADE_UPDATE"] != nil {
        try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(name)>"
    #expect(actual == expected, "golden \(name) differs; run KASKADE_UPDATE=1 swift test and review", sourceLocation: sourceLocation)
}

@Suite struct ReportGoldenTests {
    @Test func brokenWheel() throws {
        let result = try checked(["examples/broken"])
        try assertGolden(try LeadersReport.wheelSVG(plan: result.plan, unit: nil, asOf: asOf), "broken-wheel.svg")
    }

    @Test func brokenPage() throws {
        try assertGolden(try page(try checked(["examples/broken"])), "broken-report.html")
    }
}
