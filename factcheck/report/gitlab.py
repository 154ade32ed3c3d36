"""GitLab Code Quality: the JSON list a merge request widget reads. Every finding needs a
unique fingerprint; ``factcheck.fingerprint`` gives one that survives edits above the line."""

from __future__ import annotations

import json
from typing import Any

from factcheck.fingerprint import fingerprints
from factcheck.models import Result, Severity
from factcheck.report.rules import file_line, located_message

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


def code_quality(result: Result) -> list[dict[str, Any]]:
    issues = []
    for finding, key in zip(result.findings, fingerprints(result.findings), strict=True):
        first = finding.locations[0] if finding.locations else None
        message = located_message(finding)
        line = (file_line(first) if first is not None else None) or 1
        issues.append(
            {
                "description": f"{finding.code} {finding.name}: {message}",
                "check_name": finding.code,
                "fingerprint": key,
                "severity": SEVERITIES[Severity(finding.severity)],
                "location": {"path": first.path if first else "", "lines": {"begin": line}},
            }
        )
    return issues


def render_gitlab(result: Result) -> str:
    return json.dumps(code_quality(result), indent=2, ensure_ascii=False) + "\n"
