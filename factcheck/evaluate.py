"""Precision, recall and F1 of extracted claims against hand-checked gold claims.

A claim matches a gold row when document (and JSON Lines record), line, person, office,
organisation, as_of and status all agree; names, offices and organisations are compared by
their canonical keys, so "Defense Minister" matches "Defence Minister" and "U.K." matches
"United Kingdom". Per-field scores match on document, line and person plus that one field,
so that a wrong organisation shows as such rather than as a missing claim.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from tabulate import tabulate

from factcheck.lexicon import Lexicon, fold_space
from factcheck.normalise.abbreviations import abbreviates
from factcheck.normalise.labels import office_label, organization_label
from factcheck.normalise.names import person_key

GOLD_COLUMNS = ("doc", "line", "person", "office", "organization", "as_of", "status")
# a gold file's full header, as tests/gold/claims.csv writes it; record, as_of_also and
# note are optional when reading
GOLD_FILE_COLUMNS = (
    "doc",
    "record",
    "line",
    "person",
    "office",
    "organization",
    "as_of",
    "as_of_also",
    "status",
    "note",
)
FIELDS = ("office", "organization", "as_of", "status")


class GoldError(ValueError):
    """A gold file that cannot be used, with the file, line and reason."""


@dataclass(frozen=True)
class GoldClaim:
    doc: str
    record: str
    line: int
    person: str
    office: str
    organization: str
    as_of: frozenset[str]
    status: str


@dataclass(frozen=True)
class Score:
    name: str
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_gold(path: str | Path) -> list[GoldClaim]:
    """Gold rows from a CSV with the columns of ``../shared/gold/seeds-claims.csv``."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(GOLD_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise GoldError(f"{path}: missing columns {', '.join(sorted(missing))}")
        rows = []
        for number, row in enumerate(reader, start=2):
            try:
                line = int(row["line"])
            except ValueError:
                raise GoldError(f"{path}:{number}: line {row['line']!r} is not a number") from None
            dates = {d.strip() for d in (row["as_of"], row.get("as_of_also") or "")}
            dates.discard("")
            rows.append(
                GoldClaim(
                    row["doc"].strip(),
                    (row.get("record") or "").strip(),
                    line,
                    row["person"].strip(),
                    row["office"].strip(),
                    row["organization"].strip(),
                    frozenset(dates or {""}),
                    row["status"].strip().lower(),
                )
            )
    return rows


def read_scope(path: str | Path) -> set[tuple[str, str]]:
    """(doc, record) of every document the gold covers, claims or not."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {(r["doc"].strip(), (r.get("record") or "").strip()) for r in csv.DictReader(handle)}


class _Keys:
    """Comparable forms of names, offices and organisations."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def person(self, name: str) -> tuple[str, str]:
        return person_key(name)

    def office(self, text: str) -> str:
        return fold_space(office_label(text, self.lexicon)[0])

    def organization(self, text: str) -> str:
        """ "CBI's SME Council" is "CBI SME Council"; "U.S. House Ways and Means Committee"
        is the "House Ways and Means Committee": a possessive, a legal form, and a country
        before a body's own name are ways of writing one body."""
        if not text:
            return ""
        label = organization_label(text, self.lexicon, search_inside=False)
        words = [
            re.sub(r"['’]s$", "", w)
            for w in label.replace(".", "").split()
            if w not in self.lexicon.company_suffixes
        ]
        country = self.lexicon.organization(words[0]) if len(words) > 2 else None
        if country is not None and country.kind == "country":
            words = words[1:]
        return fold_space(" ".join(words))

    def same_organization(self, gold: str, found: str) -> bool:
        """One body: the same name, or one an abbreviation of the other ("LSE", "London
        Stock Exchange"): the gold keeps the text's form, the extractor may expand it."""
        gold_key, found_key = self.organization(gold), self.organization(found)
        if gold_key == found_key:
            return True
        return bool(gold_key and found_key) and (
            abbreviates(gold.replace(".", ""), found) or abbreviates(found.replace(".", ""), gold)
        )


def _same_person(gold: tuple[str, str], found: tuple[str, str]) -> bool:
    return gold[1] == found[1] and (not gold[0] or not found[0] or gold[0] == found[0])


def evaluate(
    claims: pd.DataFrame,
    gold: Sequence[GoldClaim],
    lexicon: Lexicon,
    scope: set[tuple[str, str]] | None = None,
) -> list[Score]:
    """Scores of ``claims`` (a ``Result.claims`` table) against ``gold``."""
    keys = _Keys(lexicon)
    documents = scope if scope is not None else {(g.doc, g.record) for g in gold}
    by_record = {record: doc for doc, record in documents if record}
    files = [doc for doc, record in documents if not record]
    rows: list[dict[str, Any]] = claims.to_dict("records")  # type: ignore[assignment]
    found = [_found(row, by_record, files) for row in rows]
    predicted = [f for f in found if f is not None]
    checks: dict[str, Callable[[GoldClaim, dict[str, Any]], bool]] = {
        "office": lambda g, f: keys.office(g.office) == keys.office(f["office"]),
        "organization": lambda g, f: keys.same_organization(g.organization, f["organization"]),
        "as_of": lambda g, f: (f["as_of"] or "") in g.as_of,
        # "boilerplate" in the seeds' gold: page furniture, whatever the title's status
        "status": lambda g, f: (
            g.status == f["status"] or (g.status == "boilerplate" and f["zone"] == "furniture")
        ),
    }
    scores = [
        _score("claim (all fields)", gold, predicted, keys, list(checks.values())),
        _score("person", gold, predicted, keys, []),
    ]
    scores += [
        _score(f"person + {name}", gold, predicted, keys, [check]) for name, check in checks.items()
    ]
    return scores


def _found(
    row: dict[str, Any], by_record: dict[str, str], files: list[str]
) -> dict[str, Any] | None:
    """The claim row with its gold document key, or None when outside the gold's scope."""
    path = str(row["path"]).replace("\\", "/")
    record = row["record"] if isinstance(row["record"], str) else ""
    if record:
        doc = by_record.get(record)
        docs = [doc] if doc and (path == doc or path.endswith("/" + doc)) else []
    else:
        docs = [d for d in files if path == d or path.endswith("/" + d)]
    if not docs:
        return None
    as_of = row["as_of"]
    return {
        **row,
        "key": (docs[0], record),
        "as_of": as_of.isoformat() if hasattr(as_of, "isoformat") else "",
    }


def _score(
    name: str,
    gold: Sequence[GoldClaim],
    predicted: list[dict[str, Any]],
    keys: _Keys,
    checks: Iterable[Callable[[GoldClaim, dict[str, Any]], bool]],
) -> Score:
    checks = list(checks)
    used: set[int] = set()
    hits = 0
    for g in gold:
        gold_person = keys.person(g.person)
        for index, f in enumerate(predicted):
            if index in used or f["key"] != (g.doc, g.record) or int(f["line"]) != g.line:
                continue
            if _same_person(gold_person, keys.person(str(f["person"]))) and all(
                check(g, f) for check in checks
            ):
                used.add(index)
                hits += 1
                break
    return Score(name, hits, len(predicted), len(gold))


def scores_table(scores: Sequence[Score]) -> str:
    rows = [
        (
            s.name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            s.true_positives,
            s.predicted,
            s.expected,
        )
        for s in scores
    ]
    headers = ["match", "precision", "recall", "f1", "matched", "extracted", "gold"]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True) + "\n"


def scores_json(scores: Sequence[Score]) -> str:
    data = [
        {
            "match": s.name,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "matched": s.true_positives,
            "extracted": s.predicted,
            "gold": s.expected,
        }
        for s in scores
    ]
    return json.dumps(data, indent=2) + "\n"
