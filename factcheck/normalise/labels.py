"""Canonical office and organisation labels for text written by others (reference files):
"Minister of Defence" -> "Defence Minister", "UK Government (HM Treasury)" -> "United
Kingdom", "Government of Ukraine" -> "Ukraine"."""

from __future__ import annotations

import re

from factcheck.extract.context import organization_regex
from factcheck.lexicon import Lexicon

_OF_BODY = re.compile(r"(?P<office>.+?)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?:government\s+of\s+(?:the\s+)?|armed\s+forces\s+of\s+(?:the\s+)?)"
    r"|\s+(?:federal\s+)?government$",
    re.IGNORECASE,
)


def office_label(text: str, lexicon: Lexicon) -> tuple[str, str]:
    """(canonical office, organisation the office names itself or "")."""
    cleaned = " ".join(text.replace("&", "and").split())
    office = lexicon.office(cleaned)
    if office:
        return office.label, office.organization
    first, _, rest = cleaned.partition(" ")
    modifier = next(
        (
            q.effect.removeprefix("office:")
            for q in lexicon.qualifiers
            if q.effect.startswith("office:") and q.word == first.lower()
        ),
        "",
    )
    inner = lexicon.office(rest) if modifier and rest else None
    if inner:
        return f"{modifier} {inner.label}", inner.organization
    named = _OF_BODY.match(cleaned)  # Wikidata's "Prime Minister of the United Kingdom"
    if named:
        office, body = lexicon.office(named.group("office")), named.group("body")
        org = lexicon.organization(body)
        if office and org:
            return office.label, org.name
    return cleaned, ""


def organization_label(text: str, lexicon: Lexicon, search_inside: bool = True) -> str:
    """The canonical organisation or country a written organisation name stands for.

    With ``search_inside``, a known name inside a longer one stands for it, as reference
    files write "UK Government (HM Treasury)"; but a body's name may hold a country's
    ("Texas Instruments", "Bank of Spain"), so comparing two bodies' names does not."""
    cleaned = " ".join(text.split())
    for candidate in (cleaned, _GOVERNMENT.sub("", _PARENTHESES.sub("", cleaned)).strip()):
        org = lexicon.organization(candidate)
        if org:
            return org.name
    if not search_inside:
        return cleaned
    inside = organization_regex(lexicon).search(cleaned)
    if inside:
        org = lexicon.organization(inside.group())
        if org:
            return org.name
    return cleaned
