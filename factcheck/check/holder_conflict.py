"""FC101 holder-conflict and FC103 minority-holder: people stated as the current holder of
one single-holder office of one organisation on one day.

Where most claims around that day name one person, the others are likely historical
mentions without "former" or stale titles: FC103 points at each of them. Where no one
dominates, the sources contradict each other: FC101.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from factcheck.check.base import Check, CheckContext, holder_name, same_holder
from factcheck.models import Claim, Finding, Severity

WINDOW = timedelta(days=30)  # claims this close to the day count towards who holds it
MIN_DOMINANT = 3  # the dominant holder is named at least this often in the window
DOMINANCE = 3  # ... and this many times as often as anyone else

Group = tuple[str, str, date]


class _HolderGroups:
    """Current claims of single-holder offices grouped by office, organisation and day, with
    each person's dates for counting who dominates around a day."""

    def __init__(self, context: CheckContext) -> None:
        self.by_day: dict[Group, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        dates: dict[tuple[str, str, str], list[date]] = defaultdict(list)
        for claim in context.current_claims():
            guessed = claim.organization_guessed and not context.known_body(claim.organization)
            if (
                claim.as_of
                and not guessed
                and context.single_holder(claim.office, claim.organization)
            ):
                person = holder_name(claim)
                self.by_day[(claim.office, claim.organization, claim.as_of)][person].append(claim)
                dates[(claim.office, claim.organization, person)].append(claim.as_of)
        self.dates = {key: sorted(days) for key, days in dates.items()}

    def contested(self) -> Iterable[tuple[Group, dict[str, list[Claim]]]]:
        """Days on which claims name people who cannot be one person."""
        for group, by_person in sorted(self.by_day.items(), key=str):
            people = sorted(by_person)
            if not all(same_holder(a, b) for a in people for b in people):
                yield group, by_person

    def dominant(self, group: Group, people: Iterable[str]) -> tuple[str, int] | None:
        """The person most claims name within WINDOW of the day, when one clearly does."""
        office, organization, day = group
        counts = []
        for person in people:
            days = self.dates[(office, organization, person)]
            near = bisect_right(days, day + WINDOW) - bisect_left(days, day - WINDOW)
            counts.append((near, person))
        counts.sort(reverse=True)
        (top, leader), runner_up = counts[0], counts[1][0] if len(counts) > 1 else 0
        if top >= MIN_DOMINANT and top >= DOMINANCE * runner_up:
            return leader, top
        return None


def _first(claims: list[Claim]) -> Claim:
    return min(claims, key=lambda c: (c.path, c.record or "", c.line))


class HolderConflict(Check):
    """Two different people stated as current holders of one single-holder office of one
    organisation on the same date, when neither is named far more often around that date.

    Flags: "NATO Secretary General Jens Stoltenberg" and "NATO Secretary General Mark Rutte",
    both dated 2024-12-04.
    Does not flag: different dates (see ``holder-change``); different offices or
    organisations (Ukraine's and Lithuania's foreign ministers); offices many hold at once
    (deputy ministers); former, acting, -elect, designate or nominee titles; page furniture;
    spellings of one person (Zelenskyy / Zelensky); a day on which one holder is named far
    more often than the other (see ``minority-holder``).
    """

    code, name, severity = "FC101", "holder-conflict", Severity.ERROR

    def run(self, context: CheckContext) -> Iterable[Finding]:
        groups = _HolderGroups(context)
        for group, by_person in groups.contested():
            if groups.dominant(group, by_person) is not None:
                continue
            office, organization, day = group
            people = sorted(by_person)
            yield self.finding(
                f"{organization} {office} on {day}: {' and '.join(people)} are each stated "
                "as the current holder",
                [_first(by_person[p]).location for p in people],
            )


class MinorityHolder(Check):
    """A person stated as the current holder of a single-holder office on a date around
    which most claims name someone else: a historical mention without "former", a stale
    title, or a mistake.

    Flags: "President Obama" in a White House page of 2021-07-22, when 40 claims within 30
    days name President Biden.
    Does not flag: "former President Obama"; a day on which no holder dominates (that is
    ``holder-conflict``); the dominant holder's own claims.
    """

    code, name, severity = "FC103", "minority-holder", Severity.WARNING

    def run(self, context: CheckContext) -> Iterable[Finding]:
        groups = _HolderGroups(context)
        for group, by_person in groups.contested():
            found = groups.dominant(group, by_person)
            if found is None:
                continue
            leader, count = found
            office, organization, day = group
            for person in sorted(by_person):
                if same_holder(person, leader):
                    continue
                claim = _first(by_person[person])
                yield self.finding(
                    f"{person} is called {organization} {office} on {day}, but {count} claims "
                    f"within {WINDOW.days} days name {leader}",
                    [claim.location, _first(by_person[leader]).location],
                )
