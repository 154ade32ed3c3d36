"""Suppressions: ignore directives written into the articles themselves.

``<!-- factcheck: ignore[FC101] reason -->`` hides the findings of that code (or of codes
beginning with it: ``FC2``; several: ``ignore[FC201,FC202]``) that have a location on the
comment's own line or on the line after it. ``factcheck: {ignore: [FC201]}`` in a Markdown
file's front matter (or a ``"factcheck"`` object in a JSON Lines record) hides them anywhere
in that article. A finding spans several articles (a conflict between two), so any of its
locations counts: the author of either article can acknowledge it where they write.

The comment is part of no article: ``split_directives`` blanks it out with spaces before
extraction (lines and columns stay where they were), so it makes no claims and no names.
A directive that hides nothing becomes an ``unused-suppression`` finding on its line.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.check.notices import UnusedSuppression
from factcheck.models import Document, Finding, Location, Result, Suppression

# one line only: a comment spread over lines is left as text (the README says so)
DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.IGNORECASE)
IGNORE = re.compile(r"\s*ignore\s*\[(?P<codes>[^\]]*)\](?P<reason>.*)", re.IGNORECASE | re.DOTALL)
# a code or a prefix of one with at least one digit: a bare "FC" would hide every check
CODE = re.compile(r"FC\d{1,3}")
FRONT_MATTER_KEY = "factcheck"
HIDDEN_KEY = "suppressions"

_UNUSED = UnusedSuppression()


def split_directives(
    documents: Sequence[Document],
) -> tuple[list[Document], list[Suppression]]:
    """The documents with their directive comments blanked out, and the directives."""
    cleaned: list[Document] = []
    suppressions: list[Suppression] = []
    for document in documents:
        found = list(_comments(document))
        matter = _front_matter(document)
        suppressions.extend([*matter, *found])
        if found or DIRECTIVE.search(document.title):
            document = dataclasses.replace(
                document,
                text=DIRECTIVE.sub(lambda m: " " * len(m.group(0)), document.text),
                title=" ".join(DIRECTIVE.sub(" ", document.title).split()),
            )
        cleaned.append(document)
    return cleaned, suppressions


def _comments(document: Document) -> Iterable[Suppression]:
    text = document.text
    for match in DIRECTIVE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        codes, reason, problem = _read_ignore(match["body"])
        yield Suppression(
            document.path,
            document.record,
            text.count("\n", 0, match.start()) + 1 + document.line_offset,
            match.start() - line_start + 1,
            codes,
            reason,
            match.group(0),
            problem=problem,
        )


def _read_ignore(body: str) -> tuple[tuple[str, ...], str, str]:
    """(codes, reason, problem) of a comment's text after ``factcheck:``."""
    match = IGNORE.fullmatch(body)
    if match is None:
        return (), "", "expected ignore[CODE,...] and an optional reason"
    codes, problem = _codes(match["codes"].split(","))
    return codes, match["reason"].strip(), problem


def _codes(raw: Iterable[object]) -> tuple[tuple[str, ...], str]:
    """The codes, upper-cased and in the order written; none and a reason if one is bad."""
    codes = tuple(str(code).strip().upper() for code in raw)
    bad = [code for code in codes if not CODE.fullmatch(code)]
    if bad or not codes:
        shown = ", ".join(repr(code) for code in bad) or "none"
        return (), f"not a code or code prefix (FC101, FC2): {shown}"
    return codes, ""


def _front_matter(document: Document) -> list[Suppression]:
    """The front matter's (or record's) ``factcheck: {ignore: [...], reason: ...}``."""
    if FRONT_MATTER_KEY not in document.meta:
        return []
    value: Any = document.meta[FRONT_MATTER_KEY]
    text = f"{FRONT_MATTER_KEY}: {json.dumps(value, default=str, ensure_ascii=False)}"
    codes: tuple[str, ...] = ()
    reason, problem = "", ""
    if not isinstance(value, dict) or "ignore" not in value or set(value) - {"ignore", "reason"}:
        problem = "expected a mapping {ignore: [CODE, ...], reason: text}"
    else:
        listed = value["ignore"]
        codes, problem = _codes(listed if isinstance(listed, list) else [listed])
        reason = str(value.get("reason") or "")
    # front matter opens the file; a JSON Lines record's lines count from its text
    return [
        Suppression(
            document.path, document.record, 1, 1, codes, reason, text, True, problem=problem
        )
    ]


def apply_suppressions(result: Result) -> Result:
    """``result`` without the findings its articles' directives hide, with an
    ``unused-suppression`` finding for each directive (and code) that hid nothing, and the
    number hidden in ``result.hidden`` (when the articles have any directive at all)."""
    if not result.suppressions:
        return result
    by_document: dict[tuple[str, str], list[int]] = {}
    for index, suppression in enumerate(result.suppressions):
        by_document.setdefault((suppression.path, suppression.record or ""), []).append(index)
    used: set[tuple[int, str]] = set()
    kept: list[Finding] = []
    for finding in result.findings:
        hits = _hits(finding, result.suppressions, by_document)
        used.update(hits)
        if not hits:
            kept.append(finding)
    unused = [
        finding
        for index, suppression in enumerate(result.suppressions)
        for finding in _unused(
            suppression, [c for c in suppression.codes if (index, c) not in used]
        )
    ]
    hidden = {**result.hidden, HIDDEN_KEY: len(result.findings) - len(kept)}
    findings = sorted([*kept, *unused], key=lambda f: f.sort_key())
    return dataclasses.replace(result, findings=findings, hidden=hidden)


def _hits(
    finding: Finding,
    suppressions: Sequence[Suppression],
    by_document: dict[tuple[str, str], list[int]],
) -> set[tuple[int, str]]:
    """(suppression index, code) of every directive code that hides ``finding``."""
    hits: set[tuple[int, str]] = set()
    for location in finding.locations:
        for index in by_document.get((location.path, location.record or ""), ()):
            suppression = suppressions[index]
            if _covers(suppression, location):
                hits.update((index, c) for c in suppression.codes if finding.code.startswith(c))
    return hits


def _covers(suppression: Suppression, location: Location) -> bool:
    return suppression.whole_document or location.line in (suppression.line, suppression.line + 1)


def _unused(suppression: Suppression, codes: list[str]) -> list[Finding]:
    where = [suppression.location]
    if suppression.problem:
        return [_UNUSED.finding(f"suppression not understood: {suppression.problem}", where)]
    if not codes:
        return []
    scope = "in this article" if suppression.whole_document else "on this line or the next"
    listed = ", ".join(codes)
    return [_UNUSED.finding(f"suppression of {listed} hides no finding {scope}", where)]
