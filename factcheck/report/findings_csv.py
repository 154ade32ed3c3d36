"""The findings as CSV, one row per finding, for spreadsheets and scripts: the first location
in columns, the others listed in ``related``, and the fingerprint baselines use."""

from __future__ import annotations

import csv
import io

from factcheck.fingerprint import fingerprints
from factcheck.models import Result, Severity
from factcheck.report.rules import where

COLUMNS = (
    "code", "name", "severity", "path", "record", "line", "column", "message", "fingerprint",
    "related",
)  # fmt: skip


def render_findings_csv(result: Result) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding, key in zip(result.findings, fingerprints(result.findings), strict=True):
        first = finding.locations[0] if finding.locations else None
        writer.writerow(
            [
                finding.code,
                finding.name,
                Severity(finding.severity).label,
                first.path if first else "",
                (first.record or "") if first else "",
                first.line if first else "",
                first.column if first else "",
                finding.message,
                key,
                "; ".join(where(at) for at in finding.locations[1:]),
            ]
        )
    return out.getvalue()
