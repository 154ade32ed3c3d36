"""FC201 name-variants: one person's name spelled in several regular ways."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from factcheck.check.base import Check, CheckContext
from factcheck.models import Finding, Severity

MAX_PLACES_PER_SPELLING = 5


class NameVariants(Check):
    """One person written with several spellings that fold to one key (case, diacritics,
    apostrophes, transliteration endings): where each occurs and which is most used.

    Flags: Zelenskyy (DW), Zelenskiy (DW, in a quote), Zelensky (Kyiv Independent).
    Does not flag: a single spelling; a near miss with another key ("Stoltenburg": that is
    ``likely-misspelling``); two people who share a surname but not a first name.
    """

    code, name, severity = "FC201", "name-variants", Severity.INFO

    def run(self, context: CheckContext) -> Iterable[Finding]:
        for person in context.people:
            by_key: dict[str, list[tuple[str, int]]] = defaultdict(list)
            places = dict(person.variants)
            for spelling, locations in person.variants:
                by_key[person.key_of(spelling)].append((spelling, len(locations)))
            for spellings in by_key.values():
                if len(spellings) < 2:
                    continue
                ordered = sorted(spellings, key=lambda s: (-s[1], s[0]))
                listing = ", ".join(f"{s} ({n}×)" for s, n in ordered)
                where = [loc for s, _ in ordered for loc in places[s][:MAX_PLACES_PER_SPELLING]]
                yield self.finding(
                    f"{person.canonical} is spelled {len(ordered)} ways: {listing}; "
                    f"most used: {ordered[0][0]}",
                    where,
                )
