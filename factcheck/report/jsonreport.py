"""The whole ``Result`` as one JSON object, for other programs to read."""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import (
    Document,
    Finding,
    Location,
    Person,
    ReferenceTally,
    Result,
    Severity,
)
from factcheck.report.claims_table import claim_records, iso_date


def location_dict(location: Location) -> dict[str, Any]:
    return {
        "path": location.path,
        "record": location.record,
        "line": location.line,
        "column": location.column,
        "text": location.text,
    }


def document_dict(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "record": document.record,
        "published": iso_date(document.published),
        "published_from": document.published_from,
        "title": document.title,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": Severity(finding.severity).label,
        "message": finding.message,
        "locations": [location_dict(loc) for loc in finding.locations],
    }


def person_dict(person: Person) -> dict[str, Any]:
    return {
        "canonical": person.canonical,
        "variants": [
            {"spelling": spelling, "locations": [location_dict(loc) for loc in locations]}
            for spelling, locations in person.variants
        ],
    }


def reference_dict(reference: ReferenceTally | None) -> dict[str, int] | None:
    if reference is None:
        return None
    return {"agree": reference.agree, "disagree": reference.disagree, "outside": reference.outside}


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    """Findings per severity label, worst first: ``{"error": n, "warning": n, "info": n}``."""
    counts = {sev.label: 0 for sev in sorted(Severity, reverse=True)}
    for finding in findings:
        counts[Severity(finding.severity).label] += 1
    return counts


def result_dict(result: Result) -> dict[str, Any]:
    """The JSON document as Python objects; keys in the documented order."""
    claims = claim_records(result.claims)
    summary: dict[str, Any] = {
        "documents": len(result.documents),
        "claims": len(claims),
        "findings": severity_counts(result.findings),
    }
    if result.hidden:  # only when suppressions or a baseline were in play
        summary["hidden"] = dict(result.hidden)
    return {
        "documents": [document_dict(doc) for doc in result.documents],
        "claims": claims,
        "findings": [finding_dict(f) for f in result.findings],
        "people": [person_dict(p) for p in result.people],
        "reference": reference_dict(result.reference),
        "summary": summary,
    }


def render_json(result: Result) -> str:
    """The report as indented JSON (UTF-8 text, not ASCII-escaped), ending with a newline."""
    return json.dumps(result_dict(result), indent=2, ensure_ascii=False) + "\n"
