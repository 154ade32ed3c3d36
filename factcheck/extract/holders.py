"""Where the holder of a title is named: after it ("NATO Secretary General Jens
Stoltenberg"), before it in apposition ("Mark Rutte, the alliance's secretary-general"), with
a verb ("Alan Leventhal is the Chairman"), in a nomination ("X, of Virginia, to be ..."), in a
transcript's speaker label ("VICE PRESIDENT HARRIS:"), and across "and" between two titles.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from factcheck.extract.names import (
    COURTESY_TITLES,
    NAME,
    NAME_AT_END,
    NAME_AT_START,
    NAME_WORD,
    UPPER,
    clean_name,
    courtesy_before,
    with_peerage,
)
from factcheck.extract.titles import (
    ACRONYM_AFTER,
    ACRONYM_NEXT,
    CAPITALISED_RUN,
    Title,
    office_regex,
    office_words,
    parse_title,
    without_legal_form,
)
from factcheck.extract.verbs import TITLE_END, apposition_adverbs, apposition_status, stated_holder
from factcheck.lexicon import Lexicon

# a nomination: "NAME, of Virginia, to be an Assistant Secretary"
_TO_BE = re.compile(r",\s+of\s+[^,]{2,40},\s+to\s+be\s+(?:(?i:an?|the)\s+)?(?P<body>)$")
_OF_NEXT = re.compile(r"\s+of\b")
# what may follow a title in apposition: punctuation, markup closing a heading ("**",
# "</u>"), a relative pronoun, "and" or "&", its body ("of Fiat", "at MessageLabs", "(ABC)"), its
# place ("envoy to the United Nations in Geneva")
_APPOSITION_END = re.compile(
    rf"\s*(?:[,.;:)—–*<]|\s-\s|$|\s+(?:who|which|whose|and|of|at|for)\b|\s+&\s|{ACRONYM_AFTER}"
    r"|\s+in\s+(?=[A-Z]))"
)
# "..., Tony Blair has said": the speaker, not a name for the title before the comma
_SPEAKS_NEXT = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added)\b")


# ", the", ", BMW's group", ", Kraft senior", ", formerly a": what may stand between a name's
# comma and its title; a company named there is the title's organisation
@cache
def _apposition_left(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf",\s*(?:\d{{1,3}},\s*)?(?:(?:{apposition_adverbs(lexicon)})\s+)?(?:(?i:the|a|an)\s+)?"
        r"(?:(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+)?"
        # ", and Administrator of ...": the next item of a list, no apposition
        r"(?:(?!and\b|or\b)[a-z]+\s+)?$"
    )


# "Mr. President", "Madam Secretary": a title by which someone is addressed
_VOCATIVE = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+")


def coordinated(text: str, title: Title, lexicon: Lexicon) -> Title | None:
    """The title joined to this one by "and": "chairman and chief executive", read in
    either direction, so that both offices reach the name and the organisation."""
    written = text[title.start : title.end]
    partner = None
    joined = _AND_AFTER.match(text, title.end)
    if joined:
        after = office_regex(lexicon).match(text, joined.end())
        if after and (_same_case(written, after.group()) or not _named_next(text, after.end())):
            partner = parse_title(text, after.start(), after.end(), lexicon)
    if partner is None:
        before = _office_before_and(lexicon).search(text[: title.start])
        if before and (_same_case(before["office"], written) or not _named_next(text, title.end)):
            partner = parse_title(text, before.start("office"), before.end("office"), lexicon)
    if partner is not None and _two_leaders(title, partner, lexicon):
        return None  # "the President and Prime Minister Sunak will meet": two people
    return partner


# between the titles of a list: "chairman, president and chief executive"
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_AND = re.compile(r"\s+(?:and|&)\s+")


# "resigned as president, chief executive officer and a director": a seat on the board,
# no office in itself, may close a list of offices
_BOARD_SEAT = re.compile(r",?\s+and\s+(?:a\s+)?director(?![\w-])")


def board_seat_body(text: str, end: int, lexicon: Lexicon) -> tuple[str, str]:
    """ "named president and a director of Zenco": the body (or the anaphor, "of the
    company") that a board seat after a title names is the title's too."""
    seat = _BOARD_SEAT.match(text, end)
    if seat is None:
        return "", ""
    anaphor, _ = _anaphor_after(text, seat.end(), lexicon)
    if anaphor:
        return "", anaphor
    body = _body_of(text, seat.end(), lexicon)
    known = lexicon.organization(body) if body else None
    return (known.name if known else without_legal_form(body, lexicon)), ""


def title_list(text: str, title: Title, lexicon: Lexicon) -> list[Title]:
    """ "named chairman, president and chief executive of Manhattan National": the titles of
    a list that commas and a closing "and" join, in text order, this one among them; one name
    holds them all. Empty when no comma joins them (coordinated() reads a pair)."""
    members = [title]
    while (after := _next_in_list(text, members[-1], lexicon)) is not None:
        members.append(after)
    while (before := _previous_in_list(text, members[0], lexicon)) is not None:
        members.insert(0, before)
    separators = [text[a.end : b.start] for a, b in itertools.pairwise(members)]
    commas = [bool(_LIST_COMMA.fullmatch(sep)) for sep in separators]
    closed = bool(separators) and _LIST_AND.fullmatch(separators[-1]) is not None
    if separators and all(commas) and _BOARD_SEAT.match(text, members[-1].end):
        closed = True  # "president, chief executive officer and a director"
    if not (closed and any(commas)) or _has_two_leaders(members, lexicon):
        return []
    return members


def _next_in_list(text: str, title: Title, lexicon: Lexicon) -> Title | None:
    """The title right after this one and a comma or "and" (its qualifiers included)."""
    joined = _LIST_COMMA.match(text, title.end) or _LIST_AND.match(text, title.end)
    if joined is None or text.startswith(("and", "&"), joined.end()):
        return None
    office = office_regex(lexicon).search(text, joined.end(), joined.end() + 40)
    if office is None:
        return None
    after = parse_title(text, office.start(), office.end(), lexicon)
    if after.start != joined.end():
        return None
    if _named_next(text, after.end):
        # a name may follow the last title of a list ("Chairman, President and CEO Tom
        # Reed"), written as its other titles are
        last = _LIST_AND.fullmatch(joined.group()) is not None
        written = text[title.start : title.end], text[after.start : after.end]
        return after if last and _same_case(*written) else None
    return after


def _previous_in_list(text: str, title: Title, lexicon: Lexicon) -> Title | None:
    """The title right before this one and a comma or "and"."""
    joined = _LIST_BEFORE_SEPARATOR.search(text, 0, title.start)
    if joined is None:
        return None
    left = text[: joined.start()]
    office = _office_at_end(lexicon).search(left, max(0, len(left) - 120))
    if office is None:
        return None
    before = parse_title(text, office.start("office"), office.end("office"), lexicon)
    return before if before.end == joined.start() else None


_LIST_BEFORE_SEPARATOR = re.compile(r"(?:\s*,\s*|\s+(?:and|&)\s+)$")


@cache
def _office_at_end(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<office>{lexicon.office_pattern})$", re.IGNORECASE)


def _has_two_leaders(members: list[Title], lexicon: Lexicon) -> bool:
    return any(_two_leaders(a, b, lexicon) for i, a in enumerate(members) for b in members[i + 1 :])


def _two_leaders(title: Title, partner: Title, lexicon: Lexicon) -> bool:
    """A head of state and a head of government are two people, not one with two posts."""
    offices = [lexicon.office(title.office), lexicon.office(partner.office)]
    return all(o is not None and o.leader for o in offices) and title.office != partner.office


def _case(written: str) -> str:
    words = [w for w in re.split(r"[\s-]+", written) if w[:1].isalpha()]
    if all(w.islower() for w in words):
        return "lower"
    if all(w[:1].isupper() and not w.isupper() for w in words):
        return "title"
    return "mixed"


def _named_next(text: str, end: int) -> bool:
    return bool(re.match(r"[ \t\n]+[A-Z][a-z]", text[end:]))


def _same_case(first: str, second: str) -> bool:
    """ "the title of president and Chief Financial Officer Richard Mayo": two phrases, not one
    pair of titles, when a name follows the second; "President and CEO", "chairman and chief
    executive", "our former governor and Energy Secretary" are pairs."""
    return {_case(first), _case(second)} != {"lower", "title"}


@cache
def _office_before_and(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?P<office>{lexicon.office_pattern})\s+(?:and|&)\s+$", re.IGNORECASE
    )


def name_after(text: str, title: Title, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "NATO Secretary General Jens Stoltenberg", "Foreign Minister, Dmytro Kuleba", "President
    of the Japan Chamber of Commerce (JCCI) Noboru Gotoh"."""
    acronym = ACRONYM_NEXT.match(text, title.end)
    match = NAME_AT_START.match(text, acronym.end() if acronym else title.end)
    if not match:
        return _speaker(text, title)
    comma = "," in text[title.end : match.start("name")]
    honorific = courtesy_before(text, match)
    body_next = _OF_NEXT.match(text, match.end()) and not honorific
    if comma and (body_next or _SPEAKS_NEXT.match(text, match.end())):
        return None  # "President, Major County Sheriffs of America": a body, not a person
    of_body = title.organization and _OF_NEXT.search(text, title.start, title.end)
    if comma and of_body and _another_body_next(text, match.end(), lexicon):
        return None  # "Chairman of Cedar Street, Options Solutions and Redmont": bodies
    if any(w in lexicon.common_nouns for w in match.group("name").split()):
        return None  # "President, Major Cities Chiefs Association": a body
    opening = _OPENING_APPOSITION.match(text[: title.start]) if comma else None
    if opening and _person_like(opening["name"], lexicon):
        # "- Kristina Cannon, President & CEO, Main Street Skowhegan": the name opens the
        # line, the titles follow it, and what follows them is the body
        return None
    # after a comma, two words or an honorific: "Lord Chancellor, Lord Irvine of Lairg"
    name = clean_name(match.group("name"), lexicon, min_words=2 if comma and not honorific else 1)
    name = name or _demonym_given_name(text, match, lexicon)
    if name and name == match.group("name") and text[: title.start].rstrip().endswith("("):
        # "(Prime Minister Yasuhiro) Nakasone": the editor's words in brackets inside a quote
        closing = _BRACKET_SURNAME.match(text, match.end())
        name = f"{name} {closing['surname']}" if closing else name
    return (with_peerage(text, match, name), match.start("name")) if name else None


def _person_like(name: str, lexicon: Lexicon) -> bool:
    """Two words or more, the first no stopword: "Kristina Cannon", not "Today" or "So"."""
    words = name.split()
    return len(words) >= 2 and words[0] not in lexicon.stopwords


# "..., Options Solutions and Redmont Wealth Advisors": the last item of a list
_AND_CAPITALISED = re.compile(r"\s+and\s+(?P<word>[A-Z][\w&'’.-]*)")


def _another_body_next(text: str, end: int, lexicon: Lexicon) -> bool:
    """After "Chairman of Cedar Street Asset Management, ", a list of bodies goes on: "and"
    and a capitalised word that neither a title nor an honorific is."""
    match = _AND_CAPITALISED.match(text, end)
    if match is None:
        return False
    word = match["word"].rstrip(".")
    return not (
        word.lower() in office_words(lexicon) or re.fullmatch(COURTESY_TITLES, word) is not None
    )


_BRACKET_SURNAME = re.compile(rf"\)\s*(?P<surname>{NAME_WORD})(?![\w-])")


def _demonym_given_name(text: str, match: re.Match[str], lexicon: Lexicon) -> str:
    """ "Economy minister German Gref told": right after a title, a demonym and one more
    name word, then the sentence goes on in lower case, is a given name and a surname;
    "Finance Minister German Chancellor" or "minister German Bank shares" are not."""
    words = match.group("name").split()
    if len(words) != 2 or not re.match(r"\s+[a-z]", text[match.end() :]):
        return ""
    org = lexicon.organization(words[0])
    surname = clean_name(words[1], lexicon)
    if org is None or org.alias_kind != "demonym" or surname != words[1]:
        return ""
    return " ".join(words)


_SPEAKER = re.compile(
    rf"[ \t]+(?P<name>[{UPPER}][{UPPER}'’.-]+(?:[ \t]+[{UPPER}][{UPPER}'’.-]+){{0,3}}):"
)


def _speaker(text: str, title: Title) -> tuple[str, int] | None:
    """A transcript's speaker label with a title: "VICE PRESIDENT HARRIS:" -> "Harris"."""
    written = text[title.start : title.end]
    if not written.isupper() or text[: title.start].strip() not in ("", "THE"):
        return None
    match = _SPEAKER.match(text, title.end)
    if not match:
        return None
    name = " ".join(w.capitalize() if "'" not in w else w.title() for w in match["name"].split())
    return name, match.start("name")


def name_before(text: str, title: Title, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "Mark Rutte, the alliance's secretary-general," (apposition); "Alan Leventhal is the
    Chairman", "X has resigned as president" (a verb, whose tense gives the status);
    "Melissa Dalton, of Virginia, to be an Assistant Secretary" (a nomination)."""
    left = text[: title.start]
    if _VOCATIVE.search(left):
        return None  # "Thank you, Mr. President": the one spoken to, named nowhere
    if _one_of_many(left, title, lexicon):
        return None
    owned = _owned_body(text, title)
    ends = _APPOSITION_END.match(text, title.end) or _says_after_body(text, title) or owned
    comma = _apposition_left(lexicon).search(left) if ends else None
    nominated = _TO_BE.search(left) if ends and comma is None else None
    # an apposition ends with the title ("Rutte, the secretary-general, said"); after a verb
    # a time or a body may follow ("Leventhal was the Board Chair of the Foundation for a
    # decade"), but not after "a": one of many ("served as an Assistant Attorney General in
    # the Montana Attorney General's office")
    verb_ends = TITLE_END.match(text, title.end) or _BODY_AT_END.search(
        text, title.start, title.end
    )
    if not ends and _INDEFINITE.search(left):
        verb_ends = None
    held = stated_holder(left, lexicon) if verb_ends else None
    apposition = comma or nominated
    if apposition and held and held.start > apposition.start():
        # "Previously, Hartley was Chief Executive": a name between the comma and the verb;
        # but "said Joseph B. Ely II, became chairman" is an apposition still
        comma = nominated = None
    if nominated:  # "Melissa Dalton, of Virginia, to be an Assistant Secretary of Defense"
        comma = nominated
        title.status = "nominee"
    match = NAME_AT_END.search(left[: comma.start()]) if comma is not None else None
    if comma is not None and match is None and held is not None and not comma.group().strip(", "):
        comma = None  # "appointed X, formerly a vice president, treasurer": the verb's object
    if comma is not None:
        if not match:
            return None
        raw = match.group("name")
        # two words at least: "the FEMA Administrator, the Governor of Florida" names nobody;
        # an honorific will do with one ("Lord Bach, Minister for ...")
        least = 1 if courtesy_before(left, match) else 2
        name = _after_common_noun(clean_name(raw, lexicon, from_end=True), lexicon)
        if len(name.split()) < least:
            return None
        said = apposition_status(comma.group(), lexicon)  # "X, formerly a vice president"
        if said and title.status == "current":
            title.status = said
        found = (name, match.start("name") + raw.rfind(name.split()[0]))
        body = comma["body"]
        if owned:  # "X, president of Colombia's exporters' association": the association's
            title.organization, title.anaphor = owned, ""
    elif held is not None:  # "Hartley was Chief Executive", "X is president of Jaguar's unit"
        name = _after_common_noun(held.name, lexicon)
        if not name:
            return None
        if held.status == "then":  # "Hartley was Chief Executive": a past role, held then
            title.then = True
        elif title.status == "current":
            title.status = held.status
        if title.organization.endswith(held.name):
            # "named Paul Smith president": a name, not a company; but "Leventhal serves as
            # the Board Chair of the Leventhal Map & Education Center" names one
            title.organization = ""
        found, body = (name, held.start + held.name.rfind(name)), held.body
    else:
        return None
    if not title.organization and not title.anaphor:
        # "president of the company", "chairman of the exchange"
        title.anaphor, noun = _anaphor_after(text, title.end, lexicon)
        if noun:
            title.body_noun = noun
            return found
    if not title.organization and not title.anaphor:
        body = body or _body_of(text, title.end, lexicon)
        words = body.split()
        if (held is None or body != held.body) and any(
            (w in lexicon.stopwords and w not in lexicon.company_suffixes) or lexicon.office(w)
            for w in words
        ):
            body = ""  # "Johnson, President and CEO": a title, not a body
        known = lexicon.organization(body) if body else None
        title.organization = known.name if known else " ".join((body or "").split())
    return found


# "president of Colombia's exporters' association,": a body the title's body owns, in lower
# case, then the apposition ends
_OWNED_LOWER = re.compile(
    r"(?:['’]s?)?\s+(?P<noun>(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)"
    r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:who|which)\b)"
)
_OF_OWNER = re.compile(r"\sof\s+(?:the\s+)?(?P<owner>[A-Z].*)$", re.DOTALL)


def _owned_body(text: str, title: Title) -> str:
    """ "head of the Bundesbank's credit department": the owned body, named with its owner,
    for a title that ends with "of OWNER" ("" when none follows)."""
    owner = _OF_OWNER.search(text, title.start, title.end)
    noun = _OWNED_LOWER.match(text, title.end) if owner else None
    if owner is None or noun is None or noun["noun"].split()[0] in ("and", "or"):
        return ""
    # the possessive may end the title ("chairman of the NAPM's") or follow it
    owner_text = owner["owner"] + text[title.end : noun.start("noun")].strip()
    if not re.search(r"['’]s?$", owner_text):
        return ""
    return " ".join(f"{owner_text} {noun['noun']}".split())


def _after_common_noun(name: str, lexicon: Lexicon) -> str:
    """The words after the last common noun: "Navy Admiral William Crowe" is "William
    Crowe"; "Nonproliferation and Policy Division" (a body) is nobody."""
    words = name.split()
    nouns = [index for index, word in enumerate(words) if word in lexicon.common_nouns]
    return " ".join(words[nouns[-1] + 1 :]) if nouns else name


_INDEFINITE = re.compile(r"(?<![\w-])(?i:a|an)\s+$")


def _one_of_many(left: str, title: Title, lexicon: Lexicon) -> bool:
    """ "Truman was a speaker at the dinner": "a" before an office that has one holder at a
    time is a common noun ("a former president" and "a deputy minister" are offices)."""
    office = lexicon.office(title.office)
    return bool(
        office is not None
        and office.single_holder == "yes"
        and office.kind in ("state", "international", "named")
        and title.status == "current"
        and not title.modifiers
        and _INDEFINITE.search(left)
    )


# "Chris Panayis, managing director of ISP Freedom2surf said": the name opens the sentence
_BODY_AT_END = re.compile(r"\s(?:of|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*$")
_OPENING = re.compile(rf"^[\s\"“‘']*{NAME},")
# "- Kristina Cannon, President & ": a list line or sentence opening with a name, a comma and
# the titles before this one
_OPENING_APPOSITION = re.compile(
    # NAME takes a courtesy title ("Dr."); "Rev." and "Hon." are styles no name has
    rf"^[\s\"“‘'*•-]*(?:(?:Rev|Hon)\.?\s+)*{NAME},\s+"
    r"(?:(?:[A-Z][\w.’'-]*|&|and|of|for)\s+){0,6}$"
)
# "..., Milton Hertz, administrator for USDA's Agricultural Stabilization and Conservation
# Service said": a name between two commas, then the title and its body
_BETWEEN_COMMAS = re.compile(rf",\s+{NAME},\s+(?:the\s+)?$")
_BODY_FOR_AT_END = re.compile(
    r"\s(?:of|at|for)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:and\s+)?[A-Z][\w&'’.-]*)*$"
)


def _says_after_body(text: str, title: Title) -> bool:
    """A speech verb right after a title and its body ends an apposition when the name opens
    the sentence; "Echoing Rice, the prime minister said" has no body and names the speaker."""
    if not _SPEAKS_NEXT.match(text, title.end):
        return False
    if _BODY_AT_END.search(text, title.start, title.end) and _OPENING.match(text):
        return True
    window = text[max(0, title.start - 80) : title.start]
    return bool(
        _BODY_FOR_AT_END.search(text, title.start, title.end) and _BETWEEN_COMMAS.search(window)
    )


# "vice chairman of banking giant Citigroup", "chief technology officer at MessageLabs": the
# body after a few lower-case words
_OF_BODY = re.compile(
    rf"\s+(?:of\s+(?:the\s+)?(?:(?!(?:and|or|but|to)\s)[a-z]+\s+){{0,3}}|(?:at|for)\s+(?:the\s+)?"
    # "vice president for entertainment at Nokia", "senior vice president of digital
    # development and distribution at EMI": a portfolio in lower case, then the company
    r"|(?:of|for)\s+(?:[a-z][\w-]*\s+(?:and\s+)?){1,4}at\s+(?:the\s+)?)"
    # "at 20th Century Fox": a name may open with an ordinal
    rf"(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?{CAPITALISED_RUN})"
)
# "of the company", "of the Indian firm": a country's adjective may say which company
_OF_THE = re.compile(r"\s+of\s+the\s+(?:(?P<adjective>[A-Z][\w-]*)\s+)?(?P<noun>[a-z]+)\b")


def _anaphor_after(text: str, end: int, lexicon: Lexicon) -> tuple[str, str]:
    """ "resigned as president of the company": the body "the company" stands for, or the
    kind of body ("Exchange") that "chairman of the exchange" names."""
    match = _OF_THE.match(text, end)
    if not match:
        return "", ""
    phrase = f"the {match['noun']}"
    if match["adjective"]:
        # "chair of the Indian firm": the firm the story calls Indian, not India
        country = lexicon.organization(match["adjective"])
        if country is None or country.kind != "country" or phrase not in lexicon.anaphors:
            return "", ""
        return f"the {match['adjective']} {match['noun']}", ""
    if phrase in lexicon.anaphors:
        return phrase, ""
    noun = match["noun"].capitalize()
    return "", noun if noun in lexicon.common_nouns else ""


def _body_of(text: str, end: int, lexicon: Lexicon) -> str:
    match = _OF_BODY.match(text, end)
    if not match:
        return ""
    # "at Microsoft's MSN internet division": the owner is the company
    body = re.sub(r"['’]s(?:\s.*)?$", "", match["body"], flags=re.DOTALL)
    words = body.split()
    while len(words) > 1 and words[-1] in lexicon.stopwords - lexicon.company_suffixes:
        words.pop()  # "at Warner Bros. However, ...": the next sentence's first word
    # "at Salomon Brothers Inc": the legal form is no part of the name
    return without_legal_form(re.sub(r"\.$", "", " ".join(words)), lexicon)


# between the names of a list: ", ", ", and ", " and "
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "Dana Nessel of Michigan", "Governor John Carney of Delaware": a place or body after a name
OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")


def names_listed_after(text: str, title: Title, lexicon: Lexicon) -> list[tuple[str, int]]:
    """The names a plural title shares out: "Attorneys General Dana Nessel of Michigan and
    Keith Ellison of Minnesota", "Secretaries of State John Kerry, Hillary Clinton, and
    Madeleine Albright"."""
    names: list[tuple[str, int]] = []
    position = title.end
    while True:
        match = NAME_AT_START.match(text, position)
        if not match:
            break
        name = clean_name(match.group("name"), lexicon, min_words=1)
        if not name or name.split()[0].lower() in office_words(lexicon):
            break  # "Secretaries of Commerce X, Agriculture Y": another title, not a name
        names.append((name, match.start("name")))
        position = match.start("name") + len(name)
        place = OF_PLACE.match(text, position)
        if place:
            position = place.end()
        separator = _LIST_SEPARATOR.match(text, position)
        if not separator:
            break
        position = separator.end()
    return names if len(names) >= 2 else []


_NAMEISH = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# "Tim Bevan and Eric Fellner, the co-chairmen of ...": names, then a plural title
LIST_WINDOW = 400  # characters before a plural title where its list of names may stand
_LIST_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<list>{_NAMEISH}(?:\s*,\s*{_NAMEISH})*\s*,?\s+and\s+{_NAMEISH})"
    r"\s*,\s+(?:(?i:the)\s+)?(?:(?i:co|joint)-?\s*)?$"
)


def names_listed_before(text: str, title: Title, lexicon: Lexicon) -> list[tuple[str, int]]:
    """The names a plural title in apposition shares out: "Tim Bevan and Eric Fellner, the
    co-chairmen of Working Title"; every one of them must be a full name."""
    ends = _APPOSITION_END.match(text, title.end)
    if not (ends or _BODY_AT_END.search(text, title.start, title.end)):
        return []
    # a window, not the whole sentence: the pattern ends at the title and a long list
    # before it would be searched again from every word
    window_start = max(0, title.start - LIST_WINDOW)
    match = _LIST_BEFORE.search(text, window_start, title.start)
    if not match:
        return []
    names = []
    for part in re.finditer(r"[^,]+?(?=\s*,|\s+and\s|$)", match["list"]):
        raw = re.sub(r"^\s*(?:and\s+)?", "", part.group())
        name = clean_name(raw, lexicon, min_words=2)
        if not raw or name != " ".join(raw.split()):
            return []
        names.append((name, match.start("list") + part.start() + part.group().find(raw)))
    return names


# "Samantha Tweedy, CEO, and Alaina Beverly, Executive Vice President, of the Black Economic
# Alliance Foundation": the body that ends a list of names and titles is every title's
_LIST_ENDS_WITH_BODY = re.compile(
    rf",?\s+and\s+{NAME},\s+(?:[A-Z][\w-]*\s+){{0,4}}[A-Z][\w-]*,?\s+of\s+(?:the\s+)?"
    rf"(?P<body>{CAPITALISED_RUN})(?=\s*(?:\*\*|[.;,)]|$))"
)


@cache
def _listed_after_title(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<office>(?i:{lexicon.office_pattern}))\s+{NAME},\s+$")


def listed_body(text: str, title: Title, name: tuple[str, int], lexicon: Lexicon) -> str:
    """The body a list of names and titles shares with a title that names none: the one
    that ends the list ("X, CEO, and Y, Executive Vice President, of the Foundation"), or
    the one the list's first title names ("BBC chairman Gavyn Davies, director-general
    Greg Dyke"). A minister's or a governor's title is a country's or a state's, whatever
    body the list names."""
    name_start = name[1]
    name_end = name_start + len(name[0])
    office = lexicon.office(title.office)
    if office is not None and office.kind not in ("company", "any"):
        return ""  # "EPA Administrator Michael Regan, Governor Whitmer": the state's
    if OF_PLACE.match(text, name_end):
        return ""  # "NATO Secretary General Stoltenberg, President Duda of Poland"
    if name_start < title.start:
        after = _LIST_ENDS_WITH_BODY.match(text, title.end)
        return " ".join(after["body"].split()) if after else ""
    before = _listed_after_title(lexicon).search(text, 0, title.start)
    if before is None or (office is not None and office.leader and title.capitalised):
        # "NATO Secretary General Stoltenberg, President Macron": a country's leader; but
        # "Zenbright chairman Tom Reed, president Ann Reed" are the company's
        return ""
    previous = parse_title(text, before.start("office"), before.end("office"), lexicon)
    known = lexicon.organization(previous.organization)
    # the body named before the first title ("BBC chairman"), not after it ("chairman of
    # the board of X"), nor a country
    if previous.end > before.end("office") or (known and known.kind in _PLACES):
        return ""  # "US President Biden, Prime Minister Kishida": two countries' leaders
    return previous.organization


_PLACES = ("country", "region")
