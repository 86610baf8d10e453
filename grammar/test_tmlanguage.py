#!/usr/bin/env python3
"""Checks grammar/kaskade.tmLanguage.json (Python 3 standard library only).

Usage:
    python3 grammar/test_tmlanguage.py KEYWORDS.txt [--grammar PATH] [--allow-extra]
    python3 grammar/test_tmlanguage.py --self-test [--grammar PATH]
    python3 grammar/test_tmlanguage.py KEYWORDS.txt --self-test

KEYWORDS.txt holds one keyword spelling per line (UTF-8; blank lines and lines
starting with '#' are ignored), e.g. the list exported from the Swift keyword
table. Every spelling must be highlighted as a keyword by the grammar, and
(unless --allow-extra) the grammar must not highlight a keyword that is not in
the list, so the keyword table and the grammar cannot drift apart.

Always checked: the file is valid JSON with the expected top-level fields, every
include resolves, and every regex compiles under Python's `re` once the
Oniguruma-only classes \\p{L} and \\p{N} are translated (a rough check that the
patterns are well-formed).

The regexes are translated as follows: outside a character class \\p{L} becomes
[^\\W\\d_] and \\p{N} becomes \\d. Inside a class ([\\p{L}\\p{N}_-]) a nested
class is not possible in Python's `re`, so there \\p{L} becomes \\w (letters,
digits and '_'; exact whenever the class also admits digits and '_', as all of
ours do) and \\p{N} becomes \\d.

Exit status: 0 when all checks pass, 1 when a check fails, 2 on usage errors.
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GRAMMAR = os.path.join(HERE, "kaskade.tmLanguage.json")

# Scopes that count as "highlighted as a keyword".
KEYWORD_SCOPE = re.compile(r"^(keyword|constant\.language|variable\.parameter)\.")

# Every spelling of section 6 of the language spec, for --self-test.


class CheckError(Exception):
    pass


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# Regex translation Oniguruma -> Python re

def translate(pattern):
    """Translates the Oniguruma features the grammar uses into Python `re`."""
    out = []
    i = 0
    in_class = False
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            m = re.match(r"\\([pP])\{(\^?)(\w+)\}", pattern[i:])
            if m:
                negated = (m.group(1) == "P") != (m.group(2) == "^")
                prop = m.group(3)
                if prop in ("L", "Letter"):
                    rep = ("\\w" if not negated else None) if in_class else (
                        "[^\\W\\d_]" if not negated else "[\\W\\d_]")
                elif prop in ("N", "Number", "Nd"):
                    rep = ("\\d" if not negated else "\\D")
                else:
                    rep = None
                if rep is None:
                    raise CheckError("cannot translate %s in /%s/" % (m.group(0), pattern))
                out.append(rep)
                i += len(m.group(0))
                continue
            if pattern[i + 1] in "hH":  # Oniguruma hex-digit class
                rep = "0-9A-Fa-f" if in_class else "[0-9A-Fa-f]"
                if pattern[i + 1] == "H":
                    if in_class:
                        raise CheckError("cannot translate \\H inside a class in /%s/" % pattern)
                    rep = "[^0-9A-Fa-f]"
                out.append(rep)
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if not in_class and c == "[":
            in_class = True
            out.append(c)
            i += 1
            # A ']' right after '[' or '[^' is a literal in both engines.
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if in_class and c == "[":
            raise CheckError("nested character class is not portable: /%s/" % pattern)
        if in_class and c == "]":
            in_class = False
        out.append(c)
        i += 1
    if in_class:
        raise CheckError("unterminated character class in /%s/" % pattern)
    return "".join(out)


def compile_rx(pattern, where):
    try:
        py = translate(pattern)
        return re.compile(py)
    except (re.error, CheckError) as e:
        raise CheckError("%s: regex /%s/ does not compile: %s" % (where, pattern, e))


# ---------------------------------------------------------------------------
# Grammar loading and validation

class Rule:
    """One grammar rule with compiled regexes and resolved includes."""

    def __init__(self, raw, where):
        self.raw = raw
        self.where = where
        self.name = raw.get("name")
        self.content_name = raw.get("contentName")
        self.match = self.begin = self.end = None
        self.captures = raw.get("captures", {})
        self.begin_captures = raw.get("beginCaptures", self.captures)
        self.end_captures = raw.get("endCaptures", self.captures)
        self.patterns = []  # filled by Grammar.link
        self.include = raw.get("include")


class Grammar:
    def __init__(self, path):
        self.path = path
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise CheckError("cannot read grammar %s: %s" % (path, e))
        try:
            self.raw = json.loads(text)
        except ValueError as e:
            raise CheckError("%s is not valid JSON: %s" % (path, e))
        if not isinstance(self.raw, dict):
            raise CheckError("%s: top level must be an object" % path)
        for key, typ in (("scopeName", str), ("name", str), ("fileTypes", list),
                         ("patterns", list)):
            if not isinstance(self.raw.get(key), typ):
                raise CheckError("%s: missing or malformed %r" % (path, key))
        if self.raw["scopeName"] != "source.kaskade":
            raise CheckError("scopeName must be source.kaskade, is %r" % self.raw["scopeName"])
        if "kaskade" not in self.raw["fileTypes"]:
            raise CheckError("fileTypes must contain 'kaskade'")
        self.repo = {}
        self.all_rules = []
        for key, raw in self.raw.get("repository", {}).items():
            self.repo[key] = self._build(raw, "repository.%s" % key)
        self.top = [self._build(r, "patterns[%d]" % i) for i, r in enumerate(self.raw["patterns"])]
        for rule in self.all_rules:
            self._check_includes(rule)

    def _build(self, raw, where):
        if not isinstance(raw, dict):
            raise CheckError("%s: rule must be an object" % where)
        rule = Rule(raw, where)
        self.all_rules.append(rule)
        kinds = [k for k in ("match", "begin", "include") if k in raw]
        if "patterns" in raw and not kinds:
            kinds = ["patterns"]
        if len(kinds) != 1:
            raise CheckError("%s: a rule needs exactly one of match, begin, include or "
                             "patterns, has %s" % (where, kinds or "none"))
        if "match" in raw:
            rule.match = compile_rx(raw["match"], where + ".match")
        if "begin" in raw:
            if "end" not in raw:
                raise CheckError("%s: begin without end" % where)
            rule.begin = compile_rx(raw["begin"], where + ".begin")
            rule.end = compile_rx(raw["end"], where + ".end")
        for key in ("captures", "beginCaptures", "endCaptures"):
            for num, cap in raw.get(key, {}).items():
                if not num.isdigit():
                    raise CheckError("%s.%s: capture key %r is not a number" % (where, key, num))
                if "patterns" in cap:
                    for j, p in enumerate(cap["patterns"]):
                        self._build(p, "%s.%s.%s.patterns[%d]" % (where, key, num, j))
        rule.patterns = [self._build(p, "%s.patterns[%d]" % (where, j))
                         for j, p in enumerate(raw.get("patterns", []))]
        return rule

    def _check_includes(self, rule):
        inc = rule.include
        if inc is None or inc in ("$self", "$base"):
            return
        if inc.startswith("#"):
            if inc[1:] not in self.repo:
                raise CheckError("%s: include %s does not resolve" % (rule.where, inc))
        # includes of other grammars (source.x) are not checked

    def expand(self, rules, seen=None):
        """Flattens includes into the list of rules with match/begin, in order."""
        seen = set() if seen is None else seen
        out = []
        for rule in rules:
            if rule.include is not None:
                if rule.include in ("$self", "$base"):
                    target = self.top
                elif rule.include.startswith("#"):
                    target = [self.repo[rule.include[1:]]]
                else:
                    continue
                key = (rule.include, id(target[0]) if target else None)
                if key in seen:
                    continue
                out.extend(self.expand(target, seen | {key}))
            elif rule.match is not None or rule.begin is not None:
                out.append(rule)
            else:
                out.extend(self.expand(rule.patterns, seen))
        return out

    def match_rules(self):
        return [r for r in self.all_rules if r.match is not None]


# ---------------------------------------------------------------------------
# A tiny tokenizer: at each position, the first pattern (in order) that matches
# there wins; begin/end rules push a frame whose end is tried before its inner
# patterns. Good enough for one-line samples.

def tokenize(grammar, line):
    """Returns a list of (text, scopes) with scopes a tuple, outermost first."""
    tokens = []
    stack = []  # frames: (rule, scopes)
    top_rules = grammar.expand(grammar.top)
    pos = 0
    pending_start = 0

    def scopes_here():
        return stack[-1][1] if stack else ()

    def flush(upto):
        nonlocal pending_start
        if upto > pending_start:
            sc = scopes_here()
            if stack and stack[-1][0].content_name:
                sc = sc + (stack[-1][0].content_name,)
            tokens.append((line[pending_start:upto], sc))
        pending_start = upto

    def emit_match(m, base_scopes, captures):
        nonlocal pending_start
        cap0 = captures.get("0", {}).get("name")
        outer = base_scopes + ((cap0,) if cap0 else ())
        # Split the match into capture pieces (non-nested captures only).
        p = m.start()
        for g in range(1, (m.re.groups or 0) + 1):
            name = captures.get(str(g), {}).get("name")
            if not name or m.start(g) < 0 or m.start(g) == m.end(g):
                continue
            if m.start(g) > p:
                tokens.append((line[p:m.start(g)], outer))
            tokens.append((m.group(g), outer + (name,)))
            p = m.end(g)
        if m.end() > p:
            tokens.append((line[p:m.end()], outer))
        pending_start = m.end()

    while pos <= len(line):
        if stack:
            rule, sc = stack[-1]
            m = rule.end.match(line, pos)
            if m:
                flush(pos)
                emit_match(m, sc, rule.end_captures)
                stack.pop()
                pos = m.end() if m.end() > pos else pos
                if m.end() == pos and pos == len(line):
                    # zero-width end at end of line (e.g. `$`): done with this frame
                    continue
                continue
            candidates = grammar.expand(rule.patterns)
        else:
            candidates = top_rules
        if pos == len(line):
            break
        hit = None
        for rule in candidates:
            rx = rule.match if rule.match is not None else rule.begin
            m = rx.match(line, pos)
            if m and (m.end() > pos or rule.begin is not None):
                hit = (rule, m)
                break
        if hit is None:
            pos += 1
            continue
        rule, m = hit
        flush(pos)
        base = scopes_here() + ((rule.name,) if rule.name else ())
        if rule.match is not None:
            emit_match(m, base, rule.captures)
            pos = m.end()
        else:
            emit_match(m, base, rule.begin_captures)
            stack.append((rule, base))
            pos = m.end()
    flush(len(line))
    return tokens


def token_at(tokens, index, line):
    """Returns the token that covers character index `index` of the line."""
    i = 0
    for text, scopes in tokens:
        if i <= index < i + len(text):
            return text, scopes
        i += len(text)
    return None, ()


def is_keyword_scoped(scopes):
    return any(KEYWORD_SCOPE.match(s) for s in scopes)


# ---------------------------------------------------------------------------
# Keyword checks

KW_SHAPE = re.compile(r"^\(\?<!\[[^\]]*\]\)\(\?:([^()]*)\)\(\?!\[[^\]]*\]\)$")


def grammar_keywords(grammar):
    """Spellings listed in keyword-scoped match patterns of the form
    (?<![...])(?:a|b|c)(?![...])."""
    words = set()
    for rule in grammar.match_rules():
        if not (rule.name and KEYWORD_SCOPE.match(rule.name)):
            continue
        m = KW_SHAPE.match(rule.raw["match"])
        if m:
            words.update(nfc(w) for w in m.group(1).split("|"))
    return words


def check_keywords(grammar, spellings, allow_extra=False):
    problems = []
    kw_rules = [r for r in grammar.match_rules() if r.name and KEYWORD_SCOPE.match(r.name)]
    for word in spellings:
        # 1. some keyword-scoped `match` pattern matches exactly this word
        if not any(r.match.fullmatch(word) for r in kw_rules):
            problems.append("keyword %r appears in no keyword `match` pattern of the grammar" % word)
            continue
        # 2. and it wins in context: alone, and between other words
        for line, col in ((word, 0), ("x %s y" % word, 2), ("{%s}" % word, 1)):
            text, scopes = token_at(tokenize(grammar, line), col, line)
            if text != word or not is_keyword_scoped(scopes):
                problems.append("keyword %r in %r is tokenized as %r with scopes %s"
                                % (word, line, text, list(scopes)))
                break
        # 3. and not as part of a longer identifier
        for line in ("%s-x" % word, "x-%s" % word, "%s_1" % word, "a%s" % word):
            for text, scopes in tokenize(grammar, line):
                if is_keyword_scoped(scopes) and text != line:
                    problems.append("part %r of identifier %r is highlighted as a keyword"
                                    % (text, line))
                    break
    extra = sorted(grammar_keywords(grammar) - set(spellings))
    if extra:
        msg = "grammar highlights keywords missing from the list: %s" % ", ".join(extra)
        if allow_extra:
            print("warning: " + msg, file=sys.stderr)
        else:
            problems.append(msg)
    return problems


def read_spellings(path):
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise CheckError("cannot read keyword list %s: %s" % (path, e))
    words = []
    for line in lines:
        w = nfc(line.strip())
        if w and not w.startswith("#") and w not in words:
            words.append(w)
    if not words:
        raise CheckError("keyword list %s is empty" % path)
    return words


# ---------------------------------------------------------------------------
# Self-test

def self_test(grammar, spellings):
    problems = []

    def scopes_of(line, word, occurrence=0):
        tokens = tokenize(grammar, line)
        idx = -1
        for _ in range(occurrence + 1):
            idx = line.index(word, idx + 1)
        text, scopes = token_at(tokens, idx, line)
        return text, scopes

    def expect(line, word, scope_prefix, occurrence=0, whole=True):
        text, scopes = scopes_of(line, word, occurrence)
        ok = any(s.startswith(scope_prefix) for s in scopes) if scope_prefix else not scopes
        if whole and text != word:
            ok = False
        if not ok:
            problems.append("in %r: %r tokenized as %r %s, expected %s"
                            % (line, word, text, list(scopes), scope_prefix or "no scope"))

    def expect_not_keyword(line, word):
        text, scopes = scopes_of(line, word)
        for t, sc in tokenize(grammar, line):
            pass
        if is_keyword_scoped(scopes):
            problems.append("in %r: %r must not be a keyword, got %r %s"
                            % (line, word, text, list(scopes)))
        # no keyword token may lie inside the word
        i = 0
        start = line.index(word)
        for t, sc in tokenize(grammar, line):
            if start <= i < start + len(word) and is_keyword_scoped(sc):
                problems.append("in %r: part %r of %r is highlighted as a keyword"
                                % (line, t, word))
            i += len(t)

    # The sample line of the brief, in all three spellings.
    for goal in ("mål", "maal", "goal"):
        line = '%s BY1 "x" følger D1' % goal
        expect(line, goal, "keyword.control.statement.kaskade")
        expect_not_keyword(line, "BY1")
        expect(line, "BY1", "variable.other.kaskade")
        expect(line, "følger", "keyword.other.property.kaskade")
        expect(line, '"', "string.quoted.double.kaskade", whole=False)
        expect_not_keyword(line, "D1")

    # Groups: each word in exactly one, statement wins.
    expect("udvalg BSU \"x\" under BY", "udvalg", "keyword.control.statement")
    expect("område CSD \"x\" chef \"A\" udvalg BSU", "udvalg", "keyword.control.statement")
    expect("kompus koncept MUS", "koncept", "keyword.control.statement")
    expect("kompus koncept MUS", "kompus", "keyword.control.statement")
    expect('plan "Allerød Kommune" år 2027', "år", "keyword.other.property")
    expect('plan "Allerød Kommune" år 2027', "2027", "constant.numeric.integer")
    expect("drøftelse 2026-11-20 med chefgruppen status afholdt", "chefgruppen",
           "constant.language")
    expect("regel K502 niveau fra", "fra", "constant.language")
    expect("regel K502 niveau fra", "K502", "support.constant.rule")
    expect("regel K405 varsel 14 dage", "dage", "keyword.other.unit")
    expect("regel K405 varsel 14 dage", "14", "constant.numeric.integer")
    expect("regel K405 notice 3 weeks", "weeks", "keyword.other.unit")

    # Identifiers containing keywords or '-', Danish letters.
    expect_not_keyword("oplæg 2027-02-01 om PD-SPEC", "PD-SPEC")
    expect("oplæg 2027-02-01 om PD-SPEC", "PD-SPEC", "variable.other")
    expect_not_keyword("mål plan-x \"x\"", "plan-x")
    expect_not_keyword("virksomhed lyngehus-skole \"x\"", "lyngehus-skole")
    expect_not_keyword("mål målet \"x\"", "målet")
    expect_not_keyword("mål Æblehaven \"x\"", "Æblehaven")
    expect_not_keyword("mål xår \"x\"", "xår")
    expect_not_keyword("mål år2 \"x\"", "år2")
    expect_not_keyword("mål K3050 \"x\"", "K3050")
    expect("medarbejder M1042 samtale 2027-03-20", "M1042", "variable.other")
    expect("mål _under \"x\"", "_under", "variable.other")

    # Dates, weeks, ranges.
    line = "samtaler 2027-03-15..2027-04-30"
    expect(line, "2027-03-15", "constant.other.date")
    expect(line, "..", "keyword.operator.range")
    expect(line, "2027-04-30", "constant.other.date")
    line = "samtaler 2027-W11..2027-W17"
    expect(line, "2027-W11", "constant.other.date")
    expect(line, "..", "keyword.operator.range")
    expect(line, "2027-W17", "constant.other.date")

    # Strings and escapes.
    line = r'forventning "a \"b\" \\ \n \t \u{1F600} \q \u{zz} end" # c'
    expect(line, r"\"", "constant.character.escape")
    expect(line, r"\\", "constant.character.escape")
    expect(line, r"\n", "constant.character.escape")
    expect(line, r"\t", "constant.character.escape")
    expect(line, r"\u{1F600}", "constant.character.escape")
    expect(line, r"\q", "invalid.illegal")
    expect(line, r"\u{zz}", "invalid.illegal")
    expect(line, "end", "string.quoted.double", whole=False)
    expect(line, "# c", "comment.line.number-sign.kaskade", whole=False)
    expect_not_keyword('mål X "mål og plan"', "mål og plan")
    line = 'forberedelse """Skemaet \\t om plan""" # note'
    expect(line, "Skemaet", "string.quoted.triple", whole=False)
    expect(line, "\\t", "constant.character.escape")
    expect_not_keyword(line, "om plan")
    expect(line, "# note", "comment.line.number-sign", whole=False)

    # Comments swallow keywords.
    expect("# plan år mål", "plan", "comment.line.number-sign", whole=False)
    expect_not_keyword("x # plan år mål", "plan år mål")

    # Punctuation.
    line = "om BY1, BSU1; kompus {"
    expect(line, ",", "punctuation.separator")
    expect(line, ";", "punctuation.terminator")
    expect(line, "{", "punctuation.section.block.begin")
    expect("}", "}", "punctuation.section.block.end")

    # Each keyword of the list (the Swift keyword table, itself tested against the
    # contract's section 6) in exactly one group.
    kw_rules = [r for r in grammar.match_rules() if r.name and KEYWORD_SCOPE.match(r.name)]
    for w in spellings or []:
        groups = [r.where for r in kw_rules if r.match.fullmatch(nfc(w))]
        if len(groups) > 1:
            problems.append("keyword %r is in more than one group: %s" % (w, groups))
    return problems


# ---------------------------------------------------------------------------

def main(argv):
    args = list(argv)
    grammar_path = DEFAULT_GRAMMAR
    want_self_test = False
    allow_extra = False
    keyword_file = None
    while args:
        a = args.pop(0)
        if a == "--self-test":
            want_self_test = True
        elif a == "--allow-extra":
            allow_extra = True
        elif a == "--grammar":
            if not args:
                print("--grammar needs a path", file=sys.stderr)
                return 2
            grammar_path = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("--"):
            print("unknown option %s" % a, file=sys.stderr)
            return 2
        elif keyword_file is None:
            keyword_file = a
        else:
            print("unexpected argument %s" % a, file=sys.stderr)
            return 2
    if keyword_file is None and not want_self_test:
        print(__doc__, file=sys.stderr)
        return 2

    try:
        grammar = Grammar(grammar_path)
        problems = []
        if keyword_file is not None:
            spellings = read_spellings(keyword_file)
            problems += check_keywords(grammar, spellings, allow_extra)
        if want_self_test:
            problems += self_test(grammar, spellings if keyword_file is not None else None)
    except CheckError as e:
        print("test_tmlanguage: %s" % e, file=sys.stderr)
        return 1
    if problems:
        for p in problems:
            print("test_tmlanguage: %s" % p, file=sys.stderr)
        print("test_tmlanguage: %d problem(s) in %s" % (len(problems), grammar_path),
              file=sys.stderr)
        return 1
    what = []
    if keyword_file is not None:
        what.append("%d keyword spellings from %s" % (len(spellings), keyword_file))
    if want_self_test:
        what.append("self-test")
    print("test_tmlanguage: OK (%s)" % ", ".join(what))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
