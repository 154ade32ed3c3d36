"""How one claim compares with the reference timeline of its office; shared by the
reference checks and by the agree / disagree / outside tally in the report."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.models import Claim, ReferenceTally
from factcheck.normalise.reference import Reference, Term

FUTURE_STATUSES = ("elect", "designate", "nominee")


@dataclass(frozen=True)
class Verdict:
    outcome: str  # agree | stale | premature | other-holder | outside
    term: Term | None = None  # the row the outcome rests on


def judge(claim: Claim, reference: Reference) -> Verdict:
    """Compare a dated article claim with the reference terms of its office."""
    timeline = reference.timeline(claim.office, claim.organization)
    if not timeline or claim.as_of is None or claim.zone != "article":
        return Verdict("outside")
    day = claim.as_of
    name = claim.person_id or claim.person
    own = [t for t in timeline if reference.same_person(t.holder, name)]
    holding = next((t for t in timeline if t.covers(day)), None)
    if claim.status == "former":
        ended = [t for t in own if t.end is not None and t.end <= day]
        return Verdict("agree", ended[-1]) if ended else Verdict("outside")
    if claim.status in FUTURE_STATUSES:
        later = [t for t in own if t.start > day]
        return Verdict("agree", later[0]) if later else Verdict("outside")
    covering = next((t for t in own if t.covers(day)), None)
    if covering:
        return Verdict("agree", covering)
    if own:
        past = [t for t in own if t.end is not None and t.end <= day]
        if past:
            return Verdict("stale", past[-1])
        return Verdict("premature", min(own, key=lambda t: t.start))
    if holding:
        return Verdict("other-holder", holding)
    return Verdict("outside")


def tally(claims: list[Claim], reference: Reference) -> ReferenceTally:
    outcomes = [judge(c, reference).outcome for c in claims]
    agree = outcomes.count("agree")
    outside = outcomes.count("outside")
    return ReferenceTally(agree=agree, disagree=len(outcomes) - agree - outside, outside=outside)
