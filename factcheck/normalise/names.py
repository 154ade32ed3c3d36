"""Person names folded to keys that ignore case, diacritics, apostrophes and the endings
that transliteration varies (Zelenskyy / Zelenskiy / Zelensky, Oleksii / Oleksiy)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factcheck.lexicon import load

# Ukrainian and Russian endings that English spellings render as -yy, -iy, -yi, -ii, -y, -i.
_TRANSLITERATED_ENDING = re.compile(r"(?:yy|iy|yi|ii|ij|yj|y|i)$")
_NOT_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case, no diacritics, no apostrophes or hyphens: "O’Brien" -> "obrien"."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_LETTERS.sub("", plain.lower().replace("ł", "l"))


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """The key two spellings of one name share: "Zelenskiy" and "Zelenskyy" -> "zelensky"."""
    folded = fold(word)
    if len(folded) > 5 and folded[:2] in ("al", "el") and word[2:3] in "-' ":
        folded = folded[2:]  # "El-Sisi", "Al-Sisi" and "Sisi" are one name
    if len(folded) > 3:
        folded = _TRANSLITERATED_ENDING.sub("y", folded)
    return folded


def given_name_key(word: str) -> str:
    """The key of a first name, nicknames folded: "Joe" and "Joseph" -> "joseph"."""
    names = load().given_names
    plain = fold(word)  # before the transliteration endings: "Bibi", not "Biby"
    return names.get(plain) or names.get(name_key(word)) or name_key(word)


NAME_SUFFIXES = ("Jr", "Sr", "II", "III")


def name_words(name: str) -> list[str]:
    """The words of a name without "Jr.", "Sr.", "II", "III"."""
    return [w for w in name.replace(",", " ").split() if w.rstrip(".") not in NAME_SUFFIXES]


def surname(name: str) -> str:
    """The last name word: "Joseph R. Biden Jr." -> "Biden"."""
    words = name_words(name)
    return words[-1] if words else name


# "Woong-bae": a hyphen before a lower-case syllable joins a romanised given name, which
# wire copy also writes as two words ("Rha Woong Bae")
_SYLLABLE_HYPHEN = re.compile(r"-(?=[a-z])")


# the particles of a surname ("von der Leyen", "bin Zayed"): one list for reading names in text
# and for their keys
PARTICLES = r"(?:de|van|von|der|den|da|di|del|della|la|le|bin|ibn|al|el|dos|du|ter|ben)"
PARTICLE_WORDS = frozenset(PARTICLES.strip("(?:)").split("|"))


def _surname_particle(word: str, following: str) -> bool:
    """ "von" in "Ursula von der Leyen", "Von" in "Von der Leyen": a particle written small,
    or capitalised before another particle."""
    if word.lower() not in PARTICLE_WORDS:
        return False
    return word.islower() or following.lower() in PARTICLE_WORDS


def person_key(name: str) -> tuple[str, str]:
    """(first-name key, surname key); the first is "" for a name given as one word."""
    words = name_words(_SYLLABLE_HYPHEN.sub(" ", name))
    if not words:
        return ("", "")
    # "F. Ross Johnson": the first written-out name is the one to compare; "Von der Leyen"
    # opens with the surname's particles, no given name ("Al Gore" opens with one)
    given = [
        w
        for i, w in enumerate(words[:-1])
        if not w.endswith(".") and not _surname_particle(w, words[i + 1])
    ]
    first = given_name_key(given[0]) if given else ""
    return (first, name_key(words[-1]))
