"""Organisations inferred from context, checked against what the corpus states."""

from __future__ import annotations

import dataclasses
from datetime import date

from factcheck.models import Claim
from factcheck.normalise.organizations import consolidate_organizations

KNOWN = {"United Kingdom", "United States", "Japan", "China", "Russia", "Germany"}


def claim(person: str, office: str, organization: str, source: str) -> Claim:
    return Claim(
        "a.txt",
        None,
        1,
        1,
        person,
        office,
        organization,
        date(2005, 1, 1),
        "current",
        "article",
        "",
        person,
        source,
    )


def organizations(claims: list[Claim]) -> list[str]:
    return [c.organization for c in consolidate_organizations(claims, KNOWN.__contains__)]


def test_stated_organisation_wins_over_the_guess() -> None:
    claims = [
        claim("Kiichi Miyazawa", "Finance Minister", "Japan", "text"),
        claim("Kiichi Miyazawa", "Finance Minister", "United Kingdom", "context"),
    ]
    assert organizations(claims) == ["Japan", "Japan"]


def test_a_surname_vote_takes_a_companys_guess_only_for_the_same_first_name() -> None:
    claims = [
        claim("Jimmy Carter", "President", "United States", "text"),
        claim("Carter", "President", "United States", "text"),
        claim("Mason Carter", "President", "Zenbright", "context"),
        claim("Carter", "President", "Zenbright", "context"),
        claim("James Carter", "President", "Zenbright", "context"),
        claim("Tish Reed", "Attorney General", "Japan", "text"),
        claim("Letitia Reed", "Attorney General", "China", "context"),
    ]
    # "Jimmy" and "James" are one given name; a surname alone may be anyone's; a guessed
    # country yields to the surname's vote (a nickname is no other person)
    assert organizations(claims) == [
        "United States",
        "United States",
        "Zenbright",
        "United States",
        "United States",
        "Japan",
        "Japan",
    ]


def test_office_that_names_one_country_fills_an_empty_guess() -> None:
    stated = [
        claim(f"Person {i}", "Work and Pensions Secretary", "United Kingdom", "text")
        for i in range(3)
    ]
    unknown = claim("Alan Johnson", "Work and Pensions Secretary", "", "context")
    assert organizations([*stated, unknown])[-1] == "United Kingdom"


def test_office_of_many_countries_leaves_the_guess_empty() -> None:
    stated = [
        claim("A", "Finance Minister", "Japan", "text"),
        claim("B", "Finance Minister", "United Kingdom", "text"),
        claim("C", "Finance Minister", "United States", "text"),
    ]
    unknown = claim("D", "Finance Minister", "", "context")
    assert organizations([*stated, unknown])[-1] == ""


def test_unknown_bodies_do_not_spread() -> None:
    claims = [
        claim("Joe Biden", "President", "Does", "text"),
        claim("Joe Biden", "President", "", "context"),
    ]
    assert organizations(claims)[-1] == ""


def test_company_office_never_takes_a_known_body() -> None:
    stated = [claim("Paul Volcker", "Chair", "Federal Reserve", "text") for _ in range(3)]
    stated += [claim(f"Boss {i}", "Chair", f"Company {i}", "text") for i in range(5)]
    unknown = claim("Gerald Cox", "Chair", "", "context")
    known = KNOWN | {"Federal Reserve"}
    result = consolidate_organizations([*stated, unknown], known.__contains__)
    assert result[-1].organization == ""


def test_an_office_no_text_gives_the_guessed_country_goes_to_the_country_texts_give_it() -> None:
    claims = [
        claim("Jack Straw", "Foreign Secretary", "United Kingdom", "text"),
        claim("Margaret Beckett", "Foreign Secretary", "United Kingdom", "text"),
        claim("David Miliband", "Foreign Secretary", "United Kingdom", "text"),
        claim("Robin Cook", "Foreign Secretary", "Japan", "context"),  # a story about Japan
    ]
    assert organizations(claims)[-1] == "United Kingdom"


def test_an_office_texts_also_give_the_guessed_country_keeps_it() -> None:
    claims = [
        claim("Jack Straw", "Foreign Secretary", "United Kingdom", "text"),
        claim("Margaret Beckett", "Foreign Secretary", "United Kingdom", "text"),
        claim("David Miliband", "Foreign Secretary", "United Kingdom", "text"),
        claim("William Hague", "Foreign Secretary", "United Kingdom", "text"),
        claim("Shigeru Ishiba", "Foreign Secretary", "Japan", "text"),
        claim("Someone Else", "Foreign Secretary", "Japan", "context"),
    ]
    assert organizations(claims)[-1] == "Japan"


def test_a_government_page_gives_an_office_texts_give_only_other_countries_to_nobody() -> None:
    claims = [
        claim("Wang Yi", "Foreign Minister", "China", "text"),
        claim("Sergei Lavrov", "Foreign Minister", "Russia", "text"),
        claim("Parnpree Bahiddha-Nukara", "Foreign Minister", "United States", "home"),
        claim("Jake Sullivan", "National Security Advisor", "United States", "home"),
    ]
    assert organizations(claims)[2:] == ["", "United States"]


def claim_in(path: str, person: str, office: str, organization: str, source: str) -> Claim:
    return dataclasses.replace(claim(person, office, organization, source), path=path)


def test_an_office_takes_the_country_its_own_source_gives_it() -> None:
    claims = [
        *(
            claim_in(f"wh/{n}.md", f"Secretary {n}", "Education Secretary", "United States", "text")
            for n in range(4)
        ),
        *(
            claim_in(
                f"bbc/{n}.txt", f"Minister {n}", "Education Secretary", "United Kingdom", "text"
            )
            for n in range(3)
        ),
        claim_in("bbc/9.txt", "Ruth Kelly", "Education Secretary", "", "context"),
    ]
    assert organizations(claims)[-1] == "United Kingdom"


def test_one_article_implying_a_country_does_not_give_it_to_the_others() -> None:
    claims = [
        claim_in("a.txt", "Ruth Kelly", "Education Secretary", "Japan", "context"),
        *(
            claim_in(f"{n}.txt", "Ruth Kelly", "Education Secretary", "", "context")
            for n in range(4)
        ),
    ]
    assert organizations(claims) == ["Japan", "", "", "", ""]


def test_a_leader_office_takes_no_country_from_other_articles() -> None:
    claims = [
        *(claim(f"Chancellor {n}", "Chancellor", "Germany", "text") for n in range(4)),
        claim("Gordon Brown", "Chancellor", "", "context"),
    ]
    leaders = consolidate_organizations(claims, KNOWN.__contains__, {"Chancellor"}.__contains__)
    assert leaders[-1].organization == ""


def test_files_in_one_folder_are_one_source_and_mixed_paths_do_not_fail() -> None:
    claims = [
        *(
            claim_in(f"/tmp/x/{n}.txt", f"M {n}", "Health Minister", "United Kingdom", "text")
            for n in range(3)
        ),
        claim_in("relative.txt", "Stephen Ladyman", "Health Minister", "", "context"),
        claim_in("/tmp/x/9.txt", "Jane Kennedy", "Health Minister", "", "context"),
    ]
    assert organizations(claims)[-1] == "United Kingdom"


def test_a_source_whose_ministers_are_mostly_one_countrys_gives_it_where_a_story_names_none() -> (
    None
):
    stated = [
        claim_in(f"bbc/{n}.txt", f"Minister {n}", "Home Secretary", "United Kingdom", "text")
        for n in range(15)
    ] + [
        claim_in(f"bbc/x{n}.txt", f"Other {n}", "Foreign Minister", "Japan", "text")
        for n in range(6)
    ]
    claims = [*stated, claim_in("bbc/z.txt", "Ruth Kelly", "Education Secretary", "", "context")]
    states = {"Home Secretary", "Foreign Minister", "Education Secretary"}.__contains__
    settled = consolidate_organizations(
        claims, KNOWN.__contains__, country=KNOWN.__contains__, state_office=states
    )
    assert settled[-1].organization == "United Kingdom"
    few = consolidate_organizations(
        [*stated[:10], claims[-1]],
        KNOWN.__contains__,
        country=KNOWN.__contains__,
        state_office=states,
    )
    assert few[-1].organization == ""  # 10 stated claims are too few to tell a source's country


def test_a_story_country_no_text_gives_the_office_yields_to_the_sources_country() -> None:
    stated = [
        claim_in(f"bbc/{n}.txt", f"Minister {n}", "Home Secretary", "United Kingdom", "text")
        for n in range(20)
    ] + [
        claim_in("bbc/f.txt", "Jack Straw", "Foreign Secretary", "United Kingdom", "text"),
        claim_in("bbc/m.txt", "Ivan Orlov", "Foreign Minister", "Russia", "text"),
    ]
    guesses = [
        # a story about Russia: "Former foreign secretary Robin Cook" is the source's country's
        claim_in("bbc/r.txt", "Robin Cook", "Foreign Secretary", "Russia", "context"),
        # "Foreign Minister Pyotr Lavrin" is Russia's: texts give Russia that office
        claim_in("bbc/r.txt", "Pyotr Lavrin", "Foreign Minister", "Russia", "context"),
        # no text gives the source's country a Finance Minister: the story's country stays
        claim_in("bbc/r.txt", "Oleg Pankin", "Finance Minister", "Russia", "context"),
    ]
    states = {"Home Secretary", "Foreign Secretary", "Foreign Minister"}.__contains__
    settled = consolidate_organizations(
        [*stated, *guesses], KNOWN.__contains__, country=KNOWN.__contains__, state_office=states
    )
    assert [c.organization for c in settled[-3:]] == ["United Kingdom", "Russia", "Russia"]
