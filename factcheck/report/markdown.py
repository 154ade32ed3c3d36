"""The report for people: counts, findings by severity, office timelines, name spellings."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tabulate import tabulate

from factcheck.models import Finding, Location, Person, Result, Severity
from factcheck.report.claims_table import ClaimRecord, claim_records
from factcheck.report.jsonreport import severity_counts

FINDING_QUOTE_CHARS = 300
TIMELINE_QUOTE_CHARS = 120
MAX_PEOPLE_LOCATIONS = 5

SEVERITY_HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
TIMELINE_HEADERS = ["as_of", "person", "status", "where", "quote"]

_WHITESPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    """All runs of whitespace (newlines included) as one space, stripped at both ends."""
    return _WHITESPACE.sub(" ", text).strip()


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending with "…" when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def table_cell(text: str) -> str:
    """A cell for a GitHub table: one line, ``|`` escaped (tabulate does not escape it)."""
    return collapse(text).replace("|", "\\|")


def code_span(text: str) -> str:
    """``text`` as inline code, with a longer fence when it holds backticks."""
    if "`" not in text:
        return f"`{text}`"
    return f"`` {text} ``"


def _table(rows: list[list[str]], headers: list[str]) -> str:
    return str(tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True))


def _summary(result: Result) -> list[str]:
    counts = severity_counts(result.findings)
    dated = sum(1 for doc in result.documents if doc.published is not None)
    headers = ["documents", "dated documents", "claims", "errors", "warnings", "info"]
    row = [
        len(result.documents),
        dated,
        len(result.claims),
        counts["error"],
        counts["warning"],
        counts["info"],
    ]
    lines = [_table([[str(n) for n in row]], headers)]
    if result.reference is not None:
        ref = result.reference
        tally = (
            f"Reference: {ref.agree} claims agree, {ref.disagree} disagree, "
            f"{ref.outside} outside the reference"
        )
        lines += ["", tally]
    if result.hidden:
        lines += ["", hidden_sentence(result.hidden) + "."]
    return lines


# what hid findings, as the sentence names it
HIDDEN_BY = {"baseline": "the baseline", "suppressions": "suppressions"}


def hidden_sentence(hidden: dict[str, int]) -> str:
    """ "3 findings hidden by suppressions, 1 by the baseline" ("" when nothing was in play)."""
    parts = []
    for number, (reason, count) in enumerate(hidden.items()):
        noun = ("finding" if count == 1 else "findings") + " hidden " if number == 0 else ""
        parts.append(f"{count} {noun}by {HIDDEN_BY.get(reason, reason)}")
    return ", ".join(parts)


def _finding_lines(finding: Finding) -> list[str]:
    head = collapse(f"{finding.code} {finding.name}")
    lines = [f"- **{head}**: {collapse(finding.message)}"]
    for location in finding.locations:
        lines.append(f"  - {code_span(location.display())}")
        quote = truncate(collapse(location.text), FINDING_QUOTE_CHARS)
        if quote:
            lines.append(f"    > {quote}")
    return lines


def _findings(findings: list[Finding]) -> list[str]:
    lines = ["## Findings"]
    if not findings:
        return [*lines, "", "No findings."]
    for severity in sorted(Severity, reverse=True):
        group = [f for f in findings if Severity(f.severity) is severity]
        if not group:
            continue
        lines += ["", f"### {SEVERITY_HEADINGS[severity]} ({len(group)})", ""]
        for finding in group:
            lines += _finding_lines(finding)
    return lines


def _where(record: ClaimRecord) -> str:
    line = record["line"]
    rec = record["record"]
    location = Location(
        str(record["path"] or ""),
        line if isinstance(line, int) else 0,
        0,
        record=str(rec) if rec is not None else None,
    )
    return location.display()


def _timeline_order(record: ClaimRecord) -> tuple[bool, str, str, str, int, int, str]:
    line, column = record["line"], record["column"]
    return (
        record["as_of"] is None,
        str(record["as_of"] or ""),
        str(record["path"] or ""),
        str(record["record"] or ""),
        line if isinstance(line, int) else 0,
        column if isinstance(column, int) else 0,
        str(record["person"] or ""),
    )


def _timelines(records: Iterable[ClaimRecord]) -> list[str]:
    lines = ["## Office timelines"]
    groups: dict[tuple[str, str], list[ClaimRecord]] = {}
    for record in records:
        organization = collapse(str(record["organization"] or ""))
        if not organization or record["zone"] != "article":
            continue  # furniture (feeds, teasers) is not the article: not in the tables
        office = collapse(str(record["office"] or ""))
        groups.setdefault((organization, office), []).append(record)
    if not groups:
        return [*lines, "", "No office timelines."]
    for organization, office in sorted(groups):
        rows = [
            [
                table_cell(str(rec["as_of"] or "undated")),
                table_cell(str(rec["person"] or "")),
                table_cell(str(rec["status"] or "")),
                table_cell(_where(rec)),
                table_cell(truncate(collapse(str(rec["quote"] or "")), TIMELINE_QUOTE_CHARS)),
            ]
            for rec in sorted(groups[(organization, office)], key=_timeline_order)
        ]
        lines += ["", f"### {office} ({organization})", "", _table(rows, TIMELINE_HEADERS)]
    return lines


def _variant(spelling: str, locations: tuple[Location, ...]) -> str:
    shown = ", ".join(loc.display() for loc in locations[:MAX_PEOPLE_LOCATIONS])
    if len(locations) > MAX_PEOPLE_LOCATIONS:
        shown += ", …"
    return f"{collapse(spelling)} ({len(locations)}×: {shown})"


def _people(people: list[Person]) -> list[str]:
    lines = ["## People with several spellings"]
    several = [p for p in people if len(p.variants) > 1]
    if not several:
        return [*lines, "", "No person is spelled in more than one way."]
    lines.append("")
    for person in several:
        variants = ", ".join(_variant(spelling, locs) for spelling, locs in person.variants)
        lines.append(f"- **{collapse(person.canonical)}**: {variants}")
    return lines


def render_markdown(result: Result) -> str:
    """The report as GitHub-flavoured Markdown, ending with a single newline."""
    lines = ["# factcheck report", ""]
    lines += _summary(result)
    lines += ["", *_findings(result.findings)]
    lines += ["", *_timelines(claim_records(result.claims))]
    lines += ["", *_people(result.people)]
    return "\n".join(lines).rstrip() + "\n"
