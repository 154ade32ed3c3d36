"""The office scan finds exactly what the office pattern's own finditer finds."""

from __future__ import annotations

import re
import sys

import pytest

from factcheck.extract.office_scan import office_matches
from factcheck.extract.titles import office_regex
from factcheck.lexicon import load

TEXTS = [
    "Foreign Minister Ann Lee met the U.S. Trade Representative and co-chairman Bo Ek.",
    "Trade and Industry Minister Jo Park, Minister for Defence Procurement Al Day said.",
    "The vice-president-elect, an administrator and the chairmanship: no minister here?",
    "Mınıster of Trade Sam Oh; ſecretary of ſtate Li; İstanbul governor Ed Fox.",  # folds
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_office_scan_matches_finditer(text: str) -> None:
    lexicon = load()
    expected = [(m.span(), m.group()) for m in office_regex(lexicon).finditer(text)]
    assert [(m.span(), m.group()) for m in office_matches(text, lexicon)] == expected


def test_lower_case_stands_in_for_ignorecase() -> None:
    """The scan's premise, over all of Unicode: a character that re.IGNORECASE matches to a
    title's letter lower-cases to that letter (but for the two the scan folds itself), and
    lower-casing keeps a non-word character a non-word character."""
    ascii_chars = [chr(code) for code in range(32, 127)]  # titles must be ASCII to be scanned
    letters = re.compile(r"[ -~]", re.IGNORECASE)
    word = re.compile(r"\w")
    apart = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            continue  # lengths differ: the scan falls back to finditer
        if letters.fullmatch(char):
            apart.extend(
                char
                for letter in ascii_chars
                if re.fullmatch(re.escape(letter), char, re.IGNORECASE)
                and lowered != letter.lower()
            )
        if not word.match(char) and word.match(lowered):
            apart.append(char)
    assert set(apart) == {"ı", "ſ"}
