"""Reference timelines (who held which office when) read from CSV into canonical labels.

Columns: office, organization, holder, start, end, source_url; dates ISO; ``end`` empty for
an open term; terms are half-open ``[start, end)``. Alias files (holder, variant,
source_url) add spellings under which a holder may be named.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.lexicon import Lexicon
from factcheck.normalise.labels import office_label, organization_label
from factcheck.normalise.names import person_key

REFERENCE_COLUMNS = ("office", "organization", "holder", "start", "end", "source_url")
ALIAS_COLUMNS = ("holder", "variant")


class ReferenceError(ValueError):
    """A reference file that cannot be used: named with the file, line and reason."""


@dataclass(frozen=True)
class Term:
    office: str
    organization: str
    holder: str
    start: date
    end: date | None
    source_url: str
    row: str  # the CSV row as written, quoted in findings

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


class Reference:
    """Terms by (office, organisation), and who counts as the same holder."""

    def __init__(self, terms: Iterable[Term], aliases: dict[str, set[str]] | None = None) -> None:
        self.terms: dict[tuple[str, str], list[Term]] = defaultdict(list)
        for term in terms:
            self.terms[(term.office, term.organization)].append(term)
        for timeline in self.terms.values():
            timeline.sort(key=lambda t: (t.start, t.holder))
        self.aliases = aliases or {}

    def timeline(self, office: str, organization: str) -> list[Term]:
        return self.terms.get((office, organization), [])

    def same_person(self, holder: str, name: str) -> bool:
        """Whether ``name`` (from an article) names the reference ``holder``."""
        names = {holder} | self.aliases.get(holder, set())
        first, last = person_key(name)
        for known in names:
            known_first, known_last = person_key(known)
            if known_last != last:
                continue
            if (
                not first
                or not known_first
                or first.startswith(known_first)
                or known_first.startswith(first)
            ):
                return True
        return False


def load_reference(paths: Sequence[str | Path], lexicon: Lexicon) -> Reference:
    """Terms from timeline CSVs and spellings from alias CSVs, told apart by their columns."""
    terms: list[Term] = []
    aliases: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or ())
            if set(REFERENCE_COLUMNS[:4]) <= columns:
                terms.extend(_terms(reader, str(path), lexicon))
            elif set(ALIAS_COLUMNS) <= columns:
                for row in reader:
                    aliases[row["holder"].strip()].add(row["variant"].strip())
            else:
                raise ReferenceError(
                    f"{path}: columns {sorted(columns)} are neither a timeline "
                    f"({', '.join(REFERENCE_COLUMNS)}) nor an alias file (holder, variant)"
                )
    return Reference(terms, dict(aliases))


def _terms(reader: csv.DictReader[str], path: str, lexicon: Lexicon) -> Iterable[Term]:
    for number, row in enumerate(reader, start=2):
        try:
            start = date.fromisoformat(row["start"].strip())
            end = date.fromisoformat(row["end"].strip()) if (row.get("end") or "").strip() else None
        except ValueError as error:
            raise ReferenceError(f"{path}:{number}: bad date ({error})") from None
        office, implied = office_label(row["office"], lexicon)
        organization = implied or organization_label(row["organization"], lexicon)
        party = lexicon.organization(organization)
        if party is not None and party.kind == "party" and office.startswith("Shadow"):
            organization = party.country or organization  # the opposition's posts, as in texts
        written = ",".join(row.get(c) or "" for c in REFERENCE_COLUMNS[:5])
        yield Term(
            office,
            organization,
            row["holder"].strip(),
            start,
            end,
            (row.get("source_url") or "").strip(),
            written,
        )
