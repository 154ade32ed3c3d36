"""Reporters: plug-ins that turn one ``Result`` into text.

A reporter is a function ``Result -> str``; ``REPORTERS`` names them (written out by hand, so
that the set of formats is plain to see). A claims writer turns the claims table alone into
text; ``CLAIMS_WRITERS`` names them. Every output is deterministic: the same ``Result`` gives
byte-identical text with ``\\n`` line endings and one final newline.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from factcheck.models import Result
from factcheck.report.claims_table import claims_csv, claims_json
from factcheck.report.findings_csv import render_findings_csv
from factcheck.report.github import render_github
from factcheck.report.gitlab import render_gitlab
from factcheck.report.jsonreport import render_json
from factcheck.report.junit import render_junit
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import render_sarif

Reporter = Callable[[Result], str]
ClaimsWriter = Callable[[pd.DataFrame], str]

REPORTERS: dict[str, Reporter] = {
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_findings_csv,
    "github": render_github,
    "sarif": render_sarif,
    "gitlab": render_gitlab,
    "junit": render_junit,
}

CLAIMS_WRITERS: dict[str, ClaimsWriter] = {
    "csv": claims_csv,
    "json": claims_json,
}


def _lookup(table: Mapping[str, Callable[..., str]], fmt: str, what: str) -> Callable[..., str]:
    try:
        return table[fmt]
    except KeyError:
        known = ", ".join(sorted(table))
        raise ValueError(f"unknown {what} format {fmt!r} (known: {known})") from None


def render(result: Result, fmt: str) -> str:
    """``result`` rendered by the reporter named ``fmt``; ValueError for an unknown name."""
    reporter: Reporter = _lookup(REPORTERS, fmt, "report")
    return reporter(result)


def render_claims(claims: pd.DataFrame, fmt: str) -> str:
    """The claims table written by the writer named ``fmt``; ValueError for an unknown name."""
    writer: ClaimsWriter = _lookup(CLAIMS_WRITERS, fmt, "claims")
    return writer(claims)


__all__ = [
    "CLAIMS_WRITERS",
    "REPORTERS",
    "ClaimsWriter",
    "Reporter",
    "claims_csv",
    "claims_json",
    "render",
    "render_claims",
    "render_findings_csv",
    "render_github",
    "render_gitlab",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_sarif",
]
