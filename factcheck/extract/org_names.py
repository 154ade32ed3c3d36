"""The full name a document gives a body that its titles name in short.

News introduces a body by its full name and shortens it after: "The Chicago Board of Trade
(CBOT) ... CBOT chairman Karsten Mahlmann", "Taft Broadcasting Co said ... Taft, the
company's vice chairman". A claim should carry the name that identifies the body across
articles, so a short form is replaced by the document's full name when the document itself
joins the two: a defined abbreviation, or a longer name that starts with the short one and
comes first in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.extract.names import COURTESY_TITLES
from factcheck.extract.titles import office_regex, without_descriptor
from factcheck.lexicon import Lexicon
from factcheck.normalise.abbreviations import abbreviates

_WORD = r"[A-Z][\w&'’.-]*"
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # within a line or across one hard wrap
_FULL = rf"{_WORD}(?:{_SPACE}(?:(?:of|and|for|the|&){_SPACE})*{_WORD}){{1,7}}"
# "The Chicago Board of Trade (CBOT)", "<Brierley Investments Ltd> (BIL)", "<UAW>", "The
# National Union of Mineworkers, NUM,"
# "American Telephone and Telegraph Corp's <T.N>, AT and T,": a ticker, then the short name
_DEFINITION = re.compile(
    rf"(?P<full>{_FULL})>?[ \t]*(?:\((?P<paren>[^()\n]{{2,40}})\)"
    r"|(?:<(?P<angle>[A-Z][A-Z&.]+)>)?"
    r"(?:,[ \t]+(?P<comma>[A-Z][A-Z&.]{0,9}(?:[ \t]+and[ \t]+[A-Z][A-Z&.]{0,4})?),)?)"
)
# "of" may join the words of a name, not "and": "Michigan and Ellison of Minnesota"
_REST = re.compile(rf"(?:{_SPACE}(?:of{_SPACE})?{_WORD}){{0,6}}")
# "Shares in Manchester United ...": up to three capitalised words, none a possessive, that
# end right before a short name
_RUN_BEFORE = re.compile(rf"(?:{_WORD}(?<!['’]s){_SPACE}){{1,3}}$")
# a longer name that ends in the short one is its full name when the text writes it this often
MIN_ENDING_REPEATS = 2
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.'’-")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})


class OrganizationNames:
    """Short names of bodies in one text, each with the full name the text gives it."""

    def __init__(self, text: str, lexicon: Lexicon, headline: str = "") -> None:
        self._text = text
        # a headline shortens names ("Peugeot deal boosts Mitsubishi" over a story on
        # Mitsubishi Motors): its short name is no sign that the text uses the name alone
        self._headline_end = len(headline) if headline and text.startswith(headline) else 0
        self._lexicon = lexicon
        self._defined: dict[str, str] = {}
        self._longer: dict[str, str] = {}
        for match in _DEFINITION.finditer(text):
            short = match["paren"] or match["comma"] or match["angle"]
            if not short:
                continue
            full = self._trim(match["full"])
            # "<Brierley Investments Ltd> (BIL)": the legal form may give the last initial
            if full and (abbreviates(short, full) or abbreviates(short, match["full"])):
                self._defined.setdefault(short, full)
            elif match["paren"] and re.fullmatch(_WORD, short) and len(full.split()) > 1:
                # "the Federation of Economic Organizations (Keidanren)": a name of its own
                self._defined.setdefault(short, full)

    def _trim(self, run: str) -> str:
        """The name without a leading "The" and a trailing company suffix ("Co", "Ltd")."""
        words = without_descriptor(re.sub(r"['’]s$", "", run)).split()
        while words and words[0].lower() in _CONNECTORS:
            words.pop(0)
        while words and (words[-1] in self._lexicon.legal_forms or words[-1] in _CONNECTORS):
            words.pop()
        return " ".join(words)

    def _party_or_demonym(self, word: str) -> bool:
        org = self._lexicon.organization(word)
        return org is not None and (org.kind == "party" or org.alias_kind == "demonym")

    def full_name(self, name: str) -> str:
        """The full name of ``name`` in this text, or ``name`` when the text gives none."""
        if not name or self._lexicon.organization(name) is not None:
            return name
        if name in self._defined:
            return self._defined[name]
        if name not in self._longer:  # each name's search runs once per text
            self._longer[name] = self._longer_first(name) or self._ending_first(name) or name
        return self._longer[name]

    def _ending_first(self, name: str) -> str:
        """ "United" -> "Manchester United" when the text says "Manchester United" before it
        says "United" alone, and names it first and most often of the longer names that end
        in "United" ("Shareholders United")."""
        if self._text.count(name) < MIN_ENDING_REPEATS:
            return ""  # each match below holds the name: a cheap bound before compiling
        extensions: Counter[str] = Counter()
        first: dict[str, int] = {}
        alone: list[int] = []
        for match in re.finditer(
            rf"(?<![\w.'’-]){re.escape(name)}(?![\w-]|['’](?!s\b))", self._text
        ):
            start = match.start()
            before = _RUN_BEFORE.search(self._text, max(0, start - 80), start)
            words = before.group().split() if before else []
            while words and (
                words[0] in self._lexicon.stopwords or words[0].lower() in _CONNECTORS
            ):
                words.pop(0)
            if words and not self._names_a_person(words[0]):
                longer = " ".join(words)
                extensions[longer] += 1
                first.setdefault(longer, start)
            elif not words:
                alone.append(start)
        if not extensions or re.search(
            rf"\b(?:{COURTESY_TITLES})\.?\s+{re.escape(name)}\b", self._text
        ):
            return ""  # "Mr Ford": a surname, and "Henry Ford" a person
        best = min(extensions, key=lambda longer: first[longer])
        count = extensions[best]
        if count < MIN_ENDING_REPEATS or any(
            extensions[other] >= count for other in extensions if other != best
        ):
            return ""
        return f"{best} {name}" if first[best] < self._first_alone(alone, count) else ""

    def _first_alone(self, alone: list[int], full_count: int) -> int:
        """Where the text first names a body by its short name alone. A headline shortens
        names ("Peugeot deal boosts Mitsubishi" over a story on Mitsubishi Motors): its short
        name counts only when the story, too, names the body more often short than full."""
        body = [start for start in alone if start >= self._headline_end]
        counted = body if full_count > len(body) else alone
        return min(counted, default=len(self._text))

    def _names_a_person(self, word: str) -> bool:
        """ "Henry Ford", "Mr Ford": a given name or an honorific makes the run a person's."""
        return word.lower() in self._lexicon.given_names or bool(
            re.fullmatch(rf"(?:{COURTESY_TITLES})\.?", word)
        )

    def _longer_first(self, name: str) -> str:
        """ "Taft" -> "Taft Broadcasting" when the text says "Taft Broadcasting" before it
        says "Taft" alone, and extends "Taft" in no other way."""
        extensions: set[str] = set()
        first_full, full_count = len(self._text), 0
        alone: list[int] = []
        start = self._text.find(name)
        while start >= 0:
            end = start + len(name)
            if start == 0 or self._text[start - 1] not in _NAME_CHARS:
                following = _REST.match(self._text, end)
                rest = self._trim_rest(following.group() if following else "")
                if rest and office_regex(self._lexicon).match(self._text, end + 1):
                    rest = ""  # "Shell U.K. Finance director": a title after the name
                if rest:
                    extensions.add(rest)
                    first_full = min(first_full, start)
                    full_count += 1
                elif end == len(self._text) or self._text[end] not in _NAME_CHARS:
                    alone.append(start)
            start = self._text.find(name, end)
        if len(extensions) != 1 or first_full > self._first_alone(alone, full_count):
            return ""
        return f"{name} {extensions.pop()}"

    def _trim_rest(self, rest: str) -> str:
        """The words that continue a name: not a company suffix, a title ("Taft Chairman"),
        a sentence's next word ("Shell Said")."""
        words = rest.split()
        kept: list[str] = []
        for word in words:
            bare = re.sub(r"['’]s?$", "", word)  # "Corp's"
            if bare.endswith(".") and "." not in bare[:-1]:
                bare = bare[:-1]  # "Ltd." at a sentence's end, not "U.K."
            if (
                bare in self._lexicon.legal_forms
                or bare in self._lexicon.stopwords
                or self._party_or_demonym(bare)  # "Nebraska Republican Governor"
                or self._lexicon.office(re.sub(r"^(?i:co)-", "", bare)) is not None  # "Co-Chairs"
            ):
                break
            kept.append(bare)
            if bare != word:
                break  # a possessive or a full stop ends the name
        while kept and kept[-1].lower() in _CONNECTORS:
            kept.pop()
        return " ".join(kept)
