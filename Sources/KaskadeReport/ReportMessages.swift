// Every word the report and the wheel say, in one place. The page never writes a phrase of
// its own: it asks this type. A Danish rendering ("Kaskade på dansk") is a second value of
// the same type beside `english` — the compiler then proves that it has every phrase.
//
// Plan text (titles, names, messages of findings) is not in here: it is the plan's own.

import KaskadeDiagnostics
import KaskadeSyntax

public struct ReportMessages: Sendable {
    // MARK: Page
    /// `en`, `da`: the page's `lang`.
    public var languageCode: String
    public var pageTitle: @Sendable (_ plan: String) -> String
    public var reportHeading: String
    public var judgedAt: @Sendable (_ date: String) -> String
    public var madeBy: @Sendable (_ version: String) -> String
    public var madeFrom: @Sendable (_ files: Int) -> String
    public var noScript: String
    public var contents: String

    // MARK: Status
    public var statusHeading: String
    public var statusClean: String
    public var statusWarnings: String
    public var statusErrors: String
    public var summary: @Sendable (_ errors: Int, _ warnings: Int, _ infos: Int, _ files: Int, _ statements: Int) -> String
    public var perArea: String
    public var areaColumn: String
    public var errorsColumn: String
    public var warningsColumn: String
    public var infosColumn: String
    public var planLevel: String

    // MARK: Wheel
    public var wheelHeading: String
    public var wheelTitle: @Sendable (_ year: Int) -> String
    public var wheelIntro: String
    public var monthShort: @Sendable (_ month: Int) -> String
    public var monthLong: @Sendable (_ month: Int) -> String
    public var ringName: @Sendable (_ ring: Wheel.Ring) -> String
    public var shadeName: @Sendable (_ shade: Wheel.Shade) -> String
    public var legendEvent: String
    public var legendDeadline: String
    public var legendCounted: String
    public var legendPeriod: String
    public var legendConversations: String
    public var legendAsOf: String
    public var conversationsInWeek: @Sendable (_ count: Int, _ week: Int) -> String
    public var itemsHere: @Sendable (_ count: Int) -> String
    public var andMore: @Sendable (_ count: Int) -> String
    public var asOfLine: @Sendable (_ date: String) -> String
    public var asOfShort: @Sendable (_ date: String) -> String
    public var outsideYear: @Sendable (_ year: Int) -> String

    // MARK: Cascade
    public var cascadeHeading: String
    public var cascadeIntro: String
    public var politicsAndBoard: String
    public var followsNothing: String
    public var follows: String
    public var followsUnknown: String
    public var seats: @Sendable (_ seats: Int) -> String
    public var participants: @Sendable (_ count: Int) -> String
    public var priority: @Sendable (_ priority: Int) -> String
    public var goalsAndCourses: @Sendable (_ goals: Int, _ courses: Int) -> String
    public var findingsCount: @Sendable (_ count: Int) -> String
    public var chef: @Sendable (_ name: String) -> String
    public var noAreaGoals: String
    public var goalsOfUnit: String
    public var unitsWithoutArea: String

    // MARK: Coverage
    public var coverageHeading: String
    public var coverageIntro: String
    public var unitColumn: String
    public var staffColumn: String
    public var conversationColumn: String
    public var developmentColumn: String
    public var alignedColumn: String
    public var ofDeclared: @Sendable (_ count: Int, _ staff: Int, _ listed: Int) -> String
    public var ofListed: @Sendable (_ count: Int, _ listed: Int) -> String
    public var declaredStaff: @Sendable (_ staff: Int, _ listed: Int) -> String
    public var listedOnly: @Sendable (_ listed: Int) -> String
    public var noEmployees: String
    public var unitsSummarised: @Sendable (_ shown: Int, _ total: Int) -> String

    // MARK: Overdue
    public var overdueHeading: String
    public var overdueNone: @Sendable (_ date: String) -> String
    public var overdueIntro: @Sendable (_ count: Int, _ date: String) -> String
    public var dateColumn: String
    public var whatColumn: String
    public var daysLate: @Sendable (_ days: Int) -> String
    public var lateConversations: @Sendable (_ count: Int) -> String
    public var rowsSummarised: @Sendable (_ shown: Int, _ total: Int) -> String

    // MARK: Findings
    public var findingsHeading: String
    public var findingsNone: String
    public var severityName: @Sendable (_ severity: String) -> String
    public var guideline: String
    public var fix: String
    public var at: String
    public var findingsSummarised: @Sendable (_ count: Int, _ rule: String) -> String
    public var rulesHeading: String
    public var rulesIntro: String
    public var ruleLevel: String

    // MARK: Numbers and dates
    public var number: @Sendable (_ value: Int) -> String
    public var percent: @Sendable (_ part: Int, _ whole: Int) -> String
    public var longDate: @Sendable (_ day: Day) -> String
    public var shortDate: @Sendable (_ day: Day) -> String
}

extension ReportMessages {
    public static let english = ReportMessages(
        languageCode: "en",
        pageTitle: { "Kaskade report: \($0)" },
        reportHeading: "Competence development plan",
        judgedAt: { "judged at \($0)" },
        madeBy: { "made by Kaskade \($0)" },
        madeFrom: { $0 == 1 ? "from 1 file:" : "from \($0) files:" },
        noScript: "",
        contents: "Contents",
        statusHeading: "Status",
        statusClean: "No errors and no warnings",
        statusWarnings: "Warnings, no errors",
        statusErrors: "Errors to fix",
        summary: { errors, warnings, infos, files, statements in
            var parts = [plural(errors, "error"), plural(warnings, "warning")]
            if infos > 0 { parts.append(plural(infos, "info", "infos")) }
            return parts.joined(separator: ", ") + " in \(plural(files, "file")), \(plural(statements, "statement"))"
        },
        perArea: "Findings per area",
        areaColumn: "Area",
        errorsColumn: "Errors",
        warningsColumn: "Warnings",
        infosColumn: "Infos",
        planLevel: "Plan, council and board",
        wheelHeading: "The year wheel",
        wheelTitle: { "The year wheel \($0)" },
        wheelIntro: "The year runs clockwise from January at the top. Each ring is a level of the cascade; a dot is a meeting on its day, an arc a period of conversations. Hover a mark to see what it is.",
        monthShort: { ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][$0 - 1] },
        monthLong: { englishMonths[$0 - 1] },
        ringName: { ring in
            switch ring {
            case .central: "Council and board (step 1)"
            case .areas: "Areas (step 2, follow-ups)"
            case .units: "Units (proposals, briefings)"
            case .conversations: "Conversations (periods, weeks)"
            case .evaluations: "Local evaluations"
            }
        },
        shadeName: { shade in
            switch shade {
            case .held: "held"
            case .planned: "planned"
            case .overdue: "overdue (day passed)"
            case .cancelled: "cancelled"
            }
        },
        legendEvent: "an event on its day",
        legendDeadline: "a goal's deadline",
        legendCounted: "events too close: counted",
        legendPeriod: "KOMPUS conversation period",
        legendConversations: "conversations per week",
        legendAsOf: "the day judged at",
        conversationsInWeek: { "week \($1): \(plural($0, "conversation"))" },
        itemsHere: { "\($0) events here:" },
        andMore: { "and \($0) more" },
        asOfLine: { "judged at \($0)" },
        asOfShort: { "as of \($0)" },
        outsideYear: { "Dated outside \($0), so not on the wheel" },
        cascadeHeading: "The cascade",
        cascadeIntro: "From political goal to course: each goal with what it follows and what follows it. Open an area to see its units.",
        politicsAndBoard: "Political goals and the board's goals",
        followsNothing: "follows no goal",
        follows: "follows",
        followsUnknown: "follows a goal that does not exist (K105)",
        seats: { plural($0, "seat") },
        participants: { plural($0, "participant") },
        priority: { "priority \($0)" },
        goalsAndCourses: { "\(plural($0, "goal")), \(plural($1, "course"))" },
        findingsCount: { plural($0, "finding") },
        chef: { "head of area \($0)" },
        noAreaGoals: "This area sets no goal.",
        goalsOfUnit: "Goals that follow no goal of the area",
        unitsWithoutArea: "Units outside an area",
        coverageHeading: "Coverage",
        coverageIntro: "Per unit, the employees with a development conversation, with a development item, and with one that serves a political goal — counted against the declared staff (`medarbejdere N`) where the plan gives it, else against the employees listed. A unit's figures include the units below it.",
        unitColumn: "Unit",
        staffColumn: "Employees",
        conversationColumn: "Conversation",
        developmentColumn: "Development item",
        alignedColumn: "Aligned to a political goal",
        ofDeclared: { count, staff, _ in "\(count) of \(staff)" },
        ofListed: { count, listed in "\(count) of \(listed) listed" },
        declaredStaff: { staff, listed in "\(staff) declared, \(listed) listed" },
        listedOnly: { "\($0) listed" },
        noEmployees: "No employees are listed.",
        unitsSummarised: { "The first \($0) of \($1) units are shown; kaskade export has them all." },
        overdueHeading: "Overdue",
        overdueNone: { "Nothing planned before \($0) is still open." },
        overdueIntro: { count, date in "\(plural(count, "planned event")) dated before \(date) \(count == 1 ? "is" : "are") still not held." },
        dateColumn: "Date",
        whatColumn: "What",
        daysLate: { plural($0, "day") + " ago" },
        lateConversations: { "\(plural($0, "employee conversation")) planned, not yet held" },
        rowsSummarised: { "The first \($0) of \($1) are shown; kaskade query … -- overdue lists them all." },
        findingsHeading: "Findings",
        findingsNone: "No findings: the plan keeps every duty of the guideline.",
        severityName: { ["error": "error", "warning": "warning", "info": "info"][$0] ?? $0 },
        guideline: "Guideline",
        fix: "Fix",
        at: "at",
        findingsSummarised: { count, rule in "and \(plural(count, "more finding")) of \(rule) here (kaskade check lists them all)" },
        rulesHeading: "The rules in these findings",
        rulesIntro: "What each rule checks, and the sentence of the guideline it enforces.",
        ruleLevel: "Level",
        number: { groupThousands($0, separator: ",") },
        percent: { part, whole in whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded())) %" },
        longDate: { day in
            let (y, m, d) = day.components
            return "\(d) \(englishMonths[m - 1]) \(y)"
        },
        shortDate: { day in
            let (_, m, d) = day.components
            return "\(d) \(englishMonths[m - 1])"
        }
    )
}

extension ReportMessages {
    /// The messages of `language`.
    public static func of(_ language: Language) -> ReportMessages {
        switch language {
        case .english: .english
        case .danish: .danish
        }
    }

    public static let danish = ReportMessages(
        languageCode: "da",
        pageTitle: { "Kaskade-rapport: \($0)" },
        reportHeading: "Plan for kompetenceudvikling",
        judgedAt: { "vurderet pr. \($0)" },
        madeBy: { "lavet af Kaskade \($0)" },
        madeFrom: { $0 == 1 ? "ud fra 1 fil:" : "ud fra \($0) filer:" },
        noScript: "",
        contents: "Indhold",
        statusHeading: "Status",
        statusClean: "Ingen fejl og ingen advarsler",
        statusWarnings: "Advarsler, ingen fejl",
        statusErrors: "Fejl, der skal rettes",
        summary: { errors, warnings, infos, files, statements in
            var parts = [danishPlural(errors, "fejl", "fejl"), danishPlural(warnings, "advarsel", "advarsler")]
            if infos > 0 { parts.append(danishPlural(infos, "info", "info")) }
            return parts.joined(separator: ", ") + " i \(danishPlural(files, "fil", "filer")), \(danishPlural(statements, "sætning", "sætninger"))"
        },
        perArea: "Fund pr. område",
        areaColumn: "Område",
        errorsColumn: "Fejl",
        warningsColumn: "Advarsler",
        infosColumn: "Info",
        planLevel: "Plan, byråd og direktion",
        wheelHeading: "Årshjulet",
        wheelTitle: { "Årshjulet \($0)" },
        wheelIntro: "Året går med uret fra januar øverst. Hver ring er et niveau i kaskaden; en prik er et møde på sin dag, en bue en periode med samtaler. Hold musen over et mærke for at se, hvad det er.",
        monthShort: { ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][$0 - 1] },
        monthLong: { danishMonths[$0 - 1] },
        ringName: { ring in
            switch ring {
            case .central: "Byråd og direktion (trin 1)"
            case .areas: "Områder (trin 2, opfølgninger)"
            case .units: "Enheder (oplæg, orienteringer)"
            case .conversations: "Samtaler (perioder, uger)"
            case .evaluations: "Lokale evalueringer"
            }
        },
        shadeName: { shade in
            switch shade {
            case .held: "afholdt"
            case .planned: "planlagt"
            case .overdue: "forfalden (dagen er passeret)"
            case .cancelled: "aflyst"
            }
        },
        legendEvent: "en begivenhed på sin dag",
        legendDeadline: "et måls frist",
        legendCounted: "begivenheder for tæt på hinanden: talt sammen",
        legendPeriod: "KOMPUS-samtaleperiode",
        legendConversations: "samtaler pr. uge",
        legendAsOf: "dagen, der vurderes pr.",
        conversationsInWeek: { "uge \($1): \(danishPlural($0, "samtale", "samtaler"))" },
        itemsHere: { "\($0) begivenheder her:" },
        andMore: { "og \($0) til" },
        asOfLine: { "vurderet pr. \($0)" },
        asOfShort: { "pr. \($0)" },
        outsideYear: { "Dateret uden for \($0) og derfor ikke på hjulet" },
        cascadeHeading: "Kaskaden",
        cascadeIntro: "Fra politisk mål til uddannelse: hvert mål med det, det følger, og det, der følger det. Fold et område ud for at se dets enheder.",
        politicsAndBoard: "Politiske mål og direktionens mål",
        followsNothing: "følger intet mål",
        follows: "følger",
        followsUnknown: "følger et mål, der ikke findes (K105)",
        seats: { danishPlural($0, "plads", "pladser") },
        participants: { danishPlural($0, "deltager", "deltagere") },
        priority: { "prioritet \($0)" },
        goalsAndCourses: { "\(danishPlural($0, "mål", "mål")), \(danishPlural($1, "uddannelse", "uddannelser"))" },
        findingsCount: { danishPlural($0, "fund", "fund") },
        chef: { "chef \($0)" },
        noAreaGoals: "Området opsætter intet mål.",
        goalsOfUnit: "Mål, der ikke følger noget af områdets mål",
        unitsWithoutArea: "Enheder uden for et område",
        coverageHeading: "Dækning",
        coverageIntro: "Pr. enhed: medarbejdere med udviklingssamtale, med udviklingspunkt og med et, der tjener et politisk mål — talt mod medarbejderne i alt (`medarbejdere N`), hvor planen angiver det, ellers mod de opførte medarbejdere. En enheds tal omfatter enhederne under den.",
        unitColumn: "Enhed",
        staffColumn: "Medarbejdere",
        conversationColumn: "Samtale",
        developmentColumn: "Udviklingspunkt",
        alignedColumn: "Til et politisk mål",
        ofDeclared: { count, staff, _ in "\(groupThousands(count, separator: ".")) af \(groupThousands(staff, separator: "."))" },
        ofListed: { count, listed in "\(groupThousands(count, separator: ".")) af \(groupThousands(listed, separator: ".")) opført" },
        declaredStaff: { staff, listed in "\(groupThousands(staff, separator: ".")) i alt, \(groupThousands(listed, separator: ".")) opført i planen" },
        listedOnly: { "\(groupThousands($0, separator: ".")) opført i planen" },
        noEmployees: "Ingen medarbejdere er opført.",
        unitsSummarised: { "De første \($0) af \($1) enheder vises; kaskade export har dem alle." },
        overdueHeading: "Forfaldne",
        overdueNone: { "Intet, der var planlagt før \($0), står stadig åbent." },
        overdueIntro: { count, date in "\(danishPlural(count, "planlagt begivenhed", "planlagte begivenheder")) dateret før \(date) er endnu ikke afholdt." },
        dateColumn: "Dato",
        whatColumn: "Hvad",
        daysLate: { "for \(danishPlural($0, "dag", "dage")) siden" },
        lateConversations: { "\(danishPlural($0, "medarbejdersamtale", "medarbejdersamtaler")) planlagt, endnu ikke afholdt" },
        rowsSummarised: { "De første \($0) af \($1) vises; kaskade query … -- overdue viser dem alle." },
        findingsHeading: "Fund",
        findingsNone: "Ingen fund: planen overholder alle retningslinjens pligter.",
        severityName: { ["error": "fejl", "warning": "advarsel", "info": "info"][$0] ?? $0 },
        guideline: "Retningslinje",
        fix: "Forslag",
        at: "i",
        findingsSummarised: { count, rule in "og \(danishPlural(count, "fund", "fund")) mere for \(rule) her (kaskade check viser dem alle)" },
        rulesHeading: "Reglerne i disse fund",
        rulesIntro: "Hvad hver regel tjekker, og den sætning i retningslinjen, den håndhæver.",
        ruleLevel: "Niveau",
        number: { groupThousands($0, separator: ".") },
        percent: { part, whole in whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded())) %" },
        longDate: { day in
            let (y, m, d) = day.components
            return "\(d). \(danishMonths[m - 1]) \(y)"
        },
        shortDate: { day in
            let (_, m, d) = day.components
            return "\(d). \(danishMonths[m - 1])"
        }
    )
}

private let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                            "oktober", "november", "december"]

/// `1 advarsel`, `3 advarsler`, `45.000 sætninger`.
func danishPlural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(groupThousands(count, separator: ".")) " + (count == 1 ? one : many)
}

private let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

/// `1 error`, `3 errors`.
func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
    "\(groupThousands(count, separator: ",")) " + (count == 1 ? word : plural ?? word + "s")
}

/// `45,000` (English) or `45.000` (Danish).
func groupThousands(_ value: Int, separator: String) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { out += separator }
        out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
}
