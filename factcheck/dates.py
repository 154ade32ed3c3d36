"""Dates as news text writes them, resolved against the publication date.

Cheap regular expressions read the common forms ("Dec. 4, 2023", "4 December 2024",
"Nov. 29", "on Wednesday", ISO); dateparser is the fallback for metadata values in other
forms only, because it costs about 0.7 ms a call and misreads prose ("we" as Wednesday,
"Dec. 4" cut at the dot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# month names written out (not "Jan"), as a pattern for the stages that look for a time
MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
DAY_NAMES = "|".join(name.capitalize() for name in WEEKDAYS)

_MONTH = (
    r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "January 9-10, 2023": a span of days is dated by its first
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?:\s?[-–]\s?[0-3]?\d(?:st|nd|rd|th)?)?"
# with a month and a day a year may be old ("a letter dated November 2, 1800") when a comma
# and a space part them; not "26 February\n\n1600 GMT" (a time on the next line)
_YEAR = r"(?P<{g}>(?:19|20)\d\d|(?<=, )1[6-8]\d\d)"
# "a stop Monday", "said Tuesday": a weekday after a lower-case word speaks of the past
# week, but not after a word that points ahead or repeats ("next Monday", "by Friday",
# "every Sunday"), and not in a name ("Cyber Monday", "Super Tuesday": capitalised)
_WORD_BEFORE_WEEKDAY = re.compile(r"(?<![\w-])(?P<word>[A-Za-z]+)\s+$")
_AHEAD = frozenset(
    {
        *("next", "this", "coming", "following", "every", "each"),
        *("by", "until", "till", "before", "from", "starting", "beginning"),
    }
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")

DATE_RE = re.compile(
    r"\b(?:"
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|"
    + _MONTH.format(g="m1")
    # "March, 7, 2021": a stray comma, when a year follows
    + r"(?:,(?=\s+[0-3]?\d,\s+(?:19|20)\d\d))?\s+"
    + _DAY.format(g="d1")
    + r"(?!\d)(?:,?\s+"
    + _YEAR.format(g="y1")
    + r")?"
    r"|"
    + _DAY.format(g="d2")
    + r"\s+(?:of\s+)?"
    + _MONTH.format(g="m2")
    + r"(?:,?\s+"
    + _YEAR.format(g="y2")
    + r")?"
    r"|(?P<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night"
    r"|(?<![Ee]very\s)[Tt]his\s+(?:morning|afternoon|evening))(?![\w-])"
    r"|(?<![\w-])" + _WEEKDAY + r"(?![\w-]|,?\s+(?:" + _MONTH.format(g="m3") + r"|[0-3]?\d\b))"
    r")",
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: where it stands and what day it means."""

    start: int
    end: int
    value: date
    has_year: bool
    weekday: bool = False  # "on Saturday": resolved to the past week, though it may be ahead


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def resolve_year(month: int, day: int, anchor: date) -> date | None:
    """The month/day nearest to ``anchor``: "Nov. 29" in December is last month, "Jan. 3"
    in late December is next month."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # February 29 in a common year
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c))


def find_dates(text: str, anchor: date | None = None) -> list[DateMention]:
    """Every date in ``text``; year-less dates and weekdays need ``anchor`` to be resolved."""
    found: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        if match["wd"] and not _weekday_of_the_past_week(text, match.start(), match.end()):
            continue
        value = _value(match, anchor)
        if value is not None:
            found.append(
                DateMention(match.start(), match.end(), value[0], value[1], bool(match["wd"]))
            )
    return found


def _weekday_of_the_past_week(text: str, start: int, end: int) -> bool:
    """ "on Saturday", "last Friday", "said Monday", "Monday morning": a day of the week the
    text reports; "Super Tuesday", "next Monday", a weekday opening a sentence are not."""
    if _PART_OF_DAY.match(text, end):
        return True
    before = _WORD_BEFORE_WEEKDAY.search(text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before["word"]
    return word.lower() in ("on", "last") or (word.islower() and word not in _AHEAD)


def _value(match: re.Match[str], anchor: date | None) -> tuple[date, bool] | None:
    groups = match.groupdict()
    try:
        if groups["iso"]:
            return date.fromisoformat(groups["iso"]), True
        for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
            if groups[m]:
                month, day = _month(groups[m]), int(groups[d])
                if groups[y]:
                    return date(int(groups[y]), month, day), True
                if anchor is None:
                    return None
                resolved = resolve_year(month, day, anchor)
                return (resolved, False) if resolved else None
    except (ValueError, KeyError):
        return None
    if groups["rel"] and anchor is not None:
        back = 1 if groups["rel"].lower().startswith(("yesterday", "last")) else 0
        return anchor - timedelta(days=back), False
    if groups["wd"] and anchor is not None:
        back = (anchor.weekday() - WEEKDAYS[groups["wd"].lower()]) % 7
        return anchor - timedelta(days=back), False
    return None


ISO_PREFIX = re.compile(r"\s*((?:19|20)\d\d-[01]\d-[0-3]\d)")


@lru_cache(maxsize=4096)
def parse_date_value(value: str) -> date | None:
    """A metadata date ("2024-12-04", "2024-10-17 16:28:39-04:00", "26-FEB-1987 15:01")."""
    iso = ISO_PREFIX.match(value)
    if iso:
        try:
            return date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    found = find_dates(value)
    if found and found[0].has_year:
        return found[0].value
    import dateparser  # imported here: slow to import, and only odd metadata needs it

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if isinstance(parsed, datetime) else None


def as_date(value: object) -> date | None:
    """A date from a front-matter or JSON value of any common type."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return parse_date_value(value.strip())
    return None
