"""Extract: office claims from tiny articles, as ``run`` reports them in ``Result.claims``.

Each case is a small article (first line ``date 2024-12-04`` unless the case is about dating)
and the set of claims it must give, as (person, office, organization, as_of, status, zone)
tuples. 2024-12-04 is a Wednesday. Cases that expect no claim give an empty set.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from factcheck.pipeline import run

PUBLISHED = "2024-12-04"
HEADER = f"date {PUBLISHED}\n"

ClaimTuple = tuple[str, str, str, str | None, str, str]


def article(*paragraphs: str, header: bool = True) -> str:
    """An article: the date header line, then paragraphs separated by blank lines."""
    return (HEADER if header else "") + "\n\n".join(paragraphs) + "\n"


def claim(
    person: str,
    office: str,
    organization: str,
    as_of: str | None = PUBLISHED,
    status: str = "current",
    zone: str = "article",
) -> ClaimTuple:
    """An expected claim; by default current, in the article, as of publication."""
    return (person, office, organization, as_of, status, zone)


def iso(value: Any) -> str | None:
    """``as_of`` as an ISO string, None when undated (None or NaN in the table)."""
    return None if value is None or pd.isna(value) else value.isoformat()


def write(folder: Path, text: str, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def claims_table(tmp_path: Path, text: str, name: str = "article.txt") -> pd.DataFrame:
    """``Result.claims`` for ``text`` written to ``tmp_path/name``."""
    return run([write(tmp_path, text, name)]).claims


def claims_of(tmp_path: Path, text: str, name: str = "article.txt") -> set[ClaimTuple]:
    """The claims ``run`` finds in ``text``, as a set of comparable tuples."""
    table = claims_table(tmp_path, text, name)
    return {
        (row.person, row.office, row.organization, iso(row.as_of), row.status, row.zone)
        for row in table.itertuples()
    }


# "Treasury Secretary James / Baker said": wire copy wrapped at about 65 characters, the
# continuation lines starting in lower case, the name split over two lines.
WIRE = (
    HEADER + "The dollar rose against most major currencies in early European\n"
    "trading today, dealers said, after Treasury Secretary James\n"
    "Baker said the United States and its partners would keep working\n"
    "together on exchange rates. Dealers in London and New York said\n"
    "the market was waiting for more news from the Paris meeting.\n"
)

# a transcript wrapped at 75 characters, its paragraphs parted by a line holding only a
# no-break space (as White House pages are): the speaker label starts a sentence
TRANSCRIPT = (
    HEADER + "The President and the Prime Minister met in the Oval Office of the United\n"
    "States on Monday to talk about trade and\n"
    "security, officials said, and then they\n"
    "spoke to reporters at 10:15 A.M. EST\n"
    "\u00a0 \n"
    "PRESIDENT BIDEN:\u00a0 Thank you all for coming.\n"
)

NEWS_FEED = (
    HEADER + "NATO foreign ministers met in Brussels to discuss Ukraine.\n"
    "\n"
    "News Feed\n"
    "\n"
    "5:34 PM\n"
    "\n"
    "Ukraine's Prosecutor General Kostin resigns.\n"
)

CASES = [
    # --- where the title and the organisation stand -------------------------------------------
    pytest.param(
        article("First Interstate Chairman Joseph Pinola spoke to analysts."),
        {claim("Joseph Pinola", "Chair", "First Interstate")},
        id="company-named-before-title",
    ),
    pytest.param(
        article("Reliance Group president Mukesh Ambani resigned from the board of Acme Corp."),
        {claim("Mukesh Ambani", "President", "Reliance Group")},
        id="company-with-suffix-before-title",
    ),
    pytest.param(
        article("Tom Reed, chairman of <Reed Oil Co>, called for an import fee."),
        {claim("Tom Reed", "Chair", "Reed Oil")},
        id="company-in-wire-markup-after-title",
    ),
    pytest.param(
        article(
            "Ann Lee, chief financial officer of <Acme Corp's> Zenco Corp unit, said so.",
            "Profit rose, said Tom Reed, chairman of <Zenbright Co.>",
            "Other members include Joe Hale.",
        ),
        {claim("Tom Reed", "Chair", "Zenbright")},  # no "Zenco", no "Other"
        id="company-markup-after-a-possessive-or-a-sentence-end",
    ),
    pytest.param(
        article("Profit fell last year, Shell U.K. Finance director Tom Reed said."),
        {claim("Tom Reed", "Chief Financial Officer", "Shell U.K.")},
        id="country-abbreviation-ends-a-company-name-before-title",
    ),
    pytest.param(
        article("Banks need room, Generale de Banque SA <GENB.BR> president Tom Reed said."),
        {claim("Tom Reed", "President", "Generale de Banque")},
        id="company-name-joined-by-de-before-title",
    ),
    pytest.param(
        article(
            "Zenbright Corp <ZEN> agreed to pay compensation.",
            "A spokesman for <Furnas Centrais Eletricas> confirmed a statement by company"
            " president Tom Reed.",
        ),
        {claim("Tom Reed", "President", "Furnas Centrais Eletricas")},
        id="company-title-is-the-company-named-last-in-markup",
    ),
    pytest.param(
        article(
            "Acme Motors Corp extended rebates on the Brightline Limited.",
            "It keeps sales up, said Tom Reed, group vice president.",
        ),
        {claim("Tom Reed", "Vice President", "Acme Motors")},
        id="group-vice-president-is-a-rank",
    ),
    pytest.param(
        article(
            "<Zenbright Investments Ltd> (ZIL) bought shares.",
            "ZIL chief executive Tom Reed said so.",
        ),
        {claim("Tom Reed", "Chief Executive", "Zenbright Investments")},
        id="abbreviation-defined-after-wire-markup-with-legal-form",
    ),
    pytest.param(
        article(
            "Leo Melamed, chairman of the Chicago Mercantile\nExchange's, said the plan would"
            " not harm the futures markets."
        ),
        {claim("Leo Melamed", "Chair", "Chicago Mercantile Exchange")},
        id="organisation-after-title-tidied",
    ),
    pytest.param(
        article("Also at the plant in Canada will be Quebec Premier Robert Bourassa."),
        {claim("Robert Bourassa", "Prime Minister", "Quebec")},
        id="region-before-title-is-not-the-country",
    ),
    pytest.param(
        article("Does President Biden support the bill, asked a reporter in the United States."),
        {claim("Biden", "President", "United States")},
        id="question-word-is-not-an-organisation",
    ),
    pytest.param(
        article(
            "Vice President Kamala Harris Announces Release of Plan During White House Event"
            " in the United States"
        ),
        {claim("Kamala Harris", "Vice President", "United States")},
        id="title-case-headline-name",
    ),
    pytest.param(
        article("The President, the First Lady, the Vice President, and others came."),
        set(),
        id="first-lady-is-no-name",
    ),
    pytest.param(
        article("Counselor to the Secretary of the Treasury Joseph Lavorgna said so in the U.S."),
        set(),
        id="counselor-to-a-title-is-not-its-holder",
    ),
    pytest.param(
        article("Helmut Panke, BMW's group chief executive, spoke in Munich."),
        {claim("Helmut Panke", "Chief Executive", "BMW")},
        id="company-between-comma-and-title",
    ),
    pytest.param(
        article("- Marc Morial, President and CEO, National Urban League"),
        {
            claim("Marc Morial", "President", "National Urban League"),
            claim("Marc Morial", "Chief Executive", "National Urban League"),
        },
        id="two-titles-and-a-body-in-a-list",
    ),
    pytest.param(
        article("The President spoke with President Xi of China by phone."),
        {claim("Xi", "President", "China")},
        id="two-letter-name",
    ),
    pytest.param(
        article("Biden accepted His Holiness Pope Francis's invitation."),
        {claim("Francis", "Pope", "Vatican City")},
        id="pope-implies-the-vatican",
    ),
    pytest.param(
        article(
            "Melissa Griffin Dalton, of Virginia, to be an Assistant Secretary of Defense of "
            "the United States."
        ),
        {
            claim(
                "Melissa Griffin Dalton",
                "Assistant Defence Secretary",
                "United States",
                status="nominee",
            )
        },
        id="nomination-to-be",
    ),
    pytest.param(
        article("Mitsubishi's newly-appointed chief executive Takashi Nishioka spoke."),
        {claim("Takashi Nishioka", "Chief Executive", "Mitsubishi")},
        id="company-possessive-and-adjective",
    ),
    pytest.param(
        article("Marsh's new chief executive, Michael Cherkasky, is trying to settle."),
        {claim("Michael Cherkasky", "Chief Executive", "Marsh")},
        id="company-possessive-at-sentence-start",
    ),
    pytest.param(
        article("Alan Leventhal is the Chairman of Beacon Capital Partners."),
        {claim("Alan Leventhal", "Chair", "Beacon Capital Partners")},
        id="predicate-is-the",
    ),
    pytest.param(
        article("Joe Biden was elected President of the United States."),
        {claim("Joe Biden", "President", "United States")},
        id="predicate-was-elected",
    ),
    pytest.param(
        article("In 2020 Jane Doe was chairman of Acme Holdings."),
        {claim("Jane Doe", "Chair", "Acme Holdings", as_of=None)},
        id="predicate-was-is-a-post-held-then",
    ),
    pytest.param(
        article("Previously, Jane Doe served as Chief Executive Officer of Acme Holdings."),
        {claim("Jane Doe", "Chief Executive", "Acme Holdings", as_of=None)},
        id="predicate-served-is-a-post-held-then",
    ),
    pytest.param(
        article("Before opening her own firm, Jane Doe was chairman of Acme Holdings."),
        {claim("Jane Doe", "Chair", "Acme Holdings", as_of=None)},
        id="before-a-gerund-opens-a-past-sentence",
    ),
    pytest.param(
        article("Acme said its lawyer John Roe worked in the capital under Governor Jane Doe."),
        {claim("Jane Doe", "Governor", "", as_of=None)},
        id="worked-under-a-holder-is-set-in-his-time",
    ),
    pytest.param(
        article("The board, first appointed in 2019 by Acme Corp Chairman Jane Doe, met."),
        {claim("Jane Doe", "Chair", "Acme", as_of=None)},
        id="agent-of-a-passive-after-a-past-year",
    ),
    pytest.param(
        article(
            "Acme Corp Chairman Jane Doe urged all firms to keep the promises made"
            " during talks held earlier this year."
        ),
        {claim("Jane Doe", "Chair", "Acme")},
        id="a-participle-after-a-noun-has-its-own-time",
    ),
    pytest.param(
        article("Acme Corp Chairman Jane Doe was asked last week about the sale."),
        {claim("Jane Doe", "Chair", "Acme", as_of=None)},
        id="a-participle-after-was-is-the-clause-verb",
    ),
    pytest.param(
        article("Acme Corp said John Roe resigned as chairman of the executive committee."),
        {claim("John Roe", "Chair", "Acme executive committee", status="former")},
        id="chair-of-a-lower-case-committee-of-the-company",
    ),
    pytest.param(
        article("Jane Doe, chairman of the Commons public accounts committee, spoke."),
        {claim("Jane Doe", "Chair", "Commons public accounts committee")},
        id="chair-of-a-chamber-s-lower-case-committee",
    ),
    pytest.param(
        article("The chairman of the joint formation committee Jane Doe said markets will merge."),
        set(),
        id="chair-of-a-committee-of-no-named-body-is-no-claim",
    ),
    pytest.param(
        article("Acme Corp said John Smith will become chief executive of Acme."),
        {claim("John Smith", "Chief Executive", "Acme", status="designate")},
        id="predicate-will-become",
    ),
    pytest.param(
        article(
            "She advised Secretaries of State John Kerry, Hillary Clinton, and Madeleine"
            " Albright in the United States."
        ),
        {
            claim("John Kerry", "Secretary of State", "United States"),
            claim("Hillary Clinton", "Secretary of State", "United States"),
            claim("Madeleine Albright", "Secretary of State", "United States"),
        },
        id="plural-title-shared-by-a-list",
    ),
    pytest.param(
        article(
            "Officials met Attorneys General Dana Nessel of Michigan and Keith Ellison of"
            " Minnesota."
        ),
        {
            claim("Dana Nessel", "Attorney General", "Michigan"),
            claim("Keith Ellison", "Attorney General", "Minnesota"),
        },
        id="plural-title-with-places",
    ),
    pytest.param(
        article("The foreign ministers of the alliance met in Brussels."),
        set(),
        id="plural-title-without-names",
    ),
    pytest.param(
        article(
            "Statement by U.S. President Joe Biden on the Anniversary of the January 6th"
            " Insurrection on the Capitol"
        ),
        {claim("Joe Biden", "President", "United States")},
        id="date-inside-an-event-name-is-not-the-claim-date",
    ),
    pytest.param(
        article("Statements of support:\n\n- Sarah Kate Ellis, CEO, GLAAD"),
        {claim("Sarah Kate Ellis", "Chief Executive", "GLAAD")},
        id="name-post-body-list",
    ),
    pytest.param(
        article("- Sheriff Peter Koutoujian, President, Major County Sheriffs of America"),
        {claim("Peter Koutoujian", "President", "Major County Sheriffs of America")},
        id="body-after-comma-is-no-name",
    ),
    pytest.param(
        article("Biden spoke with the FEMA Administrator, the Governor of Florida, and others."),
        set(),
        id="one-word-apposition-is-no-name",
    ),
    pytest.param(
        article("NATO Secretary General Jens Stoltenberg arrived in Kyiv."),
        {claim("Jens Stoltenberg", "Secretary General", "NATO")},
        id="title-before-name",
    ),
    pytest.param(
        article("The meeting was attended by Ukraine's Foreign Minister, Dmytro Kuleba."),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine")},
        id="possessive-country",
    ),
    pytest.param(
        article("UK Foreign Secretary David Lammy urged allies to do more."),
        {claim("David Lammy", "Foreign Secretary", "United Kingdom")},
        id="abbreviation",
    ),
    pytest.param(
        article("Lithuanian Foreign Minister Gabrielius Landsbergis spoke to reporters."),
        {claim("Gabrielius Landsbergis", "Foreign Minister", "Lithuania")},
        id="demonym",
    ),
    pytest.param(
        article(
            "NATO ministers met in Brussels.",
            "Allies agreed, said Mark Rutte, the alliance's secretary-general.",
        ),
        {claim("Mark Rutte", "Secretary General", "NATO")},
        id="apposition-the-alliance",
    ),
    pytest.param(
        article(
            "Russian forces advanced in eastern Ukraine.",
            "Zelenskyy spoke with the country's top military commander, Oleksandr Syrskyi.",
        ),
        {claim("Oleksandr Syrskyi", "Commander-in-Chief of the Armed Forces", "Ukraine")},
        id="the-country-after-ukraine",
    ),
    pytest.param(
        article(
            "Traders in Manila and Hong Kong reported the offer.",
            "The Philippine government seized the shares from a bank linked with the"
            " country's deposed President Tom Reed.",
        ),
        {claim("Tom Reed", "President", "Philippines", status="former")},
        id="the-country-after-a-demonym-government",
    ),
    pytest.param(
        article(
            "Ukraine needs more air defence.",
            "Defense Minister Rustem Umerov met allies in Brussels.",
        ),
        {claim("Rustem Umerov", "Defence Minister", "Ukraine")},
        id="unqualified-office-in-ukraine-article",
    ),
    pytest.param(
        article("Jens Stoltenberg, Secretary General of NATO, arrived in Kyiv."),
        {claim("Jens Stoltenberg", "Secretary General", "NATO")},
        id="organisation-named-after",
    ),
    pytest.param(
        article(
            "UN Secretary-General Antonio Guterres spoke.",
            "Defense Minister Rustem Umerov met NATO Secretary General Jens Stoltenberg "
            "and Ukraine's Foreign Minister Dmytro Kuleba in Brussels.",
        ),
        {
            claim("Antonio Guterres", "Secretary General", "United Nations"),
            claim("Rustem Umerov", "Defence Minister", "Ukraine"),
            claim("Jens Stoltenberg", "Secretary General", "NATO"),
            claim("Dmytro Kuleba", "Foreign Minister", "Ukraine"),
        },
        id="several-titles-in-one-sentence",
    ),
    # --- status -------------------------------------------------------------------------------
    pytest.param(
        article("US President-elect Donald Trump returns to the White House in January."),
        {claim("Donald Trump", "President", "United States", status="elect")},
        id="president-elect",
    ),
    pytest.param(
        article("Former NATO Secretary General Jens Stoltenberg spoke at the conference."),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", status="former")},
        id="former",
    ),
    pytest.param(
        article("Lawyers for former Acme chief executive John Roe spoke."),
        {claim("John Roe", "Chief Executive", "Acme", status="former")},
        id="former-before-the-body",
    ),
    pytest.param(
        article("Immunity for former presidential National Security Advisor John Roe is planned."),
        {claim("John Roe", "National Security Advisor", "", status="former")},
        id="former-before-an-adjective",
    ),
    pytest.param(
        article("The loan was signed by Ex-Im President John Roe."),
        {claim("John Roe", "President", "Ex-Im")},
        id="ex-in-a-name-is-no-status",
    ),
    pytest.param(
        article("Ukraine's ex-Foreign Minister Dmytro Kuleba spoke."),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine", status="former")},
        id="ex-hyphen",
    ),
    pytest.param(
        article("Acting Prime Minister Bob Smith opened the session in Canberra, Australia."),
        {claim("Bob Smith", "Prime Minister", "Australia", status="acting")},
        id="acting",
    ),
    pytest.param(
        article("Australia's Foreign Minister-designate Jane Doe arrived."),
        {claim("Jane Doe", "Foreign Minister", "Australia", status="designate")},
        id="designate",
    ),
    pytest.param(
        article("Defense Secretary nominee Pete Hegseth met senators in the United States."),
        {claim("Pete Hegseth", "Defence Secretary", "United States", status="nominee")},
        id="nominee",
    ),
    pytest.param(
        article(
            "Trump's nominee for Defense Secretary, Pete Hegseth, met senators in the "
            "United States."
        ),
        {claim("Pete Hegseth", "Defence Secretary", "United States", status="nominee")},
        id="nominee-for",
    ),
    # --- then- : the title as of an event --------------------------------------------------
    pytest.param(
        article(
            "NATO allies met.", "Kuleba met then-Secretary General Jens Stoltenberg on Nov. 29."
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", as_of="2024-11-29")},
        id="then-with-event-date",
    ),
    pytest.param(
        article(
            "NATO allies met.",
            "Kuleba once worked closely with then-Secretary General Jens Stoltenberg.",
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", as_of=None)},
        id="then-without-date",
    ),
    pytest.param(
        article(
            "NATO allies met.",
            "Kuleba met then-NATO Secretary General Jens Stoltenberg on Nov. 29.",
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", as_of="2024-11-29")},
        id="then-org-title-with-event-date",
    ),
    pytest.param(
        article(
            "NATO allies met.",
            "Kuleba once worked closely with then-NATO Secretary General Jens Stoltenberg.",
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", as_of=None)},
        id="then-org-title-without-date",
    ),
    pytest.param(
        article(
            "NATO allies met.", "He met the then secretary-general, Jens Stoltenberg, on Nov. 29."
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO", as_of="2024-11-29")},
        id="the-then-apposition",
    ),
    # --- modified offices are offices of their own ------------------------------------------
    pytest.param(
        article("Ukraine's Deputy Foreign Minister Andrii Sybiha said so."),
        {claim("Andrii Sybiha", "Deputy Foreign Minister", "Ukraine")},
        id="deputy",
    ),
    pytest.param(
        article("US Vice President Kamala Harris spoke."),
        {claim("Kamala Harris", "Vice President", "United States")},
        id="vice-president",
    ),
    pytest.param(
        article(
            "Ukraine needs help.", "Ukraine's vice prime minister Olha Stefanishyna met allies."
        ),
        {claim("Olha Stefanishyna", "Vice Prime Minister", "Ukraine")},
        id="vice-lower-case",
    ),
    pytest.param(
        article("UK Shadow Foreign Secretary Priti Patel criticised the plan."),
        {claim("Priti Patel", "Shadow Foreign Secretary", "United Kingdom")},
        id="shadow",
    ),
    pytest.param(
        article("Ukraine's First Deputy Prime Minister Yulia Svyrydenko spoke."),
        {claim("Yulia Svyrydenko", "First Deputy Prime Minister", "Ukraine")},
        id="first-deputy",
    ),
    # --- dates --------------------------------------------------------------------------------
    pytest.param(
        article(
            "Ukraine needs help.",
            "Jens Stoltenberg met Foreign Minister Dmytro Kuleba in Brussels on Nov. 29.",
        ),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine", as_of="2024-11-29")},
        id="event-date-in-sentence",
    ),
    pytest.param(
        article("UK Foreign Secretary David Lammy said on Monday that support would grow."),
        {claim("David Lammy", "Foreign Secretary", "United Kingdom", as_of="2024-12-02")},
        id="weekday-monday-before-publication",
    ),
    pytest.param(
        article("UK Foreign Secretary David Lammy said on Thursday that aid would grow."),
        {claim("David Lammy", "Foreign Secretary", "United Kingdom", as_of="2024-11-28")},
        id="weekday-thursday-last-week",
    ),
    pytest.param(
        article("UK Foreign Secretary David Lammy said on July 5, 2024 that aid would grow."),
        {claim("David Lammy", "Foreign Secretary", "United Kingdom", as_of="2024-07-05")},
        id="full-date-in-sentence",
    ),
    pytest.param(
        article("UK Foreign Secretary David Lammy will visit Kyiv on Dec. 10."),
        {claim("David Lammy", "Foreign Secretary", "United Kingdom")},
        id="planned-date-after-publication-keeps-publication",
    ),
    pytest.param(
        article(
            "Ukraine needs help.",
            "Ukraine's Foreign Minister Dmytro Kuleba spoke to reporters.",
            header=False,
        ),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine", as_of=None)},
        id="undated-article",
    ),
    pytest.param(
        article(
            "Ukraine asked for help on Dec. 4, 2023.",
            "Ukraine's Foreign Minister Dmytro Kuleba spoke to reporters.",
            header=False,
        ),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine", as_of="2023-12-04")},
        id="dated-by-its-text",
    ),
    pytest.param(
        HEADER + "Participants from the United States:  \n"
        "Jane Roe, Assistant to the President and Chief of Staff  \n"
        "John Doe, Secretary of Energy  \n",
        {
            claim("Jane Roe", "White House Chief of Staff", "United States"),
            claim("John Doe", "Energy Secretary", "United States"),
        },
        id="markdown-hard-line-breaks-part-list-entries",
    ),
    pytest.param(
        TRANSCRIPT,
        {claim("Biden", "President", "")},  # a speaker label: whose office, the corpus says
        id="no-break-space-line-parts-paragraphs",
    ),
    # --- page furniture -------------------------------------------------------------------------
    pytest.param(
        NEWS_FEED,
        {claim("Kostin", "Prosecutor General", "Ukraine", as_of=None, zone="furniture")},
        id="news-feed-box",
    ),
    # --- no claim -------------------------------------------------------------------------------
    pytest.param(
        article(
            "NATO Secretary General Jens Stoltenberg arrived.",
            "Stoltenberg said the alliance was united.",
        ),
        {claim("Jens Stoltenberg", "Secretary General", "NATO")},
        id="later-bare-mention-no-second-claim",
    ),
    pytest.param(
        article("Ukraine asked for help.", "The minister said the talks went well."),
        set(),
        id="the-minister-said",
    ),
    pytest.param(
        article("NATO foreign ministers met in Brussels on Tuesday."),
        set(),
        id="plural-foreign-ministers",
    ),
    pytest.param(
        article("Stoltenberg said the alliance was united."),
        set(),
        id="bare-surname-only",
    ),
    # --- spellings of one office ----------------------------------------------------------------
    pytest.param(
        article("In Australia, prime minister Bob Hawke opened the session."),
        {claim("Bob Hawke", "Prime Minister", "Australia")},
        id="lower-case-title",
    ),
    pytest.param(
        article("Australia's former prime minister Bob Hawke died."),
        {claim("Bob Hawke", "Prime Minister", "Australia", status="former")},
        id="lower-case-former",
    ),
    pytest.param(
        article("Ukraine's Defence Minister Rustem Umerov arrived."),
        {claim("Rustem Umerov", "Defence Minister", "Ukraine")},
        id="defence-minister",
    ),
    pytest.param(
        article("Ukraine's Minister of Defence Rustem Umerov arrived."),
        {claim("Rustem Umerov", "Defence Minister", "Ukraine")},
        id="minister-of-defence",
    ),
    pytest.param(
        article("NATO secretary-general Jens Stoltenberg arrived."),
        {claim("Jens Stoltenberg", "Secretary General", "NATO")},
        id="secretary-general-hyphen",
    ),
    # --- names ----------------------------------------------------------------------------------
    pytest.param(
        WIRE,
        {claim("James Baker", "Treasury Secretary", "United States")},
        id="hard-wrapped-name-over-two-lines",
    ),
    pytest.param(
        article("Ukraine's Foreign Minister Dmytro Kuleba's visit was cut short."),
        {claim("Dmytro Kuleba", "Foreign Minister", "Ukraine")},
        id="possessive-name",
    ),
    pytest.param(
        article("Interim Syrian Prime Minister Mohammed al-Bashir said so."),
        {claim("Mohammed al-Bashir", "Prime Minister", "Syria", status="acting")},
        id="name-with-al-particle",
    ),
    pytest.param(
        article("Portugal's Prime Minister Jos&#233; S&#243;crates spoke."),
        {claim("José Sócrates", "Prime Minister", "Portugal")},
        id="html-entities-read-before-extraction",
    ),
    pytest.param(
        article("U.S. Deputy Attorney General Jane Q. Monaco met officials."),
        {claim("Jane Q. Monaco", "Deputy Attorney General", "United States")},
        id="surname-after-initial-may-be-a-country",
    ),
    pytest.param(
        article("Participants:\n\n- Jane Roe, Chief Executive Officer, A Few Good Bakeries"),
        {claim("Jane Roe", "Chief Executive", "A Few Good Bakeries")},
        id="article-a-opens-no-name",
    ),
    pytest.param(
        article(
            "Statement from National Security Advisor Jake Sullivan Welcoming the Talks in"
            " the United States"
        ),
        {claim("Jake Sullivan", "National Security Advisor", "United States")},
        id="headline-ing-verb-ends-name",
    ),
    pytest.param(
        article("- Jane Roe, California President Pro Tempore of the Senate"),
        set(),
        id="pro-tempore-is-no-name",
    ),
    pytest.param(
        article("Acme Corp said Chief Financial Officer Jane B. Roe was elected treasurer."),
        {
            claim("Jane B. Roe", "Chief Financial Officer", "Acme"),
            claim("Jane B. Roe", "Treasurer", "Acme"),
        },
        id="officer-is-no-part-of-a-name",
    ),
    pytest.param(
        article("Q Thanks, Mr. President. And one more question on the United States."),
        set(),
        id="mr-president-is-a-vocative",
    ),
    pytest.param(
        article(
            "Briefing by U.S. Secretary of Transportation John Doe, and Administrator of the"
            " Acme Agency"
        ),
        {claim("John Doe", "Transport Secretary", "United States")},
        id="and-after-comma-is-the-next-item-not-an-apposition",
    ),
    pytest.param(
        article("FACT SHEET: President Biden Directs Agencies to Act in the United States"),
        {claim("Biden", "President", "United States")},
        id="headline-verb-directs-ends-name",
    ),
    # --- a verb before the title ----------------------------------------------------------------
    pytest.param(
        article("Previously, Jane Roe was Chief Executive Officer of Acme Group, a firm."),
        {claim("Jane Roe", "Chief Executive", "Acme Group", as_of=None)},
        id="verb-nearer-than-comma",
    ),
    pytest.param(
        article("Jane Roe also serves as the Board Chair of the Acme Foundation at the Library."),
        {claim("Jane Roe", "Chair", "Acme Foundation")},
        id="serves-as-board-chair",
    ),
    pytest.param(
        article("Viktor Yushchenko became president of Ukraine after two elections."),
        {claim("Viktor Yushchenko", "President", "Ukraine")},
        id="verb-then-time-after-title",
    ),
    pytest.param(
        article("Jet Airways is India's premier private domestic carrier."),
        set(),
        id="verb-then-adjective-is-no-title",
    ),
    pytest.param(
        article("She is a past Chair of the Waste Policy Division, past Chair of the Fuel Unit."),
        set(),
        id="body-before-title-is-no-name",
    ),
    pytest.param(
        article("And Harry Truman was a speaker at the Truman Dinner that year."),
        set(),
        id="verb-a-lower-case-role-is-no-office",
    ),
    pytest.param(
        article("Acme Co said Joseph B. Ely II, became chairman, succeeding John Doe."),
        {
            claim("Joseph B. Ely II", "Chair", "Acme"),
            claim("John Doe", "Chair", "Acme", status="former"),
        },
        id="comma-right-before-verb-is-apposition",
    ),
    pytest.param(
        article("The offer was made by Navy Admiral William Crowe, chairman of the Acme Board."),
        {claim("William Crowe", "Chair", "Acme Board")},
        id="name-after-common-noun-and-rank",
    ),
    # --- "to": whose title ----------------------------------------------------------------------
    pytest.param(
        article("Jane Roe, a longtime aide to President Biden, left in the United States."),
        {claim("Biden", "President", "United States")},
        id="aide-to-a-named-holder",
    ),
    pytest.param(
        article(
            "She was Senior Advisor to Secretaries of State John Kerry and Hillary Clinton in"
            " the United States."
        ),
        {
            claim("John Kerry", "Secretary of State", "United States"),
            claim("Hillary Clinton", "Secretary of State", "United States"),
        },
        id="advisor-to-a-plural-title",
    ),
    # --- what follows a title -------------------------------------------------------------------
    pytest.param(
        article("Readout of the Meeting with Finance Minister of Singapore Lawrence Wong"),
        {claim("Lawrence Wong", "Finance Minister", "Singapore")},
        id="country-then-name-in-a-headline",
    ),
    pytest.param(
        article("The chairman of U.S. Wheat Associates said in a letter that talks must go on."),
        set(),
        id="country-abbreviation-then-body-is-no-name",
    ),
    pytest.param(
        article(
            "It was attended by Deputy Secretary of State for Management and Resources Rich"
            " Verma in the United States."
        ),
        {claim("Rich Verma", "Deputy Secretary of State", "United States")},
        id="portfolio-after-for-is-no-body",
    ),
    pytest.param(
        article("She became the United States Secretary of Labor for President Barack Obama."),
        {claim("Barack Obama", "President", "United States")},
        id="for-an-office-is-no-portfolio",
    ),
    pytest.param(
        article("Noboru Goto, president of the Japan Chamber of Commerce, told reporters."),
        {claim("Noboru Goto", "President", "Japan Chamber of Commerce")},
        id="country-then-body-is-no-name",
    ),
    pytest.param(
        article(
            "Nominees announced in the United States:",
            "- Jane Roe, Nominee for Assistant Secretary for Nuclear Energy, Department of Energy",
        ),
        {claim("Jane Roe", "Assistant Energy Secretary", "United States", status="nominee")},
        id="department-after-a-bare-secretary",
    ),
    # --- posts below an office --------------------------------------------------------------
    pytest.param(
        article("- Jane Roe, HUD Regional Administrator, Region 10"),
        set(),
        id="regional-administrator-is-another-post",
    ),
    pytest.param(
        article("Deputy Assistant Secretary of State Jane Roe spoke in the United States."),
        set(),
        id="deputy-assistant-is-another-post",
    ),
    # --- offices of White House pages -----------------------------------------------------------
    pytest.param(
        article("Local leaders react as US VP JD Vance visits Dayton."),
        {claim("JD Vance", "Vice President", "United States")},
        id="vp",
    ),
    pytest.param(
        article(
            "Representing Mexico were the Secretary of Security and Citizen Protection, Ana"
            " Ruiz Soto; the Secretary of the Navy, Adm. Luis Pérez Gómez; and Secretary of"
            " Health, Dr. Marta Díaz Cruz."
        ),
        {
            claim("Ana Ruiz Soto", "Security Secretary", "Mexico"),
            claim("Luis Pérez Gómez", "Secretary of the Navy", "Mexico"),
            claim("Marta Díaz Cruz", "Health Secretary", "Mexico"),
        },
        id="delegation-list-with-honorifics",
    ),
    pytest.param(
        article(
            "Participants from the United States:\n\n"
            "- Jane Roe, Assistant to the President and Chief of Staff\n"
            "- John Doe, Assistant to the President for National Security Affairs"
        ),
        {
            claim("Jane Roe", "White House Chief of Staff", "United States"),
            claim("John Doe", "National Security Advisor", "United States"),
        },
        id="assistant-to-the-president-titles",
    ),
    # --- news prose: company officers, appointments, resignations -------------------------------
    pytest.param(
        article("Shares rose, Zenbright chief executive Ben Hollis said."),
        {claim("Ben Hollis", "Chief Executive", "Zenbright")},
        id="given-name-that-is-a-particle",
    ),
    pytest.param(
        article("Acme Corp said John Walsh resigned as president of the company."),
        {claim("John Walsh", "President", "Acme", status="former")},
        id="resigned-as-is-former",
    ),
    pytest.param(
        article("Press Briefing by Press Secretary Ann Lee Aboard Air Force One"),
        {claim("Ann Lee", "Press Secretary", "")},
        id="title-case-headline-word-ends-a-name",
    ),
    pytest.param(
        article("I congratulate my friend Ann Lee, the next White House Press Secretary."),
        {claim("Ann Lee", "Press Secretary", "", status="designate")},
        id="the-next-holder-is-designate",
    ),
    pytest.param(
        article("Euronext chief executive Jean Dupont is said to have held talks."),
        {claim("Jean Dupont", "Chief Executive", "Euronext")},
        id="qualifier-inside-a-word-is-none",
    ),
    pytest.param(
        article("The rally was in Washington State. Governor Jay Inslee spoke first."),
        {claim("Jay Inslee", "Governor", "Washington State")},
        id="washington-state-is-a-state",
    ),
    pytest.param(
        article("Societe Generale President Marc Vienot said profits would rise."),
        {claim("Marc Vienot", "President", "Societe Generale")},
        id="body-ending-in-a-word-an-office-name-only-ends-with",
    ),
    pytest.param(
        article("Managers installed by Texas Air chairman Frank Lorenzo left the airline."),
        {claim("Frank Lorenzo", "Chair", "Texas Air")},
        id="body-ending-in-a-word-that-opens-another-kind-of-office",
    ),
    pytest.param(
        article("Acme Corp said. Managing board chairman Hans Weber expected profits to rise."),
        {claim("Hans Weber", "Chair", "Acme")},
        id="word-of-a-company-title-before-a-title-is-no-body",
    ),
    pytest.param(
        article("Bank of Spain governor Ana Ruiz said money supply would rise."),
        {claim("Ana Ruiz", "Governor", "Bank of Spain")},
        id="country-inside-a-body-name-opening-the-sentence",
    ),
    pytest.param(
        article("Royal Bank of Canada Chairman Allan Tate said the rules were weak."),
        {claim("Allan Tate", "Chair", "Royal Bank of Canada")},
        id="known-body-inside-a-longer-name",
    ),
    pytest.param(
        article("Assistant U.S. Treasury Secretary Dan Moore said talks went well."),
        {claim("Dan Moore", "Assistant Treasury Secretary", "United States")},
        id="qualifier-opening-the-sentence-is-no-name-word",
    ),
    pytest.param(
        article("New Mexico Governor Ann Cole said the state would act."),
        {claim("Ann Cole", "Governor", "New Mexico")},
        id="qualifier-opening-a-known-name",
    ),
    pytest.param(
        article("Plant managers met GM Canada president Ann Lee on Monday."),
        {claim("Ann Lee", "President", "GM Canada", as_of="2024-12-02")},
        id="acronym-before-a-country-names-a-company",
    ),
    pytest.param(
        article("Usdaw general secretary John Hannett added his voice."),
        {claim("John Hannett", "Secretary General", "Usdaw")},
        id="one-word-before-a-lower-case-title-opening-a-sentence-is-its-body",
    ),
    pytest.param(
        article("CDC Director Ann Lee said the risk was low."),
        {claim("Ann Lee", "Director", "Centers for Disease Control and Prevention")},
        id="director-of-a-known-agency",
    ),
    pytest.param(
        article("Ann Lee, deputy director of the Board of Foreign Trade, said so."),
        {claim("Ann Lee", "Deputy Director", "Board of Foreign Trade")},
        id="director-of-a-body-its-name-calls-public",
    ),
    pytest.param(
        article(
            "Film director Ann Lee has signed a deal.",
            "Acme Corp director John Smith voted.",
            "Festival director Ned Roe said it was a good year.",
        ),
        set(),
        id="director-of-a-film-a-company-board-or-a-festival-is-no-office",
    ),
    pytest.param(
        article("He worked in the Office of the Director of National Intelligence Science unit."),
        set(),
        id="title-inside-an-office-of-the-name-is-none",
    ),
    pytest.param(
        article(
            "Ann Lee, head of the Federal Labour Agency, said jobs rose.",
            "The head coach Ned Roe and the head of research, Jo Poe, disagreed.",
        ),
        {claim("Ann Lee", "Head", "Federal Labour Agency")},
        id="head-of-a-public-body-only",
    ),
    pytest.param(
        article(
            "The President announced his intent to nominate Ann Lee to serve as Deputy"
            " Secretary of Commerce, and announced Ned Roe to serve as Director of the"
            " National Economic Council."
        ),
        {
            claim("Ann Lee", "Deputy Commerce Secretary", "", status="nominee"),
            claim("Ned Roe", "Director", "National Economic Council", status="designate"),
        },
        id="nominated-or-announced-to-serve-as",
    ),
    pytest.param(
        article(
            "Acme Corp chairman Ann Lee spoke first.",
            "(Impersonating Chairman Lee.) The room laughed.",
        ),
        {claim("Ann Lee", "Chair", "Acme"), claim("Lee", "Chair", "Acme")},
        id="word-after-a-bracket-opens-a-sentence-no-body",
    ),
    pytest.param(
        article("Critics said Prime Ministers Ito's policies put President Ann Lee in a bind."),
        {claim("Ann Lee", "President", "")},
        id="possessive-of-a-titled-person-is-no-company",
    ),
    pytest.param(
        article("What’s President Ann Lee’s response to that?"),
        {claim("Ann Lee", "President", "")},
        id="contraction-opening-a-sentence-is-no-company",
    ),
    pytest.param(
        article("With the House’s passage of President Ann Lee’s bill, the vote is done."),
        {claim("Ann Lee", "President", "")},
        id="possessive-before-a-preposition-is-not-the-titles-owner",
    ),
    pytest.param(
        article("- Kristina Cannon, President & CEO, Main Street Skowhegan (Maine)"),
        {
            claim("Kristina Cannon", "President", "Main Street Skowhegan"),
            claim("Kristina Cannon", "Chief Executive", "Main Street Skowhegan"),
        },
        id="name-titles-then-body-in-a-list-line",
    ),
    pytest.param(
        article("Today, the Chairman of Acme Corp, Ann Lee, spoke."),
        {claim("Ann Lee", "Chair", "Acme")},
        id="an-opening-word-and-comma-is-no-name-before-the-title",
    ),
    pytest.param(
        article("She led the Martin Luther King Day parade and ate at Burger King Hall."),
        set(),
        id="king-after-given-names-or-a-brand-is-no-monarch",
    ),
    pytest.param(
        article("Acme Corp chairman Ann Lee will step aside as chief executive in May."),
        {claim("Ann Lee", "Chair", "Acme"), claim("Ann Lee", "Chief Executive", "Acme")},
        id="step-aside-as-a-second-title",
    ),
    pytest.param(
        article("The report echoed warnings by Bank of Israel Governor Michael Bruno."),
        {claim("Michael Bruno", "Governor", "Bank of Israel")},
        id="country-after-of-inside-a-body-name",
    ),
    pytest.param(
        article("It was important for the leader of the United States, the President, to go."),
        set(),
        id="a-country-is-no-person",
    ),
    pytest.param(
        article("Statement by Press Secretary to the Vice President Ann Lee on the trip."),
        set(),
        id="secretary-to-the-vice-president-is-not-the-vice-president",
    ),
    pytest.param(
        article(
            "Zenbright chief executive Ben Hollis, a former banker, and Acme chief financial"
            " officer Ann Lee have left the firm."
        ),
        {
            claim("Ben Hollis", "Chief Executive", "Zenbright", status="former"),
            claim("Ann Lee", "Chief Financial Officer", "Acme", status="former"),
        },
        id="departure-told-after-titled-names-is-former",
    ),
    pytest.param(
        article("The Minister of Transport, Abel Kuta, was also relieved of his post today."),
        {claim("Abel Kuta", "Transport Minister", "", status="former")},
        id="relieved-of-post-is-former",
    ),
    pytest.param(
        article("Zenbright Inc said vice chairman Tom Reed, 40, has been named chairman."),
        {
            claim("Tom Reed", "Vice Chair", "Zenbright", status="former"),
            claim("Tom Reed", "Chair", "Zenbright"),
        },
        id="deputy-promoted-to-head-is-former-deputy",
    ),
    pytest.param(
        article("Zenbright Inc said vice president Tom Reed has been named president of Acme."),
        {
            claim("Tom Reed", "Vice President", "Zenbright"),
            claim("Tom Reed", "President", "Acme"),
        },
        id="deputy-named-head-of-another-body-keeps-the-post",
    ),
    pytest.param(
        article("Zenbright Inc said chairman Tom Reed has been named chief executive."),
        {
            claim("Tom Reed", "Chair", "Zenbright"),
            claim("Tom Reed", "Chief Executive", "Zenbright"),
        },
        id="head-named-to-another-post-keeps-the-first",
    ),
    pytest.param(
        article("Mr Lee, head of the bank under President Abel Kuta, has stepped down."),
        {claim("Abel Kuta", "President", "")},
        id="departure-of-the-clause-subject-not-the-title-in-its-phrase",
    ),
    pytest.param(
        article("Mr Reed became president after two elections in December."),
        {claim("Reed", "President", "")},
        id="became-title-then-preposition",
    ),
    pytest.param(
        article("Zenbright is India's premier private carrier."),
        set(),
        id="predicate-title-used-as-adjective",
    ),
    pytest.param(
        article("Mary Stone has replaced Tom Reed as chief executive of Zenbright."),
        {
            claim("Mary Stone", "Chief Executive", "Zenbright"),
            claim("Tom Reed", "Chief Executive", "Zenbright", status="former"),
        },
        id="replaced-as-gives-new-and-former-holder",
    ),
    pytest.param(
        article("Baker, who replaced Tom Reed as the president's top aide, spoke."),
        set(),
        id="replaced-as-someone-elses-aide",
    ),
    pytest.param(
        article("Acme Corp said it appointed Tom Reed as acting chief executive."),
        {claim("Tom Reed", "Chief Executive", "Acme", status="acting")},
        id="appointed-name-as-title",
    ),
    pytest.param(
        article("Smith Corp said it named Tom Reed president of its Zenbright unit."),
        {claim("Tom Reed", "President", "Zenbright")},
        id="named-name-title-name-is-no-company",
    ),
    pytest.param(
        article(
            "Acme Corp said Ann Reed, 40, has been named chairman, succeeding her father"
            " Tom Reed, 67, who becomes vice chairman."
        ),
        {
            claim("Ann Reed", "Chair", "Acme"),
            claim("Tom Reed", "Chair", "Acme", status="former"),
            claim("Tom Reed", "Vice Chair", "Acme"),
        },
        id="named-succeeding-who-becomes",
    ),
    pytest.param(
        article("The ruling came on Mary Stone's first day as British home secretary."),
        {claim("Mary Stone", "Home Secretary", "United Kingdom")},
        id="first-day-as-title",
    ),
    pytest.param(
        article("The talks followed the death of Zenbright president Tom Reed."),
        {claim("Tom Reed", "President", "Zenbright", status="former")},
        id="death-of-title-holder",
    ),
    pytest.param(
        article("It forced the resignation of Zenbright chairman Tom Reed, president Ann Reed."),
        {
            claim("Tom Reed", "Chair", "Zenbright", status="former"),
            # a list shares the body its first title names
            claim("Ann Reed", "President", "Zenbright", status="former"),
        },
        id="resignation-of-a-list-of-holders",
    ),
    pytest.param(
        article("Protesters called for the resignation of French Defence Minister Tom Reed."),
        {claim("Tom Reed", "Defence Minister", "France")},
        id="called-for-resignation-is-still-current",
    ),
    pytest.param(
        article("Acme Corp named Ann Reed, formerly a vice president, to the board."),
        {claim("Ann Reed", "Vice President", "Acme", status="former")},
        id="formerly-in-apposition",
    ),
    pytest.param(
        article('"Prices will fall," said Mary Stone, chief technology officer at Zenbright.'),
        {claim("Mary Stone", "Chief Technology Officer", "Zenbright")},
        id="officer-at-company",
    ),
    pytest.param(
        article("Ann Reed, managing director of Zenbright said prices would fall."),
        {claim("Ann Reed", "Managing Director", "Zenbright")},
        id="apposition-with-body-then-said",
    ),
    pytest.param(
        article("Meeting Mary Stone, the prime minister said little."),
        set(),
        id="speaker-after-comma-is-not-apposition",
    ),
    pytest.param(
        article("He met former Zenbright chief financial officer Tom Reed."),
        {claim("Tom Reed", "Chief Financial Officer", "Zenbright", status="former")},
        id="former-before-unknown-company",
    ),
    pytest.param(
        article("Tom Reed was a speaker at the Ruritania dinner that year."),
        set(),
        id="a-speaker-is-no-office",
    ),
    pytest.param(
        article("Ann Reed, who is also president of Zenbright's Ruritanian unit, spoke."),
        {claim("Ann Reed", "President", "Zenbright")},
        id="who-is-also-title-of-body-then-noun",
    ),
    pytest.param(
        article("Zenbright Corp said Tom Reed, now vice chairman, was named chief executive."),
        {
            claim("Tom Reed", "Vice Chair", "Zenbright"),
            claim("Tom Reed", "Chief Executive", "Zenbright"),
        },
        id="apposition-between-name-and-verb",
    ),
    pytest.param(
        article("It went to Tom Reed and Ann Reed, the co-chairmen of Zenbright."),
        {
            claim("Tom Reed", "Chair", "Zenbright"),
            claim("Ann Reed", "Chair", "Zenbright"),
        },
        id="names-listed-before-a-plural-title",
    ),
    pytest.param(
        article("President of the Zenbright Chamber of Commerce (ZCC) Tom Reed spoke."),
        {claim("Tom Reed", "President", "Zenbright Chamber of Commerce")},
        id="acronym-between-title-and-name",
    ),
    pytest.param(
        article("It involved the then Lord Chancellor, Lord Irvine of Lairg."),
        {claim("Irvine of Lairg", "Lord Chancellor", "United Kingdom", as_of=None)},
        id="peer-with-territorial-title",
    ),
    pytest.param(
        article("Theresa May, the French foreign minister, spoke."),
        {claim("Theresa May", "Foreign Minister", "France")},
        id="month-as-surname",
    ),
    pytest.param(
        article("Dutch Finance Minister H.Onno Ruding spoke."),
        {claim("H.Onno Ruding", "Finance Minister", "Netherlands")},
        id="initial-joined-to-given-name",
    ),
    pytest.param(
        article(
            "Acme Corp gave Ann Reed the title of president and Chief Financial Officer Tom"
            " Reed was elected treasurer."
        ),
        {
            claim("Tom Reed", "Chief Financial Officer", "Acme"),
            claim("Tom Reed", "Treasurer", "Acme"),
        },
        id="titles-in-different-case-are-not-a-pair",
    ),
    pytest.param(
        article("Ann Reed, vice-chairman of India Petrochemicals Limited (IPL), spoke."),
        {claim("Ann Reed", "Vice Chair", "India Petrochemicals")},
        id="country-word-inside-a-body-before-its-acronym",
    ),
    pytest.param(
        article("Tom Reed serves as Vice President of Legal Affairs, General Counsel, and Dean."),
        {claim("Tom Reed", "Vice President", "Legal Affairs")},
        id="a-rank-word-makes-no-one-word-name",
    ),
    pytest.param(
        article("Here with Ann Reed, our former governor and Energy Secretary, we met."),
        {
            claim("Ann Reed", "Governor", "", status="former"),
            claim("Ann Reed", "Energy Secretary", ""),
        },
        id="a-qualifier-of-one-of-two-titles-stays-its-own",
    ),
    pytest.param(
        article("Tom Reed has served as Chair of the Zenbright Commission since 2021."),
        {claim("Tom Reed", "Chair", "Zenbright Commission")},
        id="has-served-as-is-current",
    ),
    pytest.param(
        article("Chile's Communications and Transport Minister Tom Reed spoke."),
        {claim("Tom Reed", "Communications and Transport Minister", "Chile")},
        id="minister-of-two-portfolios",
    ),
    pytest.param(
        article("Lord Reed, the British Minister for Defence Procurement, spoke."),
        {claim("Reed", "Defence Procurement Minister", "United Kingdom")},
        id="minister-for-a-portfolio-is-one-label",
    ),
    pytest.param(
        article("Tom Reed, the Chilean minister of Agriculture, Fisheries and Food, spoke."),
        {claim("Tom Reed", "Agriculture, Fisheries and Food Minister", "Chile")},
        id="minister-of-a-list-of-portfolios",
    ),
    pytest.param(
        article("Losses in storage and transportation, food minister Tom Reed said, fell."),
        {claim("Tom Reed", "Food Minister", "")},
        id="a-clause-before-a-portfolio-is-no-list",
    ),
    pytest.param(
        article("The United Nations' emergency relief coordinator, Jan Reed, spoke."),
        {claim("Jan Reed", "Emergency Relief Coordinator", "United Nations")},
        id="month-as-given-name",
    ),
    pytest.param(
        article("Tom Reed, Chile's envoy to the United Nations in Geneva, said so."),
        {claim("Tom Reed", "UN Ambassador", "Chile")},
        id="apposition-title-then-its-place",
    ),
    pytest.param(
        article("Russian economy minister German Reed told the newspaper so."),
        {claim("German Reed", "Economy Minister", "Russia")},
        id="demonym-as-given-name",
    ),
    pytest.param(
        article('"Ask (Japanese Prime Minister Tom) Reed," he said.'),
        {claim("Tom Reed", "Prime Minister", "Japan")},
        id="surname-after-editors-brackets",
    ),
    pytest.param(
        article("It was so even under Secretary Reed, we said."),
        set(),
        id="lower-case-under-is-a-preposition",
    ),
    pytest.param(
        article("We saw him in North Carolina and South Carolina, the vice president in Ohio."),
        set(),
        id="a-place-is-no-name",
    ),
    pytest.param(
        article("Mr Reed, Leader of the Commons, said so."),
        {claim("Reed", "Leader of the House of Commons", "United Kingdom")},
        id="leader-of-the-commons",
    ),
    pytest.param(
        article("Kenyan President Tom Reed and Trade Minister Ann Lee arrived in Rome."),
        {claim("Tom Reed", "President", "Kenya"), claim("Ann Lee", "Trade Minister", "Kenya")},
        id="a-list-of-titles-shares-its-first-country",
    ),
    pytest.param(
        article(
            "Kenyan President Tom Reed will meet U.S. President Joe Hale in Rome in May,"
            " foreign minister Ann Lee announced."
        ),
        {
            claim("Tom Reed", "President", "Kenya"),
            claim("Joe Hale", "President", "United States"),
            claim("Ann Lee", "Foreign Minister", "Kenya"),
        },
        id="a-title-in-another-clause-takes-no-country-from-a-list",
    ),
    pytest.param(
        article("Zenbright Corp said it appointed Tom Reed, formerly a vice president, treasurer."),
        {
            claim("Tom Reed", "Vice President", "Zenbright", status="former"),
            claim("Tom Reed", "Treasurer", "Zenbright"),
        },
        id="object-verb-with-an-apposition-before-the-title",
    ),
    pytest.param(
        article(
            "The unit will be called Brightline Corp. Tom Reed currently president"
            " of Zenbright was named its chairman."
        ),
        {claim("Tom Reed", "President", "Zenbright")},
        id="company-suffix-dot-ends-a-sentence-and-currently-states-a-post",
    ),
    # --- which body a title in a business or government story names ---------------------------
    pytest.param(
        article(
            "Zenbright will buy a stake in Japan's Kiso Breweries. Control stays with"
            " Tom Reed, chairman of the Japanese firm."
        ),
        {claim("Tom Reed", "Chair", "Kiso Breweries")},
        id="demonym-before-firm-is-the-firm-named-as-that-countrys",
    ),
    pytest.param(
        article(
            "In Chile, Tom Reed was head of the Kiso Planning Office under President Ana Lane,"
            " officials said."
        ),
        {
            claim("Ana Lane", "President", "Chile", as_of=None),  # a past role under him
            claim("Tom Reed", "Head", "Kiso Planning Office", as_of=None),
        },
        id="a-body-before-under-is-not-the-presidents",
    ),
    pytest.param(
        article("He was counsel to the Senate Kiso Committee under Chairman Ana Lane."),
        {claim("Ana Lane", "Chair", "Senate Kiso Committee", as_of=None)},  # a past role under him
        id="a-committee-before-under-is-its-chairs",
    ),
    pytest.param(
        article(
            "Storm hurts Asia economy",
            'Asia counts the cost. Growth in Asia may slow. "The IMF stands ready to help'
            ' Asia," said managing director Ana Lane.',
        ),
        {claim("Ana Lane", "Managing Director", "International Monetary Fund")},
        id="a-continent-in-the-headline-is-no-company-the-sentences-body-is",
    ),
    pytest.param(
        article(
            "**Tom Reed, CEO, and Ana Lane, Executive Vice President, of the Kiso Family"
            " Foundation**",
            "**Jo Bloggs, President, and Al Smith, Executive Director of the Kiso Strategy"
            " Institute**",
        ),
        {
            claim("Tom Reed", "Chief Executive", "Kiso Family Foundation"),
            claim("Ana Lane", "Executive Vice President", "Kiso Family Foundation"),
            claim("Jo Bloggs", "President", "Kiso Strategy Institute"),
        },
        id="a-list-shares-the-body-that-ends-it",
    ),
    pytest.param(
        article(
            "On the call were NATO Secretary General Tom Reed, President Ana Lane of Chile.",
            "He was joined by EPA Administrator Al Smith, Governor Bo Jones and others.",
        ),
        {
            claim("Tom Reed", "Secretary General", "NATO"),
            claim("Ana Lane", "President", "Chile"),
            claim("Al Smith", "Administrator", "EPA"),
            claim("Bo Jones", "Governor", ""),
        },
        id="a-list-shares-no-body-with-a-leader-a-governor-or-a-country-named-after",
    ),
    pytest.param(
        article(
            "Reed also serves as the Board Chair of the Reed Map & Print Center at the Kiso"
            " Public Library."
        ),
        {claim("Reed", "Chair", "Reed Map & Print Center")},
        id="a-body-named-after-its-chair-is-no-name-of-his",
    ),
    pytest.param(
        article(
            "The words come from a letter written by President Tom Reed to his wife.",
            "The display was made with Kiso Design Group Inc.",
        ),
        {claim("Tom Reed", "President", "")},
        id="a-company-named-only-later-is-not-a-bare-presidents",
    ),
    pytest.param(
        article(
            "Oregon sets fines for spyware",
            "Makers of spyware face fines in Oregon. The law, approved by Governor Ana Lane,"
            " starts in 2025.",
        ),
        {claim("Ana Lane", "Governor", "Oregon")},
        id="a-governor-in-a-story-on-one-state-is-the-states",
    ),
    pytest.param(
        article(
            "The Bank of England held rates. Governor Tom Reed said prices in Texas rose.",
        ),
        {claim("Tom Reed", "Governor", "")},
        id="a-governor-in-a-story-on-a-central-bank-takes-no-state",
    ),
    pytest.param(
        article(
            "Texas and Ohio sued. Governor Ana Lane said the law is wrong.",
        ),
        {claim("Ana Lane", "Governor", "")},
        id="a-governor-in-a-story-on-two-states-takes-neither",
    ),
    pytest.param(
        article(
            "The trade association, the Kiso Council, backed it, association chief executive"
            " Ana Lane told the European Union."
        ),
        {claim("Ana Lane", "Chief Executive", "")},
        id="an-international-body-in-the-sentence-is-no-associations",
    ),
    pytest.param(
        article("Tom Reed is expected to be named chairman of Zenbright, it said."),
        {claim("Tom Reed", "Chair", "Zenbright", status="designate")},
        id="expected-to-be-named-is-designate",
    ),
    pytest.param(
        article("Zenbright Corp said Chairman Tom Reed will re-assume the duties of president."),
        {
            claim("Tom Reed", "Chair", "Zenbright"),
            claim("Tom Reed", "President", "Zenbright", status="acting"),
        },
        id="assuming-the-duties-of-a-post-is-acting",
    ),
    pytest.param(
        article("Zenbright Corp elected Chairman Tom Reed to the additional title of president."),
        {claim("Tom Reed", "Chair", "Zenbright"), claim("Tom Reed", "President", "Zenbright")},
        id="elected-to-the-title-of-a-post",
    ),
    pytest.param(
        article(
            "Tom Reed, president of Zenbright, is expected to be named chairman, president"
            " and chief executive of Brightline, it said."
        ),
        {
            claim("Tom Reed", "President", "Zenbright"),
            claim("Tom Reed", "Chair", "Brightline", status="designate"),
            claim("Tom Reed", "President", "Brightline", status="designate"),
            claim("Tom Reed", "Chief Executive", "Brightline", status="designate"),
        },
        id="a-list-of-titles-has-one-holder-and-one-body",
    ),
    pytest.param(
        article("Brightline Corp said Chairman, President and Chief Executive Tom Reed quit."),
        {
            claim("Tom Reed", "Chair", "Brightline"),
            claim("Tom Reed", "President", "Brightline"),
            claim("Tom Reed", "Chief Executive", "Brightline"),
        },
        id="a-list-of-titles-then-a-name",
    ),
    pytest.param(
        article("He is Chairman of Zenbright Capital, Quorra Solutions and Brightline Bank."),
        set(),
        id="a-company-word-ends-a-body-not-a-name",
    ),
    pytest.param(
        article("Chile's finance minister, Tom Reed, and IADB President Ann Smith signed."),
        {claim("Tom Reed", "Finance Minister", "Chile"), claim("Ann Smith", "President", "IADB")},
        id="a-name-then-and-another-title-holder",
    ),
    pytest.param(
        article("Bids came in, Tom Reed, president of Zenbright said at a hearing."),
        {claim("Tom Reed", "President", "Zenbright")},
        id="name-between-commas-then-title-body-and-said",
    ),
    pytest.param(
        article("- Judy Smith, Chair, CEO and President, Quorra Worldwide"),
        {
            claim("Judy Smith", "Chair", "Quorra Worldwide"),
            claim("Judy Smith", "Chief Executive", "Quorra Worldwide"),
            claim("Judy Smith", "President", "Quorra Worldwide"),
        },
        id="a-list-of-titles-after-a-name-then-a-body",
    ),
    pytest.param(
        article("- Judy Smith, CEO and President, Quorra Worldwide"),
        {
            claim("Judy Smith", "Chief Executive", "Quorra Worldwide"),
            claim("Judy Smith", "President", "Quorra Worldwide"),
        },
        id="a-pair-of-titles-after-a-name-then-a-body",
    ),
    pytest.param(
        article("But the keynote speaker, Prince Tom Reed, said so."),
        set(),
        id="a-keynote-speaker-holds-no-office",
    ),
    pytest.param(
        article("Tom Reed was named to the new post of vice chairman of Zenbright."),
        {claim("Tom Reed", "Vice Chair", "Zenbright")},
        id="named-to-the-post-of",
    ),
    pytest.param(
        article(
            "Zenbright Corp appointed Tom Reed to the post of chairman and the company's"
            " president, Joe Smith, will stay."
        ),
        {claim("Tom Reed", "Chair", "Zenbright"), claim("Joe Smith", "President", "Zenbright")},
        id="a-name-after-a-comma-that-goes-on-is-the-holder",
    ),
    pytest.param(
        article("Chilean vice-minister of finance for international affairs Tom Reed spoke."),
        {claim("Tom Reed", "Vice Finance Minister", "Chile")},
        id="lower-case-portfolio-then-a-name",
    ),
    pytest.param(
        article("He was foreign minister for years Tom Reed said."),
        set(),
        id="lower-case-words-that-are-no-portfolio",
    ),
    pytest.param(
        article("Zenbright Corp elected Tom Reed a vice president and named him treasurer."),
        {
            claim("Tom Reed", "Vice President", "Zenbright"),
            claim("Tom Reed", "Treasurer", "Zenbright"),
        },
        id="named-him-is-the-first-verbs-object",
    ),
    pytest.param(
        article(
            "Tom Reed has worked at the Zenbright Board of Trade (ZBT), where he served as"
            " chief executive from 1990-1995."
        ),
        {claim("Tom Reed", "Chief Executive", "Zenbright Board of Trade", as_of=None)},
        id="where-he-served-as-is-the-subjects-post-at-that-body",
    ),
    pytest.param(
        article("Agriculture Secretary Tom Reed came. USDA secretary Tom Reed said so."),
        {claim("Tom Reed", "Agriculture Secretary", "United States")},
        id="a-ministry-before-its-secretary-is-the-country",
    ),
    pytest.param(
        article("USDA undersecretary Tom Reed spoke."),
        {claim("Tom Reed", "Under Secretary", "U.S. Department of Agriculture")},
        id="a-ministry-before-its-undersecretary-is-kept",
    ),
    pytest.param(
        article("Some in the USDA, most notably undersecretary Tom Reed, remain opposed."),
        {claim("Tom Reed", "Under Secretary", "U.S. Department of Agriculture")},
        id="an-undersecretary-in-the-ministry-the-sentence-names",
    ),
    pytest.param(
        article(
            "Iraqi radio quoted a decree appointing Oil Ministry undersecretary Tom Reed"
            " as the new Oil Minister."
        ),
        {
            # the promotion ends the lower post, as the gold reads it
            claim("Tom Reed", "Under Secretary", "Oil Ministry", status="former"),
            claim("Tom Reed", "Oil Minister", "Iraq"),
        },
        id="appointing-a-titled-name-as-another-office",
    ),
    pytest.param(
        article(
            "Soviet deals are few, First Deputy Prime Minister and Chairman of the State"
            " Zenbright Committee (ZENCOM) Tom Reed said."
        ),
        {
            claim("Tom Reed", "First Deputy Prime Minister", "Soviet Union"),
            claim("Tom Reed", "Chair", "State Zenbright Committee"),
        },
        id="a-state-office-takes-no-committee-from-its-partner",
    ),
    pytest.param(
        article("Soviet trade is low, Foreign Trade Bank Chairman Tom Reed said."),
        {claim("Tom Reed", "Chair", "Foreign Trade Bank")},
        id="a-body-noun-ends-a-name-before-a-title",
    ),
    pytest.param(
        article("American officials spoke. White House Deputy Press Secretary Tom Reed said so."),
        {claim("Tom Reed", "Deputy Press Secretary", "United States")},
        id="a-body-noun-inside-an-office-name-is-no-body",
    ),
    pytest.param(
        article(
            "Zenbright Laenderbank AG expects profits in Austria. Director General Tom Reed"
            " said so."
        ),
        {claim("Tom Reed", "Director General", "Zenbright Laenderbank")},
        id="a-short-legal-form-makes-a-company-story",
    ),
    pytest.param(
        article(
            "Tom Reed, an American lawyer, worked in the White House under President Jim Hale."
        ),
        {claim("Jim Hale", "President", "United States", as_of=None)},  # a past role under him
        id="a-body-before-under-is-no-body-of-the-title",
    ),
    pytest.param(
        article("Tom Reed, administrator of USDA's Zenbright Service, told the Senate so."),
        {claim("Tom Reed", "Administrator", "USDA's Zenbright Service")},
        id="a-known-body-owning-the-body-named-next",
    ),
    pytest.param(
        article("Kenyan Prime Minister Tom Reed's talks with President Jim Hale of Chile went on."),
        {claim("Tom Reed", "Prime Minister", "Kenya"), claim("Jim Hale", "President", "Chile")},
        id="a-possessive-before-a-preposition-owns-no-title",
    ),
    pytest.param(
        article("Tokyo will act. LDP General Council chairman Tom Reed said so."),
        set(),
        id="an-organ-of-a-party-is-out-of-scope",
    ),
    pytest.param(
        article("LDP General Council chairman Tom Reed spoke. Tory Party chairman Joe Smith did."),
        set(),
        id="a-partys-body-is-a-party-post",
    ),
    pytest.param(
        article("Labour Office President Tom Reed said jobless numbers fell."),
        {claim("Tom Reed", "President", "Labour Office")},
        id="a-party-word-in-another-bodys-name",
    ),
    pytest.param(
        article(
            "He met Tom Reed, director-general of the Finance Ministry's Securities Bureau,"
            " and Joe Smith, Director General of the ministry's Trade Bureau."
        ),
        set(),
        id="head-of-a-ministrys-bureau-is-below-the-minister",
    ),
    pytest.param(
        article(
            "Despite Zenbright administrator Tom Reed's work, a state appointed administrator,"
            " Joe Smith, runs Quorra. Ann Lee, administrator for USDA's Quorra Service, said."
        ),
        {claim("Ann Lee", "Administrator", "")},
        id="a-lower-case-administrator-of-no-named-body",
    ),
    pytest.param(
        article(
            "Wages rose as fast only during President Tom Reed's first term. It was President"
            " Joe Smith's administration then. In President Ann Lee's second term they fall."
        ),
        {
            claim("Tom Reed", "President", "", as_of=None),
            claim("Joe Smith", "President", "", as_of=None),
            claim("Ann Lee", "President", ""),
        },
        id="a-period-of-office-told-as-over-is-undated",
    ),
    pytest.param(
        article("Today's talk followed a meeting Governor Tom Reed held with mayors last week."),
        {claim("Tom Reed", "Governor", "", as_of=None)},
        id="last-week-in-the-names-clause-is-no-day",
    ),
    pytest.param(
        article("Press Secretary Tom Reed and Quorra Agency Administrator Joe Smith spoke."),
        {
            claim("Tom Reed", "Press Secretary", ""),
            claim("Joe Smith", "Administrator", "Quorra Agency"),
        },
        id="a-titled-name-and-a-body-before-a-title",
    ),
    pytest.param(
        article(
            "Finance Minister Tom Reed and Zenbright Foundation President Joe Smith met, and Quorra"
            " and Zenbright chairman Ann Lee too."
        ),
        {
            claim("Tom Reed", "Finance Minister", ""),
            claim("Joe Smith", "President", "Zenbright Foundation"),
            claim("Ann Lee", "Chair", "Quorra and Zenbright"),
        },
        id="and-joins-a-body-only-after-a-titled-name",
    ),
    pytest.param(
        article("Shares fell after a warning from Fed chief Tom Reed."),
        {claim("Tom Reed", "Chair", "Federal Reserve")},
        id="fed-chief-chairs-the-federal-reserve",
    ),
    pytest.param(
        article("In the trial of Mr Hale, Zenbright's ex-finance chief Tom Reed spoke."),
        {claim("Tom Reed", "Chief Financial Officer", "Zenbright", status="former")},
        id="a-finance-chief-is-a-chief-financial-officer",
    ),
    pytest.param(
        article("Ads grew. Tom Reed, chief revenue officer at Zenbright, said so."),
        {claim("Tom Reed", "Chief Revenue Officer", "Zenbright")},
        id="a-chief-revenue-officer-is-a-company-officer",
    ),
    pytest.param(
        article("Kenyan finance minister Tom Reed met his German counterpart Jim Hale."),
        {
            claim("Tom Reed", "Finance Minister", "Kenya"),
            claim("Jim Hale", "Finance Minister", "Germany"),
        },
        id="a-counterpart-holds-the-same-office-of-another-country",
    ),
    pytest.param(
        article("Tom Reed, the American Secretary of State, met his German counterpart Jim Hale."),
        {claim("Tom Reed", "Secretary of State", "United States")},
        id="a-counterpart-of-an-office-named-differently-abroad-is-no-claim",
    ),
    pytest.param(
        article('Chairman of the Zenbright Audit Committee Tom Reed MP said: "It is bad."'),
        {claim("Tom Reed", "Chair", "Zenbright Audit Committee")},
        id="a-body-ending-in-its-kind-then-a-name-with-a-post-nominal",
    ),
    pytest.param(
        article("As Chair of the Council of Zenbright Advisers, Tom Reed spoke."),
        {claim("Tom Reed", "Chair", "Council of Zenbright Advisers")},
        id="a-body-kind-followed-by-of-goes-on-with-its-name",
    ),
    pytest.param(
        article("Mr Hale has ambitions to replace Mr Reed as chief executive of Zenbright."),
        {claim("Reed", "Chief Executive", "Zenbright")},
        id="the-one-to-be-replaced-holds-the-office",
    ),
    # --- wire copy's verbs of office ----------------------------------------------------------
    pytest.param(
        article("Zenbright Inc said Tom Reed will retire as chairman but remain a director."),
        {claim("Tom Reed", "Chair", "Zenbright")},
        id="will-retire-as-a-title-but-remain",
    ),
    pytest.param(
        article(
            "Zenbright Inc said President Tom Reed will assume the additional post of chairman"
            " pending a search."
        ),
        {
            claim("Tom Reed", "President", "Zenbright"),
            claim("Tom Reed", "Chair", "Zenbright", status="designate"),
        },
        id="will-assume-the-additional-post-of",
    ),
    pytest.param(
        article(
            "Zenbright Inc said chief operating officer Tom Reed got the added, previously"
            " vacant, post of president."
        ),
        {
            claim("Tom Reed", "Chief Operating Officer", "Zenbright"),
            claim("Tom Reed", "President", "Zenbright"),
        },
        id="got-the-added-vacant-post-of",
    ),
    pytest.param(
        article(
            "Zenbright Corp said it elected Tom Reed to the newly-created positions of chairman"
            " and president."
        ),
        {claim("Tom Reed", "Chair", "Zenbright"), claim("Tom Reed", "President", "Zenbright")},
        id="elected-to-the-newly-created-positions-of",
    ),
    pytest.param(
        article(
            "Zenbright Corp said Tom Reed took over as chairman last year and Jim Hale will"
            " take over as president."
        ),
        {
            claim("Tom Reed", "Chair", "Zenbright", as_of=None),  # set in a past year
            claim("Jim Hale", "President", "Zenbright", status="designate"),
        },
        id="took-over-as-and-will-take-over-as",
    ),
    pytest.param(
        article(
            "Zenbright Corp said Tom Reed has resigned as president, chief executive officer"
            " and a director."
        ),
        {
            claim("Tom Reed", "President", "Zenbright", status="former"),
            claim("Tom Reed", "Chief Executive", "Zenbright", status="former"),
        },
        id="a-board-seat-closes-a-list-of-offices",
    ),
    pytest.param(
        article(
            "Zenbright Corp said Tom Reed, president of Zenco, was named chairman and a"
            " director of Acme Enterprises Inc."
        ),
        {claim("Tom Reed", "President", "Zenco"), claim("Tom Reed", "Chair", "Acme Enterprises")},
        id="a-board-seat-names-the-body-of-the-office-before-it",
    ),
    pytest.param(
        article(
            "Tom Reed, president of Colombia's exporters' association, ruled out a cut.",
            "Jim Hale, chairman of the LDP's policy council, said so.",
        ),
        {claim("Tom Reed", "President", "Colombia's exporters' association")},
        id="an-apposition-names-a-body-its-owner-owns",
    ),
    pytest.param(
        article(
            "Finance Minister Tom Reed said last month that aid would go to industry.",
            "President Jim Hale ordered the study last September.",
            "Governor Ann Lee said last week that aid would rise.",
        ),
        {
            claim("Tom Reed", "Finance Minister", "", as_of=None),
            claim("Jim Hale", "President", ""),
            claim("Ann Lee", "Governor", ""),
        },
        id="said-last-month-sets-the-claim-in-a-past-month",
    ),
    pytest.param(
        article("Pay fell, Confederation of British Industry (CBI) President Tom Reed said."),
        {claim("Tom Reed", "President", "Confederation of British Industry")},
        id="an-acronym-after-a-run-marks-a-body-not-a-title-or-a-country",
    ),
    pytest.param(
        article(
            "The group said Ann Lee, president of Zenco, Asia's largest firm, has assumed the"
            " role of chair. It named Jim Hale to succeed Tom Reed, who was also chief executive."
        ),
        {
            claim("Ann Lee", "President", "Zenco"),
            claim("Tom Reed", "Chief Executive", "", as_of=None),  # "was": a past role
        },
        id="a-prepositions-object-is-no-subject-unless-who-takes-it-up",
    ),
    pytest.param(
        article(
            "Labour MPs want a bigger role for Chancellor Tom Reed.",
            "He said the Iraq controversy had hurt the party; the Tories said the war in Iraq"
            " was wrong.",
        ),
        {claim("Tom Reed", "Chancellor of the Exchequer", "United Kingdom")},
        id="no-metadata-a-country-named-as-a-place-yields-to-one-whose-parties-act",
    ),
    pytest.param(
        article(
            "Israel's cabinet backed the plan, and Israeli officials said it would go ahead.",
            "Prime Minister Tom Reed won the support of Labour.",
        ),
        {claim("Tom Reed", "Prime Minister", "Israel")},
        id="no-metadata-the-country-that-acts-most-keeps-its-leader",
    ),
    pytest.param(
        article(
            "Visa fraud in the UK is rising, immigration minister Tom Reed said.",
            "A Belgian national was jailed for fraud in the UK on Monday.",
        ),
        {claim("Tom Reed", "Immigration Minister", "United Kingdom")},
        id="no-metadata-a-persons-nationality-is-no-country-that-acts",
    ),
    pytest.param(
        article(
            "Ukraine is preparing a review of sell-offs, Prime Minister Tom Reed said.",
            "Investors in Russia and in the Russia trade are wary.",
        ),
        {claim("Tom Reed", "Prime Minister", "Ukraine")},
        id="no-metadata-a-country-as-a-subject-acts",
    ),
    pytest.param(
        article(
            "Tom Reed, vice president for marketing at Zenbright Inc, said sales rose.",
            '"Good," said Jim Hale, president of domestic sales and distribution at 20th'
            " Century Zenco.",
        ),
        {
            claim("Tom Reed", "Vice President", "Zenbright"),
            claim("Jim Hale", "President", "20th Century Zenco"),
        },
        id="a-portfolio-then-at-names-the-company",
    ),
    pytest.param(
        article(
            "The pipeline will be built by the US-registered Zenbright Oil Corporation (ZOC).",
            "Ann Lee, president of ZOC, said so.",
        ),
        {claim("Ann Lee", "President", "Zenbright Oil")},
        id="a-descriptor-is-no-part-of-a-full-name",
    ),
    pytest.param(
        article("Tom Reed, president of Zenco's Dallas-based Kiso Division, said so."),
        {claim("Tom Reed", "President", "Zenco's Dallas-based Kiso Division")},
        id="a-descriptor-after-an-owner-stays-in-the-units-name",
    ),
    pytest.param(
        article("The London-based Acme Group said chairman Bob Stone will visit Paris."),
        {claim("Bob Stone", "Chair", "Acme")},
        id="a-descriptor-is-no-part-of-a-company-name",
    ),
    pytest.param(
        article(
            "Zenbright sees profits soar",
            '"Sales rose," said finance chief Ann Lee. Zenbright shares rose.',
            "Korea's Zenbright did well. Zenbright expects more.",
        ),
        {claim("Ann Lee", "Chief Financial Officer", "Zenbright")},
        id="a-word-ending-a-sentence-or-a-possessive-is-no-given-name-of-the-headlines-body",
    ),
    pytest.param(
        article(
            "Others include Atlanta Fed President Tom Reed and Ann Lee, president of the"
            " Federal Reserve Bank of New York."
        ),
        {
            claim("Tom Reed", "President", "Federal Reserve Bank of Atlanta"),
            claim("Ann Lee", "President", "Federal Reserve Bank of New York"),
        },
        id="a-regional-fed-is-its-reserve-bank-not-its-city",
    ),
    pytest.param(
        article(
            "Profits fell, General Zenco Corp chairman Tom Reed said.",
            "Federal Kiso Commission Chair Ann Lee and National Zen Association President Jim"
            " Hale spoke.",
            "Federal National Kiso Association chairman Bob Stone spoke.",
        ),
        {
            claim("Tom Reed", "Chair", "General Zenco"),
            claim("Ann Lee", "Chair", "Federal Kiso Commission"),
            claim("Jim Hale", "President", "National Zen Association"),
            claim("Bob Stone", "Chair", "Federal National Kiso Association"),
        },
        id="a-word-that-opens-body-names-is-kept-before-a-name",
    ),
]


def test_a_wire_headlines_ticker_makes_a_company_story(tmp_path: Path) -> None:
    """ "ZENCO ELECTRIC <ZEN> ...": a bare "President" is the company's the story opens with,
    whose name shares a word with the headline's (a head of state's title takes the
    country the run's other texts state for the person: normalise/organizations.py)."""
    record = {
        "id": "r1",
        "date": "1987-03-03",
        "title": "ZENCO ELECTRIC <ZEN> SEES LOWER PROFIT",
        "dateline": "BOSTON, March 3 -",
        "text": "Zenco Electric System's auditors qualified the utility's report.\n"
        "    President Tom Reed told analysts the utility will take a charge.",
    }
    table = claims_table(tmp_path, json.dumps(record) + "\n", "feed.jsonl")
    assert dict(zip(table.person, table.organization, strict=True)) == {
        "Tom Reed": "Zenco Electric System"
    }


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(tmp_path: Path, text: str, expected: set[ClaimTuple]) -> None:
    assert claims_of(tmp_path, text) == expected


# --- one office, several spellings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "spellings", "label"),
    [
        pytest.param(
            "Ukraine's {title} Rustem Umerov spoke.",
            (
                "Defense Minister",
                "Defence Minister",
                "Minister of Defence",
                "defense minister",
                "Minister of Defense",
            ),
            "Defence Minister",
            id="defence-minister",
        ),
        pytest.param(
            "NATO {title} Jens Stoltenberg spoke.",
            ("Secretary General", "secretary-general", "Secretary-General", "secretary general"),
            "Secretary General",
            id="secretary-general",
        ),
    ],
)
def test_office_spellings_share_one_label(
    tmp_path: Path, template: str, spellings: tuple[str, ...], label: str
) -> None:
    offices = []
    for index, spelling in enumerate(spellings):
        table = claims_table(tmp_path, article(template.format(title=spelling)), f"a{index}.txt")
        offices.extend(table["office"])
    assert offices == [label] * len(spellings)


# --- where a claim is: file line and 1-based column of the name ------------------------------

FRONT_MATTER = (
    "---\n"
    "title: NATO meets\n"
    "date: 2024-12-04\n"
    "tags: [nato]\n"
    "---\n"
    "\n"
    "# NATO meets\n"
    "\n"
    "Allies met in Brussels.\n"
    "On arrival, NATO Secretary General Jens Stoltenberg spoke.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "person", "line", "column"),
    [
        pytest.param(
            "a.txt",
            article("NATO Secretary General Jens Stoltenberg arrived."),
            "Jens Stoltenberg",
            2,
            24,
            id="txt-second-line",
        ),
        pytest.param(
            "a.txt",
            article(
                "NATO allies met.",
                "Allies agreed, said Mark Rutte, the alliance's secretary-general.",
            ),
            "Mark Rutte",
            4,
            21,
            id="apposition-name-before-title",
        ),
        pytest.param("a.txt", WIRE, "James Baker", 3, 55, id="wrapped-name-starts-line"),
        pytest.param(
            "a.md",
            FRONT_MATTER.replace("\n", "\r\n"),
            "Jens Stoltenberg",
            10,
            36,
            id="markdown-crlf",
        ),
        pytest.param(
            "a.md", FRONT_MATTER, "Jens Stoltenberg", 10, 36, id="markdown-front-matter-counts"
        ),
    ],
)
def test_claim_line_and_column(
    tmp_path: Path, name: str, text: str, person: str, line: int, column: int
) -> None:
    table = claims_table(tmp_path, text, name)
    rows = table[table["person"] == person]
    assert len(rows) == 1, table
    assert (rows.iloc[0]["line"], rows.iloc[0]["column"]) == (line, column)
    file_line = text.split("\n")[line - 1]
    assert file_line[column - 1 :].startswith(person.split()[0])


# a title wrapped over two lines, YAML's escapes in it: the claim is on the line where the
# name begins (as the gold counts a name split over two lines of a body)
WRAPPED_TITLE = (
    "---\n"
    'title: "Statement by the White House on the Death of Former President Ram\\xF3n\\\n'
    '  \\ Ortega\\_Bar\\xF3 of Ruritania"\n'
    "date: 2024-12-04\n"
    "---\n"
    "\n"
    "The White House mourns him.\n"
)


def test_title_claim_on_the_line_of_its_name(tmp_path: Path) -> None:
    table = claims_table(tmp_path, WRAPPED_TITLE, "a.md")
    assert list(zip(table["person"], table["line"], strict=True)) == [("Ramón Ortega Baró", 2)]


@pytest.mark.parametrize(("dateline", "expected"), [("BOSTON, March 3 -", 1), ("", 0)])
def test_a_short_first_line_after_a_cut_dateline_is_no_headline(
    tmp_path: Path, dateline: str, expected: int
) -> None:
    """A wire record's text starts after its dateline: its short first line continues the
    sentence; without a dateline a short first line is a headline."""
    record = {
        "id": "r1",
        "date": "1987-03-03",
        "title": "ZENCO NAMES CHAIRMAN",
        "dateline": dateline,
        "text": "Zenco Corp said it elected\nTom Reed chairman of the company.",
    }
    table = claims_table(tmp_path, json.dumps(record) + "\n", "feed.jsonl")
    assert len(table[table.person == "Tom Reed"]) == expected


def test_markdown_front_matter_date_is_the_claims_date(tmp_path: Path) -> None:
    table = claims_table(tmp_path, FRONT_MATTER, "a.md")
    assert [iso(v) for v in table["as_of"]] == [PUBLISHED]


# --- the seed articles against the gold claims -----------------------------------------------


def gold_claims(shared_dir: Path) -> list[dict[str, str]]:
    with (shared_dir / "gold" / "seeds-claims.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def surname(person: str) -> str:
    return person.split()[-1]


def test_seeds_give_exactly_the_gold_claims(seeds_dir: Path, shared_dir: Path) -> None:
    gold = [row for row in gold_claims(shared_dir) if row["status"] != "boilerplate"]
    assert len(gold) == 12
    table = run([seeds_dir]).claims
    got = [
        (
            Path(row.path).name,
            row.line,
            surname(row.person),
            row.office,
            row.organization,
            iso(row.as_of) or "",
            row.status,
        )
        for row in table.itertuples()
        if row.zone == "article"
    ]
    unmatched = list(got)
    missing = []
    for row in gold:
        key = (
            row["doc"],
            int(row["line"]),
            surname(row["person"]),
            row["office"],
            row["organization"],
        )
        accepted = {row["as_of"], row["as_of_also"]} - {""} or {""}
        hit = next(
            (c for c in unmatched if c[:5] == key and c[5] in accepted and c[6] == row["status"]),
            None,
        )
        if hit is None:
            missing.append(row)
        else:
            unmatched.remove(hit)
    assert missing == []
    assert unmatched == []


def test_seed_news_feed_claim_is_furniture_and_undated(seeds_dir: Path) -> None:
    table = run([seeds_dir]).claims
    kostin = table[table["person"].str.endswith("Kostin")]
    assert len(kostin) == 1
    row = kostin.iloc[0]
    assert (Path(row["path"]).name, row["line"]) == ("002_6ac269046d865cba.txt", 39)
    assert (row["office"], row["organization"]) == ("Prosecutor General", "Ukraine")
    assert row["zone"] == "furniture"
    assert iso(row["as_of"]) is None
