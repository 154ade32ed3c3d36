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
    ],
)
def test_claim_date(tmp_path: Path, sentence: str, expected: date | None) -> None:
    assert as_of(tmp_path, sentence) == expected
