"""What every CI format says about a check: its code, name, level and help, read from the
check classes themselves (their docstrings are the help), so no format keeps its own copy."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import cache

from factcheck.check import CHECKS
from factcheck.check.notices import NOTICES
from factcheck.models import Finding, Location, Severity


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str  # the docstring's first sentence
    help: str  # the whole docstring


@cache
def rules() -> tuple[Rule, ...]:
    """Every check and notice, by code."""
    found = []
    for check in (*CHECKS, *NOTICES):
        doc = inspect.cleandoc(type(check).__doc__ or check.name)
        first_paragraph = " ".join(doc.split("\n\n")[0].split())
        summary = first_paragraph.split(". ")[0].rstrip(".") + "."
        found.append(Rule(check.code, check.name, check.severity, summary, doc))
    return tuple(sorted(found, key=lambda rule: rule.code))


def where(location: Location) -> str:
    """``path:line``, or ``path#record:line`` for a JSON Lines record."""
    return location.display()


def full_message(finding: Finding) -> str:
    """The finding's message with the other places it rests on, for formats that show one
    place per finding ("also: b.txt:4")."""
    others = [where(location) for location in finding.locations[1:]]
    return finding.message + (f" (also: {', '.join(others)})" if others else "")


def file_line(location: Location) -> int | None:
    """The line in the file an editor opens; None inside a JSON Lines record, whose lines
    count from the record's text (the record is named in the message instead)."""
    return None if location.record else location.line


def located_message(finding: Finding) -> str:
    """``full_message``, opening with the record and its line when the first location is
    inside a JSON Lines record (the formats can point only at the file)."""
    first = finding.locations[0] if finding.locations else None
    if first is not None and first.record:
        return f"record {first.record}, line {first.line}: {full_message(finding)}"
    return full_message(finding)
