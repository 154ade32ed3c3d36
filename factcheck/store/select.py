"""Which stored articles can matter to new ones, read without touching the rest.

A new article's findings across the corpus come from: other articles that name the people it
claims (their clusters and spellings), articles that claim the people it names, people one
edit apart with the same first name, and holders of the offices it claims on the same day or
the nearest days before and after (conflicts and changes of holder). The keys (``keys``) are
sorted in the store, so each lookup reads only the row groups that can hold it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from rapidfuzz.distance import Levenshtein

from factcheck.models import Claim, Document
from factcheck.normalise.names import person_key
from factcheck.store.documents import row_document
from factcheck.store.keys import office_key, word_keys
from factcheck.store.layout import DOCUMENTS, KEYS, live_version

NEAREST_DATES = 2  # distinct dates each side of a new claim's date, per office
MAX_EDIT = 2  # as the match stage merges "Shultz" and "Schultz"


def related_documents(
    store: Path, documents: Sequence[Document], claims: Sequence[Claim]
) -> list[Document]:
    """The stored articles that can share a finding with ``documents`` (whose extracted
    ``claims`` are given), in store order; none from the files ``documents`` come from,
    which they replace."""
    version = live_version(store)
    if version is None:
        return []
    identities = {person_key(c.person) for c in claims} - {("", "")}
    surnames = {surname for _, surname in identities}
    words = set().union(*(word_keys(d.text) for d in documents)) if documents else set()
    exact = sorted({f"w:{s}" for s in surnames} | {f"s:{w}" for w in words})
    offices: dict[str, set[date]] = defaultdict(set)
    for claim in claims:
        if claim.as_of is not None:
            offices[office_key(claim)].add(claim.as_of)
    given_names = sorted({given for given, _ in identities if given})
    # every identity with a first name the new claims use: "c:george|" up to "c:george}"
    ranges = [(f"c:{g}|", f"c:{g}}}") for g in given_names]
    rows = _read_keys(version / KEYS, sorted(set(exact) | set(offices)), ranges)
    chosen: set[int] = set()
    dated: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for row in rows:
        key, docs = row["key"], row["docs"]
        if key.startswith(("w:", "s:")):
            chosen.update(docs)
        elif key.startswith("o:"):
            dated[key] = [(day, doc) for doc, day in zip(docs, row["dates"], strict=True) if day]
        elif key.startswith("c:") and _near_identity(key, identities):
            chosen.update(docs)
    for key, days in offices.items():
        chosen |= _around(dated.get(key, []), days)
    if not chosen:
        return []
    new_files = {d.path for d in documents}
    stored = _read_documents(version / DOCUMENTS, sorted(chosen))
    return [row_document(row) for row in stored if row["file"] not in new_files]


def _read_keys(path: Path, keys: list[str], ranges: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The rows of ``keys`` and of keys in the half-open ``ranges``, reading only the row
    groups whose statistics say they can hold one (the keys are sorted)."""
    found = pq.ParquetFile(path)
    groups = []
    for number in range(found.metadata.num_row_groups):
        stats = found.metadata.row_group(number).column(0).statistics
        low, high = (stats.min, stats.max) if stats is not None and stats.has_min_max else ("", "~")
        at = bisect.bisect_left(keys, low)
        if (at < len(keys) and keys[at] <= high) or any(
            start <= high and low < end for start, end in ranges
        ):
            groups.append(number)
    if not groups:
        return []
    table = found.read_row_groups(groups)
    column = table.column("key")
    wanted = pc.is_in(column, value_set=pa.array(keys, pa.string()))
    for start, end in ranges:
        inside = pc.and_(pc.greater_equal(column, start), pc.less(column, end))
        wanted = pc.or_(wanted, inside)
    rows: list[dict[str, Any]] = table.filter(wanted).to_pylist()
    return rows


def _read_documents(path: Path, docs: list[int]) -> list[dict[str, Any]]:
    """The stored articles numbered ``docs``: an article's number is its row, so only the
    row groups that hold them are read."""
    found = pq.ParquetFile(path)
    starts, total = [], 0
    for number in range(found.metadata.num_row_groups):
        starts.append(total)
        total += found.metadata.row_group(number).num_rows
    groups = sorted({bisect.bisect_right(starts, doc) - 1 for doc in docs if 0 <= doc < total})
    if not groups:
        return []
    table = found.read_row_groups(groups)
    rows = table.filter(pc.is_in(table.column("doc"), value_set=pa.array(docs, pa.int64())))
    return sorted(rows.to_pylist(), key=lambda row: int(row["doc"]))


def _near_identity(key: str, identities: set[tuple[str, str]]) -> bool:
    given, _, surname = key[2:].partition("|")
    return any(
        given == g and surname[:1] == s[:1] and Levenshtein.distance(surname, s) <= MAX_EDIT
        for g, s in identities
    )


def _around(stored: list[tuple[date, int]], days: set[date]) -> set[int]:
    """The articles dated on ``days`` or on the nearest stored dates before and after."""
    if not stored:
        return set()
    dates = sorted({day for day, _ in stored})
    keep: set[date] = set()
    for day in days:
        at = bisect.bisect_left(dates, day)
        keep.update(dates[max(0, at - NEAREST_DATES) : at + NEAREST_DATES + 1])
    return {doc for day, doc in stored if day in keep}
