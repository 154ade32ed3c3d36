"""Reference timelines from a Wikidata SPARQL result of P39 (position held).

The query (README, "Reference timelines from Wikidata") returns one binding per statement
(and per alias): the holder, the position, P580 start and P582 end with their precision, the
organisation (P642 "of", or given on the command line) and English aliases. Dates of year
or month precision widen the term (a start of "2014" is 2014-01-01, an end of "2024" is
2025-01-01), so that an imprecise date never makes a correct claim look stale or premature.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.normalise.reference import ALIAS_COLUMNS, REFERENCE_COLUMNS

YEAR, MONTH, DAY = 9, 10, 11  # wikibase:timePrecision values


class WikidataError(ValueError):
    """A file that is not a SPARQL JSON result of the expected shape."""


@dataclass(frozen=True, order=True)
class WikidataTerm:
    office: str
    organization: str
    holder: str
    start: str
    end: str
    source_url: str


def _value(binding: dict[str, Any], *names: str) -> str:
    for name in names:
        cell = binding.get(name)
        if cell and cell.get("type") != "bnode":  # a blank node is Wikidata's "unknown value"
            return str(cell.get("value", "")).strip()
    return ""


def _precision(binding: dict[str, Any], name: str) -> int:
    text = _value(binding, name)
    return int(text) if text.isdigit() else DAY


def wikidata_date(value: str, precision: int, end: bool) -> str:
    """ISO date of a Wikidata time value; an imprecise end is the first day after it."""
    if not value or value.startswith("-"):
        return ""
    try:
        year, month, day = (int(part) for part in value.lstrip("+")[:10].split("-"))
    except ValueError:
        return ""
    if precision <= YEAR:
        return date(year + end, 1, 1).isoformat()
    if precision == MONTH:
        if end:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return date(year, max(month, 1), 1).isoformat()
    return date(year, max(month, 1), max(day, 1)).isoformat()


def convert(
    result: dict[str, Any], office: str = "", organization: str = ""
) -> tuple[list[WikidataTerm], list[tuple[str, str, str]]]:
    """(terms, aliases) from a parsed SPARQL JSON result."""
    try:
        bindings = result["results"]["bindings"]
    except (KeyError, TypeError):
        raise WikidataError("not a SPARQL JSON result: no results.bindings") from None
    terms: set[WikidataTerm] = set()
    aliases: set[tuple[str, str, str]] = set()
    for binding in bindings:
        holder = _value(binding, "personLabel", "holderLabel")
        start = wikidata_date(
            _value(binding, "start"), _precision(binding, "startPrecision"), end=False
        )
        if not holder or not start or (holder.startswith("Q") and holder[1:].isdigit()):
            continue  # no English label, or no start date: nothing to check against
        source = _value(binding, "person", "holder")
        terms.add(
            WikidataTerm(
                office=office or _value(binding, "positionLabel", "officeLabel"),
                organization=organization or _value(binding, "ofLabel", "organizationLabel"),
                holder=holder,
                start=start,
                end=wikidata_date(
                    _value(binding, "end"), _precision(binding, "endPrecision"), end=True
                ),
                source_url=source,
            )
        )
        alias = _value(binding, "alias", "personAltLabel")
        for variant in (a.strip() for a in alias.split(",")):
            if variant and variant != holder:
                aliases.add((holder, variant, source))
    return sorted(terms), sorted(aliases)


def terms_csv(terms: Iterable[WikidataTerm]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REFERENCE_COLUMNS)
    for t in terms:
        writer.writerow([t.office, t.organization, t.holder, t.start, t.end, t.source_url])
    return out.getvalue()


def aliases_csv(aliases: Iterable[tuple[str, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*ALIAS_COLUMNS, "source_url"])
    writer.writerows(aliases)
    return out.getvalue()


def read_result(path: str | Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as error:
        raise WikidataError(f"{path}: not JSON ({error})") from None
    if not isinstance(data, dict):
        raise WikidataError(f"{path}: not a SPARQL JSON result")
    return data
