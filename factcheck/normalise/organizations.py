"""Organisations inferred from an article's context, checked against the whole corpus.

An unqualified "Finance Minister Kiichi Miyazawa" in a story mostly about Britain would be
given to the United Kingdom; when other articles state "Japanese Finance Minister Kiichi
Miyazawa", the person's stated organisation for that office wins over the guess.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import PurePath

from factcheck.models import Claim
from factcheck.normalise.names import person_key, surname


def consolidate_organizations(
    claims: list[Claim],
    known: Callable[[str], bool],
    leader: Callable[[str], bool] = lambda office: False,
    country: Callable[[str], bool] = lambda org: True,
    state_office: Callable[[str], bool] = lambda office: False,
) -> list[Claim]:
    """Claims whose inferred organisation is replaced by the one the texts state, or, when
    no text states one, by the one most articles imply for that person and office.

    Only organisations that ``known`` accepts (the lexicon's countries and bodies) are
    carried over: one misread name beside a title must not spread to every claim of a
    person. A leader's office (``leader``) takes no country from the other articles' votes:
    "Chancellor Gordon Brown" is no German chancellor for BBC stories naming Schroeder.
    """
    # what sentences state of the person themselves: not a list's shared body, nor a body
    # carried from elsewhere in the article (counted where it was stated)
    stated = _tally(
        claims,
        known,
        lambda claim: claim.organization_from not in ("context", "home", "list", "article"),
    )
    # what the articles' own content implies; where they come from is no vote on a person
    implied = _tally(claims, known, lambda claim: claim.organization_from == "context")
    source_of = _sources(claims)
    by_office = _office_tally(claims, known, source_of)
    home_of_source = _source_countries(claims, source_of, country, state_office)
    result = []
    for claim in claims:
        if claim.organization_guessed:
            guessed = claim.organization
            # a company the story gives its president ("Mason Carter") yields to what texts
            # state of the same person, not of another with the surname ("Jimmy Carter");
            # a guessed country yields to either ("Letitia" and "Tish" James are one)
            company = bool(guessed) and not known(guessed)
            best = _best(stated, claim, same_first_name=company)
            office_key = (source_of[claim.path], claim.office)
            given = by_office.get(office_key, Counter())
            if not best and not leader(claim.office) and not (guessed and given[guessed]):
                # an office no text gives to the guessed country ("Foreign Secretary" in a
                # story about Iraq) is the country's the texts give it to
                best = _office_best(by_office, office_key)
            home = home_of_source.get(source_of[claim.path], "")
            if (
                not best
                and claim.organization_from == "context"
                and country(guessed)
                and state_office(claim.office)
                and not leader(claim.office)
                and not _given_anywhere(by_office, claim.office, guessed)
                and _office_best(by_office, office_key, min_claims=1) == home
            ):
                # "Former foreign secretary Robin Cook" in a BBC story about Iraq: the
                # source's texts give that office to its own country, no text to Iraq
                best = home
            if not best:
                best = _best(implied, claim, MIN_IMPLIED_SHARE, same_first_name=company)
            if (
                not best
                and claim.organization_from == "home"
                and _not_home_office(given, guessed, country)
            ):
                # "Foreign Minister Wang Yi" in a White House page: the texts give that
                # office to other countries only, so it is not the publisher's own
                claim = dataclasses.replace(claim, organization="")
            if not best and not claim.organization and state_office(claim.office):
                # "Education Secretary Ruth Kelly" in a BBC story that names no country:
                # the country the source's stories mostly give their ministers
                best = home_of_source.get(source_of[claim.path], "")
            if best:
                claim = dataclasses.replace(claim, organization=best)
        result.append(claim)
    return result


# a source whose stated ministers are this often one country's, over this many claims, is
# that country's when a story of it names none
MIN_SOURCE_SHARE = 0.5
MIN_SOURCE_CLAIMS = 20


def _source_countries(
    claims: list[Claim],
    source_of: dict[str, str],
    country: Callable[[str], bool],
    state_office: Callable[[str], bool],
) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        stated = not claim.organization_guessed and claim.organization_from != "list"
        if stated and state_office(claim.office) and country(claim.organization):
            counts[source_of[claim.path]][claim.organization] += 1
    homes = {}
    for source, tally in counts.items():
        best, count = min(tally.items(), key=lambda item: (-item[1], item[0]))
        total = sum(tally.values())
        if total >= MIN_SOURCE_CLAIMS and count >= MIN_SOURCE_SHARE * total:
            homes[source] = best
    return homes


# an office the texts name with one country this often is that country's where no country
# is in sight ("Work and Pensions Secretary" in a story that names no country)
MIN_OFFICE_SHARE = 0.8
MIN_OFFICE_CLAIMS = 3


_OfficeKey = tuple[str, str]  # (source, office)


def _sources(claims: list[Claim]) -> dict[str, str]:
    """Each article's source: the folder under the run's common folder that holds it
    ("bbc", "whitehouse"); all articles are one source when they share one folder. A
    publication calls the same office by the same bare title: "Education Secretary" is
    the UK's in BBC stories and the United States' in White House pages."""
    paths = sorted({claim.path for claim in claims})
    absolute = {path: PurePath(os.path.abspath(path)) for path in paths}
    try:
        root = PurePath(os.path.commonpath([str(p.parent) for p in absolute.values()]))
    except ValueError:  # files on two drives: no common folder, each file its own source
        return {path: path for path in paths}
    sources = {}
    for path, full in absolute.items():
        parts = full.relative_to(root).parts
        sources[path] = parts[0] if len(parts) > 1 else "."
    return sources


def _office_tally(
    claims: list[Claim], known: Callable[[str], bool], source_of: dict[str, str]
) -> dict[_OfficeKey, Counter[str]]:
    """Stated organisations per office and source; bodies the lexicon does not know
    (companies) count under "" so that "Chair", mostly a company's, never becomes the Fed's."""
    counts: dict[_OfficeKey, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        if not claim.organization_guessed and claim.organization:
            body = claim.organization if known(claim.organization) else ""
            counts[(source_of[claim.path], claim.office)][body] += 1
    return counts


def _given_anywhere(counts: dict[_OfficeKey, Counter[str]], office: str, org: str) -> bool:
    """Whether a text of any source states ``office`` for ``org``."""
    return any(tally[org] for (_, named), tally in counts.items() if named == office)


def _office_best(
    counts: dict[_OfficeKey, Counter[str]], office: _OfficeKey, min_claims: int = MIN_OFFICE_CLAIMS
) -> str:
    tally = counts.get(office)
    if not tally:
        return ""
    best, count = min(tally.items(), key=lambda item: (-item[1], item[0]))
    if not best:
        return ""
    total = sum(tally.values())
    return best if count >= min_claims and count >= MIN_OFFICE_SHARE * total else ""


# countries other than the article's own that the texts give an office to, before the
# office counts as foreign to it
MIN_OTHER_COUNTRIES = 2


def _not_home_office(given: Counter[str], home: str, country: Callable[[str], bool]) -> bool:
    # a state's speaker or attorney general is no other country's
    others = [org for org in given if org and org != home and country(org)]
    return not given[home] and len(others) >= MIN_OTHER_COUNTRIES


# an implied organisation counts where a clear plurality of the person's claims imply it
MIN_IMPLIED_SHARE = 0.3

# (surname, office) -> first-name key ("" for a surname alone) -> bodies
_BySurname = dict[tuple[str, str], dict[str, Counter[str]]]
_Tally = tuple[dict[tuple[str, str], Counter[str]], _BySurname]


def _tally(
    claims: list[Claim], known: Callable[[str], bool], counts: Callable[[Claim], bool]
) -> _Tally:
    by_person: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_surname: _BySurname = defaultdict(lambda: defaultdict(Counter))
    for claim in claims:
        if counts(claim):
            # an article that implies nothing counts too ("" never wins): one story about
            # Switzerland must not make the Education Secretary Switzerland's in all the others
            body = claim.organization if known(claim.organization) else ""
            by_person[(claim.person_id or claim.person, claim.office)][body] += 1
            first = person_key(claim.person)[0]
            by_surname[(surname(claim.person), claim.office)][first][body] += 1
    return by_person, by_surname


def _surname_votes(by_surname: _BySurname, claim: Claim, same_first_name: bool) -> Counter[str]:
    """The votes of the people with the claim's surname; with ``same_first_name``, of those
    with its first name ("Jimmy" and "James" are one; "Mason Carter" and "Jimmy Carter"
    two), all of them for a surname alone."""
    first = person_key(claim.person)[0]
    votes: Counter[str] = Counter()
    for other, counts in by_surname.get((surname(claim.person), claim.office), {}).items():
        # a surname alone stated elsewhere ("President Carter") is no vote on a full name
        # that the story gives a company ("Mason Carter")
        if not same_first_name or not first or other == first:
            votes.update(counts)
    return votes


def _best(tally: _Tally, claim: Claim, share: float = 0.0, same_first_name: bool = False) -> str:
    by_person, by_surname = tally
    # "President Trump" when several Trumps are named: the title narrows it down
    for counts in (
        by_person.get((claim.person_id or claim.person, claim.office)),
        _surname_votes(by_surname, claim, same_first_name),
    ):
        named = [org for org in counts or () if org]
        if counts and named:
            best = min(named, key=lambda org: (-counts[org], org))
            return best if counts[best] >= share * sum(counts.values()) else ""
    return ""
