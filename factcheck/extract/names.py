"""Person names as English news writes them: capitalised words, initials, particles."""

from __future__ import annotations

import re
from functools import cache

from factcheck.dates import MONTHS
from factcheck.lexicon import Lexicon
from factcheck.normalise.names import PARTICLE_WORDS, PARTICLES

UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
LOWER = "".join(c for c in map(chr, range(0x61, 0x250)) if c.islower())
_U, _L = f"[{UPPER}]", f"[{LOWER}]"

# "Rutte", "McCarthy", "Jean-Pierre", "O'Brien", "al-Assad"; an initial "W.", "H.Onno"
NAME_WORD = (
    rf"(?:(?:al|el|bin|ibn|ben|abu|de|di|da|van|von)-|[dl]['’])?"  # "al-Oteiba", "d'Estaing"
    rf"(?:{_U}['’]{_U}{_L}+"  # "O'Reilly"
    rf"|{_U}{_L}+(?:{_U}{_L}+)?(?:[-'’]{_U}?{_L}+)*|{_U}\.{_U}{_L}+|{_U}\.(?:{_U}\.)?"
    rf"|{_U}{{1,2}}(?=\s+{_U}{_L}))"  # "JD Vance", "George W Bush": initials without dots
)
# courtesy titles make one word a name ("Lord Bach", "Mr Smith"); ranks and the styles of
# office do not ("General Counsel", "General Catalyst" are no names)
COURTESY_TITLES = r"Mr|Mrs|Ms|Dr|Sir|Dame|Prince|Princess|Sheikh|Sheikha|Lord|Lady|Baroness|Baron"
_RANKS = r"Gen|Adm|Lt|Col|Sen|Rep|Gov|Capt|Cmdr|Sgt|General|Admiral|Colonel|Captain|Sergeant"
HONORIFIC = (
    r"(?:(?:(?:Vice|Rear|Lt|Maj|Brig|Lieut)\.?\s+)?"
    rf"(?:{COURTESY_TITLES}|{_RANKS})\.?\s+)"
)
NAME = (
    rf"(?:{HONORIFIC})?(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLES}\s+)*{NAME_WORD}){{0,3}}"
    rf"(?:,?\s+(?:Jr|Sr)\.?|\s+II|\s+III)?)"
)
# a wrapped line may separate a title from its name ("Georgia Power Chairman\nRobert ...")
NAME_AT_START = re.compile(rf"[ \t]*,?(?:[ \t]|\n(?![ \t]*\n))*{NAME}(?![\w-])")
NAME_AT_END = re.compile(rf"(?<![\w'’-]){NAME}(?:['’]s)?$")
POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(raw: str, lexicon: Lexicon, min_words: int = 1, from_end: bool = False) -> str:
    """The name part of a captured run of capitalised words, or "" when it is not a name.

    A run stops at the first word that is never part of a name (a weekday, an organisation,
    an office word), so that "President Biden Monday" gives "Biden". ``from_end`` reads the
    run backwards, for a name that ends where a title begins ("Vice Premier Yao Yilin, a
    former Commerce Minister" gives "Yao Yilin").
    """
    words = raw.split()
    if from_end:
        tail: list[str] = []
        for index in range(len(words) - 1, -1, -1):
            bare = POSSESSIVE.sub("", words[index].rstrip(",."))
            before = words[index - 1] if index else ""
            month_name = (index == len(words) - 1 and _month_surname(words, index, lexicon)) or (
                index == len(words) - 2 and _month_given_name(words[index:], 0, lexicon)
            )
            if _ends_name(bare, before, lexicon) and not month_name:
                break
            if bare.lower() in title_heads(lexicon):
                break  # "Chief Financial Officer Richard D. Mayo was elected treasurer"
            tail.insert(0, words[index])
        words = tail
    kept: list[str] = []
    for index, word in enumerate(words):
        word = word.rstrip(",")
        possessive = bool(POSSESSIVE.search(word)) and not word.endswith(".")
        bare = POSSESSIVE.sub("", word) if possessive else word
        if not kept and bare.lower() in PARTICLE_WORDS and not _given_name(bare, words):
            return ""
        month_name = (
            bool(kept) and index == len(words) - 1 and _month_surname(words, index, lexicon)
        ) or (not kept and _month_given_name(words, index, lexicon))
        if _ends_name(bare, kept[-1] if kept else "", lexicon, first=not kept) and not month_name:
            break
        kept.append(bare)
        if possessive:
            break  # a possessive ends the name: "Trump's administration"
    while kept and kept[-1].lower() in PARTICLE_WORDS:
        kept.pop()
    # "Mr", "A.": too short to be a name alone; "Xi", "Wu" are names; "Jr" is only a suffix
    if len(kept) < min_words or not kept or all(len(w) <= 2 and not w[1:].islower() for w in kept):
        return ""
    if all(_SUFFIX.fullmatch(w) for w in kept):
        return ""
    if len(kept) > 1 and " ".join(kept).lower() in lexicon.places:
        return ""  # "in North Carolina and South Carolina, the vice president in Georgia"
    if len(kept) > 1 and lexicon.organization(" ".join(kept)) is not None:
        return ""  # "the United States, the President, ...": a country is no person
    return " ".join(kept)


_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|II|III")


@cache
def title_heads(lexicon: Lexicon) -> frozenset[str]:
    """The last words of titles ("officer", "minister"), a monarch's excepted: "Mervyn King"."""
    return frozenset(
        variant.split()[-1]
        for variant, office in lexicon.offices.items()
        if " " in variant
        and office.kind != "named"
        and not {"of", "for", "to", "the"} & set(variant.split())
    )


def _month_surname(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """ "Theresa May": a month's name after one word that can be a name is a surname;
    "Monday May" is a date."""
    word = POSSESSIVE.sub("", words[index].rstrip(",."))
    if index != 1 or len(words) != 2 or word.lower() not in MONTHS or len(word) < 3:
        return False  # "President Felix Houphouet-Boigny March 19-22": a date
    before = words[index - 1].rstrip(",")
    return not _is_initial(before) and not _never_a_name(before, lexicon)


def _month_given_name(words: list[str], index: int, lexicon: Lexicon) -> bool:
    """ "Jan Egeland", "June Carter": a month's name (no dot) opening a name of a given name
    and a surname; "Jan. 5", "March Madness" are no names."""
    if index != 0 or len(words) < 2 or words[0].lower() not in MONTHS:
        return False
    after = POSSESSIVE.sub("", words[1].rstrip(",."))
    return after[:1].isupper() and after[1:].islower() and not _never_a_name(after, lexicon)


def _given_name(first: str, words: list[str]) -> bool:
    """ "Ben Verwaayen", "Al Gore": a capitalised particle before another name word is a
    given name; "van", "de" alone or in lower case start no name."""
    return first[:1].isupper() and first[1:].islower() and len(words) > 1


def _ends_name(word: str, before: str, lexicon: Lexicon, first: bool = False) -> bool:
    """Whether ``word`` (``before`` the word to its left) is no part of the name.

    A surname after a middle initial is a name even when a country bears it ("Lisa O.
    Monaco"); "A" and "I" without a dot open no name ("A Few Cool Hardware Stores").
    """
    if _is_initial(word):
        return first and "." not in word and word in lexicon.stopwords
    bare = word.rstrip(".")
    after_initial = _is_initial(before) and before.endswith(".")
    return _never_a_name(bare, lexicon, organizations=not after_initial)


def _is_initial(word: str) -> bool:
    """ "A." in "Nicholas A. Gallo", "A" in "Charles A Blixt": never a stop word there."""
    return len(word.rstrip(".")) <= 2 and word.isupper()


def _never_a_name(word: str, lexicon: Lexicon, organizations: bool = True) -> bool:
    office = lexicon.office(word)
    return (
        word in lexicon.stopwords
        or (organizations and lexicon.organization(word) is not None)
        # "King" is a title, and Mervyn King's surname: such titles do not stop a name
        or (office is not None and office.kind != "named")
        or word.lower() in lexicon.anaphors
    )


# "Lord Irvine of Lairg": a peer's title names a place after the name
_PEER = re.compile(r"(?:Lord|Lady|Baroness|Baron)\s")
_OF_PLACE = re.compile(rf"\s+of\s+{_U}{_L}+(?![\w-])")


_COURTESY = re.compile(rf"(?:{COURTESY_TITLES})\.?")


def honorific_before(text: str, match: re.Match[str]) -> str:
    """The honorific a NAME match read before its name ("Lord", "Mr"), "" when none."""
    return text[match.start() : match.start("name")].strip(" \t\n,")


def courtesy_before(text: str, match: re.Match[str]) -> bool:
    """ "Lord Bach", "Mr Smith": a courtesy title makes one word a name; a rank does not
    ("General Counsel", "General Catalyst" are no names)."""
    return bool(_COURTESY.fullmatch(honorific_before(text, match)))


def with_peerage(text: str, match: re.Match[str], name: str) -> str:
    """ "Irvine of Lairg" for "Lord Irvine of Lairg"; other names as they are."""
    end = match.start("name") + len(name)
    place = _OF_PLACE.match(text, end)
    if place and _PEER.match(honorific_before(text, match) + " ") and name == match["name"]:
        return name + " " + " ".join(place.group().split())
    return name
