"""Which organisations and countries a document names, and where: the context that tells
"the alliance", "the country" and an unqualified "Defense Minister" what they refer to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from factcheck.extract.home import Home
from factcheck.extract.titles import (
    after_titled_name,
    without_descriptor,
    without_leading_stopwords,
    without_legal_form,
)
from factcheck.layout import Layout, Sentence
from factcheck.lexicon import Lexicon, Organization, fold_space
from factcheck.models import Zone

# company suffixes, not "company": government press releases speak of companies too
_COMPANY_CUES = re.compile(r"\b(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LLC)\b")


_SHORT_FORM = 4  # "GmbH" is short, "Limited" a word of its own


@cache
def _legal_form_cue(lexicon: Lexicon) -> re.Pattern[str]:
    """ "Oesterreichische Laenderbank AG", "Montedison SpA": a short legal form (AG, SA, NV)
    after a capitalised word marks a company story as Inc and Corp do; in capitals only
    ("New York AG" names an attorney general)."""
    # short forms only: "Metallus Corporation" in a government's page is a company it names
    short = (form for form in lexicon.legal_forms if len(form) <= _SHORT_FORM)
    forms = "|".join(sorted(short, key=len, reverse=True))
    return re.compile(rf"(?<![\w.'’-])[A-Z][a-z][\w&'’-]*[ \t]+(?:{forms})(?![\w'’-])")


@cache
def _company_regex(lexicon: Lexicon) -> re.Pattern[str]:
    suffixes = "|".join(sorted(lexicon.company_suffixes, key=len, reverse=True))
    return re.compile(
        # "American Telephone and Telegraph Co": wire copy writes "and" for "&"
        r"(?<![\w.'’-])(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w&'’.-]*){0,4})"
        rf"[ \t,]+(?:{suffixes})\b"
    )


# "<NES>", "<RD.AS>": a company's stock ticker
_TICKER = re.compile(r"<[A-Z0-9.]+>")
# the capitalised run that opens a story, as its subject or an owner ("X's auditors")
_OPENING_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.-]*){0,5})(?:['’]s\s|\s+[a-z])"
)
_SHARED_WORD = 4  # "Electric" may be a company's word, "Co" is not
# "<Furnas Centrais Eletricas>": a wire story marks a company it has no ticker for (a
# ticker is in capitals: "<XON>", "<RD.AS>")
_MARKED_COMPANY = re.compile(r"<(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,6})>")


def _companies(text: str, lexicon: Lexicon) -> list[OrgMention]:
    """Company names the text writes with a suffix ("Honeywell Bull Inc", "Shell U.K. Ltd")
    or in a wire story's markup: what "the company" and an unqualified "chairman" refer to."""
    found = []
    for match in _MARKED_COMPANY.finditer(text):
        words = match["name"].split()
        while len(words) > 1 and words[-1].rstrip(".") in lexicon.legal_forms:
            words.pop()
        name = re.sub(r"['’]s$", "", " ".join(words))
        if not name.isupper() and not _company_regex(lexicon).search(match["name"]):
            found.append(
                OrgMention(match.start("name"), match.end(), Organization(name, "company"))
            )
    for match in _company_regex(lexicon).finditer(text):
        # "The Boeing Co" is Boeing, "General Motors Corp" General Motors
        words = without_leading_stopwords(match["name"].split(), lexicon)
        name = without_descriptor(re.sub(r"['’]s$", "", " ".join(words)))
        if name and not lexicon.organization(name) and name not in lexicon.company_suffixes:
            found.append(
                OrgMention(match.start("name"), match.end(), Organization(name, "company"))
            )
    return found


# "The Philippine government seized ... the country's deposed President": a demonym that
# names a state, unlike "Russian forces advance ... the country's commander"
_GOVERNMENT_AFTER = re.compile(r"\s+government\b")
# "Iran's leader": a country named with a possessive is one who acts in the story
_POSSESSIVE = re.compile(r"['’]s?\b")
# "the government of Nigeria": the country that acts
_GOVERNMENT_OF = re.compile(r"\b(?:government|leaders?|president|people)\s+of\s+(?:the\s+)?$")
# "the Iraqi government", "Israeli troops": a demonym naming the state that acts
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:government|authorities|officials|ministers?|ministry|leaders?|leadership|"
    r"president|prime\s+minister|premier|parliament|army|troops|forces|police|embassy|"
    r"administration|cabinet|state|central\s+bank|economy)\b",
    re.IGNORECASE,
)
# "Ukraine is preparing", "Nigeria announced": a country as the subject of a verb
_SUBJECT_VERB = re.compile(
    r"\s+(?:has|have|had|is|was|will|would|could|can|may|might|must|should|said|"
    r"to\s+[a-z]+|[a-z]+ed|(?P<plural>[a-z]+s))\b(?!['’])"
)
# "in Iraq is", "invading Iraq has": a place or an object
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|to|from|of|on|at|for|with|against|over|about|by|across|inside|outside|"
    r"towards|than|and|or|[a-z]+ing)\s+(?:the\s+)?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
# a capitalised word before a party's name: "Christian Democrats", "Social Democratic"
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# the headline's body must be named this often in the text (the headline counts once)
MIN_HEADLINE_REPEATS = 3
_HEADLINE_WORD = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:of|and|&)\s+[A-Z][\w&.'’-]*)?|\S+")


@cache
def _body_regex(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’.-])(?P<name>(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for)\s+)?){{1,5}}{noun}"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?)\b"
    )


@cache
def _place_regex(lexicon: Lexicon) -> re.Pattern[str]:
    places = sorted(lexicon.places, key=len, reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places)
    return re.compile(rf"(?<![\w.-])(?i:{words})(?![\w-])")


@cache
def organization_regex(lexicon: Lexicon) -> re.Pattern[str]:
    # case-sensitive: "WHO" and "Fed" are organisations, "who" and "fed" are not
    return re.compile(rf"(?<![\w.-])(?:{lexicon.organization_pattern})(?![\w-]|\.\w)")


# "India's United Breweries", "Japanese Nissan Motor": a name right after a country's
_NAME_AFTER_COUNTRY = re.compile(
    r"(?:['’]s)?[ \t]+(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|and|&)[ \t]+)?[A-Z][\w&'’-]*){0,3})"
)


# "Gregg. Qantas", "AOL.\n\nTime Warner", "Korea's Hyundai": a word that ends a sentence or
# owns what follows is no given name (an initial is: "Arsene J. Wenger")
_NO_GIVEN_NAME = re.compile(r".{2,}\.|.*['’]s")


def _may_be_given_name(word: str, lexicon: Lexicon) -> bool:
    return word not in lexicon.stopwords and not _NO_GIVEN_NAME.fullmatch(word)


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    organization: Organization


_LOOK_BACK = 40  # characters before a mention that the patterns of its role read


def _look_back(mention: OrgMention) -> int:
    return max(0, mention.start - _LOOK_BACK)


class DocumentContext:
    """The organisations named in one document, in order, with the most named of each kind."""

    def __init__(
        self, layout: Layout, lexicon: Lexicon, home: Home | None = None, headline: str = ""
    ) -> None:
        self.lexicon = lexicon
        self.home = home or Home()
        self._text = layout.text
        self._bodies: dict[str, list[tuple[int, str]]] = {}
        self.mentions: list[OrgMention] = []
        for match in organization_regex(lexicon).finditer(layout.text):
            org = lexicon.organization(match.group())
            if org is not None:
                self.mentions.append(OrgMention(match.start(), match.end(), org))
        self.mentions.extend(_companies(layout.text, lexicon))
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self._article_mentions = [
            m for m in self.mentions if layout.sentence_at(m.start).zone == Zone.ARTICLE.value
        ]
        counts, first_seen = self._article_counts()
        self._first_seen = first_seen
        self.dominant = {
            kind: min(counter, key=lambda n: (-counter[n], first_seen[n]))
            for kind, counter in counts.items()
        }
        self._country_counts: Counter[str] = counts.get("country", Counter())
        self.named_countries = frozenset(self._country_counts)
        self.named_regions = frozenset(counts.get("region", ()))
        # "President Andrew Tananbaum said" in a company story is the company's president;
        # a wire headline's ticker ("NE ELECTRIC <NES> AUDITORS QUALIFY ...") marks one too
        self.about_companies = bool(
            _COMPANY_CUES.search(layout.text)
            or _legal_form_cue(lexicon).search(layout.text)
            or _TICKER.search(headline)
        )
        self._headline = headline

    def _article_counts(self) -> tuple[dict[str, Counter[str]], dict[str, int]]:
        """How often the article (not its page furniture) names each organisation, by kind,
        and where it first does."""
        counts: dict[str, Counter[str]] = {}
        first_seen: dict[str, int] = {}
        for mention in self._article_mentions:
            name = mention.organization.name
            counts.setdefault(mention.organization.kind, Counter())[name] += 1
            first_seen.setdefault(name, mention.start)
        return counts, first_seen

    def names_as_noun(self, country: str) -> bool:
        """Whether the text names ``country`` by a name, not only by its demonym."""
        return any(
            m.organization.name == country and m.organization.alias_kind != "demonym"
            for m in self.mentions
        )

    def story_about(self, country: str) -> bool:
        """Whether the story is about ``country`` rather than naming it in passing: named
        twice, or once as the one who acts ("Iran's leader", "the French government"), not
        as a place or a thing's kind ("computers to Iran", "the Iran arms affair")."""
        count = self._country_counts[country]
        if count != 1:
            return count > 1
        return any(
            m.organization.alias_kind == "demonym" or _POSSESSIVE.match(self._text, m.end)
            for m in self.mentions
            if m.organization.name == country
        )

    @cached_property
    def acting_country(self) -> str:
        """The country the story names most often as one who acts, not as a place or a topic
        ("the war in Iraq", "invading Iraq", "the Iraq controversy"): with no metadata to
        say where a story is from, the country whose officials its bare titles name. A
        country's party acts in its politics: "Labour MPs", "the Tories" set a story in
        Britain's. "" when no country acts."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        acting: Counter[str] = Counter()
        for mention in self._article_mentions:
            org = mention.organization
            if (
                org.kind == "party"
                and org.country
                and not _NAME_BEFORE.search(self._text, _look_back(mention), mention.start)
            ):  # not "Christian Democrats", "Social Democratic": another country's party
                country, acts = org.country, True
            elif org.kind == "country":
                country, acts = org.name, self._acts(mention)
            else:
                continue
            counts[country] += 1
            first.setdefault(country, mention.start)
            if acts:
                acting[country] += 1
        # the country that acts most; none: the story's most named one, as ever
        return min(acting, key=lambda n: (-acting[n], -counts[n], first[n]), default="")

    def _acts(self, mention: OrgMention) -> bool:
        """ "Iraq's leader", "Iraqi", "the government of Nigeria", "Ukraine is preparing"."""
        if _INSTITUTION_AFTER.match(self._text, mention.end):
            return True  # "Iraqi officials", "the UK economy"
        if mention.organization.alias_kind == "demonym":
            return False  # "a Belgian national", "the Romanian visas scandal"
        before = _look_back(mention)
        if _POSSESSIVE.match(self._text, mention.end) or _GOVERNMENT_OF.search(
            self._text, before, mention.start
        ):
            return True
        verb = _SUBJECT_VERB.match(self._text, mention.end)
        if verb is None or _PLACE_BEFORE.search(self._text, before, mention.start):
            return False
        # "the US lifted", but "the Iraq elections": after "the", a verb that is no plural
        article = _ARTICLE_BEFORE.search(self._text, before, mention.start)
        return not article or not verb["plural"]

    def last_before(self, offset: int, kinds: tuple[str, ...], named_only: bool = False) -> str:
        """The organisation of one of ``kinds`` named last before ``offset``.

        ``named_only`` skips demonyms: in "eastern Ukraine where Russian forces advance ...
        the country's commander", the country is the one named as a noun.
        """
        index = bisect_left(self._starts, offset)
        return self._first_of(reversed(self.mentions[:index]), kinds, named_only)

    def first_after(self, offset: int, kinds: tuple[str, ...], named_only: bool = False) -> str:
        """The organisation of one of ``kinds`` named first at or after ``offset``."""
        index = bisect_left(self._starts, offset)
        return self._first_of(iter(self.mentions[index:]), kinds, named_only)

    def _first_of(
        self, mentions: Iterator[OrgMention], kinds: tuple[str, ...], named_only: bool
    ) -> str:
        for mention in mentions:
            if (
                named_only
                and mention.organization.alias_kind == "demonym"
                and not _GOVERNMENT_AFTER.match(self._text, mention.end)
            ):
                continue
            if mention.organization.kind in kinds:
                return mention.organization.name
        return ""

    def in_span(self, start: int, end: int, kinds: tuple[str, ...]) -> list[OrgMention]:
        index = bisect_left(self._starts, start)
        found = []
        for mention in self.mentions[index:]:
            if mention.start >= end:
                break
            if mention.organization.kind in kinds:
                found.append(mention)
        return found

    @cached_property
    def headline_body(self) -> str:
        """The body a headline is about, when the story keeps naming it: "Senior Fannie Mae
        bosses resign ... Chief executive Franklin Raines" is Fannie Mae's chief executive.

        The longest run of capitalised headline words that the text repeats, that is no
        country and no person's surname (never written after another capitalised word)."""
        if self.home.official:
            return ""  # a government's headlines name its events and councils, not firms
        ticker = _TICKER.search(self._headline)
        if ticker:
            return self._opening_company(self._headline[: ticker.start()])
        words = _HEADLINE_WORD.findall(self._headline)
        best = ""
        for size in range(min(4, len(words)), 0, -1):
            for index in range(len(words) - size + 1):
                run = words[index : index + size]
                if not all(w[0].isupper() for w in run) or (
                    run[0] in self.lexicon.stopwords or run[-1] in self.lexicon.stopwords
                ):
                    continue
                name = " ".join(run)
                if self._names_a_body(name) and len(name) > len(best):
                    best = name
            if best:
                return best
        return ""

    def _opening_company(self, headline_name: str) -> str:
        """ "NE ELECTRIC <NES> AUDITORS QUALIFY ..." over "New England Electric System's
        auditors have ...": a wire story opens with the company its headline shortens, a
        name that shares a word with the headline's."""
        opening = _OPENING_NAME.match(self._text)
        if opening is None:
            return ""
        shared = {w.lower() for w in headline_name.split()} & {
            w.lower() for w in opening["name"].split()
        }
        if not any(len(word) >= _SHARED_WORD for word in shared):
            return ""
        # "Merrill Lynch and Co said": the legal form, and the "and" before it, go
        return re.sub(r"\s+(?:and|&)$", "", without_legal_form(opening["name"], self.lexicon))

    def _names_a_body(self, name: str) -> bool:
        org = self.lexicon.organization(name)
        if (org is not None and org.kind == "country") or name in self.lexicon.common_nouns:
            return False
        if fold_space(name) in self.lexicon.places:
            return False  # "Giant waves damage S Asia economy": a place, no company
        if self._text.count(name) < MIN_HEADLINE_REPEATS:
            return False  # each match below holds the name: a cheap bound before compiling
        found = list(
            re.finditer(
                rf"(?<![\w'’.-])(?P<before>[A-Z][\w'’.-]*\s+)?{re.escape(name)}(?![\w-])",
                self._text,
            )
        )
        if len(found) < MIN_HEADLINE_REPEATS:
            return False
        # "Arsene Wenger": a capitalised word before it that is no stop word makes a surname
        # (in the story: a headline capitalises every word)
        headline_at = self._text.find(self._headline) if self._headline else -1
        headline_end = headline_at + len(self._headline) if headline_at >= 0 else 0
        return not any(
            m["before"] and _may_be_given_name(m["before"].strip(), self.lexicon)
            for m in found
            if m.start() >= headline_end
        )

    def named_before(self, name: str, offset: int) -> bool:
        """Whether the article names ``name`` before ``offset``."""
        return self._first_seen.get(name, offset) < offset

    def countries_in(self, text: str) -> list[str]:
        """The countries ``text`` names, by name or by a place in them ("Paris")."""
        countries = []
        for match in organization_regex(self.lexicon).finditer(text):
            org = self.lexicon.organization(match.group())
            if org is not None and org.kind == "country":
                countries.append(org.name)
        for match in _place_regex(self.lexicon).finditer(text):
            if match.group()[:1].isupper():  # "Nice", not "nice"
                countries.append(self.lexicon.places.get(fold_space(match.group()), ""))
        return [country for country in countries if country]

    def text_of(self, sentence: Sentence) -> str:
        return self._text[sentence.start : sentence.end]

    def body_named(self, noun: str, offset: int) -> str:
        """The body before ``offset`` whose name ends in ``noun``: "the Indonesian Commodity
        Exchange ... exchange chairman Paian Nainggolan". Of several, the one named most
        often, then first: the story's own ("The American Stock Exchange, which faces
        competition from the New York Stock Exchange ... chairman of the exchange")."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for start, name in self._bodies_named(noun):
            if start >= offset:
                break
            counts[name] += 1
            first.setdefault(name, start)
        if not counts:
            return ""
        return min(counts, key=lambda name: (-counts[name], first[name]))

    def _bodies_named(self, noun: str) -> list[tuple[int, str]]:
        """(where, name) of every body named with ``noun`` last, read once per noun."""
        if noun not in self._bodies:
            found = []
            for match in _body_regex(noun).finditer(self._text):
                # "Finance Minister Ferdinand Lacina and National Bank President": the body
                # starts after the titled name
                start = after_titled_name(
                    self._text, match.start("name"), match.end("name"), self.lexicon
                )
                words = self._text[start : match.end("name")].split()
                while words and (
                    words[0] in self.lexicon.stopwords
                    or words[0].lower() == "of"
                    or re.search(r"-[a-z]", words[0])  # "Democratic-controlled"
                ):
                    words.pop(0)
                if len(words) > 1 and not self.lexicon.office(" ".join(words[:-1])):
                    found.append((match.start(), " ".join(words)))
            self._bodies[noun] = found
        return self._bodies[noun]

    def resolve_anaphor(self, phrase: str, offset: int) -> str:
        """What "the alliance" or "the country" at ``offset`` names ("" when nothing fits)."""
        words = phrase.split()
        if len(words) == 3:  # "the Indian firm": the firm the story calls Indian
            country = self.lexicon.organization(words[1])
            return self._body_of_country(country.name) if country else ""
        targets = self.lexicon.anaphors.get(phrase.lower(), ())
        named = [t for t in targets if not t.startswith("@")]
        if named:
            index = bisect_left(self._starts, offset)
            for mention in reversed(self.mentions[:index]):
                if mention.organization.name in named:
                    return mention.organization.name
            # named after the phrase only: still that organisation, if the document names it
            return next(
                (m.organization.name for m in self.mentions if m.organization.name in named), ""
            )
        kinds = tuple(t[1:] for t in targets)
        if not kinds:
            return ""
        # "X resigned as president of the company, FCS Laboratories Inc said": named after
        return self.last_before(offset, kinds, named_only=True) or self.first_after(
            offset, kinds, named_only=True
        )

    def _body_of_country(self, country: str) -> str:
        """The body the text names as a country's: "India's United Breweries", "the Japanese
        Nissan Motor"; of several, the one named so most often, then first."""
        counts: Counter[str] = Counter()
        for mention in self.mentions:
            if mention.organization.name != country or mention.organization.kind != "country":
                continue
            after = _NAME_AFTER_COUNTRY.match(self._text, mention.end)
            name = re.sub(r"['’]s$", "", after["name"]) if after else ""
            # "India's Prime Minister", "Japan's Parliament": a title or a kind of body
            if name and not any(
                self.lexicon.office(word) or word in self.lexicon.common_nouns
                for word in name.split()
            ):
                counts[name] += 1
        return max(counts, key=lambda name: counts[name], default="")
