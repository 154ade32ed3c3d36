"""FC202 likely-misspelling: a rare spelling a small edit away from a frequent one."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from factcheck.check.base import Check, CheckContext
from factcheck.models import Finding, Severity

MAX_RARE = 2  # a spelling used this often or less can be a slip
MIN_RATIO = 3  # ... when the usual spelling is at least this many times more frequent
MIN_SIMILARITY = 0.75  # normalised edit similarity of the two spellings


class LikelyMisspelling(Check):
    """A spelling of a person's name that is rare, a small edit away from the usual one and
    not a regular transliteration variant: probably a typo.

    Flags: "Stoltenburg" once beside "Stoltenberg" six times in one article.
    Does not flag: Zelenskiy beside Zelenskyy (a transliteration variant, see
    ``name-variants``); two spellings used about equally often; a similar name with its own
    first name (Howard Baker beside James Baker).
    """

    code, name, severity = "FC202", "likely-misspelling", Severity.WARNING

    def run(self, context: CheckContext) -> Iterable[Finding]:
        for person in context.people:
            if len(person.variants) < 2:
                continue
            usual, usual_places = person.variants[0]
            usual_key = person.key_of(usual)
            for spelling, places in person.variants[1:]:
                key = person.key_of(spelling)
                if (
                    key == usual_key
                    or Levenshtein.normalized_similarity(key, usual_key) < MIN_SIMILARITY
                ):
                    continue
                if len(places) <= MAX_RARE and len(usual_places) >= MIN_RATIO * len(places):
                    yield self.finding(
                        f"{spelling!r} ({len(places)}×) is likely a misspelling of {usual!r} "
                        f"({len(usual_places)}×, {person.canonical})",
                        places,
                    )
