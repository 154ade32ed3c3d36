"""A counterpart holds the same office in another country: "French finance minister Herve
Gaymard met his German counterpart Hans Eichel" states that Eichel is Germany's finance
minister.

Only offices that every country names alike are shared out this way (a minister, a president,
a prime minister): a "Secretary of State"'s counterpart abroad is a foreign minister, and a
national security adviser's may hold some other post.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from factcheck.extract.names import NAME_AT_START, clean_name
from factcheck.extract.titles import office_regex
from factcheck.layout import Layout
from factcheck.lexicon import Lexicon
from factcheck.models import Claim

# "his German counterpart Hans Eichel", "her Israeli counterpart, Ariel Sharon"
_COUNTERPART = re.compile(
    r"(?<![\w-])(?:his|her|their)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+counterpart"
    r"(?=[\s,])"
)
# the offices a counterpart shares: "Finance Minister", "Prime Minister", "President"
_SHARED_OFFICE = re.compile(r"(?:[A-Z][\w-]*\s+)*Minister|President")


def counterpart_claims(
    claims: list[Claim], layout: Layout, lexicon: Lexicon, name_end: Callable[[Claim], int]
) -> list[Claim]:
    """The claims with, after each, a claim for the counterpart its sentence names next."""
    result: list[Claim] = []
    for claim in claims:
        result.append(claim)
        counterpart = _counterpart(claim, layout, lexicon, name_end(claim))
        if counterpart is not None:
            result.append(counterpart)
    return result


def _counterpart(claim: Claim, layout: Layout, lexicon: Lexicon, name_end: int) -> Claim | None:
    own_country = lexicon.organization(claim.organization)
    if (
        own_country is None
        or own_country.kind != "country"
        or not _SHARED_OFFICE.fullmatch(claim.office)
        or claim.office.startswith(("Vice ", "Deputy "))
    ):
        return None
    sentence = layout.sentence_at(name_end)
    match = _COUNTERPART.search(layout.text, name_end, sentence.end)
    if match is None or office_regex(lexicon).search(layout.text, name_end, match.start()):
        # "X met Japan's prime minister Y and his German counterpart Z": whose counterpart?
        return None
    place = lexicon.organization(" ".join(match["place"].split()))
    if place is None or place.kind not in ("country", "region") or place.name == own_country.name:
        return None
    named = NAME_AT_START.match(layout.text, match.end())
    name = clean_name(named["name"], lexicon, min_words=2) if named else ""
    if named is None or not name:
        return None
    line, column = layout.position(named.start("name"))
    return dataclasses.replace(
        claim,
        line=line,
        column=column,
        person=name,
        organization=place.name,
        organization_from="text",
        person_id="",
    )
