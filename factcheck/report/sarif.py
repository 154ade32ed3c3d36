"""SARIF 2.1.0, the static-analysis format code hosts read (GitHub code scanning, Azure
DevOps, IDE viewers): one rule per check with its docstring as help, one result per finding at
its first location, the other sides as related locations, and a partial fingerprint that
survives edits above the line (``factcheck.fingerprint``)."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.fingerprint import fingerprints
from factcheck.models import Location, Result, Severity
from factcheck.report.rules import Rule, file_line, rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "factcheckEvidence/v1"


def _uri(path: str) -> str:
    """A relative URI reference for a path as the user gave it (slashes, spaces escaped)."""
    return quote(PurePath(path).as_posix(), safe="/")


def _location(location: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(location.path)}}
    line = file_line(location)
    if line is not None:
        region: dict[str, Any] = {"startLine": line, "startColumn": location.column}
        if location.text:
            region["snippet"] = {"text": location.text}
        physical["region"] = region
    found: dict[str, Any] = {"physicalLocation": physical}
    if location.record:
        # a JSON Lines record: its lines count from the record's text, not the file's
        found["logicalLocations"] = [{"name": location.record, "kind": "object"}]
        found["message"] = {"text": f"record {location.record}, line {location.line}"}
    return found


def sarif_log(result: Result) -> dict[str, Any]:
    """The SARIF log as Python objects."""
    known = list(rules())
    registered = {rule.code for rule in known}
    # a finding of a check outside the registry (a plug-in's) still gets a rule to point at
    for finding in result.findings:
        if finding.code not in registered:
            registered.add(finding.code)
            text = f"{finding.name}."
            known.append(Rule(finding.code, finding.name, finding.severity, text, text))
    index = {rule.code: number for number, rule in enumerate(known)}
    results = []
    for finding, key in zip(result.findings, fingerprints(result.findings), strict=True):
        entry: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": LEVELS[Severity(finding.severity)],
            "message": {"text": finding.message},
            "locations": [_location(finding.locations[0])] if finding.locations else [],
            "partialFingerprints": {FINGERPRINT_KEY: key},
        }
        related = []
        for number, location in enumerate(finding.locations[1:], 1):
            other = _location(location)
            other["id"] = number
            other.setdefault("message", {"text": "also stated here"})
            related.append(other)
        if related:
            entry["relatedLocations"] = related
        results.append(entry)
    driver = {
        "name": "factcheck",
        "version": __version__,
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": " ".join(rule.help.split("\n\n")[0].split())},
                "help": {"text": rule.help},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
            }
            for rule in known
        ],
    }
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        ],
    }


def render_sarif(result: Result) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"
