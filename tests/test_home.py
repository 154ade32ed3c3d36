"""Where an article comes from (its declared country, publisher or dateline), and whose
office an unqualified title names because of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract.home import Home, home_of
from factcheck.lexicon import load
from factcheck.models import Document
from factcheck.pipeline import run


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"dateline": "IRVINE, Calif., March 3 -"}, Home("United States")),
        ({"dateline": "TOKYO, March 3 -"}, Home("Japan")),
        ({"dateline": "BONN, West Germany, March 3 -"}, Home("West Germany")),
        ({"dateline": "CALGARY, Alberta, March 3 -"}, Home("Canada")),
        ({"dateline": "SPRINGFIELD, March 3 -"}, Home()),  # not known: no guess
        (
            {"source_url": "https://bidenwhitehouse.archives.gov/briefing-room/x/"},
            Home("United States", True),
        ),
        ({"url": "https://www.bbc.co.uk/news/uk-politics-1"}, Home("United Kingdom")),
        ({"url": "https://notbbc.co.uk.example.org/a"}, Home()),
        ({"country": "Japanese"}, Home("Japan")),  # a demonym names the country too
        ({"country": "Atlantis", "dateline": "PARIS, March 3 -"}, Home("France")),
        ({}, Home()),
    ],
)
def test_home_of(meta: dict[str, str], expected: Home) -> None:
    assert home_of(Document("a.txt", "", meta=meta), load()) == expected


def write_records(tmp_path: Path, *records: dict[str, str]) -> Path:
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def organizations(path: Path) -> dict[str, str]:
    claims = run([path]).claims
    return dict(zip(claims.person, claims.organization, strict=True))


def test_a_wire_story_from_a_country_it_names_gives_that_country_its_bare_titles(
    tmp_path: Path,
) -> None:
    story = (
        "Mexico and the U.S. talked about trucks. Mexico wants access. Mexico said so.\n"
        "Transportation Secretary Elizabeth Dole said the talks went well."
    )
    path = write_records(
        tmp_path,
        {"id": "1", "date": "1987-03-03", "dateline": "WASHINGTON, March 3 -", "text": story},
    )
    assert organizations(path) == {"Elizabeth Dole": "United States"}


def test_a_wire_story_from_a_country_it_never_names_keeps_the_story_country(
    tmp_path: Path,
) -> None:
    story = (
        "Brazil's debt talks resumed. Brazil wants relief.\n"
        "Central Bank Governor Francisco Gros spoke."
    )
    path = write_records(
        tmp_path,
        {"id": "1", "date": "1987-03-03", "dateline": "LONDON, March 3 -", "text": story},
    )
    assert organizations(path) == {"Francisco Gros": "Brazil"}


@pytest.mark.parametrize(
    ("dateline", "story", "expected"),
    [
        pytest.param(
            "OTTAWA, March 3 -",
            "Prime Minister Tom Reed will meet a South African group. South Africa is wary."
            " South Africa said no. Canada's view is known.",
            "Canada",
            id="a-wire-story-leaves-its-own-leader-bare",
        ),
        pytest.param(
            "LONDON, March 3 -",
            "Britain is worried. Chad is at war. Chad wants help, as President Tom Reed said"
            " Chad would fight on.",
            "Chad",
            id="a-leader-beside-the-story-country-is-its-leader",
        ),
        pytest.param(
            "WASHINGTON, March 3 -",
            "National Security Advisor Tom Reed may help track money from Iran arms sales.",
            "United States",
            id="a-country-named-in-passing-is-no-story-country",
        ),
        pytest.param(
            "LONDON, March 3 -",
            "The French government will present a bill, finance minister Tom Reed said.",
            "France",
            id="a-country-named-once-as-the-actor-is-the-story-country",
        ),
    ],
)
def test_whose_bare_title_a_wire_story_gives(
    tmp_path: Path, dateline: str, story: str, expected: str
) -> None:
    path = write_records(
        tmp_path, {"id": "1", "date": "1987-03-03", "dateline": dateline, "text": story}
    )
    assert organizations(path) == {"Tom Reed": expected}


def government_page(tmp_path: Path, published: str, body: str, name: str = "page.md") -> Path:
    """A White House page: front matter with its date and address, then ``body``."""
    path = tmp_path / name
    head = (
        f"---\ndate: '{published}'\nsource_url: https://www.whitehouse.gov/briefing-room/a/\n---\n"
    )
    path.write_text(head + body, encoding="utf-8")
    return path


def test_a_government_page_gives_its_ministers_but_not_foreign_leaders_its_country(
    tmp_path: Path,
) -> None:
    path = government_page(
        tmp_path,
        "2023-02-16",
        "China sent a balloon. China denied it. China again.\n\n"
        "National Security Advisor Jake Sullivan briefed reporters.\n\n"
        "President Xi did not comment.\n",
    )
    assert organizations(path) == {"Jake Sullivan": "United States", "Xi": "China"}


def test_a_company_a_government_page_names_in_passing_is_no_bare_titles(
    tmp_path: Path,
) -> None:
    path = government_page(
        tmp_path,
        "2022-01-26",
        "The President appointed members to the Memorial Council:\n\n"
        "- Ann Lee, Chair\n\n"
        "Ms. Lee spent three years with Avenir Group, Inc., an investment bank.\n\n"
        "Deputy Secretary Graves traveled to Puerto Rico.\n",
    )
    assert organizations(path) == {"Ann Lee": "", "Graves": "United States"}


def test_a_government_page_knows_its_own_presidents_from_other_countries(
    tmp_path: Path,
) -> None:
    path = government_page(
        tmp_path,
        "2022-11-10",
        "As I have discussed with President Bazoum, the violence is rising.\n\n"
        "President Troy Jackson of the state senate spoke.\n\n"
        "President William J. Clinton signed it in 1996.\n",
    )
    assert organizations(path) == {
        "Bazoum": "",
        "Troy Jackson": "",
        "William J. Clinton": "United States",
    }
    # a page about another country gives its bare leaders that country, but not our own
    other = government_page(
        tmp_path,
        "2022-11-10",
        "The Government of Colombia agreed to all of President Trump’s terms.\n",
        name="other.md",
    )
    assert organizations(other) == {"Trump": "United States"}


def test_a_delegation_sentence_gives_its_officials_their_country(tmp_path: Path) -> None:
    path = government_page(
        tmp_path,
        "2023-07-27",
        "Representing Mexico were the Secretary of Health, Dr. Jorge Alcocer Varela; and the"
        " Secretary of the Interior, Luisa Maria Alcalde.\n\n"
        "The U.S. delegation was led by Attorney General Merrick Garland.\n",
    )
    assert organizations(path) == {
        "Jorge Alcocer Varela": "Mexico",
        "Luisa Maria Alcalde": "Mexico",
        "Merrick Garland": "United States",
    }


def test_the_official_an_envoy_meets_abroad_is_the_hosts(tmp_path: Path) -> None:
    path = government_page(
        tmp_path,
        "2021-10-05",
        "In Rome, Mr. Reed will meet with National Security Advisor Ana Lane.\n\n"
        "In Rome, the Prime Minister will meet with Defense Secretary Jo Smith.\n",
    )
    assert organizations(path) == {
        "Ana Lane": "Italy",
        # a title names who meets: either may be the host, the page's own country stays
        "Jo Smith": "United States",
    }


@pytest.mark.parametrize(
    "meta",
    [
        {"url": "http://[oops/"},
        {"dateline": " " * 5000 + "x"},
        {"dateline": "PERTH, Scotland, March 3 -"},
    ],
)
def test_odd_metadata_gives_no_home_and_no_error(meta: dict[str, str]) -> None:
    assert home_of(Document("a.txt", "", meta=meta), load()) == Home()


def test_a_president_and_a_prime_minister_are_two_people(tmp_path: Path) -> None:
    path = government_page(
        tmp_path,
        "2023-07-09",
        "This is the sixth time that the President and Prime Minister Sunak will be meeting.\n",
    )
    assert set(run([path]).claims.office) == {"Prime Minister"}
