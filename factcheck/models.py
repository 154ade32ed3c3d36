"""The records every stage passes along: documents, locations, claims, findings, results.

They are frozen dataclasses so that a stage cannot change what an earlier stage produced, and
so that sorting them gives the same order on every run (the reports must be byte-identical).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``max()`` gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


class Zone(enum.StrEnum):
    """Where in a page a sentence stands."""

    ARTICLE = "article"
    FURNITURE = "furniture"  # news-feed boxes, teasers, subscribe forms: not the article


STATUSES = ("current", "former", "acting", "elect", "designate", "nominee")


@dataclass(frozen=True)
class Document:
    """One article: a whole .txt/.md file or one JSON Lines record.

    ``text`` is what claims are read from. ``line_offset`` is the number of file lines before
    ``text`` (front matter), so that locations count lines in the file as an editor shows them.
    """

    path: str
    text: str
    record: str | None = None
    line_offset: int = 0
    published: date | None = None
    published_from: str = ""  # front-matter | jsonl | header | text | "" (undated)
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # (file line, raw text) of a front-matter title, so that claims in it can be located
    title_lines: tuple[tuple[int, str], ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.path, self.record or "")

    @property
    def first_line_continues(self) -> bool:
        """Whether ``text`` opens with the tail of a longer line: wire copy whose dateline
        ("WALTHAM, Mass., March 16 -") was cut off its first line, which is no headline
        however short ("<Acme Corp> said it elected")."""
        return bool(self.meta.get("dateline"))


@dataclass(frozen=True, order=True)
class Location:
    """A place in an input: 1-based line and column, and the sentence quoted there."""

    path: str
    line: int
    column: int
    text: str = ""
    record: str | None = None

    def display(self) -> str:
        """``path:line`` (``path#record:line`` for a JSON Lines record), as editors link it."""
        where = f"{self.path}#{self.record}" if self.record else self.path
        return f"{where}:{self.line}"


@dataclass(frozen=True)
class Claim:
    """One statement that a person holds (or held, or will hold) an office of an organisation."""

    path: str
    record: str | None
    line: int
    column: int
    person: str  # the fullest form the sentence gives
    office: str  # canonical office label
    organization: str  # canonical organisation or country; "" when the text does not say
    as_of: date | None  # the date the claim speaks about; None when undated
    status: str  # one of STATUSES
    zone: str  # Zone value
    quote: str  # the sentence
    person_id: str = ""  # canonical name of the person's cluster, set by the match stage
    # "text": the sentence names the organisation; "context": inferred from the article;
    # "home": the country whose government publishes the article (whitehouse.gov);
    # "after-name": "President Habre of Chad"; "list": a title shared out by a list of names;
    # "article": stated for the same person and office elsewhere in the article
    organization_from: str = "text"

    @property
    def organization_guessed(self) -> bool:
        """Whether the organisation is inferred rather than stated by the sentence."""
        return self.organization_from in ("context", "home")

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column, self.quote, self.record)


@dataclass(frozen=True)
class Mention:
    """A person's name where it stands in a document, with or without a stated office."""

    path: str
    record: str | None
    line: int
    column: int
    surface: str  # the name as written: "Zelenskiy", "Jens Stoltenberg"
    quote: str  # the sentence

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column, self.quote, self.record)


@dataclass(frozen=True)
class InputProblem:
    """Something wrong with an input, as ingest saw it; the checks turn it into a finding.

    ``kind`` is one of: unreadable, binary, decoded-fallback, broken-record, undated, empty,
    bad-front-matter.
    """

    kind: str
    path: str
    reason: str
    record: str | None = None
    line: int = 1


@dataclass(frozen=True)
class Finding:
    """A discrepancy or input problem; the primary location comes first."""

    code: str
    name: str
    severity: Severity
    message: str
    locations: tuple[Location, ...] = ()

    def sort_key(self) -> tuple[Any, ...]:
        first = self.locations[0] if self.locations else Location("", 0, 0)
        return (
            -self.severity,
            self.code,
            first.path,
            first.record or "",
            first.line,
            first.column,
            self.message,
        )


@dataclass(frozen=True)
class Suppression:
    """An ``ignore`` directive of an article: ``<!-- factcheck: ignore[FC201] reason -->`` on
    ``line`` (it covers that line and the next), or ``factcheck: {ignore: [FC201]}`` in front
    matter (``whole_document``). ``codes`` are codes or code prefixes ("FC2"); a directive that
    cannot be read has none and says why in ``problem``."""

    path: str
    record: str | None
    line: int
    column: int
    codes: tuple[str, ...]
    reason: str
    text: str  # the directive as written
    whole_document: bool = False
    problem: str = ""

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column, self.text, self.record)


@dataclass(frozen=True)
class Person:
    """A cluster of mentions that name one person across all documents."""

    canonical: str  # the most used full form
    variants: tuple[tuple[str, tuple[Location, ...]], ...]  # (spelling, where it occurs)
    # spelling -> its folded key: spellings with one key are regular variants (Zelenskyy,
    # Zelenskiy, Zelensky); another key is a near miss matched by edit distance
    keys: tuple[tuple[str, str], ...] = ()

    def key_of(self, spelling: str) -> str:
        return dict(self.keys).get(spelling, "")


@dataclass(frozen=True)
class ReferenceTally:
    """How the claims compare with reference timelines."""

    agree: int = 0
    disagree: int = 0
    outside: int = 0


CLAIM_COLUMNS = (
    "path",
    "record",
    "line",
    "column",
    "person",
    "person_id",
    "office",
    "organization",
    "as_of",
    "status",
    "zone",
    "quote",
)


@dataclass
class Result:
    """What ``factcheck.run`` returns: the claims table, the findings and what they rest on."""

    documents: list[Document]
    claims: pd.DataFrame
    findings: list[Finding]
    people: list[Person] = field(default_factory=list)
    reference: ReferenceTally | None = None
    # the articles' ignore directives, read (and blanked out of the text) before extraction
    suppressions: list[Suppression] = field(default_factory=list)
    # findings left out of ``findings``, by what hid them ("suppressions", "baseline"), in
    # the order they were applied; a key is there when that mechanism was in play
    hidden: dict[str, int] = field(default_factory=dict)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
