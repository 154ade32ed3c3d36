"""Whether a short form abbreviates a body's name: "CBOT" and "Chicago Board of Trade" are one
body in the same article and across articles."""

from __future__ import annotations

import re


def abbreviates(short: str, full: str) -> bool:
    """ "CBOT" abbreviates "Chicago Board of Trade", "S&N" "Scottish and Newcastle"."""
    # "AT and T" abbreviates "American Telephone and Telegraph": "and" is no initial
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"\s(?:and|of)\s", " ", short))
    if len(letters) < 2 or not letters.isupper():
        return False
    initials = "".join(w[0] for w in full.split() if w[0].isupper())
    every_word = "".join(w[0].upper() for w in full.split())
    return letters in (initials, every_word)
