"""Short titles resolved across the corpus: "Secretary Blinken" is the Secretary of State
where other articles name him so; a short title nobody resolves gives no claim."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable

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


LocalOffices = dict[tuple[str, str], str]  # (office, organisation) -> the office's local name


def general_offices(claims: list[Claim], local_offices: LocalOffices) -> list[Claim]:
    """Claims whose local office name is replaced by the general one ("Chancellor of the
    Exchequer" of the United Kingdom -> "Chancellor"), so that "Chancellor Gordon Brown",
    guessed to be of another country, meets the texts that make him the United Kingdom's."""
    general = {(local, org): office for (office, org), local in local_offices.items()}
    renamed = []
    for claim in claims:
        for (local, org), office in general.items():
            prefix = _prefix(claim.office, local)
            if claim.organization == org and prefix is not None:
                claim = dataclasses.replace(claim, office=prefix + office)
                break
        renamed.append(claim)
    return renamed


def local_offices(
    claims: list[Claim], local_offices: LocalOffices, office_of: Callable[[str], str]
) -> list[Claim]:
    """Claims whose office has a local name in their organisation given that name: after
    the corpus has settled a country, "Chancellor" of the United Kingdom is the "Chancellor
    of the Exchequer", "Shadow Chancellor" the "Shadow Chancellor of the Exchequer".
    ``office_of`` names the lexicon's office a label is, if any: "Lord Chancellor" is an
    office of its own, no chancellor with a modifier."""
    renamed = []
    for claim in claims:
        for (office, org), local in local_offices.items():
            prefix = _prefix(claim.office, office)
            if (
                claim.organization == org
                and prefix is not None
                and office_of(claim.office) in ("", office)
            ):
                claim = dataclasses.replace(claim, office=prefix + local)
                break
        renamed.append(claim)
    return renamed


def _prefix(label: str, office: str) -> str | None:
    """The modifiers before ``office`` in ``label`` ("Shadow "), None when it is not there."""
    if label == office:
        return ""
    if label.endswith(" " + office):
        return label[: -len(office)]
    return None
