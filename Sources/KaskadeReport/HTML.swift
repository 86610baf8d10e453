// A small HTML writer that escapes everything it is given as text. Plan text (titles,
// names, reasons) reaches the page only through `text(_:)` and attribute values, so a title
// such as `<script>` shows as text and never becomes markup. Markup the report writes itself
// goes through `raw(_:)`, which takes only literals of this module.

import KaskadeDiagnostics

struct HTML {
    private(set) var out = ""

    init(capacity: Int = 1 << 16) { out.reserveCapacity(capacity) }

    /// Text content, escaped (and CPR-shaped numbers masked, as in every output of Kaskade).
    mutating func text(_ value: String) { out += HTML.escape(PersonalID.mask(value)) }

    /// Markup written by the report itself.
    mutating func raw(_ markup: String) { out += markup }

    /// `<tag a="v">`, the values escaped; nil values leave the attribute out.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        out += "<" + tag
        for (name, value) in attributes {
            guard let value else { continue }
            out += " \(name)=\"\(HTML.escape(PersonalID.mask(value)))\""
        }
        out += ">"
    }

    mutating func close(_ tag: String) { out += "</\(tag)>" }

    /// `<tag …>text</tag>`.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text value: String) {
        open(tag, attributes)
        text(value)
        close(tag)
    }

    /// `<tag …>…</tag>` around what `body` writes.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: (inout HTML) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return value
        }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 16)
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// JSON made safe to stand inside `<script type="application/json">`: `<`, `>` and `&`
    /// as `\u003c` …, so that no `</script>` or `<!--` in plan text can end the element.
    /// U+2028 and U+2029 too, which some JavaScript parsers take for line breaks.
    static func scriptSafeJSON(_ json: String) -> String {
        var safe = ""
        safe.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": safe += "\\u003c"
            case ">": safe += "\\u003e"
            case "&": safe += "\\u0026"
            case "\u{2028}": safe += "\\u2028"
            case "\u{2029}": safe += "\\u2029"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }
}
