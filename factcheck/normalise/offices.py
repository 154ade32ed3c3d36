"""Short titles resolved across the corpus: "Secretary Blinken" is the Secretary of State
where other articles name him so; a short title nobody resolves gives no claim."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from factcheck.models import Claim

SHORT_TITLES = {"Secretary": "Secretary"}  # short label -> word the full office contains


def resolve_short_titles(claims: list[Claim]) -> list[Claim]:
    """Claims whose short title is replaced by the one full office of that kind the same
    person holds elsewhere; short-titled claims that stay ambiguous are dropped."""
    offices: dict[str, dict[str, str]] = defaultdict(dict)  # person -> office -> organisation
    for claim in claims:
        if claim.office not in SHORT_TITLES:
            offices[claim.person_id or claim.person].setdefault(claim.office, claim.organization)
    resolved = []
    for claim in claims:
        word = SHORT_TITLES.get(claim.office)
        if word is None:
            resolved.append(claim)
            continue
        held = offices.get(claim.person_id or claim.person, {})
        candidates = sorted(o for o in held if word in o.split() and not o.startswith("Deputy"))
        if len(candidates) == 1:
            office = candidates[0]
            organization = claim.organization or held[office]
            resolved.append(dataclasses.replace(claim, office=office, organization=organization))
    return resolved
