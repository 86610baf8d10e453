// K005 unexpected-token.

import KaskadeDiagnostics

public enum UnexpectedToken {
    public static let description = RuleDescription(5, "unexpected-token", .error,
             "The parser expected something else; the finding says what it expected.",
             danishSummary: "Parseren forventede noget andet; fundet siger, hvad den forventede.",
             notes: "After the finding the parser skips to the next statement, so each broken statement gives one finding.",
             danishNotes: "Efter fundet springer parseren frem til næste sætning, så hver ødelagt sætning giver ét fund.",
             triggering: ["mål D1 \"Mål\" følger ↓\n", "↓\"Allerød\"\n", "mål D1 \"Mål\" følger A, ↓{ }\n"],
             nonTriggering: ["mål D1 \"Mål\" følger A,\n  B\n"])

    /// What K005 says.
    public enum Says: Message {
        /// What the parser expected.
        public enum Expected: Sendable {
            case statementKeyword, statementEnd, value, valueAfter(property: String), rangeEnd

            public func text(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case .statementKeyword: "et nøgleord for en sætning (fx `mål`, `område` eller `virksomhed`)"
                    case .statementEnd: "sætningens slutning (en ny linje, `;` eller `}`)"
                    case .value: "en værdi"
                    case let .valueAfter(property): "en værdi efter `\(property)`"
                    case .rangeEnd: "en dato eller uge, der afslutter perioden"
                    }
                case .english:
                    return switch self {
                    case .statementKeyword: "a statement keyword (such as `mål`, `område` or `virksomhed`)"
                    case .statementEnd: "the end of the statement (a new line, `;` or `}`)"
                    case .value: "a value"
                    case let .valueAfter(property): "a value after `\(property)`"
                    case .rangeEnd: "a date or week to end the range"
                    }
                }
            }
        }

        /// What a misspelled word was meant to be.
        public enum Misspelled: Sendable {
            case statementKeyword, property

            public func text(_ language: Language) -> String {
                switch language {
                case .danish:
                    return switch self {
                    case .statementKeyword: "et nøgleord"
                    case .property: "en egenskab"
                    }
                case .english:
                    return switch self {
                    case .statementKeyword: "statement keyword"
                    case .property: "property"
                    }
                }
            }
        }

        /// How a token's kind is named in "expected …, found …".
        /// A found token with its text, in Danish: `navnet `mal``, `tallet `12``.
        static func danishDefinite(_ kind: TokenKind) -> String {
            switch kind {
            case .identifier: "navnet"
            case .keyword: "nøgleordet"
            case .string, .blockString: "teksten"
            case .number: "tallet"
            case .date: "datoen"
            case .week: "ugen"
            case .dotDot, .leftBrace, .rightBrace, .comma, .semicolon, .newline, .endOfFile: "tegnet"
            }
        }

        static func name(of kind: TokenKind, _ language: Language) -> String {
            switch language {
            case .danish:
                return switch kind {
                case .identifier: "et navn"
                case .keyword: "et nøgleord"
                case .string, .blockString: "en tekst"
                case .number: "et tal"
                case .date: "en dato"
                case .week: "en uge"
                case .dotDot: "`..`"
                case .leftBrace: "`{`"
                case .rightBrace: "`}`"
                case .comma: "`,`"
                case .semicolon: "`;`"
                case .newline: "linjens slutning"
                case .endOfFile: "filens slutning"
                }
            case .english:
                return switch kind {
                case .identifier: "a name"
                case .keyword: "a keyword"
                case .string, .blockString: "a string"
                case .number: "a number"
                case .date: "a date"
                case .week: "a week"
                case .dotDot: "`..`"
                case .leftBrace: "`{`"
                case .rightBrace: "`}`"
                case .comma: "`,`"
                case .semicolon: "`;`"
                case .newline: "the end of the line"
                case .endOfFile: "the end of the file"
                }
            }
        }

        case expected(Expected, found: TokenKind, text: String?)
        case unexpectedHere
        case misspelled(text: String, what: Misspelled, spelling: String)
        case unknown(Misspelled)
        case write(spelling: String)
        case replace(text: String, spelling: String)

        public func text(_ language: Language) -> String {
            switch language {
            case .danish:
                return switch self {
                case let .expected(what, found, text):
                "forventede \(what.text(language)), men fandt \(text.map { "\(Self.danishDefinite(found)) `\($0)`" } ?? Self.name(of: found, language))"
                case .unexpectedHere: "uventet her"
                case let .misspelled(text, what, _): "forventede \(what.text(language)), men fandt navnet `\(text)`"
                case let .unknown(what): "ukendt \(what == .property ? "egenskab" : "nøgleord")"
                case let .write(spelling): "mente du `\(spelling)`?"
                case let .replace(text, spelling): "Erstat `\(text)` med `\(spelling)`"
                }
            case .english:
                return switch self {
                case let .expected(what, found, text):
                    "expected \(what.text(language)), found \(Self.name(of: found, language))\(text.map { " `\($0)`" } ?? "")"
                case .unexpectedHere: "unexpected here"
                case let .misspelled(text, what, spelling): "`\(text)` is not a \(what.text(language)); did you mean `\(spelling)`?"
                case let .unknown(what): "unknown \(what.text(language))"
                case let .write(spelling): "write `\(spelling)`"
                case let .replace(text, spelling): "Replace `\(text)` with `\(spelling)`"
                }
            }
        }
    }
}
