#!/usr/bin/env python3
"""Validates Kaskade's CI outputs with their owners' schemas and reads them with real consumers.

    validate_ci.py sarif FILE   the OASIS SARIF 2.1.0 schema (Draft 4, with format checking)
    validate_ci.py junit FILE   Jenkins' junit-10.xsd, then junitparser

Prints a JSON summary on standard output (for the calling test to compare with the run) and
exits 1 when the file is invalid, 3 when a validator is not installed: a missing validator is
a failure, never a skip (scripts/setup --test installs them).
"""
import json
import os
import sys

VALIDATORS = os.environ.get("KASKADE_VALIDATORS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas"))


def need(module):
    try:
        return __import__(module)
    except ImportError:
        print(f"validate_ci: python3 cannot import {module}; run scripts/setup --test", file=sys.stderr)
        sys.exit(3)


def sarif(path):
    jsonschema = need("jsonschema")
    with open(os.path.join(VALIDATORS, "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    if "uri-reference" not in checker.checkers:
        # jsonschema checks `uri` formats only with rfc3987 installed; without it a bad URI passes.
        need("rfc3987")
    validator = jsonschema.Draft4Validator(schema, format_checker=checker)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))]
    run = log["runs"][0]
    locations = [loc for result in run["results"]
                 for loc in result["locations"] + result.get("relatedLocations", [])]
    uris = sorted({loc["physicalLocation"]["artifactLocation"]["uri"] for loc in locations})
    # A bare absolute path is a valid URI reference to the schema, but it is no file: GitHub
    # code scanning resolves it against the repository and finds nothing.
    errors += [f"artifactLocation.uri {uri}: an absolute path must be a file:// URI"
               for uri in uris if uri.startswith("/")]
    for error in errors[:20]:
        print(f"{path}: {error}", file=sys.stderr)
    print(json.dumps({"results": len(run["results"]), "uris": uris,
                      "informationUri": run["tool"]["driver"].get("informationUri")}))
    return 1 if errors else 0


def junit(path):
    xmlschema = need("xmlschema")
    junitparser = need("junitparser")
    schema = xmlschema.XMLSchema(os.path.join(VALIDATORS, "jenkins-junit-10.xsd"))
    errors = list(schema.iter_errors(path))
    for error in errors[:20]:
        print(f"{path}: {error.reason} at {error.path}", file=sys.stderr)
    xml = junitparser.JUnitXml.fromfile(path)
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    failed = []
    for suite in suites:
        for case in suite:
            if any(isinstance(r, junitparser.Failure) for r in case.result):
                failed.append(f"{case.classname} {case.name}")
    declared = sum(int(suite.failures) for suite in suites)
    print(json.dumps({"suites": len(suites), "tests": sum(int(s.tests) for s in suites),
                      "failures": declared, "failedCases": failed}))
    if declared != len(failed):
        print(f"{path}: the suites declare {declared} failures but {len(failed)} cases fail", file=sys.stderr)
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("sarif", "junit"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit({"sarif": sarif, "junit": junit}[sys.argv[1]](sys.argv[2]))
