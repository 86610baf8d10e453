#!/usr/bin/env python3
"""The leaders' report as a person sees it: headless Chromium loads `kaskade rapport` pages and
the tests read the DOM after the page has run, watch what it fetches, take a screenshot at
desktop width and print it to PDF.

Usage: python3 Tests/report/test_report.py PATH/TO/kaskade [OUT_DIR]
Prints one line per test and a closing `N passed, N failed`; exits 1 if any failed.
`swift test` runs it through Tests/KaskadeReportTests/BrowserTests.swift.
Screenshots and PDFs go to OUT_DIR (default .build/report-screens) to be looked at.
Without Chromium it says so and exits 0 — except when CI is set: then it fails.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, find_chromium  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/kaskade")
OUT = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, ".build/report-screens")
AS_OF = "2027-05-01"
SCRATCH = tempfile.mkdtemp(prefix="kaskade-report-tests-")
TESTS = []


def test(function):
    TESTS.append(function)
    return function


def kaskade(*arguments, check=True):
    run = subprocess.run([BINARY, *arguments], cwd=ROOT, capture_output=True, text=True,
                         env=dict(os.environ, NO_COLOR="1"))
    if check and run.returncode not in (0, 1):
        raise AssertionError(f"kaskade {' '.join(arguments)} exited {run.returncode}: {run.stderr}")
    return run


def report(plan, name, *extra):
    path = os.path.join(SCRATCH, name + ".html")
    kaskade("rapport", plan, "--as-of", AS_OF, "-o", path, *extra)
    return path


def generated_plan(employees, *inject):
    path = os.path.join(SCRATCH, f"gen-{employees}.kaskade")
    if not os.path.exists(path):
        arguments = [os.path.join(ROOT, "scripts/gen-plan"), "--employees", str(employees), "--out", path]
        for item in inject:
            arguments += ["--inject", item]
        subprocess.run(arguments, check=True, cwd=ROOT)
    return path


def dated_events(plan):
    """What the wheel must mark, one mark (or arc) each, or count: every dated entry of the
    calendar but the employees' conversations (a bar per week)."""
    calendar = json.loads(kaskade("calendar", plan, "--format", "json").stdout)
    return [event for event in calendar["events"] if event["kind"] != "conversation"]


# What the page says about itself, read after it has loaded (scripts off, as a locked-down
# mail client would open it: the page must not need them).
DOM = """(() => {
  const all = s => Array.from(document.querySelectorAll(s));
  const banner = document.querySelector('#status');
  return {
    banner: {errors: +banner.dataset.errors, warnings: +banner.dataset.warnings, infos: +banner.dataset.infos,
             text: banner.innerText},
    sections: all('body > section').map(s => s.id),
    months: all('svg.wheel path.month').length,
    marks: all('svg.wheel g.mark, svg.wheel path.period').reduce((n, g) => n + +g.getAttribute('data-count'), 0)
         + all('li.outside-event').reduce((n, li) => n + +li.dataset.count, 0),
    findings: all('li.finding').map(li => ({rule: li.dataset.rule, text: li.innerText})),
    summarised: all('li.summarised').reduce((n, li) => n + +li.dataset.count, 0),
    scripts: all('script').map(s => s.type),
    external: all('[src],[href],link,iframe,object,embed,img').map(e => e.getAttribute('src') || e.getAttribute('href') || e.tagName)
                .filter(u => !String(u).startsWith('#')),
    resources: performance.getEntriesByType('resource').length,
    data: JSON.parse(document.getElementById('kaskade-data').textContent),
    title: document.title,
    h1: document.querySelector('h1').textContent,
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  };
})()"""


def load(browser, path, scripts=False):
    requests = browser.load("file://" + path, scripts=scripts)
    # The page itself is the only request: nothing fetched, from anywhere.
    assert [url for url in requests if not url.startswith("file://" + path)] == [], requests
    dom = browser.evaluate(DOM)
    assert dom["external"] == [] and dom["resources"] == 0, (dom["external"], dom["resources"])
    assert dom["scripts"] == ["application/json"], dom["scripts"]
    return dom


def check_against_checker(dom, plan):
    summary = json.loads(kaskade("check", plan, "--as-of", AS_OF, "--format", "json").stdout)
    expected = summary["summary"]
    banner = dom["banner"]
    assert (banner["errors"], banner["warnings"], banner["infos"]) == (expected["errors"], expected["warnings"], expected["infos"]), (banner, expected)
    assert f"{expected['errors']} error" in banner["text"], banner["text"]
    assert dom["sections"] == ["status", "wheel", "cascade", "coverage", "overdue", "findings", "rules"], dom["sections"]
    assert dom["months"] == 12, dom["months"]
    # Every finding is on the page: listed, or counted where a rule repeats in one unit.
    assert len(dom["findings"]) + dom["summarised"] == len(summary["findings"]), (len(dom["findings"]), dom["summarised"], len(summary["findings"]))
    return summary


def look(browser, name):
    """A screenshot at 1400 px and an A4 PDF, for a person to look at."""
    os.makedirs(OUT, exist_ok=True)
    height = browser.screenshot(os.path.join(OUT, name + ".png"))
    browser.pdf(os.path.join(OUT, name + ".pdf"))
    assert os.path.getsize(os.path.join(OUT, name + ".pdf")) > 10_000
    return height


@test
def broken_plan_shows_every_finding(browser):
    plan = "examples/broken"
    dom = load(browser, report(plan, "broken"))
    summary = check_against_checker(dom, plan)
    # Each finding by its rule and message, in the page's text.
    listed = [(f["rule"], f["text"]) for f in dom["findings"]]
    for finding in summary["findings"]:
        assert any(rule == finding["rule"] and finding["message"] in text for rule, text in listed), finding
    assert dom["marks"] == len(dated_events(plan)), (dom["marks"], len(dated_events(plan)))
    assert dom["data"]["summary"]["errors"] == summary["summary"]["errors"]
    assert dom["width"] <= 1400, dom["width"]
    look(browser, "broken")


@test
def allerod_example_reads_on_one_screen_width(browser):
    plan = "examples/allerod-2027"
    dom = load(browser, report(plan, "allerod"))
    check_against_checker(dom, plan)
    assert dom["marks"] == len(dated_events(plan)), (dom["marks"], len(dated_events(plan)))
    assert dom["h1"].startswith("Allerød Kommune"), dom["h1"]
    assert dom["width"] <= 1400, dom["width"]
    height = look(browser, "allerod")
    print(f"    allerod: page {height} px high at 1400 px")


@test
def generated_plan_of_10000_employees(browser):
    plan = generated_plan(10_000, "K305=3", "K501=40", "K402=2")
    path = report(plan, "gen-10000")
    dom = load(browser, path)
    check_against_checker(dom, plan)
    assert dom["marks"] == len(dated_events(plan)), (dom["marks"], len(dated_events(plan)))
    assert len(dom["data"]["employees"]) <= 2000 and dom["data"]["summarised"]["employees"]["total"] == 10_000, dom["data"]["summarised"]
    assert os.path.getsize(path) < 5_000_000
    look(browser, "gen-10000")


@test
def plan_text_never_becomes_markup_or_script(browser):
    folder = os.path.join(SCRATCH, "hostile")
    os.makedirs(folder, exist_ok=True)
    hostile = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    with open(os.path.join(ROOT, "examples/broken/00-kommune.kaskade"), encoding="utf-8") as file:
        text = file.read().replace('plan "Eksempel Kommune"', 'plan "Eksempel ' + hostile.replace('"', "'") + '"', 1)
        text = text.replace('"Grøn omstilling"', '"<b>Grøn</b> & omstilling -->"')
    with open(os.path.join(folder, "00-kommune.kaskade"), "w", encoding="utf-8") as file:
        file.write(text)
    with open(os.path.join(ROOT, "examples/broken/10-skole.kaskade"), encoding="utf-8") as file:
        skole = file.read()
    with open(os.path.join(folder, "10-skole.kaskade"), "w", encoding="utf-8") as file:
        file.write(skole)
    path = report(folder, "hostile")
    dom = load(browser, path, scripts=True)
    assert browser.evaluate("window.__pwned === undefined"), "plan text ran as script"
    assert "</script>" in dom["h1"] and "<img" in dom["h1"], dom["h1"]
    assert "</script>" in dom["data"]["plan"]["title"], dom["data"]["plan"]["title"]
    assert browser.evaluate("document.querySelectorAll('b, img').length") == 0


@test
def unit_filter_keeps_its_findings(browser):
    dom = load(browser, report("examples/broken", "broken-lys", "--unit", "LYS"))
    assert dom["findings"] and all(f["rule"] for f in dom["findings"])
    assert dom["data"]["report"]["unit"] == "LYS"
    whole = json.loads(kaskade("check", "examples/broken", "--as-of", AS_OF, "--format", "json").stdout)
    assert len(dom["findings"]) < len(whole["findings"])


def main():
    chromium = find_chromium()
    if not chromium:
        message = "chromium is not installed (scripts/setup --test installs it): the report is not looked at"
        if os.environ.get("CI"):
            print("FAIL: " + message)
            sys.exit(1)
        print("SKIP: " + message)
        print("0 passed, 0 failed (skipped)")
        return
    passed = failed = 0
    browser = Browser(chromium)
    try:
        for function in TESTS:
            try:
                function(browser)
                passed += 1
                print(f"ok   {function.__name__}")
            except Exception:
                failed += 1
                print(f"FAIL {function.__name__}")
                traceback.print_exc(file=sys.stdout)
    finally:
        browser.close()
        shutil.rmtree(SCRATCH, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    print(f"screenshots and PDFs in {OUT}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
