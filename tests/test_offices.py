"""Short titles ("Secretary Blinken") resolved by the person's full office elsewhere."""

from __future__ import annotations

from datetime import date

from factcheck.models import Claim
from factcheck.normalise.offices import general_offices, local_offices, resolve_short_titles


def claim(person: str, office: str, organization: str = "") -> Claim:
    return Claim(
        "a.txt",
        None,
        1,
        1,
        person,
        office,
        organization,
        date(2023, 1, 1),
        "current",
        "article",
        "",
        person,
    )


def test_short_title_takes_the_persons_full_office() -> None:
    claims = [
        claim("Antony Blinken", "Secretary of State", "United States"),
        claim("Antony Blinken", "Secretary"),
    ]
    resolved = resolve_short_titles(claims)
    assert [(c.office, c.organization) for c in resolved] == [
        ("Secretary of State", "United States"),
        ("Secretary of State", "United States"),
    ]


def test_ambiguous_or_unknown_short_title_is_dropped() -> None:
    claims = [
        claim("Jane Roe", "Secretary"),
        claim("John Doe", "Treasury Secretary", "United States"),
        claim("John Doe", "Commerce Secretary", "United States"),
        claim("John Doe", "Secretary"),
    ]
    assert [c.office for c in resolve_short_titles(claims)] == [
        "Treasury Secretary",
        "Commerce Secretary",
    ]


def test_deputy_posts_do_not_resolve_a_short_title() -> None:
    claims = [
        claim("Jo Bloggs", "Deputy Secretary of State", "United States"),
        claim("Jo Bloggs", "Secretary"),
    ]
    assert [c.office for c in resolve_short_titles(claims)] == ["Deputy Secretary of State"]


LOCAL = {("Chancellor", "United Kingdom"): "Chancellor of the Exchequer"}
OWN_OFFICES = {"Lord Chancellor": "Lord Chancellor", "Chancellor": "Chancellor"}


def test_local_office_names_round_trip_around_the_corpus_vote() -> None:
    claims = [
        claim("Tom Reed", "Chancellor of the Exchequer", "United Kingdom"),
        claim("Tom Reed", "Shadow Chancellor of the Exchequer", "United Kingdom"),
        claim("Ann Lee", "Chancellor", "Germany"),
    ]
    general = general_offices(claims, LOCAL)
    assert [c.office for c in general] == ["Chancellor", "Shadow Chancellor", "Chancellor"]
    local = local_offices(general, LOCAL, lambda label: OWN_OFFICES.get(label, ""))
    assert [c.office for c in local] == [c.office for c in claims]


def test_a_settled_country_gives_the_local_name_but_not_to_an_office_of_its_own() -> None:
    claims = [
        claim("Tom Reed", "Chancellor", "United Kingdom"),  # guessed Iraq, settled here
        claim("Jim Hale", "Lord Chancellor", "United Kingdom"),
    ]
    local = local_offices(claims, LOCAL, lambda label: OWN_OFFICES.get(label, ""))
    assert [c.office for c in local] == ["Chancellor of the Exchequer", "Lord Chancellor"]
