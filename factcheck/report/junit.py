"""JUnit XML, which most CI systems show as test results: one test suite per check, one test
case per finding; errors and warnings fail, info findings pass with their text as output.
No timestamps or durations, so that the same input gives the same bytes."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from itertools import groupby

from factcheck.models import Result, Severity
from factcheck.report.rules import full_message, where


def render_junit(result: Result) -> str:
    findings = sorted(result.findings, key=lambda f: f.code)  # stable: keeps report order
    failing = [f for f in findings if f.severity >= Severity.WARNING]
    root = ElementTree.Element(
        "testsuites", name="factcheck", tests=str(len(findings) or 1), failures=str(len(failing))
    )
    if not findings:
        suite = ElementTree.SubElement(root, "testsuite", name="factcheck", tests="1", failures="0")
        ElementTree.SubElement(suite, "testcase", classname="factcheck", name="no findings")
    for code, group in groupby(findings, key=lambda f: f.code):
        members = list(group)
        suite = ElementTree.SubElement(
            root,
            "testsuite",
            name=f"{code} {members[0].name}",
            tests=str(len(members)),
            failures=str(sum(f.severity >= Severity.WARNING for f in members)),
        )
        for finding in members:
            place = where(finding.locations[0]) if finding.locations else "(no location)"
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"factcheck.{code}", name=place
            )
            text = full_message(finding)
            if finding.severity >= Severity.WARNING:
                failure = ElementTree.SubElement(
                    case, "failure", type=Severity(finding.severity).label, message=text
                )
                failure.text = "\n".join(
                    [text, *(f"{where(at)}: {at.text}" for at in finding.locations)]
                )
            else:
                ElementTree.SubElement(case, "system-out").text = text
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
