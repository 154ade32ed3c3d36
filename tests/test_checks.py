"""The checks, table-driven: tiny articles in, the findings of one check code out.

Each ``Case`` names one check code, a few small documents (file name -> text or bytes; the
``.txt`` ones start with a ``date YYYY-MM-DD`` line, so their first sentence is on line 2),
optional reference timeline and alias rows, and the findings of that code it expects: a list
of ``(code, sorted locations)``, where a location is ``basename:line`` (``basename#record:line``
inside a JSON Lines file). An empty list is a "does not flag" case. ``run_case`` writes the
documents to ``tmp_path``, calls ``factcheck.run([tmp_path], reference=...)`` and keeps the
findings of the case's code.

The meta-tests at the end check the registry itself (codes, names, docstrings) and that every
check in ``CHECKS`` has at least two "flags" and two "does not flag" cases in the table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import factcheck
from factcheck.check import CHECKS
from factcheck.models import Finding, Location, Result, Severity

TIMELINE_HEADER = "office,organization,holder,start,end,source_url"
ALIAS_HEADER = "holder,variant,source_url"

NATO_URL = "https://example.org/nato-secretaries-general"
POTUS_URL = "https://example.org/us-presidents"
COS_URL = "https://example.org/white-house-chiefs-of-staff"
SOS_URL = "https://example.org/secretaries-of-state"
ALIAS_URL = "https://example.org/aliases"

STOLTENBERG_ROW = f"Secretary General,NATO,Jens Stoltenberg,2014-10-01,2024-10-01,{NATO_URL}"
RUTTE_ROW = f"Secretary General,NATO,Mark Rutte,2024-10-01,,{NATO_URL}"
NATO_ROWS = (STOLTENBERG_ROW, RUTTE_ROW)
US_PRESIDENT_ROWS = (
    f"President,United States federal government,Joe Biden,2021-01-20,2025-01-20,{POTUS_URL}",
    f"President,United States federal government,Donald Trump,2025-01-20,,{POTUS_URL}",
)
CLINTON_ROWS = (
    f"President,United States federal government,William Clinton,1993-01-20,2001-01-20,{POTUS_URL}",
)
COMMERCE_URL = "https://example.org/secretaries-of-commerce"
BALDRIGE_ROWS = (
    f"Secretary of Commerce,United States federal government,Malcolm Baldrige,1981-01-20,"
    f"1987-07-25,{COMMERCE_URL}",
)
REGAN_ROWS = (
    f"White House Chief of Staff,United States federal government,Donald Regan,1985-02-04,"
    f"1987-02-27,{COS_URL}",
)
SECRETARY_OF_STATE_ROWS = (
    f"Secretary of State,United States federal government,Antony Blinken,2021-01-26,2025-01-20,"
    f"{SOS_URL}",
    f"Secretary of State,United States federal government,Marco Rubio,2025-01-21,,{SOS_URL}",
)

NATO_SG = "NATO Secretary General {} spoke in Brussels."


def dated(day: str, *lines: str) -> str:
    """A .txt article: the ``date`` header on line 1, then ``lines`` from line 2 on."""
    return "\n".join([f"date {day}", *lines]) + "\n"


def record(rid: str, day: str | None, text: str) -> str:
    """One JSON Lines record (written by hand: key order and spacing stay as shown)."""
    date_part = f', "date": "{day}"' if day else ""
    return f'{{"id": "{rid}"{date_part}, "text": "{text}"}}'


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    docs: dict[str, str | bytes]
    expected: list[tuple[str, list[str]]]
    reference: tuple[str, ...] | None = None  # timeline rows, without the header
    aliases: tuple[str, ...] | None = None  # alias rows, without the header
    extra_paths: tuple[str, ...] = ()  # passed to run() besides tmp_path, relative to it
    message_has: tuple[str, ...] = ()  # every finding of the code quotes each of these
    xfail: str = ""  # a known bug: the case is right and fails (strict xfail)

    @property
    def flags(self) -> bool:
        return bool(self.expected)


D = "2024-12-04"

CASES: list[Case] = [
    # --- FC101 holder-conflict ----------------------------------------------------------------
    Case(
        "fc101-nato-sg-two-people-one-date",
        "FC101",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [("FC101", ["a.txt:2", "b.txt:2"])],
        message_has=("NATO", "Secretary General", "2024-12-04", "Jens Stoltenberg", "Mark Rutte"),
    ),
    Case(
        "fc101-us-president-two-people-one-date",
        "FC101",
        {
            "a.txt": dated(D, "U.S. President Joe Biden spoke in Washington."),
            "b.txt": dated(D, "U.S. President Donald Trump spoke in Florida."),
        },
        [("FC101", ["a.txt:2", "b.txt:2"])],
        message_has=("United States", "President", "Joe Biden", "Donald Trump"),
    ),
    Case(
        "fc101-three-people-are-one-finding",
        "FC101",
        {
            "a.txt": dated(D, "British Prime Minister Keir Starmer spoke in London."),
            "b.txt": dated(D, "British Prime Minister Rishi Sunak spoke in London."),
            "c.txt": dated(D, "British Prime Minister Boris Johnson spoke in London."),
        },
        [("FC101", ["a.txt:2", "b.txt:2", "c.txt:2"])],
    ),
    Case(
        "fc101-two-records-of-one-jsonl-file",
        "FC101",
        {
            "feed.jsonl": record("a1", D, NATO_SG.format("Mark Rutte"))
            + "\n"
            + record("a2", D, NATO_SG.format("Jens Stoltenberg"))
            + "\n"
        },
        [("FC101", ["feed.jsonl#a1:1", "feed.jsonl#a2:1"])],
    ),
    Case(
        "fc101-not-different-offices",
        "FC101",
        {
            "a.txt": dated(D, "Ukraine's Defense Minister Rustem Umerov met allies."),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc103-one-old-title-among-many",
        "FC103",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
            "c.txt": dated("2024-12-01", NATO_SG.format("Mark Rutte")),
            "d.txt": dated("2024-11-20", NATO_SG.format("Mark Rutte")),
        },
        [("FC103", ["a.txt:2", "b.txt:2"])],
        message_has=("Jens Stoltenberg", "Mark Rutte", "3 claims"),
    ),
    Case(
        "fc103-historical-president-in-one-page",
        "FC103",
        {
            "a.txt": dated(
                D,
                "U.S. President Joe Biden spoke.",
                "",
                "The law was signed by U.S. President Barack Obama.",
                "",
                "U.S. President Joe Biden later met U.S. President Joe Biden's staff.",
            ),
            "b.txt": dated(D, "U.S. President Joe Biden spoke again."),
            "c.txt": dated("2024-12-02", "U.S. President Joe Biden spoke once more."),
        },
        [("FC103", ["a.txt:2", "a.txt:4"])],
    ),
    Case(
        "fc103-not-when-no-one-dominates",
        "FC103",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc103-not-former",
        "FC103",
        {
            "a.txt": dated(D, "Former " + NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
            "c.txt": dated("2024-12-01", NATO_SG.format("Mark Rutte")),
            "d.txt": dated("2024-11-20", NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc101-not-one-dominant-holder",
        "FC101",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
            "c.txt": dated("2024-12-01", NATO_SG.format("Mark Rutte")),
            "d.txt": dated("2024-11-20", NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc101-not-former",
        "FC101",
        {
            "a.txt": dated(D, "Former " + NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc101-not-president-elect",
        "FC101",
        {
            "a.txt": dated(D, "U.S. President-elect Donald Trump spoke in Florida."),
            "b.txt": dated(D, "U.S. President Joe Biden spoke in Washington."),
        },
        [],
    ),
    Case(
        "fc101-not-acting",
        "FC101",
        {
            "a.txt": dated(D, "Acting Prime Minister Dick Schoof of the Netherlands spoke."),
            "b.txt": dated(D, "Dutch Prime Minister Mark Rutte spoke."),
        },
        [],
    ),
    Case(
        "fc101-not-deputy-posts",
        "FC101",
        {
            "a.txt": dated(D, "Ukraine's Deputy Foreign Minister Andrii Sybiha spoke in Kyiv."),
            "b.txt": dated(D, "Ukraine's Deputy Foreign Minister Mykola Tochytskyi spoke in Kyiv."),
        },
        [],
    ),
    Case(
        "fc101-not-two-countries-foreign-ministers",
        "FC101",
        {
            "a.txt": dated(D, "Lithuania's Foreign Minister Gabrielius Landsbergis spoke."),
            "b.txt": dated(D, "Ukraine's Foreign Minister Andrii Sybiha spoke in Kyiv."),
        },
        [],
    ),
    Case(
        "fc101-not-spellings-of-one-person",
        "FC101",
        {
            "a.txt": dated(D, "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv."),
            "b.txt": dated(D, "Ukrainian President Volodymyr Zelensky spoke in Kyiv."),
        },
        [],
    ),
    Case(
        "fc101-not-different-dates",
        "FC101",
        {
            "a.txt": dated("2023-12-04", NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc101-not-page-furniture",
        "FC101",
        {
            "a.txt": dated(
                D,
                NATO_SG.format("Mark Rutte"),
                "",
                "News Feed",
                "",
                "12:22 AM",
                "",
                "NATO Secretary General Jens Stoltenberg urges allies.",
            )
        },
        [],
    ),
    # --- FC102 holder-change ------------------------------------------------------------------
    Case(
        "fc102-nato-sg-change-shows-both-places",
        "FC102",
        {
            "a.txt": dated("2023-12-04", NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [("FC102", ["a.txt:2", "b.txt:2"])],
        message_has=("Jens Stoltenberg", "2023-12-04", "Mark Rutte", "2024-12-04"),
    ),
    Case(
        "fc102-each-change-is-a-finding",
        "FC102",
        {
            "a.txt": dated("2020-01-01", "U.S. President Donald Trump spoke."),
            "b.txt": dated("2022-01-01", "U.S. President Joe Biden spoke."),
            "c.txt": dated("2025-03-01", "U.S. President Donald Trump spoke."),
        },
        [("FC102", ["a.txt:2", "b.txt:2"]), ("FC102", ["b.txt:2", "c.txt:2"])],
    ),
    Case(
        "fc102-not-one-person-on-two-dates",
        "FC102",
        {
            "a.txt": dated("2023-12-04", NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
        },
        [],
    ),
    Case(
        "fc102-not-spellings-of-one-person",
        "FC102",
        {
            "a.txt": dated("2023-12-04", "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv."),
            "b.txt": dated(D, "Ukrainian President Volodymyr Zelensky spoke in Kyiv."),
        },
        [],
    ),
    Case(
        "fc102-not-same-date",
        "FC102",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc102-not-former",
        "FC102",
        {
            "a.txt": dated("2023-12-04", "Former " + NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    Case(
        "fc102-not-president-elect",
        "FC102",
        {
            "a.txt": dated("2024-11-10", "U.S. President-elect Donald Trump spoke in Florida."),
            "b.txt": dated(D, "U.S. President Joe Biden spoke in Washington."),
        },
        [],
    ),
    Case(
        "fc102-not-undated",
        "FC102",
        {
            "a.txt": NATO_SG.format("Jens Stoltenberg") + "\n",
            "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
        },
        [],
    ),
    # --- FC201 name-variants ------------------------------------------------------------------
    Case(
        "fc201-zelenskyy-zelenskiy-zelensky",
        "FC201",
        {
            "a.txt": dated(
                D,
                "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.",
                "Zelenskyy said more.",
                '"We will win," Zelenskiy said.',
            ),
            "b.txt": dated(
                D, "President Volodymyr Zelensky of Ukraine spoke.", "Zelensky said more."
            ),
        },
        [("FC201", ["a.txt:2", "a.txt:3", "a.txt:4", "b.txt:2", "b.txt:3"])],
        message_has=("Zelenskyy", "Zelenskiy", "Zelensky"),
    ),
    Case(
        "fc201-diacritics",
        "FC201",
        {
            "a.txt": dated(
                D,
                "Turkish Foreign Minister Mevlüt Çavuşoğlu spoke in Ankara.",
                "Çavuşoğlu said more.",
            ),
            "b.txt": dated(D, "Turkish Foreign Minister Mevlut Cavusoglu spoke in Ankara."),
        },
        [("FC201", ["a.txt:2", "a.txt:3", "b.txt:2"])],
        message_has=("Çavuşoğlu", "Cavusoglu"),
    ),
    Case(
        "fc201-name-with-a-middle-name",
        "FC201",
        {
            "a.txt": dated(
                D, "Turkish President Recep Tayyip Erdoğan spoke in Ankara.", "Erdoğan said more."
            ),
            "b.txt": dated(
                D, "Turkish President Recep Tayyip Erdogan spoke in Ankara.", "Erdogan said more."
            ),
        },
        [("FC201", ["a.txt:2", "a.txt:3", "b.txt:2", "b.txt:3"])],
    ),
    Case(
        "fc201-not-a-single-spelling",
        "FC201",
        {
            "a.txt": dated(D, NATO_SG.format("Mark Rutte"), "Rutte said more."),
            "b.txt": dated(D, "Mark Rutte spoke again."),
        },
        [],
    ),
    Case(
        "fc201-not-a-near-miss",
        "FC201",
        {
            "a.txt": dated(
                D,
                NATO_SG.format("Jens Stoltenberg"),
                *["Stoltenberg said."] * 3,
                "Stoltenburg said.",
            )
        },
        [],
    ),
    Case(
        "fc201-not-namesakes-with-other-first-names",
        "FC201",
        {
            "a.txt": dated(D, "Secretary of State James Baker spoke.", "James Baker said more."),
            "b.txt": dated(
                D, "White House chief of staff Howard Baker spoke.", "Howard Baker said."
            ),
        },
        [],
    ),
    # --- FC202 likely-misspelling -------------------------------------------------------------
    Case(
        "fc202-stoltenburg-once-beside-stoltenberg-four-times",
        "FC202",
        {
            "a.txt": dated(
                D,
                NATO_SG.format("Jens Stoltenberg"),
                *["Stoltenberg said."] * 3,
                "Stoltenburg said.",
            )
        },
        [("FC202", ["a.txt:6"])],
        message_has=("Stoltenburg", "Stoltenberg"),
    ),
    Case(
        "fc202-kuleda-beside-kuleba",
        "FC202",
        {
            "a.txt": dated(
                D,
                "Ukraine's Foreign Minister Dmytro Kuleba spoke.",
                "Kuleba said one.",
                "Kuleba said two.",
                "Kuleba said three.",
                "Kuleda said four.",
            )
        },
        [("FC202", ["a.txt:6"])],
    ),
    Case(
        "fc202-twice-beside-six-times",
        "FC202",
        {
            "a.txt": dated(
                D,
                NATO_SG.format("Jens Stoltenberg"),
                *["Stoltenberg said."] * 5,
                "Stoltenburg said.",
                "Stoltenburg said again.",
            )
        },
        [("FC202", ["a.txt:8", "a.txt:9"])],
    ),
    Case(
        "fc202-not-zelenskiy-beside-zelenskyy",
        "FC202",
        {
            "a.txt": dated(
                D,
                "Ukrainian President Volodymyr Zelenskyy spoke.",
                *["Zelenskyy said."] * 3,
                "Zelenskiy said.",
            )
        },
        [],
    ),
    Case(
        "fc202-not-two-spellings-used-equally",
        "FC202",
        {
            "a.txt": dated(
                D,
                NATO_SG.format("Jens Stoltenberg"),
                "Stoltenberg said.",
                "Stoltenburg said.",
                "Stoltenburg said.",
            )
        },
        [],
    ),
    Case(
        "fc202-not-a-near-miss-in-an-article-without-the-name",
        "FC202",
        {
            "a.txt": dated(D, NATO_SG.format("Jens Stoltenberg"), *["Stoltenberg said."] * 3),
            "b.txt": dated(D, "Stoltenburg said."),
        },
        [],
    ),
    Case(
        "fc202-not-a-namesake-with-own-first-name",
        "FC202",
        {
            "a.txt": dated(
                D,
                "White House chief of staff Howard Baker spoke.",
                *["Baker said."] * 4,
                "Secretary of State James Baker agreed.",
            )
        },
        [],
    ),
    # --- FC301 stale-title --------------------------------------------------------------------
    Case(
        "fc301-stoltenberg-after-his-term",
        "FC301",
        {"a.txt": dated(D, NATO_SG.format("Jens Stoltenberg"))},
        [("FC301", ["a.txt:2"])],
        reference=NATO_ROWS,
        message_has=("2024-10-01", STOLTENBERG_ROW.removesuffix("," + NATO_URL), NATO_URL),
    ),
    Case(
        "fc301-on-the-end-date-terms-are-half-open",
        "FC301",
        {"a.txt": dated("2024-10-01", NATO_SG.format("Jens Stoltenberg"))},
        [("FC301", ["a.txt:2"])],
        reference=NATO_ROWS,
        message_has=(NATO_URL,),
    ),
    Case(
        "fc301-via-an-alias",
        "FC301",
        {"a.txt": dated("1987-06-01", "White House chief of staff Don Regan spoke.")},
        [("FC301", ["a.txt:2"])],
        reference=REGAN_ROWS,
        aliases=(f"Donald Regan,Don Regan,{ALIAS_URL}",),
        message_has=(COS_URL,),
    ),
    Case(
        "fc301-not-former",
        "FC301",
        {"a.txt": dated(D, "Former " + NATO_SG.format("Jens Stoltenberg"))},
        [],
        reference=NATO_ROWS,
    ),
    Case(
        "fc301-not-inside-the-term",
        "FC301",
        {
            "a.txt": dated("2023-12-04", NATO_SG.format("Jens Stoltenberg")),
            "b.txt": dated("2024-09-30", NATO_SG.format("Jens Stoltenberg")),
        },
        [],
        reference=NATO_ROWS,
    ),
    Case(
        "fc301-not-an-office-the-reference-lacks",
        "FC301",
        {"a.txt": dated(D, "UK Foreign Secretary David Lammy spoke.")},
        [],
        reference=NATO_ROWS,
    ),
    Case(
        "fc301-not-without-a-reference",
        "FC301",
        {"a.txt": dated(D, NATO_SG.format("Jens Stoltenberg"))},
        [],
    ),
    # --- FC302 premature-title ----------------------------------------------------------------
    Case(
        "fc302-trump-before-inauguration",
        "FC302",
        {"a.txt": dated(D, "U.S. President Donald Trump spoke in Florida.")},
        [("FC302", ["a.txt:2"])],
        reference=US_PRESIDENT_ROWS,
        message_has=("2025-01-20", POTUS_URL),
    ),
    Case(
        "fc302-rutte-the-day-before-his-term",
        "FC302",
        {"a.txt": dated("2024-09-30", NATO_SG.format("Mark Rutte"))},
        [("FC302", ["a.txt:2"])],
        reference=NATO_ROWS,
        message_has=("2024-10-01", NATO_URL),
    ),
    Case(
        "fc302-not-president-elect",
        "FC302",
        {"a.txt": dated(D, "U.S. President-elect Donald Trump spoke in Florida.")},
        [],
        reference=US_PRESIDENT_ROWS,
    ),
    Case(
        "fc302-not-designate-or-nominee",
        "FC302",
        {
            "a.txt": dated("2024-11-20", "Secretary of State-designate Marco Rubio spoke."),
            "b.txt": dated("2024-11-21", "U.S. Secretary of State nominee Marco Rubio spoke."),
        },
        [],
        reference=SECRETARY_OF_STATE_ROWS,
    ),
    Case(
        "fc302-not-inside-the-term",
        "FC302",
        {
            "a.txt": dated("2025-03-01", "U.S. President Donald Trump spoke in Washington."),
            "b.txt": dated("2024-10-01", NATO_SG.format("Mark Rutte")),
        },
        [],
        reference=US_PRESIDENT_ROWS + NATO_ROWS,
    ),
    # --- FC303 other-holder -------------------------------------------------------------------
    Case(
        "fc303-rutte-in-stoltenbergs-time",
        "FC303",
        {"a.txt": dated("2020-01-01", NATO_SG.format("Mark Rutte"))},
        [("FC303", ["a.txt:2"])],
        reference=(STOLTENBERG_ROW,),
        message_has=("Mark Rutte", "Jens Stoltenberg", NATO_URL),
    ),
    Case(
        "fc303-a-short-name-without-an-alias",
        "FC303",
        {"a.txt": dated("1986-05-01", "U.S. Commerce Secretary Mac Baldrige spoke.")},
        [("FC303", ["a.txt:2"])],
        reference=BALDRIGE_ROWS,
        message_has=("Malcolm Baldrige", COMMERCE_URL),
    ),
    Case(
        "fc303-not-a-short-name-with-an-alias",
        "FC303",
        {"a.txt": dated("1986-05-01", "U.S. Commerce Secretary Mac Baldrige spoke.")},
        [],
        reference=BALDRIGE_ROWS,
        aliases=(f"Malcolm Baldrige,Mac Baldrige,{ALIAS_URL}",),
    ),
    Case(
        "fc303-not-a-common-nickname",
        "FC303",
        {"a.txt": dated("1995-05-01", "U.S. President Bill Clinton spoke.")},
        [],
        reference=CLINTON_ROWS,
    ),
    Case(
        "fc303-not-an-alias-don-regan",
        "FC303",
        {"a.txt": dated("1986-05-01", "White House chief of staff Don Regan spoke.")},
        [],
        reference=REGAN_ROWS,
        aliases=(f"Donald Regan,Don Regan,{ALIAS_URL}",),
    ),
    Case(
        "fc303-not-a-nickname-with-an-alias",
        "FC303",
        {"a.txt": dated("1995-05-01", "U.S. President Bill Clinton spoke.")},
        [],
        reference=CLINTON_ROWS,
        aliases=(f"William Clinton,Bill Clinton,{ALIAS_URL}",),
    ),
    Case(
        "fc303-not-a-date-the-reference-does-not-cover",
        "FC303",
        {"a.txt": dated("1990-01-01", NATO_SG.format("Manfred Woerner"))},
        [],
        reference=(STOLTENBERG_ROW,),
    ),
    Case(
        "fc303-not-an-office-the-reference-lacks",
        "FC303",
        {"a.txt": dated(D, "UK Foreign Secretary David Lammy spoke.")},
        [],
        reference=NATO_ROWS,
    ),
    # --- FC001 unreadable ---------------------------------------------------------------------
    Case(
        "fc001-nonexistent-file",
        "FC001",
        {"a.txt": dated(D, "Nothing to see.")},
        [("FC001", ["missing.txt:1"])],
        extra_paths=("missing.txt",),
        message_has=("missing.txt",),
    ),
    Case(
        "fc001-nonexistent-folder",
        "FC001",
        {"a.txt": dated(D, "Nothing to see.")},
        [("FC001", ["gone:1"])],
        extra_paths=("gone",),
    ),
    Case(
        "fc001-not-an-existing-file-named-again",
        "FC001",
        {"a.txt": dated(D, "Nothing to see.")},
        [],
        extra_paths=("a.txt",),
    ),
    Case("fc001-not-a-binary-file", "FC001", {"b.txt": b"\x00\x01\x02" * 50}, []),
    # --- FC002 binary -------------------------------------------------------------------------
    Case(
        "fc002-nul-bytes",
        "FC002",
        {"b.txt": bytes(range(256)) * 4, "ok.txt": dated(D, "Fine.")},
        [("FC002", ["b.txt:1"])],
    ),
    Case(
        "fc002-mostly-control-bytes",
        "FC002",
        {"c.txt": b"\x01\x02\x03\x04abc" * 100},
        [("FC002", ["c.txt:1"])],
    ),
    Case(
        "fc002-not-latin-1-text",
        "FC002",
        {"l.txt": "date 2024-12-04\nCaf\xe9 owner spoke.\n".encode("latin-1")},
        [],
    ),
    Case(
        "fc002-not-utf-8-with-bom",
        "FC002",
        {"bom.txt": "\ufeffdate 2024-12-04\nCafé owner spoke.\n".encode()},
        [],
    ),
    # --- FC003 decoded-fallback ---------------------------------------------------------------
    Case(
        "fc003-latin-1",
        "FC003",
        {
            "latin1.txt": "date 2024-12-04\nLine two.\nCaf\xe9 owner said Prime Minister Keir "
            "Starmer spoke.\n".encode("latin-1")
        },
        [("FC003", ["latin1.txt:3"])],
        message_has=("latin1.txt",),
    ),
    Case(
        "fc003-cp1252-quotes",
        "FC003",
        {
            "w.txt": "date 2024-12-04\n\u201cHello\u201d said U.S. President Joe Biden.\n".encode(
                "cp1252"
            )
        },
        [("FC003", ["w.txt:2"])],
    ),
    Case(
        "fc003-not-utf-8-with-bom",
        "FC003",
        {"bom.txt": "\ufeffdate 2024-12-04\nCafé owner spoke.\n".encode()},
        [],
    ),
    Case(
        "fc003-not-plain-utf-8",
        "FC003",
        {"u.txt": dated(D, "Turkish Foreign Minister Mevlüt Çavuşoğlu spoke.")},
        [],
    ),
    # --- FC004 broken-record ------------------------------------------------------------------
    Case(
        "fc004-invalid-json-beside-a-good-record",
        "FC004",
        {"broken.jsonl": record("a1", D, NATO_SG.format("Mark Rutte")) + "\n{not json\n"},
        [("FC004", ["broken.jsonl#line-2:2"])],
        message_has=("broken.jsonl",),
    ),
    Case(
        "fc004-no-text-and-not-an-object",
        "FC004",
        {"r.jsonl": '{"id": "a2"}\n\n[1, 2]\n'},
        [("FC004", ["r.jsonl#a2:1"]), ("FC004", ["r.jsonl#line-3:3"])],
    ),
    Case(
        "fc004-not-blank-lines",
        "FC004",
        {"r.jsonl": "\n" + record("a1", D, "Fine.") + "\n\n  \n" + record("a2", D, "Fine.") + "\n"},
        [],
    ),
    Case("fc004-not-json-in-a-txt-file", "FC004", {"a.txt": dated(D, "{not json")}, []),
    # --- FC005 undated ------------------------------------------------------------------------
    Case(
        "fc005-txt-without-a-date",
        "FC005",
        {"bbc.txt": "Labour plans maternity pay rise\n\nPay will rise.\n"},
        [("FC005", ["bbc.txt:1"])],
    ),
    Case(
        "fc005-jsonl-record-without-a-date",
        "FC005",
        {"r.jsonl": record("a1", None, NATO_SG.format("Mark Rutte")) + "\n"},
        [("FC005", ["r.jsonl#a1:1"])],
    ),
    Case("fc005-not-a-date-header", "FC005", {"a.txt": dated(D, "Nothing else.")}, []),
    Case(
        "fc005-not-front-matter-or-a-date-in-the-text",
        "FC005",
        {
            "f.md": "---\ndate: '2024-10-23'\n---\nBody.\n",
            "t.txt": "Kyiv, 4 December 2024\nNothing else.\n",
        },
        [],
    ),
    # --- FC006 empty --------------------------------------------------------------------------
    Case("fc006-zero-byte-md", "FC006", {"e.md": ""}, [("FC006", ["e.md:1"])]),
    Case("fc006-whitespace-only-txt", "FC006", {"w.txt": "  \n\t\n"}, [("FC006", ["w.txt:1"])]),
    Case("fc006-not-a-one-sentence-article", "FC006", {"s.txt": dated(D, "One sentence.")}, []),
    Case(
        "fc006-not-a-one-record-jsonl",
        "FC006",
        {"r.jsonl": record("a1", D, "One sentence.") + "\n"},
        [],
    ),
    # --- FC007 bad-front-matter ---------------------------------------------------------------
    Case(
        "fc007-yaml-error",
        "FC007",
        {"y.md": "---\ntitle: [unclosed\nauthor: x\n---\nOn 2 May 2022.\n"},
        [("FC007", ["y.md:1"])],
        message_has=("y.md",),
    ),
    Case(
        "fc007-yaml-list",
        "FC007",
        {"l.md": "---\n- a\n- list\n---\nOn 2 May 2022.\n"},
        [("FC007", ["l.md:1"])],
        message_has=("l.md",),
    ),
    Case(
        "fc007-not-md-without-front-matter",
        "FC007",
        {"n.md": "date 2024-12-04\n# Big news\n\nText.\n"},
        [],
    ),
    Case(
        "fc007-not-valid-yaml-or-toml",
        "FC007",
        {
            "y.md": "---\ntitle: x\ndate: 2024-01-02\n---\nBody.\n",
            "t.md": '+++\ntitle = "Summit"\ndate = 2024-07-10\n+++\n\nBody.\n',
        },
        [],
    ),
]


# --- the helper -------------------------------------------------------------------------------


def where(location: Location) -> str:
    """``basename:line``, or ``basename#record:line`` for a JSON Lines record."""
    name = Path(location.path).name
    return (
        f"{name}#{location.record}:{location.line}"
        if location.record
        else f"{name}:{location.line}"
    )


def write_csv(path: Path, header: str, rows: tuple[str, ...]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def run_documents(case: Case, folder: Path) -> Result:
    """Write the case's documents (and reference CSVs) to ``folder`` and run factcheck there.

    The CSVs sit beside the articles: a folder walk reads .txt, .md and .jsonl files only.
    """
    for name, content in case.docs.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    reference: list[Path] = []
    if case.reference is not None:
        reference.append(write_csv(folder / "timeline.csv", TIMELINE_HEADER, case.reference))
    if case.aliases is not None:
        reference.append(write_csv(folder / "aliases.csv", ALIAS_HEADER, case.aliases))
    paths = [folder, *(folder / extra for extra in case.extra_paths)]
    return factcheck.run(paths, reference=reference or None)


def findings_of(result: Result, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def summary(findings: list[Finding]) -> list[tuple[str, list[str]]]:
    return sorted((f.code, sorted(where(loc) for loc in f.locations)) for f in findings)


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_check_case(case: Case, tmp_path: Path) -> None:
    result = run_documents(case, tmp_path)
    found = findings_of(result, case.code)
    assert summary(found) == sorted(case.expected)
    check = next(c for c in CHECKS if c.code == case.code)
    for finding in found:
        assert (finding.name, finding.severity) == (check.name, check.severity)
        for needle in case.message_has:
            assert needle in finding.message


# --- details the table does not show ----------------------------------------------------------


def case_by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)


def test_holder_change_puts_the_later_claim_first(tmp_path: Path) -> None:
    result = run_documents(case_by_id("fc102-nato-sg-change-shows-both-places"), tmp_path)
    (finding,) = findings_of(result, "FC102")
    assert [where(loc) for loc in finding.locations] == ["b.txt:2", "a.txt:2"]
    assert "Mark Rutte" in finding.locations[0].text
    assert "Jens Stoltenberg" in finding.locations[1].text


def test_likely_misspelling_quotes_the_rare_form(tmp_path: Path) -> None:
    result = run_documents(
        case_by_id("fc202-stoltenburg-once-beside-stoltenberg-four-times"), tmp_path
    )
    (finding,) = findings_of(result, "FC202")
    assert finding.locations[0].text == "Stoltenburg said."


def test_broken_record_still_reads_the_good_record(tmp_path: Path) -> None:
    result = run_documents(case_by_id("fc004-invalid-json-beside-a-good-record"), tmp_path)
    claims = result.claims
    rutte = claims[claims["person"] == "Mark Rutte"]
    assert len(rutte) == 1
    row = rutte.iloc[0]
    assert (Path(row["path"]).name, row["record"], row["office"], row["organization"]) == (
        "broken.jsonl",
        "a1",
        "Secretary General",
        "NATO",
    )
    assert str(row["as_of"]) == D


def test_reference_tally_agree_disagree_outside(tmp_path: Path) -> None:
    case = Case(
        "tally",
        "FC301",
        {
            "a.txt": dated("2023-12-04", NATO_SG.format("Jens Stoltenberg")),  # agree
            "b.txt": dated(D, NATO_SG.format("Jens Stoltenberg")),  # stale: disagree
            "c.txt": dated(D, "UK Foreign Secretary David Lammy spoke."),  # no timeline: outside
            "d.txt": dated("2024-12-05", "Former " + NATO_SG.format("Jens Stoltenberg")),  # agree
            "e.txt": NATO_SG.format("Mark Rutte") + "\n",  # undated: outside
            "f.txt": dated("2020-01-01", NATO_SG.format("Mark Rutte")),  # premature: disagree
            "g.txt": dated("1990-01-01", NATO_SG.format("Manfred Woerner")),  # before all: outside
        },
        [],
        reference=NATO_ROWS,
    )
    result = run_documents(case, tmp_path)
    assert len(result.claims) == 7
    assert result.reference is not None
    tally = (result.reference.agree, result.reference.disagree, result.reference.outside)
    assert tally == (2, 2, 3)


def test_no_reference_no_tally(tmp_path: Path) -> None:
    result = run_documents(case_by_id("fc301-not-without-a-reference"), tmp_path)
    assert result.reference is None


def test_alias_file_alone_is_a_reference(tmp_path: Path) -> None:
    """An alias file without a timeline is accepted and judges nothing."""
    case = Case(
        "aliases-only",
        "FC303",
        {"a.txt": dated("1995-05-01", "U.S. President Bill Clinton spoke.")},
        [],
        aliases=(f"William Clinton,Bill Clinton,{ALIAS_URL}",),
    )
    result = run_documents(case, tmp_path)
    assert result.reference is not None
    assert (result.reference.agree, result.reference.disagree, result.reference.outside) == (
        0,
        0,
        1,
    )
    assert [f for f in result.findings if f.code.startswith("FC3")] == []


# --- meta-tests: the registry and the table ---------------------------------------------------


def test_codes_are_unique_and_well_formed() -> None:
    codes = [check.code for check in CHECKS]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"FC\d{3}", code) for code in codes), codes


def test_names_are_unique_kebab_case() -> None:
    names = [check.name for check in CHECKS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name) for name in names), names


def test_severities_are_severities() -> None:
    assert all(isinstance(check.severity, Severity) for check in CHECKS)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: f"{c.code}-{c.name}")
def test_every_check_has_its_own_docstring(check: object) -> None:
    doc = type(check).__dict__.get("__doc__") or ""  # its own, not a base class's
    assert "Flags:" in doc
    assert "Does not flag:" in doc


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in CASES]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_cases_name_only_registered_codes() -> None:
    known = {check.code for check in CHECKS}
    assert {case.code for case in CASES} <= known
    assert {code for case in CASES for code, _ in case.expected} <= known
    # a case only expects findings of its own code
    assert all(code == case.code for case in CASES for code, _ in case.expected)


def test_every_check_has_two_flags_and_two_does_not_flag_cases() -> None:
    """Coverage, computed from the case table (strict xfails do not count as coverage)."""
    flags = Counter(c.code for c in CASES if c.flags and not c.xfail)
    passes = Counter(c.code for c in CASES if not c.flags and not c.xfail)
    lacking = {
        check.code: (flags[check.code], passes[check.code])
        for check in CHECKS
        if flags[check.code] < 2 or passes[check.code] < 2
    }
    assert lacking == {}


# --- order and determinism --------------------------------------------------------------------

MIXED = {
    "a.txt": dated(
        D, NATO_SG.format("Jens Stoltenberg"), *["Stoltenberg said."] * 3, "Stoltenburg said."
    ),
    "b.txt": dated(D, NATO_SG.format("Mark Rutte")),
    "c.txt": dated("2023-12-04", "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv."),
    "d.txt": dated(D, "Ukrainian President Volodymyr Zelensky spoke in Kyiv."),
    "e.md": "",
    "f.txt": "No date here. U.S. President Joe Biden spoke.\n",
    "g.bin.txt": bytes(range(256)),
    "h.md": "---\n- a\n---\nOn 2 May 2022.\n",
    "i.jsonl": record("x1", D, NATO_SG.format("Mark Rutte")) + "\n{broken\n",
    "j.txt": "date 2024-12-04\nCaf\xe9 owner spoke.\n".encode("latin-1"),
}


def test_findings_are_sorted_worst_first_and_deterministic(tmp_path: Path) -> None:
    case = Case("mixed", "FC101", MIXED, [], reference=NATO_ROWS, extra_paths=("nope.txt",))
    first = run_documents(case, tmp_path)
    second = factcheck.run([tmp_path, tmp_path / "nope.txt"], reference=[tmp_path / "timeline.csv"])
    assert first.findings == second.findings
    severities = [f.severity for f in first.findings]
    assert severities == sorted(severities, reverse=True)
    assert first.findings == sorted(first.findings, key=lambda f: f.sort_key())
    # the corpus gives all three severities, so the order is really exercised
    assert set(severities) == set(Severity)
    assert first.claims.equals(second.claims)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        pytest.param("Baker", "James Baker", True, id="surname-of-full-name"),
        pytest.param("López Obrador", "Andrés Manuel López Obrador", True, id="compound-surname"),
        pytest.param("Han", "Han Duck-soo", True, id="family-name-first"),
        pytest.param("Osmani", "Vjosa Osmani-Sadriu", True, id="cut-double-name"),
        pytest.param("Biden", "Joseph R. Biden Jr.", True, id="suffix-ignored"),
        pytest.param("Howard Baker", "James Baker", False, id="other-first-name"),
        pytest.param("Jr.", "James Baker", False, id="suffix-only-name"),
        pytest.param("", "James Baker", False, id="empty-name"),
    ],
)
def test_same_holder(one: str, other: str, same: bool) -> None:
    from factcheck.check.base import same_holder

    assert same_holder(one, other) is same
    assert same_holder(other, one) is same
