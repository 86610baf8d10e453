// K004 invalid-date.

import KaskadeDiagnostics

public enum InvalidDate {
    public static let description = RuleDescription(4, "invalid-date", .error,
             "A date or ISO week that does not exist, or a range that ends before it starts.",
             triggering: ["mål D1 \"Mål\" frist ↓2027-02-29\n", "kompus samtaler ↓2027-W53\n",
                          "kompus samtaler ↓2027-05-01..2027-04-01\n"],
             nonTriggering: ["mål D1 \"Mål\" frist 2028-02-29\n", "kompus samtaler 2026-W53..2027-W02\n"])

    /// What K004 says.
    public enum Says: Message {
        case noSuchDate(String)
        case noSuchWeek(String)
        case noSuchDateLabel
        case noSuchWeekLabel
        case writeRealDate
        case isoWeeks
        case endsBeforeStart(end: String, start: String)
        case endsBeforeStartLabel
        case swapEnds

        public func text(_ language: Language) -> String {
            switch language {
            case .danish: return text(.english) // TODO(da)
            case .english:
                return switch self {
                case let .noSuchDate(text): "the date \(text) does not exist"
                case let .noSuchWeek(text): "the week \(text) does not exist in that year"
                case .noSuchDateLabel: "no such date"
                case .noSuchWeekLabel: "no such week"
                case .writeRealDate: "write a real calendar date as YYYY-MM-DD"
                case .isoWeeks: "ISO weeks run from W01 to W52 (W53 in some years)"
                case let .endsBeforeStart(end, start): "this range ends (\(end)) before it starts (\(start))"
                case .endsBeforeStartLabel: "ends before it starts"
                case .swapEnds: "swap the two ends"
                }
            }
        }
    }
}
