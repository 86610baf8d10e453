// K004 invalid-date.

import KaskadeDiagnostics

public enum InvalidDate {
    public static let description = RuleDescription(4, "invalid-date", .error,
             "A date or ISO week that does not exist, or a range that ends before it starts.",
             danishSummary: "En dato eller ISO-uge, der ikke findes, eller en periode, der slutter, før den begynder.",
             triggering: ["mål D1 \"Mål\" frist ↓2027-02-29\n", "kompus samtaler ↓2027-W53\n",
                          "kompus samtaler ↓2027-05-01..2027-04-01\n"],
             nonTriggering: ["mål D1 \"Mål\" frist 2028-02-29\n", "kompus samtaler 2026-W53..2027-W02\n"])

    /// What K004 says.
    public enum Says: Message {
        case notACellDate(String)
        case notADateLabel
        case writeCellDate
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
            case .danish:
                return switch self {
                case let .notACellDate(text): "`\(text)` er ikke en dato"
                case .notADateLabel: "ikke en dato"
                case .writeCellDate: "skriv datoen som 2027-03-20 eller dag først som 20-03-2027, 20.03.2027 eller 20/03/2027"
                case let .noSuchDate(text): "datoen \(text) findes ikke"
                case let .noSuchWeek(text): "uge \(text) findes ikke i det år"
                case .noSuchDateLabel: "ugyldig dato"
                case .noSuchWeekLabel: "ugyldig uge"
                case .writeRealDate: "skriv en rigtig kalenderdato som ÅÅÅÅ-MM-DD"
                case .isoWeeks: "ISO-uger går fra W01 til W52 (W53 i nogle år)"
                case let .endsBeforeStart(end, start): "perioden slutter (\(end)), før den begynder (\(start))"
                case .endsBeforeStartLabel: "slutter, før den begynder"
                case .swapEnds: "byt om på de to datoer"
                }
            case .english:
                return switch self {
                case let .notACellDate(text): "`\(text)` is not a date"
                case .notADateLabel: "not a date"
                case .writeCellDate: "write the date as 2027-03-20, or day first as 20-03-2027, 20.03.2027 or 20/03/2027"
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
