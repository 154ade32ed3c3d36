"""Dates as news text writes them: ``find_dates``, ``resolve_year`` and ``parse_date_value``.

Year-less dates ("Nov. 29") and weekdays ("on Wednesday") are resolved against an anchor, the
publication date: the nearest such day for a month and day, the latest such weekday on or
before the anchor for a weekday. 2024-12-04 is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import find_dates, parse_date_value, resolve_year

DEC_4 = date(2024, 12, 4)  # a Wednesday
JAN_5 = date(2025, 1, 5)  # a Sunday


def found(text: str, anchor: date | None = None) -> list[tuple[str, str, bool]]:
    """(matched text, ISO date, has_year) for every date ``find_dates`` finds in ``text``."""
    return [
        (text[m.start : m.end], m.value.isoformat(), m.has_year) for m in find_dates(text, anchor)
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        pytest.param(
            "Dec. 4, 2023", None, [("Dec. 4, 2023", "2023-12-04", True)], id="month-abbrev-day-year"
        ),
        pytest.param(
            "4 December 2024", None, [("4 December 2024", "2024-12-04", True)], id="day-month-year"
        ),
        pytest.param(
            "on December 4, 2024,",
            DEC_4,
            [("December 4, 2024", "2024-12-04", True)],
            id="full-month-name",
        ),
        pytest.param("2024-12-04", None, [("2024-12-04", "2024-12-04", True)], id="iso"),
        pytest.param(
            "said yesterday, and today",
            DEC_4,
            [("yesterday", "2024-12-03", False), ("today", "2024-12-04", False)],
            id="yesterday-today",
        ),
        pytest.param(
            "met last night, and tonight",
            DEC_4,
            [("last night", "2024-12-03", False), ("tonight", "2024-12-04", False)],
            id="last-night-tonight",
        ),
        pytest.param("last Friday", DEC_4, [("Friday", "2024-11-29", False)], id="last-weekday"),
        pytest.param("yesterday", None, [], id="relative-without-anchor"),
        pytest.param(
            "Nov. 29", DEC_4, [("Nov. 29", "2024-11-29", False)], id="yearless-anchor-in-december"
        ),
        pytest.param(
            "Nov. 29",
            JAN_5,
            [("Nov. 29", "2024-11-29", False)],
            id="yearless-anchor-in-january-is-last-year",
        ),
        pytest.param(
            "Jan. 3",
            date(2024, 12, 28),
            [("Jan. 3", "2025-01-03", False)],
            id="yearless-anchor-late-december-is-next-year",
        ),
        pytest.param("Nov. 29", None, [], id="yearless-without-anchor"),
        pytest.param(
            "He said on Wednesday",
            DEC_4,
            [("Wednesday", "2024-12-04", False)],
            id="weekday-same-day",
        ),
        pytest.param(
            "He said on Wednesday",
            date(2024, 12, 5),
            [("Wednesday", "2024-12-04", False)],
            id="weekday-day-before",
        ),
        pytest.param(
            "On Monday, he said", DEC_4, [("Monday", "2024-12-02", False)], id="weekday-capital-on"
        ),
        pytest.param(
            "He said on Thursday",
            DEC_4,
            [("Thursday", "2024-11-28", False)],
            id="weekday-last-week",
        ),
        pytest.param("He said on Wednesday", None, [], id="weekday-without-anchor"),
        pytest.param("Wednesday was cold", DEC_4, [], id="weekday-without-on"),
        pytest.param(
            "He said on\nMonday", DEC_4, [("Monday", "2024-12-02", False)], id="weekday-on-new-line"
        ),
        pytest.param(
            "made a stop Monday in Ohio",
            DEC_4,
            [("Monday", "2024-12-02", False)],
            id="weekday-after-a-lower-case-word",
        ),
        pytest.param(
            "a stop in Canton Monday morning",
            DEC_4,
            [("Monday", "2024-12-02", False)],
            id="weekday-and-part-of-day",
        ),
        pytest.param("Cyber Monday sales", DEC_4, [], id="weekday-in-a-name"),
        pytest.param("talks starting Monday", DEC_4, [], id="weekday-ahead"),
        pytest.param("Mondays are busy", DEC_4, [], id="weekdays-plural"),
        pytest.param(
            "the summit on January 9-10, 2023, in Mexico",
            None,
            [("January 9-10, 2023", "2023-01-09", True)],
            id="span-of-days-is-its-first",
        ),
        pytest.param(
            "an order on March, 7, 2021:",
            None,
            [("March, 7, 2021", "2021-03-07", True)],
            id="stray-comma-after-the-month",
        ),
        pytest.param("In March, 7 of 10 said", DEC_4, [], id="comma-after-month-no-year"),
        pytest.param(
            "a letter dated November 2, 1800.",
            None,
            [("November 2, 1800", "1800-11-02", True)],
            id="old-year-with-month-and-day",
        ),
        pytest.param(
            "Saturday, 26 February\n\n1600 GMT",
            DEC_4,
            [("26 February", "2025-02-26", False)],
            id="a-time-on-the-next-line-is-no-year",
        ),
        pytest.param(
            "on Wednesday, Dec. 4",
            DEC_4,
            [("Dec. 4", "2024-12-04", False)],
            id="weekday-before-date-is-the-date",
        ),
        pytest.param(
            "met on Dec. 3 and Dec. 4, 2024",
            DEC_4,
            [("Dec. 3", "2024-12-03", False), ("Dec. 4, 2024", "2024-12-04", True)],
            id="two-dates",
        ),
        pytest.param("we met", DEC_4, [], id="no-date"),
        pytest.param("2023-02-29", None, [], id="iso-feb-29-common-year"),
        pytest.param("Feb. 29, 2023", None, [], id="feb-29-common-year"),
        pytest.param(
            "The vote on Feb. 29 was close.",
            date(2022, 6, 1),
            [],
            id="yearless-feb-29-no-leap-year-near",
        ),
        pytest.param(
            "The vote on Feb. 29 was close.",
            date(2023, 3, 1),
            [("Feb. 29", "2024-02-29", False)],
            id="yearless-feb-29-next-leap-year",
        ),
    ],
)
def test_find_dates(text: str, anchor: date | None, expected: list[tuple[str, str, bool]]) -> None:
    assert found(text, anchor) == expected


@pytest.mark.parametrize(
    ("month", "day", "anchor", "expected"),
    [
        pytest.param(11, 29, DEC_4, date(2024, 11, 29), id="last-month"),
        pytest.param(11, 29, JAN_5, date(2024, 11, 29), id="last-year-from-january"),
        pytest.param(1, 3, date(2024, 12, 28), date(2025, 1, 3), id="next-year-from-december"),
        pytest.param(12, 4, DEC_4, DEC_4, id="same-day"),
        pytest.param(2, 29, date(2023, 3, 1), date(2024, 2, 29), id="feb-29-nearest-leap"),
        pytest.param(2, 29, date(2022, 6, 1), None, id="feb-29-no-leap-year-near"),
    ],
)
def test_resolve_year(month: int, day: int, anchor: date, expected: date | None) -> None:
    assert resolve_year(month, day, anchor) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("26-FEB-1987 15:01:01.79", date(1987, 2, 26), id="reuters-upper-case"),
        pytest.param("2024-12-04", DEC_4, id="iso"),
        pytest.param("2024-10-17 16:28:39-04:00", date(2024, 10, 17), id="iso-with-time"),
        pytest.param("December 4, 2024", DEC_4, id="prose"),
        pytest.param("Wed, 04 Dec 2024 10:00:00 GMT", DEC_4, id="rfc-2822"),
        pytest.param("2024-13-45", None, id="iso-shaped-not-a-date"),
        pytest.param("2023-02-29", None, id="iso-feb-29-common-year"),
        pytest.param("Feb. 29, 2023", None, id="feb-29-common-year"),
        pytest.param("nonsense", None, id="not-a-date"),
    ],
)
def test_parse_date_value(value: str, expected: date | None) -> None:
    assert parse_date_value(value) == expected
