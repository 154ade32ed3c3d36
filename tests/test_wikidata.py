"""Wikidata SPARQL results (P39 with P580/P582) -> reference timeline and alias CSVs.

The result files in tests/fixtures/ are recorded in Wikidata's SPARQL JSON shape; no test
touches the network.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.normalise.wikidata import WikidataError, convert, read_result, wikidata_date

FIXTURES = Path(__file__).parent / "fixtures"
NATO = FIXTURES / "wikidata-nato-secretary-general.json"
UK_PM = FIXTURES / "wikidata-uk-prime-minister.json"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("value", "precision", "end", "expected"),
    [
        pytest.param("+2014-10-01T00:00:00Z", 11, False, "2014-10-01", id="day"),
        pytest.param("+1988-01-01T00:00:00Z", 9, False, "1988-01-01", id="year-start"),
        pytest.param("+2024-01-01T00:00:00Z", 9, True, "2025-01-01", id="year-end-widens"),
        pytest.param("1994-08-00T00:00:00Z", 10, True, "1994-09-01", id="month-end-widens"),
        pytest.param("1994-12-00T00:00:00Z", 10, True, "1995-01-01", id="december-end"),
        pytest.param("1994-08-00T00:00:00Z", 10, False, "1994-08-01", id="month-start"),
        pytest.param("", 11, False, "", id="missing"),
        pytest.param("-0044-03-15T00:00:00Z", 11, False, "", id="before-common-era"),
    ],
)
def test_wikidata_date(value: str, precision: int, end: bool, expected: str) -> None:
    assert wikidata_date(value, precision, end) == expected


def test_terms_from_a_recorded_result() -> None:
    terms, aliases = convert(read_result(NATO), office="Secretary General")
    holders = [(t.holder, t.start, t.end) for t in terms]
    assert ("Jens Stoltenberg", "2014-10-01", "2024-10-01") in holders
    assert ("Mark Rutte", "2024-10-01", "") in holders  # open end
    assert ("Manfred Wörner", "1988-01-01", "1994-09-01") in holders  # year / month precision
    assert len(holders) == len(set(holders)) == 5  # alias bindings do not repeat a term
    assert not any(t.holder.startswith("Q") for t in terms)  # no English label: left out
    assert {t.organization for t in terms} == {"NATO"}
    assert (
        "Anders Fogh Rasmussen",
        "Fogh Rasmussen",
        "http://www.wikidata.org/entity/Q57286",
    ) in aliases
    assert not any(holder == variant for holder, variant, _ in aliases)


def test_several_terms_of_one_person() -> None:
    terms, _ = convert(read_result(UK_PM))
    assert [(t.start, t.end) for t in terms] == [
        ("1964-10-16", "1970-06-19"),
        ("1974-03-04", "1976-04-05"),
    ]


def test_not_a_sparql_result(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"head": {}}')
    with pytest.raises(WikidataError):
        convert(read_result(bad))
    assert main(["reference", "from-wikidata", str(bad)]) == 2


def test_cli_writes_timeline_and_aliases_used_as_reference(tmp_path: Path) -> None:
    timeline, aliases = tmp_path / "nato.csv", tmp_path / "nato-aliases.csv"
    assert (
        main(
            [
                "reference",
                "from-wikidata",
                str(NATO),
                "--output",
                str(timeline),
                "--aliases",
                str(aliases),
            ]
        )
        == 0
    )
    table = rows(timeline.read_text(encoding="utf-8"))
    assert list(table[0]) == ["office", "organization", "holder", "start", "end", "source_url"]
    # the office label Wikidata gives ("Secretary General of NATO") normalises like ours
    article = tmp_path / "a.txt"
    article.write_text("date 2020-01-01\nNATO Secretary General Mark Rutte spoke.\n")
    result = factcheck.run([article], reference=[timeline, aliases])
    # Rutte took office on 2024-10-01: a premature title, quoting Wikidata's row
    reference_findings = [f for f in result.findings if f.code.startswith("FC3")]
    assert [f.code for f in reference_findings] == ["FC302"]
    assert "2024-10-01" in reference_findings[0].message
    assert "wikidata.org/entity/Q57792" in reference_findings[0].message
