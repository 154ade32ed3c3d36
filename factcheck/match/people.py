"""People across documents: blocking -> scoring -> clusters (the shape splink uses).

The people are those the claims name. Every capitalised word in every document is a
candidate mention: its folded key is looked up exactly among the claimed surnames (which
gathers transliteration variants), and a word that misses is compared with rapidfuzz only
against surnames in its block (same first letter, similar length), never against all names.
A near miss counts only in a document that also names that surname exactly, so "Stoltenburg"
joins Stoltenberg where the article is about him. A surname shared by two people with
different first names stays split: a bare surname goes to the person that document names,
and is left out where it cannot tell them apart.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from factcheck.extract.names import LOWER, UPPER
from factcheck.layout import Layout
from factcheck.models import Claim, Document, Location, Person
from factcheck.normalise.names import fold, given_name_key, name_key, person_key

Identity = tuple[str, str]  # (first-name key, surname key)

_WORD = re.compile(rf"(?<![\w'’-])[{UPPER}][{LOWER}{UPPER}'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")  # the words _POSSESSIVE changes
MIN_FUZZY_LENGTH = 6


@dataclass(frozen=True)
class NameMention:
    identity: Identity
    spelling: str  # the surname as written
    full: str  # the full name as written ("" for a bare surname)
    location: Location
    fuzzy: bool


@dataclass
class People:
    """The match stage's result."""

    persons: list[Person]
    person_of: dict[Identity, str]  # identity -> canonical name

    def person_id(self, name: str) -> str:
        return self.person_of.get(_identity_for(name, self.person_of), "")


def _identity_for(name: str, known: dict[Identity, str]) -> Identity:
    first, last = person_key(name)
    if (first, last) in known:
        return (first, last)
    same_surname = [i for i in known if i[1] == last]
    return same_surname[0] if len(same_surname) == 1 else (first, last)


def match_people(documents: list[Document], layouts: list[Layout], claims: list[Claim]) -> People:
    """Cluster the claimed people and find every mention of them in every document."""
    identities = _identities(claims)
    root = _merge_near(identities)
    by_surname: dict[str, set[Identity]] = defaultdict(set)
    for identity in identities:
        if identity[0] or root[identity] == identity:  # a lone first name is not scanned for
            by_surname[identity[1]].add(identity)
    blocks = _Blocks(by_surname)
    mentions: list[NameMention] = []
    for document, layout in zip(documents, layouts, strict=False):
        mentions.extend(_mentions(document, layout, by_surname, blocks))
    claimed: dict[Identity, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        claimed[root.get(person_key(claim.person), person_key(claim.person))][claim.person] += 1
    return _clusters(root, mentions, claimed)


def _identities(claims: Iterable[Claim]) -> set[Identity]:
    found = {person_key(c.person) for c in claims}
    # "Kostin" alone is the claimed Kostin with a first name, when there is exactly one
    full = {i for i in found if i[0]}
    for identity in [i for i in found if not i[0]]:
        namesakes = [f for f in full if f[1] == identity[1]]
        if len(namesakes) == 1:
            found.discard(identity)
    return found


def _merge_near(identities: set[Identity]) -> dict[Identity, Identity]:
    """Union-find over identities that are one person spelled two ways across documents:
    the same first name and surnames a small edit apart ("George Shultz" / "George
    Schultz"), or a lone first name that only one claimed person has ("Chancellor of the
    Exchequer Nigel" / "Nigel Lawson")."""
    parent = {identity: identity for identity in identities}

    def find(identity: Identity) -> Identity:
        while parent[identity] != identity:
            parent[identity] = parent[parent[identity]]
            identity = parent[identity]
        return identity

    by_first: dict[str, list[Identity]] = defaultdict(list)
    for identity in sorted(identities):
        if identity[0]:
            by_first[identity[0]].append(identity)
    for block in by_first.values():  # blocking: only people with one first name are compared
        for index, one in enumerate(block):
            for other in block[index + 1 :]:
                limit = 1 if min(len(one[1]), len(other[1])) < 8 else 2
                if (
                    one[1][:1] == other[1][:1]
                    and Levenshtein.distance(one[1], other[1], score_cutoff=limit) <= limit
                ):
                    parent[find(other)] = find(one)
    for identity in identities:  # "Kishida Fumio" (family name first) is "Fumio Kishida"
        swapped = (identity[1], identity[0])
        if identity[0] and swapped in parent:
            parent[find(swapped)] = find(identity)
    surnames = {identity[1] for identity in identities if identity[0]}
    for identity in identities:
        if not identity[0] and identity[1] not in surnames:
            owners = by_first.get(identity[1], [])
            if len({find(o) for o in owners}) == 1:
                parent[find(identity)] = find(owners[0])
    return {identity: find(identity) for identity in identities}


class _Blocks:
    """Surname keys by (first letter, length): the only candidates a near miss is scored on."""

    def __init__(self, by_surname: dict[str, set[Identity]]) -> None:
        self.blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        for key in sorted(by_surname):
            if len(key) >= MIN_FUZZY_LENGTH:
                self.blocks[(key[0], len(key))].append(key)
        self.cache: dict[str, str] = {}

    def near(self, key: str) -> str:
        """The claimed surname ``key`` is a small edit away from, or ""."""
        if key in self.cache:
            return self.cache[key]
        best, best_distance = "", 3
        limit = 1 if len(key) < 8 else 2
        for length in range(len(key) - limit, len(key) + limit + 1):
            for candidate in self.blocks.get((key[:1], length), ()):
                distance = Levenshtein.distance(key, candidate, score_cutoff=limit)
                if distance <= limit and distance < best_distance:
                    best, best_distance = candidate, distance
        self.cache[key] = best
        return best


def _mentions(
    document: Document, layout: Layout, by_surname: dict[str, set[Identity]], blocks: _Blocks
) -> list[NameMention]:
    text = document.text
    words = [(m.start(), _without_possessive(m.group())) for m in _WORD.finditer(text)]
    keyed = [(start, word, name_key(word)) for start, word in words]
    # (start, word, surname key, fuzzy)
    exact = [(start, word, key, False) for start, word, key in keyed if key in by_surname]
    if not exact:
        return []  # near misses count only beside an exact one: no need to look for them
    near: list[tuple[int, str, str, bool]] = []
    for start, word, key in keyed:
        if key not in by_surname and len(key) >= MIN_FUZZY_LENGTH and (target := blocks.near(key)):
            near.append((start, word, target, True))
    present = {key for _, _, key, _ in exact}
    previous = {
        start: (prev_start, prev) for (prev_start, prev), (start, _) in itertools.pairwise(words)
    }
    named_here: dict[str, set[Identity]] = defaultdict(set)
    found: list[tuple[int, str, str, bool, Identity | None, str]] = []
    for start, word, key, fuzzy in sorted(exact + [n for n in near if n[2] in present]):
        given = _given_names(text, start, previous)
        identity: Identity | None = None
        full = ""
        if given:
            # the first name may stand before a middle name: "Recep Tayyip Erdoğan"
            known = [
                n for n in range(len(given)) if (given_name_key(given[n]), key) in by_surname[key]
            ]
            if not known:
                continue  # another person with this surname ("Howard Baker" beside "James Baker")
            identity = (given_name_key(given[known[0]]), key)
            named_here[key].add(identity)
            full = " ".join([*reversed(given[: known[0] + 1]), word])
        found.append((start, word, key, fuzzy, identity, full))
    mentions = []
    for start, word, key, fuzzy, identity, full in found:
        if identity is None:
            options = named_here.get(key) or by_surname[key]
            if len(options) != 1:
                continue  # two people share this surname here: cannot tell which
            identity = next(iter(options))
        line, column = layout.position(start)
        quote = layout.quote(layout.sentence_at(start))
        location = Location(document.path, line, column, quote, document.record)
        mentions.append(NameMention(identity, word, full, location, fuzzy))
    return mentions


def _without_possessive(word: str) -> str:
    """ "Baker's" -> "Baker"; the test first, since most words have no apostrophe."""
    return _POSSESSIVE.sub("", word) if word.endswith(_POSSESSIVE_ENDINGS) else word


def _given_names(
    text: str, start: int, previous: dict[int, tuple[int, str]], most: int = 3
) -> list[str]:
    """The capitalised words right before a surname, nearest first, while only white space
    (not a blank line) separates them."""
    names: list[str] = []
    while len(names) < most and start in previous:
        prev_start, prev = previous[start]
        gap = text[prev_start + len(prev) : start]
        if gap.strip(" \t\n") or "\n\n" in gap or fold(prev) in _NOT_FIRST_NAMES:
            break
        names.append(prev)
        start = prev_start
    return names


# words that stand before a surname without being a first name
_NOT_FIRST_NAMES = frozenset(
    (
        "mr mrs ms dr president minister secretary general chancellor premier sir dame says "
        "said the a when as at in on and but by for from if of with prime foreign defense "
        "defence chairman chief governor senator sen rep gov king queen pope prince judge justice"
    ).split()
)


def _clusters(
    root: dict[Identity, Identity],
    mentions: list[NameMention],
    claimed: dict[Identity, Counter[str]],
) -> People:
    by_identity: dict[Identity, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        by_identity[root[mention.identity]].append(mention)
    persons: list[Person] = []
    person_of: dict[Identity, str] = {}
    canonical_of: dict[Identity, str] = {}
    for identity in sorted(set(root.values())):
        own = by_identity.get(identity, [])
        canonical = _canonical(own, claimed.get(identity, Counter()))
        canonical_of[identity] = canonical
        spellings: dict[str, list[Location]] = defaultdict(list)
        keys: dict[str, str] = {}
        for mention in own:
            spellings[mention.spelling].append(mention.location)
            keys[mention.spelling] = name_key(mention.spelling)
        variants = tuple(
            (spelling, tuple(sorted(set(spellings[spelling]))))
            for spelling in sorted(spellings, key=lambda s: (-len(spellings[s]), s))
        )
        persons.append(Person(canonical, variants, tuple(sorted(keys.items()))))
    for identity, top in root.items():
        person_of[identity] = canonical_of[top]
    persons.sort(key=lambda p: p.canonical)
    return People(persons, person_of)


def _canonical(mentions: list[NameMention], claimed: Counter[str]) -> str:
    """The most used full form (in the text and in claims); failing that the most used
    spelling."""
    full = Counter(m.full for m in mentions if m.full and not m.fuzzy)
    full.update({name: n for name, n in claimed.items() if " " in name})
    if full:
        return min(full, key=lambda f: (-full[f], -len(f), f))
    bare = Counter(m.spelling for m in mentions) or claimed
    return min(bare, key=lambda s: (-bare[s], s))
