#!/usr/bin/env python3
"""`kaskade export PLAN --format csv` as Excel and LibreOffice Calc read it (tool.md, "CSV for
Excel"): UTF-8 with a BOM, `;` between fields, CRLF line ends, headers in the chosen language,
one row per employee of the plan — the plan's `medarbejder` statements and the rows of the HR
rosters it reads with `indlæs` — and the same rows, with the Danish letters intact, after a
round trip through LibreOffice (CSV -> xlsx -> CSV).

    KASKADE=.build/debug/kaskade python3 -m pytest -q Tests/ci/test_csv_export.py
    python3 Tests/ci/test_csv_export.py          (without pytest: prints `N passed, N failed`)

KASKADE is the `kaskade` binary to test (default `.build/debug/kaskade`, relative to the
repository root). Nothing is skipped: without LibreOffice's `soffice` the round-trip test
fails and says what installs it.
"""
import csv
import io
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

# The employees table's header, in order (tool.md, "CSV for Excel"). Adjust here if the
# documented names change.
ENGLISH_COLUMNS = ["area", "unit", "unit title", "employee", "conversation", "status",
                   "development", "political goals", "source"]
DANISH_COLUMNS = ["område", "enhed", "enhedens navn", "medarbejder", "samtale", "status",
                  "udvikling", "politiske mål", "kilde"]
# Positions of the columns the tests read (the same in both languages).
UNIT, TITLE, EMPLOYEE, CONVERSATION, SOURCE = 1, 2, 3, 4, 8

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KASKADE = os.path.join(ROOT, os.environ.get("KASKADE", ".build/debug/kaskade"))
PLAN = "examples/allerod-2027"
# Units of the plan whose titles carry æ, ø and å, and that have employees: one whose
# employees are `medarbejder` statements, one whose employees come from the HR roster.
DANISH_TITLES = {"ÆBL": "Børnehuset Æblehaven", "LBG": "Plejecenter Lyngebækgård"}

BOM = b"\xef\xbb\xbf"
INSTALL_SOFFICE = ("LibreOffice's soffice is not installed; scripts/setup --test installs "
                   "libreoffice-calc (Debian: apt-get install libreoffice-calc-nogui)")


# ---- what the plan holds, read from its sources without kaskade

def plan_files(folder):
    found = []
    for directory, _, names in os.walk(os.path.join(ROOT, folder)):
        found += [os.path.join(directory, n) for n in names if n.endswith(".kaskade")]
    return sorted(found)


def fold(text):
    """Header text as `indlæs` compares it: trimmed, case- and accent-insensitive."""
    text = text.strip().casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def decode_roster(data):
    """A roster's text: UTF-8 with or without a BOM, otherwise Windows-1252 (language.md §7)."""
    if data.startswith(BOM):
        return data[len(BOM):].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def roster_ids(path, number_column):
    """The employee IDs of one roster: its `nummer` column's cells, empty rows skipped."""
    with open(path, "rb") as f:
        text = decode_roster(f.read())
    header_line = text.split("\n", 1)[0]
    separator = max(";,\t", key=header_line.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    header = [fold(h) for h in rows[0]]
    assert fold(number_column) in header, f"{path}: no column {number_column!r} in {rows[0]}"
    column = header.index(fold(number_column))
    return [row[column].strip() for row in rows[1:] if any(cell.strip() for cell in row)]


IMPORT = re.compile(r'^[ \t]*(?:indlæs|indlaes|import)[ \t]+"([^"]+)"([^{\n]*)(\{[^}]*\})?', re.M)
NUMBER = re.compile(r'(?:^|\s)(?:nummer|number)[ \t]+"([^"]+)"')
EMPLOYEE_STATEMENT = re.compile(r"^[ \t]*(?:medarbejder|employee)[ \t]+([^\s\"#;{}]+)")


def plan_employees(folder):
    """Every employee ID of the plan: `medarbejder` statements (outside comments and
    multi-line strings) and the rows of each `indlæs` roster. Returns (IDs, {roster: IDs})."""
    ids, rosters = [], {}
    for path in plan_files(folder):
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        in_string = False
        for line in text.split("\n"):
            if not in_string:
                m = EMPLOYEE_STATEMENT.match(line)
                if m:
                    ids.append(m.group(1))
            if line.count('"""') % 2:
                in_string = not in_string
        for m in IMPORT.finditer(text):
            number = NUMBER.search(m.group(2) + " " + (m.group(3) or ""))
            assert number, f"{path}: `indlæs \"{m.group(1)}\"` without `nummer`"
            roster = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
            rosters[roster] = roster_ids(roster, number.group(1))
            ids += rosters[roster]
    return ids, rosters


# ---- running kaskade and reading its CSV

def export_csv(*extra):
    assert os.path.isfile(KASKADE) and os.access(KASKADE, os.X_OK), \
        f"no kaskade binary at {KASKADE} (build it with `swift build`, or set KASKADE)"
    # English unless --sprog says otherwise: no language from the environment.
    env = {k: v for k, v in os.environ.items()
           if k not in ("KASKADE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", NO_COLOR="1")
    run = subprocess.run([KASKADE, "export", PLAN, "--format", "csv", *extra], cwd=ROOT,
                         capture_output=True, env=env, timeout=120)
    assert run.returncode == 0, \
        f"kaskade export {PLAN} --format csv {' '.join(extra)} exited {run.returncode}: " \
        + run.stderr.decode("utf-8", "replace")
    return run.stdout


def read_rows(data, encoding="utf-8-sig"):
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=";"))


def check_excel_bytes(data):
    assert data.startswith(BOM), f"the CSV does not start with the UTF-8 BOM: {data[:16]!r}"
    assert data.endswith(b"\r\n"), "the last line does not end with CRLF"
    bare = len(re.findall(rb"(?<!\r)\n", data))
    assert bare == 0, f"{bare} lines end with a bare LF instead of CRLF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a CR that does not end a line"


def check_rows(rows, columns):
    assert rows, "the CSV is empty"
    assert rows[0] == columns, f"header {rows[0]} is not {columns}"
    body = rows[1:]
    widths = {len(row) for row in body}
    assert widths <= {len(columns)}, f"rows with {sorted(widths)} fields, header has {len(columns)}"
    want, rosters = plan_employees(PLAN)
    assert rosters, f"{PLAN} reads no HR roster with `indlæs`: the export's roster rows go untested"
    got = [row[EMPLOYEE] for row in body]
    assert len(got) == len(want), \
        f"{len(got)} rows, but the plan has {len(want)} employees " \
        f"({len(want) - sum(map(len, rosters.values()))} `medarbejder` statements + " \
        + " + ".join(f"{len(v)} rows of {os.path.relpath(k, ROOT)}" for k, v in rosters.items()) + ")"
    assert sorted(got) == sorted(want), \
        f"employees differ: missing {sorted(set(want) - set(got))[:10]}, extra {sorted(set(got) - set(want))[:10]}"
    for roster, ids in rosters.items():
        name = os.path.basename(roster)
        from_roster = {row[EMPLOYEE] for row in body if name in row[SOURCE]}
        assert from_roster == set(ids), \
            f"{len(from_roster)} rows name {name} as their source, the roster has {len(ids)}"
    dates = [row[CONVERSATION] for row in body if row[CONVERSATION]]
    assert dates, "no row has a conversation date"
    bad = [d for d in dates if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)]
    assert not bad, f"dates not written YYYY-MM-DD: {bad[:5]}"
    check_titles(body)
    return body


def check_titles(body):
    for unit, title in DANISH_TITLES.items():
        titles = {row[TITLE] for row in body if row[UNIT] == unit}
        assert titles == {title}, f"unit {unit}: title {sorted(titles)} is not {title!r}"


# ---- the tests

def test_english_csv_for_excel():
    data = export_csv()
    check_excel_bytes(data)
    check_rows(read_rows(data), ENGLISH_COLUMNS)


def test_danish_header():
    data = export_csv("--sprog", "da")
    check_excel_bytes(data)
    check_rows(read_rows(data), DANISH_COLUMNS)


def test_libreoffice_round_trip(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, INSTALL_SOFFICE
    data = export_csv()
    rows = read_rows(data)
    source = tmp_path / "in"
    back = tmp_path / "back"
    source.mkdir()
    back.mkdir()
    (source / "employees.csv").write_bytes(data)
    # A profile of its own, so that a LibreOffice already running elsewhere is not reused.
    profile = "-env:UserInstallation=" + (tmp_path / "profile").as_uri()

    def convert(*arguments):
        run = subprocess.run([soffice, profile, "--headless", *arguments], capture_output=True,
                             timeout=300, cwd=tmp_path)
        assert run.returncode == 0, \
            f"soffice {' '.join(arguments)} exited {run.returncode}: {run.stderr.decode('utf-8', 'replace')}"

    # 59 = `;`, 34 = `"`, 76 = UTF-8, 1 = start at line 1.
    convert("--convert-to", "xlsx", "--infilter=CSV:59,34,76,1", "--outdir", str(source),
            str(source / "employees.csv"))
    assert (source / "employees.xlsx").is_file(), "LibreOffice wrote no employees.xlsx"
    convert("--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", str(back),
            str(source / "employees.xlsx"))
    assert (back / "employees.csv").is_file(), "LibreOffice wrote no CSV from the xlsx"
    again = read_rows((back / "employees.csv").read_bytes())
    assert len(again) == len(rows), f"{len(again)} rows after the round trip, {len(rows)} before"
    assert again[0] == ENGLISH_COLUMNS, f"header after the round trip: {again[0]}"
    check_titles(again[1:])
    assert [row[EMPLOYEE] for row in again] == [row[EMPLOYEE] for row in rows], \
        "the employees changed in the round trip"


if __name__ == "__main__":
    passed = failed = 0
    for name, function in list(globals().items()):
        if not (name.startswith("test_") and callable(function)):
            continue
        try:
            if function.__code__.co_argcount:
                with tempfile.TemporaryDirectory(prefix="kaskade-csv-") as scratch:
                    function(pathlib.Path(scratch))
            else:
                function()
            passed += 1
            print(f"ok   {name}")
        except Exception as error:  # noqa: BLE001 - report every failure and go on
            failed += 1
            print(f"FAIL {name}: {error}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
