"""Short names of bodies replaced by the full name the same text gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.org_names import OrganizationNames
from factcheck.lexicon import load
from factcheck.normalise.abbreviations import abbreviates
from factcheck.pipeline import run


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The Chicago Board of Trade (CBOT) will list yen bonds.",
            "CBOT",
            "Chicago Board of Trade",
        ),
        ("The United Auto Workers <UAW> union said", "UAW", "United Auto Workers"),
        ("The National Union of Mineworkers, NUM, said", "NUM", "National Union of Mineworkers"),
        (
            "Eishiro Saito, chairman of the Federation of Economic\nOrganizations (Keidanren)",
            "Keidanren",
            "Federation of Economic Organizations",
        ),
        (
            "Taft Broadcasting Co said ... Taft, the company's vice chairman",
            "Taft",
            "Taft Broadcasting",
        ),
        (
            "<Union Central Life Insurance Co> took control. Union Central said",
            "Union Central",
            "Union Central Life Insurance",
        ),
        # the short form comes first: the text does not introduce it as the longer name
        ("Fiat said ... Fiat Auto lost money", "Fiat", "Fiat"),
        # two ways to extend it: no guess
        ("Mitsubishi Motors and Mitsubishi Estate. Mitsubishi said", "Mitsubishi", "Mitsubishi"),
        # "and" does not join a name to the next one
        ("Attorneys General Dana Nessel of Michigan and Ellison", "Michigan", "Michigan"),
        ("UAL Inc's United Airlines. UAL said", "UAL", "UAL"),
        ("the Shell U.K. Ltd's profit. Shell said", "Shell", "Shell U.K."),
        ("The NATO allies (NATO) met", "NATO", "NATO"),  # the lexicon's bodies stay as they are
        ("not a definition (Inc) here", "Inc", "Inc"),
    ],
)
def test_full_name(text: str, short: str, full: str) -> None:
    assert OrganizationNames(text, load()).full_name(short) == full


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # the headline shortens the name the story mostly writes in full
        (
            "Deal boosts Kiso\n\nKiso Motors signed. Loss-making Kiso gained. Kiso Motors rose.",
            "Kiso",
            "Kiso Motors",
        ),
        # the story, too, writes the short name more often: the headline's counts
        ("Kiso hits back\n\nKiso Resources said. Kiso fell. Kiso rose.", "Kiso", "Kiso"),
        # a longer name that ends in the short one, named first and most often
        (
            "Row at club\n\nShares in Leeds Rovers rose. Fans United and Leeds Rovers met."
            " Rovers' chairman spoke.",
            "Rovers",
            "Leeds Rovers",
        ),
        # a person's name is no body's
        ("Row\n\nHenry Ford spoke. Henry Ford left. Mr Ford's aide spoke.", "Ford", "Ford"),
        # named once only, or no more often than another longer name: no guess
        ("Row\n\nLeeds Rovers won. Rovers' chairman spoke.", "Rovers", "Rovers"),
        (
            "Row\n\nLeeds Rovers won. Bury Rovers won. Leeds Rovers and Bury Rovers met.",
            "Rovers",
            "Rovers",
        ),
    ],
)
def test_full_name_under_a_headline(text: str, short: str, full: str) -> None:
    headline = text.partition("\n")[0]
    assert OrganizationNames(text, load(), headline).full_name(short) == full


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("CBOT", "Chicago Board of Trade", True),
        ("S&N", "Scottish and Newcastle", True),
        ("LSE", "London Stock Exchange", True),
        ("LSE", "London Stock Market", False),
        ("Lse", "London Stock Exchange", False),  # a word, not an abbreviation
        ("L", "London", False),
    ],
)
def test_abbreviates(short: str, full: str, expected: bool) -> None:
    assert abbreviates(short, full) is expected


def organizations_in(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "a.txt"
    path.write_text("date 1987-03-03\n" + text + "\n", encoding="utf-8")
    claims = run([path]).claims
    return dict(zip(claims.person, claims.organization, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Indonesian Commodity Exchange may expand, exchange chairman Paian"
            " Nainggolan said.",
            {"Paian Nainggolan": "Indonesian Commodity Exchange"},
            id="kind-of-body-named-before",
        ),
        pytest.param(
            "The Democratic-controlled House Budget Committee met. Committee Chairman William"
            " Gray said so.",
            {"William Gray": "House Budget Committee"},
            id="capitalised-kind-of-body",
        ),
        pytest.param(
            "The Chicago Board of Trade (CBOT) will list yen bonds, CBOT chairman Karsten"
            " Mahlmann said.",
            {"Karsten Mahlmann": "Chicago Board of Trade"},
            id="abbreviation-defined",
        ),
        pytest.param(
            "Taft Broadcasting Co said its board met. Taft president Charles Mechem said so.",
            {"Charles Mechem": "Taft Broadcasting"},
            id="short-name-after-full-name",
        ),
        pytest.param(
            "Hughes Tool Co said its board met. Chairman W.A. Kistler Jr. said so.",
            {"W.A. Kistler Jr": "Hughes Tool"},
            id="initials-are-not-a-speaker-label",
        ),
        pytest.param(
            "Texaco Inc said it had no comment on a statement by Pennzoil Co <PZL> chairman"
            " J. Hugh Liedtke.",
            {"J. Hugh Liedtke": "Pennzoil"},
            id="stock-ticker-after-the-company",
        ),
        pytest.param(
            "Ryanair chairman David Bonderman said costs fell.",
            {"David Bonderman": "Ryanair"},
            id="company-first-in-the-sentence-before-a-lower-case-title",
        ),
        pytest.param(
            "Tory co-chairman Liam Fox opened proceedings.", {}, id="party-co-chair-is-no-office"
        ),
        pytest.param(
            "Paying tribute, the Lord Chancellor Lord Falconer said so.",
            {"Falconer": "United Kingdom"},
            id="peer-title-is-no-part-of-the-name",
        ),
        pytest.param(
            "Liu Hongru, deputy governor of the People's Bank of China, spoke.",
            {"Liu Hongru": "People's Bank of China"},
            id="possessive-inside-a-body-name",
        ),
        pytest.param(
            "FCS Laboratories Inc said George Fowle has resigned as president of the company"
            " and Garu Griffin resigned as treasurer.",
            {"George Fowle": "FCS Laboratories", "Garu Griffin": "FCS Laboratories"},
            id="of-the-company-after-a-title",
        ),
        pytest.param(
            "Signs emerged when Bundesbank (central bank) president Karl Otto Poehl spoke.",
            {"Karl Otto Poehl": "Bundesbank"},
            id="gloss-between-body-and-title",
        ),
        pytest.param(
            "Arguing so, Frank Pitts, chairman of <Pitts Oil Co>, called for a fee.",
            {"Frank Pitts": "Pitts Oil"},
            id="wire-markup-around-a-company",
        ),
        pytest.param(
            "Siemens rebutted criticism of American Telephone and Telegraph Corp's <T.N>, AT and"
            " T, entry. Later AT and T chairman James E. Olson spoke.",
            {"James E. Olson": "American Telephone and Telegraph"},
            id="abbreviation-with-and",
        ),
        pytest.param(
            "**Ying McGuire, President of National Minority Supplier Development Council**",
            {"Ying McGuire": "National Minority Supplier Development Council"},
            id="body-before-markup",
        ),
        pytest.param(
            "The American Stock Exchange, which faces competition from the New York Stock"
            " Exchange, said so. The American Stock Exchange will advertise, said Arthur"
            " Levitt Jr., chairman of the exchange.",
            {"Arthur Levitt Jr.": "American Stock Exchange"},
            id="of-the-kind-of-body-the-story-names-most",
        ),
        pytest.param(
            "American Telephone and Telegraph Co will keep its dividend, said James E. Olson,"
            " chairman.",
            {"James E. Olson": "American Telephone and Telegraph"},
            id="and-inside-a-company-name",
        ),
        pytest.param(
            "California Governor Arnold Schwarzenegger signed the bill.",
            {"Arnold Schwarzenegger": "California"},
            id="a-state-before-its-governor",
        ),
        pytest.param(
            "House Speaker Jim Wright of Texas asked for a tax.",
            {"Jim Wright": ""},
            id="a-state-after-a-speaker-is-his-home",
        ),
        pytest.param(
            "Ministers may scrap the agency, Work and Pensions Secretary Alan Johnson warned.",
            {"Alan Johnson": "United Kingdom"},
            id="an-office-only-one-country-has",
        ),
        pytest.param(
            "Prime Minister James Marape of the Independent State of Papua New Guinea spoke.",
            {"James Marape": "Papua New Guinea"},
            id="of-the-state-of-a-country",
        ),
    ],
)
def test_organisation_of_claims(tmp_path: Path, text: str, expected: dict[str, str]) -> None:
    assert organizations_in(tmp_path, text) == expected


def test_a_person_keeps_in_one_article_the_body_stated_for_the_office(tmp_path: Path) -> None:
    text = (
        "The White House met Attorneys General Nessel of Michigan and Ellison of Minnesota.\n\n"
        "Attorney General Nessel pledged not to enforce the ban."
    )
    path = tmp_path / "a.txt"
    path.write_text("date 2022-06-28\n" + text + "\n", encoding="utf-8")
    claims = run([path]).claims
    assert set(zip(claims.person, claims.line, claims.organization, strict=True)) == {
        ("Nessel", 2, "Michigan"),
        ("Ellison", 2, "Minnesota"),
        ("Nessel", 4, "Michigan"),
    }


def test_a_story_keeps_naming_the_body_its_headline_names(tmp_path: Path) -> None:
    text = (
        "Senior Fannie Mae bosses resign\n\n"
        "The two most senior executives at mortgage giant Fannie Mae have resigned. "
        "Fannie Mae said so. Chief executive Franklin Raines and others left. "
        "Shares in Fannie Mae fell."
    )
    assert organizations_in(tmp_path, text) == {"Franklin Raines": "Fannie Mae"}


def test_a_surname_in_the_headline_is_no_body(tmp_path: Path) -> None:
    text = (
        "Wenger signs new deal\n\n"
        "Arsenal manager Arsene Wenger has signed. Arsene Wenger said so. "
        "Chairman Peter Hill-Wood said Arsene Wenger was happy."
    )
    assert organizations_in(tmp_path, text) == {"Peter Hill-Wood": ""}
