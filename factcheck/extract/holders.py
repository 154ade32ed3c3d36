"""Where the holder of a title is named: after it ("NATO Secretary General Jens
Stoltenberg"), before it in apposition ("Mark Rutte, the alliance's secretary-general"), with
a verb ("Alan Leventhal is the Chairman"), in a nomination ("X, of Virginia, to be ..."), in a
transcript's speaker label ("VICE PRESIDENT HARRIS:"), and across "and" between two titles.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.names import NAME_AT_END, NAME_AT_START, UPPER, clean_name
from factcheck.extract.titles import (
    CAPITALISED_RUN,
    Title,
    office_regex,
    office_words,
    parse_title,
)
from factcheck.lexicon import Lexicon

# a name stated to hold a title by a verb: "X is the chairman", "X was elected President",
# "X will become chief executive"; what the verb says of the time is the status
_PREDICATE = re.compile(
    r"\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?P<verb>is|was|became|becomes|has\s+become|will\s+be|will\s+become|remains|"
    r"(?:has\s+been\s+|was\s+|had\s+been\s+)?(?:named|appointed|elected|re-elected|sworn\s+in)"
    r"|serves|served|has\s+served)\s+(?:as\s+)?(?:(?P<article>(?i:the|a|an))\s+)?(?P<body>)$"
)
_PREDICATE_STATUS = {
    "was": "former",
    "served": "former",
    "will be": "designate",
    "will become": "designate",
}
# a nomination: "NAME, of Virginia, to be an Assistant Secretary"
_TO_BE = re.compile(r",\s+of\s+[^,]{2,40},\s+to\s+be\s+(?:(?i:an?|the)\s+)?(?P<body>)$")
_OF_NEXT = re.compile(r"\s+of\b")
# where an apposition's title ends: punctuation, "who", markup closing a heading ("**", "</u>")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)—–*<]|\s-\s|$|\s+(?:who|and|of)\b)")
# "..., Tony Blair has said": the speaker, not a name for the title before the comma
_SPEAKS_NEXT = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added)\b")
# ", the", ", BMW's group", ", Kraft senior": what may stand between a name's comma and
# its title; a company named there is the title's organisation
_APPOSITION_LEFT = re.compile(
    r",\s*(?:\d{1,3},\s*)?(?:(?i:the|a|an)\s+)?(?:(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+)?"
    # ", and Administrator of ...": the next item of a list, no apposition
    r"(?:(?!and\b|or\b)[a-z]+\s+)?$"
)

# "for a decade", "since May 2021": when a post stated by a verb was held
_TIME_AFTER = re.compile(r"\s+(?:for|from|since|until|between|during|after|before|in|on|at)\b")
# "Mr. President", "Madam Secretary": a title by which someone is addressed
_VOCATIVE = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+")


def coordinated(text: str, title: Title, lexicon: Lexicon) -> Title | None:
    """The title joined to this one by "and": "chairman and chief executive", read in
    either direction, so that both offices reach the name and the organisation."""
    joined = _AND_AFTER.match(text, title.end)
    if joined:
        after = office_regex(lexicon).match(text, joined.end())
        if after:
            return parse_title(text, after.start(), after.end(), lexicon)
    before = _office_before_and(lexicon).search(text[: title.start])
    if before:
        return parse_title(text, before.start("office"), before.end("office"), lexicon)
    return None


@cache
def _office_before_and(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?P<office>{lexicon.office_pattern})\s+(?:and|&)\s+$", re.IGNORECASE
    )


def name_after(text: str, title: Title, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "NATO Secretary General Jens Stoltenberg", "Foreign Minister, Dmytro Kuleba"."""
    match = NAME_AT_START.match(text, title.end)
    if not match:
        return _speaker(text, title)
    comma = "," in text[title.end : match.start("name")]
    if comma and (_OF_NEXT.match(text, match.end()) or _SPEAKS_NEXT.match(text, match.end())):
        return None  # "President, Major County Sheriffs of America": a body, not a person
    if any(w in lexicon.common_nouns for w in match.group("name").split()):
        return None  # "President, Major Cities Chiefs Association": a body
    name = clean_name(match.group("name"), lexicon, min_words=2 if comma else 1)
    return (name, match.start("name")) if name else None


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
    Chairman" (a verb); "Melissa Dalton, of Virginia, to be an Assistant Secretary" (a
    nomination)."""
    left = text[: title.start]
    if _VOCATIVE.search(left):
        return None  # "Thank you, Mr. President": the one spoken to, named nowhere
    comma = _APPOSITION_LEFT.search(left)
    nominated = _TO_BE.search(left) if not comma else None
    predicate = _PREDICATE.search(left)
    apposition = comma or nominated
    if apposition and predicate and left[apposition.start() + 1 : predicate.start()].strip():
        # "Previously, Hartley was Chief Executive": a name between the comma and the verb;
        # but "said Joseph B. Ely II, became chairman" is an apposition still
        comma = nominated = None
    by_verb = predicate is not None and not (comma or nominated)
    # an apposition ends with the title ("Rutte, the secretary-general, said"); after a verb
    # a time may follow ("Leventhal was the Board Chair of the Foundation for a decade"), but
    # not after "a": one of many ("Truman was a speaker at the dinner", "served as an
    # Assistant Attorney General in the Montana Attorney General's office")
    article = (predicate["article"] or "").lower() if predicate else ""
    if not _APPOSITION_END.match(text, title.end) and not (
        by_verb and article not in ("a", "an") and _TIME_AFTER.match(text, title.end)
    ):
        return None
    comma = comma or nominated or (predicate if by_verb else None)
    if not comma:
        return None
    match = NAME_AT_END.search(left[: comma.start()])
    if not match:
        return None
    raw = match.group("name")
    # two words at least: "the FEMA Administrator, the Governor of Florida" names nobody;
    # before a verb one will do ("Hartley was Chief Executive")
    name = _after_common_noun(clean_name(raw, lexicon, from_end=True), lexicon)
    if len(name.split()) < (1 if by_verb else 2):
        return None
    if nominated:
        title.status = "nominee"
    elif predicate and by_verb and title.status == "current":
        verb = " ".join(predicate["verb"].lower().split())
        title.status = _PREDICATE_STATUS.get(verb, "current")
    if not title.organization and not title.anaphor:
        body = comma["body"] or _body_of(text, title.end)
        if body and any(w in lexicon.stopwords or lexicon.office(w) for w in body.split()):
            body = ""  # "Johnson, President and CEO": a title, not a body
        known = lexicon.organization(body) if body else None
        title.organization = known.name if known else " ".join((body or "").split())
    return name, match.start("name") + raw.rfind(name.split()[0])


def _after_common_noun(name: str, lexicon: Lexicon) -> str:
    """The words after the last common noun: "Navy Admiral William Crowe" is "William
    Crowe"; "Nonproliferation and Policy Division" (a body) is nobody."""
    words = name.split()
    nouns = [index for index, word in enumerate(words) if word in lexicon.common_nouns]
    return " ".join(words[nouns[-1] + 1 :]) if nouns else name


# "vice chairman of banking giant Citigroup": the body after a few lower-case words
_OF_BODY = re.compile(rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}(?P<body>{CAPITALISED_RUN})")


def _body_of(text: str, end: int) -> str:
    match = _OF_BODY.match(text, end)
    return re.sub(r"['’]s$|\.$", "", match["body"]) if match else ""


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
