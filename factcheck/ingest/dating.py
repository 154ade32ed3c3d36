"""The publication date of an article that carries no metadata: a header line or the text.

News pages put the date near the top (a dateline, a photo caption) and boxes of other stories
("News Feed", "MORE NEWS") further down, whose dates are not the article's.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.dates import find_dates
from factcheck.models import InputProblem

HEAD_LINES = 6  # non-empty lines: headline, kicker, dateline, caption
# a dateline, a date line or a photo caption is short; a date inside a paragraph of prose is
# a date the story speaks of ("received a call on 13 February 2003"), even at the top
DATE_LINE_MAX = 200
# Headings of teaser boxes: the dates under them belong to other stories.
FURNITURE_HEADINGS = frozenset(
    {
        "news feed",
        "more news",
        "editors' picks",
        "related",
        "read more",
        "most read",
    }
)
# "date 2024-12-04" as the first line, as saved pages carry it; junk may follow on the line.
HEADER_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
UNDATED_REASON = "no publication date in metadata, header or text"


def header_date(text: str) -> date | None:
    """The date of a ``date YYYY-MM-DD`` first line of ``text``, if it has one and it is valid."""
    match = HEADER_RE.match(text.partition("\n")[0])
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:  # 2024-13-45: not a date, so not a header either
        return None


def publication_date_from_text(text: str) -> date | None:
    """The article's date as its text states it, or None.

    The first full date (with a year) on a short line in the head of the text: its first
    HEAD_LINES non-empty lines (headline, dateline, photo caption), not counting lines after a
    teaser heading. A date further down is a date the story speaks of ("on 3 September 1939"), not
    when it was published: such an article is undated rather than misdated.
    """
    head_end = _head_end(text)
    for mention in find_dates(text[:head_end]):
        if mention.has_year and _line_length(text, mention.start) <= DATE_LINE_MAX:
            return mention.value
    return None


def _line_length(text: str, offset: int) -> int:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return (len(text) if end < 0 else end) - start


def date_from_text(text: str) -> tuple[date | None, str]:
    """The publication date stated in ``text`` and ``"text"``, or ``(None, "")``."""
    published = publication_date_from_text(text)
    return published, "text" if published else ""


def _head_end(text: str) -> int:
    """Offset where the dateable head of ``text`` ends: after HEAD_LINES non-empty lines, or
    at a teaser heading before them."""
    offset = seen = 0
    for line in text.split("\n"):
        heading = line.strip().lower().replace("\u2019", "'")
        if heading in FURNITURE_HEADINGS:
            return offset
        offset += len(line) + 1
        seen += bool(heading)
        if seen >= HEAD_LINES:
            break
    return offset


def undated_problem(path: str, record: str | None = None) -> InputProblem:
    """The problem reported for a document without a publication date."""
    return InputProblem("undated", path, UNDATED_REASON, record=record, line=1)
