"""The dates claims speak about, and the publication date read from an article's head."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.ingest.dating import publication_date_from_text
from factcheck.pipeline import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Headline\n\nDecember 4, 2024\n\nBody.\n", date(2024, 12, 4), id="date-line"),
        pytest.param(
            "Headline\n\nMinister X in Brussels on Dec. 4, 2023. (NATO Pressroom)\n\nBody.\n",
            date(2023, 12, 4),
            id="photo-caption",
        ),
        pytest.param(
            "Headline\n\n"
            + "Ms Kite said she received a phone call on 13 February 2003 from an associate, "
            + "who said the family had left the ranch and that it would be a long wait. " * 3
            + "\n",
            None,
            id="date-in-a-paragraph-of-prose",
        ),
    ],
)
def test_publication_date_from_the_head(text: str, expected: date | None) -> None:
    assert publication_date_from_text(text) == expected


def as_of(tmp_path: Path, sentence: str) -> date | None:
    path = tmp_path / "a.txt"
    path.write_text(f"date 2022-06-28\n{sentence}\n", encoding="utf-8")
    value = run([path]).claims.as_of.iloc[0]
    return None if value is None or value != value else value  # NaT/None: undated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Attorney General Dana Nessel pledged not to enforce Michigan's 1931 abortion ban.",
            date(2022, 6, 28),
            id="a-year-that-names-a-thing",
        ),
        pytest.param(
            "Treasury Secretary Robert Anderson served Eisenhower from 1957 to 1961.",
            None,
            id="a-year-the-sentence-is-set-in",
        ),
        pytest.param(
            "In 1987, Treasury Secretary James Baker met his partners.", None, id="in-a-year"
        ),
        # 2022-06-28 is a Tuesday
        pytest.param(
            "On June 2, 2022 Britain's Prime Minister Boris Johnson hosted the talks.",
            date(2022, 6, 2),
            id="on-a-date-then-a-capitalised-word",
        ),
        pytest.param(
            "President Joe Biden set up the committee during the summit on January 9-10, 2022.",
            date(2022, 1, 9),
            id="span-of-days",
        ),
        pytest.param(
            "Vice President Kamala Harris made a stop in Ohio Monday morning.",
            date(2022, 6, 27),
            id="bare-weekday",
        ),
        pytest.param(
            "Vice President Kamala Harris will travel to Ohio on Friday.",
            date(2022, 6, 28),
            id="weekday-ahead",
        ),
        pytest.param(
            "Governor Jane Roe said Monday she will travel to Ohio.",
            date(2022, 6, 27),
            id="weekday-reported",
        ),
        pytest.param(
            "In February, President Joe Biden signed the order.", None, id="opening-past-month"
        ),
        pytest.param(
            "**Health:** In May 2022, President Joe Biden signed the order.",
            None,
            id="past-month-after-a-heading",
        ),
        pytest.param(
            "- **Voting Access.** In December, President Joe Biden signed the order.",
            None,
            id="past-month-after-a-bold-heading-of-its-own",
        ),
        pytest.param(
            "- **Delivering through the Quad**: In 2021, President Joe Biden elevated it.",
            None,
            id="past-year-after-a-bold-heading-and-a-colon",
        ),
        pytest.param(
            # published in June: the nearest August is the coming one, but a deed told in
            # the past was done in the last one
            "In August, President Joe Biden signed the order.",
            None,
            id="month-ahead-of-the-page-told-in-the-past-is-the-last-one",
        ),
        pytest.param(
            "In March President Joe Biden announced the sanctions.",
            None,
            id="opening-past-month-without-a-comma",
        ),
        pytest.param(
            "Last week's shake-up raised the odds that Chairman Joe Roe will stay.",
            date(2022, 6, 28),
            id="a-past-time-naming-a-thing-sets-no-sentence",
        ),
        pytest.param(
            "Q To follow up on last week: Does Governor Jane Roe agree?",
            date(2022, 6, 28),
            id="a-past-time-inside-a-lead-in-sets-no-sentence",
        ),
        pytest.param(
            "She previously served as Deputy Assistant to President Joe Biden.",
            None,
            id="a-role-beside-a-holder-told-past-is-a-then-title",
        ),
        pytest.param(
            "The law that President Joe Biden signed earlier this month took effect.",
            None,
            id="earlier-this-month-in-the-names-clause",
        ),
        pytest.param(
            "The party ruled until Prime Minister Jane Roe was ousted in 2019.",
            None,
            id="past-year-in-the-names-clause",
        ),
        pytest.param(
            "Statement from Press Secretary Jen Psaki on Fewer Homicides in 2021",
            date(2022, 6, 28),
            id="a-year-in-a-topic",
        ),
        pytest.param(
            "Sales fell in 2021 from 2020, Chairman John Roe of Acme said.",
            date(2022, 6, 28),
            id="a-year-in-what-is-said",
        ),
        pytest.param(
            "Previously, Jane Roe was Chief Executive Officer of Acme.", None, id="previously"
        ),
        pytest.param(
            "Today's call followed talks Vice President Kamala Harris held with governors "
            "earlier this month.",
            None,
            id="own-clause-set-in-the-past-nearer-than-today",
        ),
        pytest.param(
            "In [2021](https://example.com/news), President Joe Biden signed the order.",
            None,
            id="past-year-as-a-link",
        ),
        pytest.param(
            'The Department said, "Secretary of State Antony Blinken spoke of grain," after '
            "remarks yesterday.",
            date(2022, 6, 28),
            id="quoted-claim-outside-date",
        ),
        pytest.param(
            "Chairman John Roe of Acme wanted to ban loans made after July 1, 2019.",
            date(2022, 6, 28),
            id="date-bounding-a-span",
        ),
        pytest.param(
            "President Joe Biden [signed](https://example.com/news/2022-06-01/order) the order.",
            date(2022, 6, 28),
            id="date-in-a-link",
        ),
    ],
)
def test_claim_date(tmp_path: Path, sentence: str, expected: date | None) -> None:
    assert as_of(tmp_path, sentence) == expected
