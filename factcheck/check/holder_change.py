"""FC102 holder-change: one office held by different people on different dates."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

from factcheck.check.base import Check, CheckContext, holder_name, same_holder
from factcheck.models import Claim, Finding, Severity


class HolderChange(Check):
    """Different current holders of one office of one organisation on different dates: a
    change of holder between the two dates, shown with both quotes.

    Flags: "Jens Stoltenberg NATO Secretary General" on 2023-12-04, then "Mark Rutte, the
    alliance's secretary-general" on 2024-12-04.
    Does not flag: one person under several spellings; two holders on one date (that is
    ``holder-conflict``); former or -elect titles; undated claims; page furniture.
    """

    code, name, severity = "FC102", "holder-change", Severity.INFO

    def run(self, context: CheckContext) -> Iterable[Finding]:
        offices: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in context.current_claims():
            offices[(claim.office, claim.organization)].append(claim)
        for (office, organization), claims in sorted(offices.items()):
            timeline = sorted(claims, key=lambda c: (c.as_of, c.path, c.record or "", c.line))
            for before, after in _changes(timeline):
                yield self.finding(
                    f"{organization} {office} changed hands between {before.as_of} and "
                    f"{after.as_of}: {holder_name(before)} (as of {before.as_of}) → "
                    f"{holder_name(after)} (as of {after.as_of})",
                    [after.location, before.location],
                )


def _changes(timeline: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """(last claim of one holder, first claim of the next) where the holder changes."""
    for before, after in itertools.pairwise(timeline):
        if not same_holder(holder_name(before), holder_name(after)) and before.as_of != after.as_of:
            yield before, after
