"""FC101 holder-conflict: two people stated as the current holder of one office on one day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from factcheck.check.base import Check, CheckContext, holder_name, same_holder
from factcheck.models import Claim, Finding, Severity


class HolderConflict(Check):
    """Two different people stated as current holders of one single-holder office of one
    organisation on the same date.

    Flags: "NATO Secretary General Jens Stoltenberg" and "NATO Secretary General Mark Rutte",
    both dated 2024-12-04.
    Does not flag: different dates (see ``holder-change``); different offices or
    organisations (Ukraine's and Lithuania's foreign ministers); offices many hold at once
    (deputy ministers); former, acting, -elect, designate or nominee titles; page furniture;
    spellings of one person (Zelenskyy / Zelensky).
    """

    code, name, severity = "FC101", "holder-conflict", Severity.ERROR

    def run(self, context: CheckContext) -> Iterable[Finding]:
        groups: dict[tuple[str, str, object], dict[str, list[Claim]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for claim in context.current_claims():
            if context.single_holder(claim.office, claim.organization):
                key = (claim.office, claim.organization, claim.as_of)
                groups[key][holder_name(claim)].append(claim)
        for (office, organization, as_of), by_person in sorted(groups.items(), key=str):
            people = sorted(by_person)
            if all(same_holder(a, b) for a in people for b in people):
                continue
            firsts = [
                min(by_person[p], key=lambda c: (c.path, c.record or "", c.line)) for p in people
            ]
            yield self.finding(
                f"{organization} {office} on {as_of}: {' and '.join(people)} are each stated "
                "as the current holder",
                [c.location for c in firsts],
            )
