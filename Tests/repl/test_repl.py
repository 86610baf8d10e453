#!/usr/bin/env python3
"""Drives the real `kaskade` binary in a pseudo-terminal (pexpect), and in pipe mode.

Usage: python3 Tests/repl/test_repl.py PATH/TO/kaskade
Prints one line per test and a closing `N passed, N failed`; exits 1 if any failed.
`swift test` runs it through Tests/KaskadeQueryTests/REPLTerminalTests.swift.

Each test waits for the prompt before it types, and asserts on the program's own output
(libedit redraws the line with escape codes, so the echo of what was typed is not compared).
Histories and copies of plans go to one temporary folder, removed at the end.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/kaskade")
PROMPT = "kaskade> "
TESTS = []
SCRATCH = tempfile.mkdtemp(prefix="kaskade-repl-tests-")


def scratch():
    """A new empty folder under the tests' temporary folder."""
    return tempfile.mkdtemp(dir=SCRATCH)


def test(function):
    TESTS.append(function)
    return function


def spawn(*plans, history=None, cwd=ROOT, locale="C.UTF-8"):
    env = dict(os.environ, TERM="xterm", LANG=locale, LC_ALL=locale, NO_COLOR="1")
    env["KASKADE_HISTORY"] = history or os.path.join(scratch(), "history")
    child = pexpect.spawn(BINARY, ["repl", *plans], cwd=cwd, env=env, encoding="utf-8",
                          timeout=20, dimensions=(40, 160))
    child.expect_exact(PROMPT)
    return child


def run(child, line, expect):
    child.sendline(line)
    child.expect_exact(expect)
    child.expect_exact(PROMPT)


def quit_(child):
    child.sendline(":quit")
    child.expect(pexpect.EOF)


@test
def trace_goes_down_to_courses_and_employees():
    child = spawn("examples/broken")
    run(child, "trace BSU1", "M1042, M1043")
    quit_(child)


@test
def why_goes_up_to_the_council():
    child = spawn("examples/broken")
    run(child, "why M1042", 'mål BY1 "Flere unge i uddannelse eller job"')
    quit_(child)


@test
def danish_alias_and_letters():
    child = spawn("examples/broken")
    run(child, "hvorfor KRA-LÆS", 'uddannelse KRA-LÆS "Læsevejleder"')
    quit_(child)


@test
def tab_completes_an_id_with_danish_letters():
    child = spawn("examples/broken")
    child.send("show KRA-L\t")
    child.expect_exact("ÆS")  # libedit draws only what completion inserted
    child.send("\r")
    child.expect_exact('uddannelse KRA-LÆS "Læsevejleder"')
    child.expect_exact(PROMPT)
    quit_(child)


@test
def tab_lists_candidates_when_ambiguous():
    child = spawn("examples/broken")
    child.send("show KRA\t\t")
    child.expect_exact("KRA1")
    child.expect_exact("KRA-LÆS")
    child.send("\x15")  # Ctrl-U clears the line
    quit_(child)


@test
def ctrl_c_abandons_the_line():
    child = spawn("examples/broken")
    child.send("show NOTHING-HERE")
    child.send("\x03")
    child.expect_exact("^C")
    child.expect_exact(PROMPT)
    run(child, "show LYS", 'virksomhed LYS "Lyngehus Skole"')
    assert "NOTHING-HERE" not in child.before
    quit_(child)


@test
def history_survives_a_restart():
    history = os.path.join(scratch(), "history")
    child = spawn("examples/broken", history=history)
    run(child, "find borne", "Børne- og Skoleudvalget")
    quit_(child)
    assert os.path.exists(history), "no history file"
    child = spawn("examples/broken", history=history)
    child.send("\x1b[A")  # up: the previous session's last entry, `:quit`
    child.expect_exact(":quit")
    child.send("\x1b[A")  # and the one before it
    child.expect_exact("find borne")
    child.send("\r")
    child.expect_exact("Børne- og Skoleudvalget")
    child.expect_exact(PROMPT)
    quit_(child)


@test
def ctrl_r_searches_the_history():
    history = os.path.join(scratch(), "history")
    child = spawn("examples/broken", history=history)
    run(child, "find borne", "Børne- og Skoleudvalget")
    run(child, "show LYS", "Lyngehus Skole")
    child.send("\x12")  # Ctrl-R
    child.send("borne")
    child.expect_exact("find borne")
    child.send("\r")
    child.expect_exact("Børne- og Skoleudvalget")
    child.expect_exact(PROMPT)
    quit_(child)


@test
def unwritable_history_warns_once_and_goes_on():
    child = spawn("examples/broken", history="/nonexistent-folder/kaskade_history")
    child.sendline("show LYS")
    child.expect_exact("cannot save the history")
    child.expect_exact(PROMPT)
    child.sendline("show KRA")
    index = child.expect_exact(["cannot save the history", "Kratbjergskolen"])
    assert index == 1, "warned twice"
    child.expect_exact(PROMPT)
    quit_(child)


@test
def multi_line_statement_is_one_entry():
    history = os.path.join(scratch(), "history")
    child = spawn("examples/broken", history=history)
    child.sendline('udvalg KIU "Kultur- og Idrætsudvalget" under BY {')
    child.expect_exact("...> ")
    child.sendline('  mål KIU1 "Flere børn i foreningslivet" følger BY2')
    child.expect_exact("...> ")
    child.sendline("}")
    child.expect_exact("added for this session")
    child.expect_exact("cleared: K207")
    child.expect_exact(PROMPT)
    run(child, "show KIU1", "Flere børn i foreningslivet")
    quit_(child)
    with open(history, encoding="utf-8", errors="replace") as handle:
        entries = [line for line in handle.read().splitlines()[1:] if "KIU" in line]
    assert any("KIU1" in entry and "Kultur" in entry for entry in entries), entries


@test
def what_if_clears_a_finding():
    child = spawn("examples/broken")
    run(child, "check KRA", "error[K305]")
    run(child, "in CSD: opfølgning 2027-09-12 med KRA om CSD1", "cleared: K305")
    child.sendline("check KRA")
    index = child.expect_exact(["error[K305]", PROMPT])
    assert index == 1, "K305 still reported after the what-if"
    quit_(child)


@test
def failed_reload_keeps_the_plan():
    folder = scratch()
    plan = os.path.join(folder, "plan")
    shutil.copytree(os.path.join(ROOT, "examples/broken"), plan)
    child = spawn(plan)
    with open(os.path.join(plan, "10-skole.kaskade"), "a", encoding="utf-8") as handle:
        handle.write('\nvirksomhed X "unterminated\n')
    run(child, ":reload", "the previous plan stays loaded")
    run(child, "show LYS", 'virksomhed LYS "Lyngehus Skole"')
    shutil.rmtree(plan)
    run(child, ":reload", "no such")
    run(child, "show KRA", 'virksomhed KRA "Kratbjergskolen"')
    quit_(child)


@test
def ctrl_d_leaves():
    child = spawn("examples/broken")
    child.send("\x04")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus


@test
def pipe_mode_has_no_prompt_and_reports_failure():
    result = subprocess.run([BINARY, "repl", "examples/broken"], input="trace BSU1\nno-such-command\n",
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1, result.returncode
    assert PROMPT not in result.stdout
    assert "M1042" in result.stdout
    assert "unknown command" in result.stderr
    ok = subprocess.run([BINARY, "repl", "examples/broken"], input="show LYS\n:format json\nwhy PD\n",
                        capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert '"command" : "why"' in ok.stdout


@test
def query_runs_one_command():
    result = subprocess.run([BINARY, "query", "examples/broken", "--", "coverage", "CSD"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LYS" in result.stdout and "KRA" in result.stdout


@test
def tab_replaces_a_word_typed_in_another_case():
    child = spawn("examples/allerod-2027")
    child.send("vis æbl-l\t")
    child.expect_exact("ÆBL-LÆS")
    child.send("\r")
    child.expect_exact('opgave ÆBL-LÆS "Dialogisk læsning i små grupper"')
    child.expect_exact(PROMPT)
    quit_(child)


@test
def danish_letters_are_typed_even_in_the_c_locale():
    child = spawn("examples/allerod-2027", locale="C")
    run(child, "vis ÆBL", "Børnehuset Æblehaven")
    child.send("vis TR\t")
    child.expect_exact("Æ")
    child.send("-OPG\r")
    child.expect_exact("Rehabiliteringsforløb efter serviceloven")
    child.expect_exact(PROMPT)
    quit_(child)


@test
def tab_completes_a_danish_command_name():
    child = spawn("examples/allerod-2027")
    child.send("dækn\t")
    child.expect_exact("ing")
    child.send("ÆBL\r")
    child.expect_exact("Børnehuset Æblehaven")
    child.expect_exact(PROMPT)
    quit_(child)


@test
def ctrl_c_abandons_an_unfinished_statement():
    child = spawn("examples/broken")
    child.sendline('udvalg KIU "Kultur" under BY {')
    child.expect_exact("...> ")
    child.send("\x03")
    child.expect_exact(PROMPT)
    run(child, "show KIU", "no statement is named `KIU`")
    quit_(child)


@test
def what_if_in_a_unit_survives_a_reload():
    folder = scratch()
    plan = os.path.join(folder, "plan")
    shutil.copytree(os.path.join(ROOT, "examples/broken"), plan)
    child = spawn(plan)
    run(child, "in CSD: opfølgning 2027-09-12 med KRA om CSD1", "cleared: K305")
    run(child, ":reload", "1 what-if statement kept")
    child.sendline("check KRA")
    index = child.expect_exact(["error[K305]", PROMPT])
    assert index == 1, "K305 is back after the reload"
    quit_(child)
    with open(os.path.join(plan, "10-skole.kaskade"), encoding="utf-8") as handle:
        assert "2027-09-12" not in handle.read(), "a what-if statement was written to the file"


@test
def default_command_opens_the_repl_on_a_terminal():
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", NO_COLOR="1",
               KASKADE_HISTORY=os.path.join(scratch(), "history"))
    child = pexpect.spawn(BINARY, ["examples/broken"], cwd=ROOT, env=env, encoding="utf-8", timeout=20)
    child.expect_exact("errors")  # the summary line of the check
    child.expect_exact(PROMPT)
    run(child, "why PD", "serves BY1")
    quit_(child)


@test
def opening_a_plan_with_errors_lists_a_screenful_of_them():
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", NO_COLOR="1",
               KASKADE_HISTORY=os.path.join(scratch(), "history"))
    # 10 rows: the summary, 6 findings, the count of the others, and the prompt fit.
    child = pexpect.spawn(BINARY, ["examples/broken"], cwd=ROOT, env=env, encoding="utf-8", timeout=20,
                          dimensions=(10, 160))
    # As many findings as `check` reports: the summary says how many, the screen shows 6.
    check = subprocess.run([BINARY, "check", "examples/broken", "--format", "json"], capture_output=True,
                           text=True, cwd=ROOT, timeout=60)
    summary = json.loads(check.stdout)["summary"]
    total = summary["errors"] + summary["warnings"] + summary["infos"]
    child.expect_exact(f"{summary['errors']} errors, {summary['warnings']} warnings, {summary['infos']} infos")
    child.expect_exact("info[K207]")
    child.expect_exact(f"… and {total - 6} more findings (`check` lists them all)")
    child.expect_exact(PROMPT)
    quit_(child)


@test
def default_command_checks_without_a_terminal():
    result = subprocess.run([BINARY, "examples/broken"], stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1, result.returncode
    assert "error[K305]" in result.stdout and PROMPT not in result.stdout


@test
def pipe_mode_reads_statements_files_and_json():
    folder = scratch()
    script = os.path.join(folder, "questions.txt")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write("# a comment\nshow LYS\n")
    commands = ('udvalg KIU "Kultur- og Idrætsudvalget" under BY {\n'
                '  mål KIU1 "Flere børn i foreningslivet" følger BY2\n'
                '}\n'
                f":read {script}\n"
                ":format json\n"
                "find børne\n")
    result = subprocess.run([BINARY, "repl", "examples/broken"], input=commands, capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "cleared: K207" in result.stdout
    assert "Lyngehus Skole" in result.stdout
    assert '"id" : "BSU"' in result.stdout
    failed = subprocess.run([BINARY, "repl", "examples/broken"], input=":read /nonexistent/file\nshow LYS\n",
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert failed.returncode == 1 and "cannot be read" in failed.stderr
    assert "Lyngehus Skole" in failed.stdout, "the session stopped after a failed command"


@test
def query_takes_options_after_the_command():
    result = subprocess.run([BINARY, "query", "examples/broken", "--", "trace", "BSU1", "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert '"command" : "trace"' in result.stdout
    missing = subprocess.run([BINARY, "query", "no/such/plan", "--", "tree"], capture_output=True, text=True,
                             cwd=ROOT, timeout=60)
    assert missing.returncode == 2, missing.returncode
    bad = subprocess.run([BINARY, "query", "examples/broken", "--", "show", "LYX"], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 1 and "did you mean `LYS`" in bad.stderr


# MARK: - One language per session

ENGLISH = {"the", "is", "are", "has", "no", "not", "with", "without", "before", "after", "of", "and", "or",
           "from", "this", "that", "which", "its", "add", "missing", "unknown", "should", "must", "every", "each",
           "employee", "employees", "goal", "goals", "course", "courses", "conversation", "conversations",
           "briefing", "there", "one", "none", "more", "only", "you", "held", "planned", "year", "days", "step",
           "here", "defined", "already", "does", "cannot", "named", "unit", "units", "area", "competence",
           "listed", "found", "events", "serves", "leads", "in", "added", "reloaded", "kept", "shown",
           "to", "was", "be", "can", "all", "than", "been", "will", "what", "where", "coverage", "overdue", "gaps",
           "follows", "followed", "development", "item", "items", "political", "politics", "board", "council"}
DANISH = {"ikke", "har", "og", "ingen", "mangler", "tilføj", "fjern", "mente", "forventede", "fandt", "skal",
          "eller", "efter", "før", "hedder", "findes", "allerede", "defineret", "fra", "ugyldig", "ukendt",
          "samtale", "samtaler", "medarbejder", "medarbejdere", "uddannelse", "uddannelser", "opfølgning",
          "orientering", "drøftelse", "oplæg", "mål", "dækning", "enhed", "enheder", "ligger", "stadig", "den",
          "det", "som", "af", "på", "kun", "hver", "mindst", "kompetence", "kompetencer", "sætninger", "fejl",
          "advarsel", "advarsler", "forslag", "dage", "tjener", "opført", "planlagt", "afholdt", "fundet",
          "vises", "tilføjet", "genindlæst", "beholdt", "lokalt", "politisk", "til", "også", "intet", "alle", "hvad",
          "denne", "dette", "kan", "være", "uden", "mellem", "første", "fører", "følger", "huller", "forfaldne",
          "udviklingspunkt", "udviklingspunkter", "begivenheder", "ovenfor", "viser", "direktionens", "områdemål"}
ANSI = __import__("re").compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")
WORD = __import__("re").compile(r"[\wæøåÆØÅ-]+")


def foreign_words(output, markers):
    """The marker words in what the REPL said, leaving out what it quotes from the plan: `code`,
    "titles", IDs, source lines, guideline quotes, and a kind written before an ID (`mål BSU1`)."""
    import re
    found = []
    for line in ANSI.sub("", output).split("\n"):
        if re.match(r"^\s*\d+ \|", line) or "= note:" in line or "= retningslinje:" in line or line.startswith("kaskade>"):
            continue
        if line.startswith("De engelske navne") or line.startswith("Danish names work too") or "med LYS om CSD1" in line:
            continue  # the other language's names, and example statements in the help
        if re.match(r"^\S+\s+[A-ZÆØÅ][A-ZÆØÅ0-9-]*\s{2,}\S", line):
            continue  # a row of `find`: kind, ID and the plan's title
        line = re.sub(r"`[^`]*`|\"[^\"]*\"|“[^”]*”|\S+\.kaskade\S*", " ", line)
        words = WORD.findall(line)
        for position, word in enumerate(words):
            following = words[position + 1] if position + 1 < len(words) else ""
            if re.match(r"^[A-ZÆØÅ][A-ZÆØÅ0-9-]*\d*$", following) and any(c.isupper() for c in following):
                continue  # `virksomhed LYS`, `mål BSU1`: the plan's own words
            if word.lower() in markers and not any(c.isupper() for c in word[1:]):
                found.append(word)
    return found


SESSION = {
    "da": ["hjælp", "træ", "vis LYS", "spor BSU1", "hvorfor M1044", "dækning", "huller", "forfaldne 2027-06-01",
           "kalender 2027-03", "find skole", "opfølgning 2027-09-10 med LYS om CSD1", "i CSD: drøftelse 2027-01-20 med lederne om CSD1",
           ":reload", "daekning LYS", "hjaelp spor", "dækning M1044", "spor M1044", "i M1044: evaluering 2027-10-01 om LYS1",
           "vis LYX", "xyz"],
    "en": ["help", "tree", "show LYS", "trace BSU1", "why M1044", "coverage", "gaps", "overdue 2027-06-01",
           "calendar 2027-03", "find skole", "opfølgning 2027-09-10 med LYS om CSD1", "in CSD: drøftelse 2027-01-20 med lederne om CSD1",
           ":reload", "coverage LYS", "help trace", "coverage M1044", "trace M1044", "in M1044: evaluering 2027-10-01 om LYS1",
           "show LYX", "xyz"],
}


def one_language_session(code, locale, markers, must):
    plan = os.path.join(scratch(), "plan")
    shutil.copytree(os.path.join(ROOT, "examples/broken"), plan)
    child = spawn(plan, locale=locale)
    said = []
    for line in SESSION[code]:
        child.sendline(line)
        child.expect_exact(PROMPT)
        said.append(child.before.split("\n", 1)[-1])  # without the echo of the line typed
    quit_(child)
    text = "\n".join(said)
    for word in must:
        assert word in text, f"{word!r} missing from the {code} session:\n{text}"
    foreign = foreign_words(text, markers)
    assert not foreign, f"the {code} session said {sorted(set(foreign))}:\n{text}"


@test
def a_danish_session_speaks_danish_only():
    one_language_session("da", "da_DK.UTF-8", ENGLISH,
                         ["hvilke kommandoer der findes", "tjener BY1", "til politisk mål", "stadig planlagt før",
                          "tilføjet i denne session", "genindlæst:", "hvad nu hvis-sætninger beholdt", "fundet"])


@test
def an_english_session_speaks_english_only():
    one_language_session("en", "C.UTF-8", DANISH,
                         ["what the commands are", "serves BY1", "aligned to politics", "still planned before",
                          "added for this session", "reloaded:", "what-if statements kept", "found"])


@test
def query_answers_in_the_chosen_language():
    def query(*words, env=None):
        environment = {name: value for name, value in os.environ.items()
                       if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "KASKADE_LANG")}
        environment.update({"LANG": "C.UTF-8", **(env or {})})
        return subprocess.run([BINARY, "query", *words], capture_output=True, text=True, cwd=ROOT, timeout=60, env=environment)
    danish = query("--sprog", "da", "examples/broken", "--", "dækning", "CSD")
    assert danish.returncode == 0, danish.stderr
    assert danish.stdout.split("\n")[0].split() == "enhed titel medarbejdere opført samtale udvikling til politisk mål".split(), danish.stdout
    assert "2 (67 %)" in danish.stdout and not foreign_words(danish.stdout, ENGLISH), danish.stdout
    english = query("examples/broken", "--", "coverage", "CSD")
    assert english.stdout.startswith("unit") and "2 (67%)" in english.stdout and not foreign_words(english.stdout, DANISH)
    spor = query("examples/broken", "--", "spor", "BSU1", env={"KASKADE_LANG": "da"})
    assert "5 mål, 2 uddannelser" in spor.stdout and not foreign_words(spor.stdout, ENGLISH), spor.stdout
    wrong = query("examples/broken", "--", "vis", "LYX", env={"LANG": "da_DK.UTF-8"})
    assert wrong.returncode == 1 and "fejl: ingen sætning hedder `LYX`; mente du `LYS`?" in wrong.stderr, wrong.stderr
    piped = subprocess.run([BINARY, "repl", "--sprog", "da", "examples/broken"], input="forfaldne 2027-02-01\nxyz\n",
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "stadig planlagt før 2027-02-01:" in piped.stdout and "fejl: ukendt kommando `xyz`" in piped.stderr, piped
    # The JSON keeps its keys and the plan's keywords whatever the language.
    as_json = [json.loads(query("--sprog", code, "examples/broken", "--", "overdue", "2027-02-01", "--format", "json").stdout)
               for code in ("da", "en")]
    assert [row["kind"] for row in as_json[0]["rows"]] == [row["kind"] for row in as_json[1]["rows"]], as_json


@test
def the_marker_check_sees_the_other_language():
    assert foreign_words("medarbejder M1044 i LYS har ingen samtale", ENGLISH) == []
    assert foreign_words("the follow-up is planned", DANISH) == []
    assert foreign_words("opfølgningen er stadig planlagt", ENGLISH) == []
    assert foreign_words("the follow-up er stadig planlagt", DANISH) == ["er", "stadig", "planlagt"][1:]
    assert foreign_words("no goal of its own", ENGLISH) == ["no", "goal", "of", "its"]
    assert foreign_words('mål BSU1 "Alle børn og unge" `mål`', DANISH) == []


@test
def a_slow_load_says_so_on_the_terminal_and_erases_the_line():
    plan = os.path.join(scratch(), "plan.kaskade")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/gen-plan"), "--employees", "30000", "--out", plan],
                   check=True, capture_output=True, timeout=120)
    env = dict(os.environ, TERM="xterm", LANG="da_DK.UTF-8", LC_ALL="da_DK.UTF-8", NO_COLOR="1",
               KASKADE_HISTORY=os.path.join(scratch(), "history"))
    child = pexpect.spawn(BINARY, ["repl", plan], cwd=ROOT, env=env, encoding="utf-8", timeout=120, dimensions=(40, 160))
    child.expect_exact("kaskade: læser og tjekker " + plan + " …")
    child.expect_exact("\r\x1b[K")
    child.expect_exact(PROMPT)
    quit_(child)
    piped = subprocess.run([BINARY, "repl", plan], input="", capture_output=True, text=True, cwd=ROOT, timeout=120,
                           env=dict(os.environ, LANG="da_DK.UTF-8"))
    assert "læser og tjekker" not in piped.stderr, "the notice is for a terminal only"


def main():
    passed = failed = 0
    for function in TESTS:
        try:
            function()
            passed += 1
            print(f"ok    {function.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL  {function.__name__}")
            traceback.print_exc()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
