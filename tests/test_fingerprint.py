"""Fingerprints: stable under edits that move lines or re-wrap text, different per evidence."""

from __future__ import annotations

import dataclasses

from factcheck.fingerprint import fingerprint, fingerprints
from factcheck.models import Finding, Location, Severity

QUOTE = "Defense Minister Rustem Umerov met with NATO Secretary General Jens Stoltenberg."


def finding(line: int = 7, quote: str = QUOTE, message: str = "3 ways (1×)") -> Finding:
    return Finding(
        "FC201",
        "name-variants",
        Severity.INFO,
        message,
        (Location("seeds/a.txt", line, 1, quote), Location("seeds/b.txt", 4, 3, "Zelensky said.")),
    )


def test_same_evidence_on_other_lines_keeps_the_fingerprint() -> None:
    moved = finding(line=19, quote=QUOTE.replace(" met with", "\n  met  with"))
    assert fingerprint(moved) == fingerprint(finding())


def test_message_counts_do_not_change_the_fingerprint() -> None:
    assert fingerprint(finding(message="4 ways (2×)")) == fingerprint(finding())


def test_other_evidence_or_code_changes_the_fingerprint() -> None:
    assert fingerprint(finding(quote="Mark Rutte met him.")) != fingerprint(finding())
    recoded = dataclasses.replace(finding(), code="FC202")
    assert fingerprint(recoded) != fingerprint(finding())


def test_input_problems_without_quotes_are_keyed_by_their_message() -> None:
    def unreadable(reason: str) -> Finding:
        return Finding("FC001", "unreadable", Severity.ERROR, reason, (Location("x.txt", 1, 1),))

    assert fingerprint(unreadable("x.txt: permission denied")) != fingerprint(
        unreadable("x.txt: is a directory")
    )


def test_duplicates_get_numbered_keys() -> None:
    keys = fingerprints([finding(), finding(line=30), finding(quote="Other.")])
    assert keys[1] == f"{keys[0]}:2"
    assert len(set(keys)) == 3
