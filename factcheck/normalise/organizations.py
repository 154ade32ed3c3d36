"""Organisations inferred from an article's context, checked against the whole corpus.

An unqualified "Finance Minister Kiichi Miyazawa" in a story mostly about Britain would be
given to the United Kingdom; when other articles state "Japanese Finance Minister Kiichi
Miyazawa", the person's stated organisation for that office wins over the guess.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable

from factcheck.models import Claim


def consolidate_organizations(claims: list[Claim], known: Callable[[str], bool]) -> list[Claim]:
    """Claims whose inferred organisation is replaced by the one the texts state.

    Only organisations that ``known`` accepts (the lexicon's countries and bodies) are
    carried over: one misread name beside a title must not spread to every claim of a
    person.
    """
    stated: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for claim in claims:
        if claim.organization_from != "context" and known(claim.organization):
            stated[(claim.person_id or claim.person, claim.office)][claim.organization] += 1
    result = []
    for claim in claims:
        counts = stated.get((claim.person_id or claim.person, claim.office))
        if claim.organization_from == "context" and counts:
            best = min(counts, key=lambda org: (-counts[org], org))
            claim = dataclasses.replace(claim, organization=best)
        result.append(claim)
    return result
