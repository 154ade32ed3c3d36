"""The lexicons in ``factcheck/data/`` loaded once: the single source of truth for offices,
organisations, countries and their demonyms, anaphors, qualifiers, page furniture and the
capitalised words that are never names.

Every stage that needs a word list asks this module; no stage keeps literals of its own.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Office:
    """A canonical office and what organisation it needs.

    ``kind``: ``state`` (a country's office: an unqualified one belongs to the country the
    article is about), ``international`` (NATO, UN ...), ``institution`` (a named body),
    ``company`` and ``explicit`` (only an organisation the text names), ``public`` (the
    same, and only a public body: an agency's director, not a film's), ``region`` (the
    same, or a region the story names: a state's governor, a central bank's), ``named`` (no claim
    unless the text names the country: "King Crimson"), ``any`` (a president can be a
    country's, an organisation's or a company's).
    """

    label: str
    kind: str
    single_holder: str  # yes | no | state (one holder per country, many per company)
    organization: str = ""  # implied by the variant itself ("Fed chairman")
    leader: bool = False  # a head of state or government: many countries' pages name theirs


@dataclass(frozen=True)
class Organization:
    name: str
    # country | region (a state, a province) | international | institution | party |
    # ministry (a country's department: "USDA"; its head holds an office of the country)
    kind: str
    alias_kind: str = "name"  # for countries: name | abbreviation | demonym
    country: str = ""  # for parties and ministries: the country they belong to


@dataclass(frozen=True)
class Publisher:
    country: str
    kind: str  # government (its unqualified titles are its own country's) | news


@dataclass(frozen=True)
class Qualifier:
    word: str
    position: str  # before | after
    effect: str  # a status, "then", "office:Deputy", or "another-post" (no claim)


@dataclass(frozen=True)
class OfficeVerb:
    """A verb phrase that states who holds a title, and what it says of the time."""

    role: str  # subject | object | succession | after | event | apposition | departure | promotion
    pattern: str  # a regular expression; a space stands for any run of white space
    status: str  # of the person the phrase is about
    other_status: str = ""  # succession: of the person succeeded


@dataclass(frozen=True)
class FurnitureMarker:
    pattern: re.Pattern[str]
    rest: bool  # True: the marker starts a zone that runs to the end of the text


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("factcheck.data").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def fold_space(text: str) -> str:
    """Lower case, one space between words, one kind of hyphen and apostrophe."""
    text = text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text.strip().lower())


_Trie = dict[str, "_Trie"]
# a minister's title as fold_space writes it: "heavy industries minister", "minister for aid"
_MINISTER_OF = re.compile(r"(?P<pre>.+?) minister|minister (?:of|for) (?:the )?(?P<post>.+)")


def trie(words: list[str], space: str = r"\s+") -> str:
    """One regex for many words, shared prefixes factored out ("foreign (minister|secretary)"):
    Python's regex engine tries an alternation's branches one by one, a trie only once per
    character, which keeps a lexicon of hundreds of titles fast. Longer words still win: each
    optional continuation is tried before the word ends."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            (space if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process, cached on
class Lexicon:
    offices: dict[str, Office]
    organizations: dict[str, Organization]  # alias as written (case matters: "WHO", "Fed")
    anaphors: dict[str, tuple[str, ...]]  # "the alliance" -> ("NATO",); "@country" = kind
    qualifiers: tuple[Qualifier, ...]
    furniture: tuple[FurnitureMarker, ...]
    stopwords: frozenset[str]
    common_nouns: frozenset[str]  # "Committee chairman": a capitalised noun, not a name
    company_suffixes: frozenset[str]  # "Inc", "Corp": end a company's name, never a person's
    legal_forms: frozenset[str]  # the suffixes that are no part of the name ("Co", not "Group")
    given_names: dict[str, str]  # lower-case first name or nickname -> one name for the group
    plural_offices: dict[str, Office]  # "attorneys general", "foreign ministers"
    # (office, organisation) -> what the office is called there ("Chancellor" in the UK)
    local_offices: dict[tuple[str, str], str]
    places: dict[str, str]  # folded dateline place ("new york", "calif.") -> country
    publishers: dict[str, Publisher]  # web domain -> the publisher's country and kind
    office_verbs: tuple[OfficeVerb, ...] = ()  # "resigned as", "has been named", "succeeding"
    # a ministry's portfolio as written ("heavy industry") -> its label and whether the
    # minister is its only one: "Heavy Industries", "Home Office" (several ministers)
    portfolios: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # stop words that may open a body's name: "General Motors", "Federal Trade Commission"
    name_openers: frozenset[str] = frozenset()
    # nouns naming a public body ("Office", "Council", "Bureau"), whose director holds an
    # office, unlike a film's, a festival's or a company board's
    public_body_nouns: frozenset[str] = frozenset()
    # (country, office) -> surnames of its holders, past and present: a government's page
    # names its own heads by bare titles ("President Obama"), and other countries' heads
    # too ("President Bazoum"), which only knowing its own tells apart
    home_leaders: dict[tuple[str, str], dict[str, frozenset[str]]] = field(default_factory=dict)

    @property
    def office_pattern(self) -> str:
        # a hyphen or space may join the words of a title ("secretary-general"); a minister
        # of portfolios comes first, so that the longest chain of them is read
        variants = [*self.offices, *self.plural_offices]
        known = trie([v.replace("-", " ") for v in variants], space=r"[\s-]+")
        return f"{self.portfolio_minister_pattern}|{known}" if self.portfolios else known

    @property
    def portfolio_minister_pattern(self) -> str:
        """ "Communications and Transport Minister", "Minister for Defence Procurement": a
        minister of one portfolio or of several joined by "and" (commas only in such a
        list, and of capitalised words: "storage and transportation, food and civil
        supplies minister" is a clause, then a title)."""
        one = trie(list(self.portfolios))
        capital = rf"(?-i:(?=[A-Z])){one}"
        chain = (
            rf"{capital}(?:\s*,\s*{capital}){{1,8}}\s+(?:and|&)\s+{one}"
            rf"|{one}(?:\s+(?:and|&)\s+{one})?"
        )
        return rf"(?:{chain})[\s-]+minister|minister[\s-]+(?:of|for)\s+(?:the\s+)?(?:{chain})"

    @property
    def organization_pattern(self) -> str:
        return trie(list(self.organizations))

    def office(self, text: str) -> Office | None:
        """The office a written title names ("Defense Minister" -> Defence Minister)."""
        key = fold_space(text).replace("-", " ")
        return self.offices.get(key) or self.plural_offices.get(key) or self._minister_of(key)

    def _minister_of(self, key: str) -> Office | None:
        """ "minister of international trade and industry" -> International Trade and
        Industry Minister: a minister whose portfolios the lexicon knows, under one label
        however the title is written."""
        if "minister" not in key or not self.portfolios:
            return None
        match = _MINISTER_OF.fullmatch(key)
        chain = match and (match["pre"] or match["post"])
        parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", chain) if chain else []
        known = [self.portfolios.get(part) for part in parts]
        if not parts or None in known:
            return None
        labels = [label for label, _ in filter(None, known)]
        portfolio = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        label = f"{portfolio} Minister"
        single = "yes" if all(only for _, only in filter(None, known)) else "no"
        return self.offices.get(fold_space(label)) or Office(label, "state", single)

    def is_plural(self, text: str) -> bool:
        """ "Attorneys General", "foreign ministers": a title several people share."""
        key = fold_space(text).replace("-", " ")
        return key not in self.offices and key in self.plural_offices

    def organization(self, alias: str) -> Organization | None:
        alias = alias.replace("\u2019", "'").strip()
        return self.organizations.get(alias) or self.organizations.get(alias.rstrip("."))

    def single_holder(self, office: str, organization: str) -> bool:
        """Whether one person at a time holds ``office`` of ``organization``.

        "Deputy" posts have many holders; a vice president is one per country but many per
        company."""
        known = self.office(office)
        if known is None or known.single_holder == "no":
            return False
        if known.single_holder == "state":
            org = self.organization(organization)
            return org is not None and org.kind in ("country", "region")
        return True


@cache
def load() -> Lexicon:
    """Read every lexicon file once per process."""
    offices: dict[str, Office] = {}
    for row in _rows("offices.csv"):
        variant = fold_space(row["variant"]).replace("-", " ")
        offices.setdefault(
            variant,
            Office(
                row["office"],
                row["kind"],
                row["single_holder"],
                row["organization"],
                row["leader"] == "yes",
            ),
        )
    organizations: dict[str, Organization] = {}
    for row in _rows("organisations.csv"):
        organizations[row["alias"]] = Organization(
            row["organization"], row["kind"], country=row.get("country") or ""
        )
    for org in list(organizations.values()):  # the canonical name is an alias of itself
        organizations.setdefault(org.name, org)
    for row in _rows("countries.csv"):
        organizations.setdefault(row["alias"], Organization(row["country"], "country", row["kind"]))
    places = _rows("places.csv")
    for row in places:  # "California Governor", "New York's top law officer"
        if row["kind"] == "region":
            organizations.setdefault(
                row["place"], Organization(row["place"], "region", country=row["country"])
            )
    anaphors = {
        fold_space(r["phrase"]): tuple(r["refers_to"].split("|")) for r in _rows("anaphors.csv")
    }
    qualifiers = tuple(
        Qualifier(fold_space(r["word"]), r["position"], r["effect"])
        for r in _rows("qualifiers.csv")
    )
    furniture = tuple(
        FurnitureMarker(
            re.compile(rf"(?:{r['pattern']})\s*[:.]?", re.IGNORECASE), r["extent"] == "rest"
        )
        for r in _rows("furniture.csv")
    )
    stopword_rows = _rows("stopwords.csv")
    stopwords = frozenset(r["word"] for r in stopword_rows)
    noun_rows = _rows("common_nouns.csv")
    common_nouns = frozenset(r["word"] for r in noun_rows)
    suffix_rows = _rows("company_suffixes.csv")
    company_suffixes = frozenset(r["word"] for r in suffix_rows)
    legal_forms = frozenset(r["word"] for r in suffix_rows if r["legal_form"] == "yes")
    given_names = _name_groups(_rows("nicknames.csv"))
    return Lexicon(
        offices=offices,
        organizations=organizations,
        anaphors=anaphors,
        qualifiers=qualifiers,
        furniture=furniture,
        stopwords=stopwords | company_suffixes,
        common_nouns=common_nouns,
        company_suffixes=company_suffixes,
        legal_forms=legal_forms,
        given_names=given_names,
        plural_offices=dict(_plurals(offices)),
        local_offices={
            (r["office"], r["organization"]): r["local_office"] for r in _rows("local_offices.csv")
        },
        places={fold_space(r["place"]): r["country"] for r in places},
        publishers={
            r["domain"]: Publisher(r["country"], r["kind"]) for r in _rows("publishers.csv")
        },
        office_verbs=tuple(
            OfficeVerb(r["role"], r["pattern"], r["status"], r["other_status"])
            for r in _rows("office_verbs.csv")
        ),
        portfolios={
            fold_space(r["variant"]): (r["portfolio"], r["single_holder"] == "yes")
            for r in _rows("portfolios.csv")
        },
        name_openers=frozenset(r["word"] for r in stopword_rows if r["opens_names"] == "yes"),
        public_body_nouns=frozenset(r["word"] for r in noun_rows if r["public_body"] == "yes"),
        home_leaders=_home_leaders(_rows("home_leaders.csv"), given_names),
    )


def _home_leaders(
    rows: list[dict[str, str]], given_names: dict[str, str]
) -> dict[tuple[str, str], dict[str, frozenset[str]]]:
    """Each country's holders of an office: folded last name word ("buren", as
    ``normalise.names.surname`` reads "Van Buren") -> their given names' groups ("william"
    for Bill Clinton) and initials ("Andrew Johnson" and "Lyndon B. Johnson": "a", "l")."""
    found: dict[tuple[str, str], dict[str, set[str]]] = {}
    for row in rows:
        words = row["person"].split()
        holders = found.setdefault((row["country"], row["office"]), {})
        given = words[0].lower()
        holders.setdefault(fold_space(words[-1]), set()).update(
            {given[0], given_names.get(given, given)}
        )
    return {
        key: {name: frozenset(initials) for name, initials in holders.items()}
        for key, holders in found.items()
    }


def _plurals(offices: dict[str, Office]) -> list[tuple[str, Office]]:
    """The plural of each title: the head noun takes it ("secretaries of state", "attorneys
    general", "foreign ministers", "chairmen")."""
    found = []
    for variant, office in offices.items():
        words = variant.split()
        if " of " in f" {variant} ":
            head = words.index("of") - 1
        elif len(words) > 1 and words[-1] == "general":
            head = len(words) - 2
        else:
            head = len(words) - 1
        if head < 0 or len(words[head]) < 3:
            continue  # "pm", "ceo": no plural worth reading
        words[head] = _plural(words[head])
        found.append((" ".join(words), office))
    return found


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _name_groups(rows: list[dict[str, str]]) -> dict[str, str]:
    """Joe = Joseph, Tony = Anthony = Antony: every name joined through a shared nickname
    maps to the alphabetically first name of its group."""
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        parent.setdefault(name, name)
        while parent[name] != name:
            name = parent[name]
        return name

    for row in rows:
        one, other = find(row["name"].lower()), find(row["nickname"].lower())
        parent[max(one, other)] = min(one, other)
    return {name: find(name) for name in parent}
