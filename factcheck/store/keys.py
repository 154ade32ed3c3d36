"""Selection keys: what makes a stored article matter to a new one, as short strings.

- ``w:<key>``: a capitalised word of the article, folded as the match stage folds names
  (``zelensky``): an old article that mentions a newly claimed person's name joins the
  people's clusters and spelling checks;
- ``s:<surname>``: the surname of a person the article claims: an old claim about a name the
  new article writes (maybe misspelled) is the evidence for its spelling;
- ``c:<given>|<surname>``: the claimed person's identity, for names one edit apart;
- ``o:<office>|<organisation>`` with the claim's date: holders of one office around a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from factcheck.extract.names import LOWER, UPPER
from factcheck.models import Claim, Document
from factcheck.normalise.names import name_key, person_key

_WORD = re.compile(rf"(?<![\w'’-])[{UPPER}][{LOWER}{UPPER}'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def word_keys(text: str) -> set[str]:
    """The folded keys of the capitalised words of ``text``."""
    return {name_key(_POSSESSIVE.sub("", m.group())) for m in _WORD.finditer(text)}


def office_key(claim: Claim) -> str:
    return f"o:{claim.office}|{claim.organization}"


def document_keys(document: Document, claims: Iterable[Claim]) -> list[tuple[str, date | None]]:
    """(key, date) rows of one article; the date only on office keys."""
    rows: set[tuple[str, date | None]] = {(f"w:{k}", None) for k in word_keys(document.text)}
    for claim in claims:
        given, surname = person_key(claim.person)
        if surname:
            rows.add((f"s:{surname}", None))
            rows.add((f"c:{given}|{surname}", None))
        rows.add((office_key(claim), claim.as_of))
    return sorted(rows, key=lambda row: (row[0], row[1] or date.min))
