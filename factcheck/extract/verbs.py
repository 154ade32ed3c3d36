"""Holders that a verb of office states, and what the verb says of the time.

"Joe Biden was elected President", "X has resigned as president", "the board elected X a
vice president", "X, 67, who becomes vice chairman", "X's first day as home secretary", "X
has replaced Y as chief executive" (X holds it, Y held it), "named chairman, succeeding Y",
"the resignation of BBC chairman X": the phrases and their statuses are data
(``office_verbs.csv``); this module reads them around a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.names import NAME, NAME_AT_END, clean_name
from factcheck.extract.titles import ACRONYM_AFTER, CAPITALISED_RUN, office_words
from factcheck.lexicon import Lexicon

# ", 40," after a name in wire copy
_AGE = r"(?:,\s*\d{1,3},?)"
_ARTICLE = r"(?:(?i:the|a|an)\s+)?"
# "continuing as Avia's president": a company not in the lexicon, read with the title
_OWNER = r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+)?"
_ADVERB = r"(?:(?:also|now|still|currently|again)\s+)?"
# "James Cotting, now vice chairman, was named ...": an apposition between name and verb
_ASIDE = r"(?:,(?![^,;()]*\b(?:said|says|told)\b)[^,;()]{1,80},)?"
_LOOK_BACK = 240  # characters of the sentence left of a title that a verb reading looks at


# "X became president after ...", "X was named chairman effective April 1", "X will retire
# as chairman but remain a director": after a title that a verb states, a preposition or a
# conjunction may follow; not "is India's premier private carrier"
TITLE_END = re.compile(
    rf"\s*(?:[,.;:)—–]|\s-\s|$)|{ACRONYM_AFTER}|\s+(?:who|which|whose|and|of|at|in|on|after|before|since|"
    r"until|between|during|from|for|by|effective|last|this|next|when|with|to|following|under|"
    r"replacing|succeeding|earlier|later|but|pending)\b"
)


@dataclass(frozen=True)
class Holder:
    """A name a verb states to hold (or have held) a title, with the verb's status."""

    name: str
    start: int  # offset of the name in the sentence
    status: str
    body: str = ""  # "the Chicago Board Options Exchange, where he served as CEO"


@cache
def _phrases(lexicon: Lexicon, role: str) -> tuple[tuple[str, str, str], ...]:
    """(pattern, status, other status) of the role's phrases, read once per lexicon."""
    return tuple(
        (v.pattern.replace(" ", r"\s+"), v.status, v.other_status)
        for v in lexicon.office_verbs
        if v.role == role
    )


def _alternation(lexicon: Lexicon, role: str) -> str:
    """The role's phrases as one alternation, each in a group ``v<index>`` that tells which
    phrase (and so which status) matched."""
    rows = _phrases(lexicon, role)
    return "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _, _) in enumerate(rows))


def _statuses(match: re.Match[str], lexicon: Lexicon, role: str) -> tuple[str, str]:
    rows = _phrases(lexicon, role)
    index = next(i for i in range(len(rows)) if match.group(f"v{i}") is not None)
    return rows[index][1], rows[index][2]


# "elected Chairman X to the additional title of president", "was named to the post of
# chief executive", "elected X to the newly-created positions of chairman and president",
# "got the added, previously vacant, post of president": the post named as a noun
_POST_ADJECTIVE = r"(?:additional|added|new|newly[\s-]created|vacant|previously\s+vacant|vacated)"
_POST_NOUN = (
    rf"the\s+(?:{_POST_ADJECTIVE}(?:,?\s+{_POST_ADJECTIVE})*,?\s+)?"
    r"(?:title|post|position|office|role|job)s?\s+of\s+"
)
_POST_OF = rf"to\s+{_POST_NOUN}"


@cache
def _subject(lexicon: Lexicon, aside: bool = False) -> re.Pattern[str]:
    """ "NAME[, 40,][, who] VERB [also] [as] [the] TITLE": the name stands left of the match;
    with ``aside``, an apposition may stand between the name and the verb."""
    return re.compile(
        rf"{_AGE}?{_ASIDE if aside else ''}(?:,?\s+who)?(?:\s+(?:also|now|still|currently))?"
        r"(?:\s+|(?=['’]))"
        rf"(?:{_alternation(lexicon, 'subject')})\s+{_ADVERB}(?:as\s+|{_POST_NOUN})?"
        rf"{_ARTICLE}{_OWNER}$"
    )


@cache
def _object(lexicon: Lexicon) -> re.Pattern[str]:
    """ "VERB NAME [as] [a] TITLE": "appointed Donald Michelin as acting chief executive",
    "appointed X, formerly a vice president, treasurer" (an apposition between)."""
    # "appointing Oil Ministry undersecretary X as the new Oil Minister": the post X holds
    # may stand between the verb and the name
    held = rf"(?:(?:[A-Z][\w&.-]*\s+){{0,3}}(?i:{lexicon.office_pattern})\s+)?"
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(lexicon, 'object')})\s+{held}{NAME}{_AGE}?{_ASIDE}\s+"
        # "nominate X to serve as Assistant Secretary"
        rf"(?:as\s+|to\s+be\s+|to\s+serve\s+as\s+|{_POST_OF})?{_ARTICLE}{_OWNER}$"
    )


@cache
def _succession(lexicon: Lexicon, aside: bool = False) -> re.Pattern[str]:
    """ "NAME VERB OTHER as TITLE": "X has replaced Y as chief executive"."""
    other = NAME.replace("(?P<name>", "(?P<other>")
    return re.compile(
        rf"{_AGE}?{_ASIDE if aside else ''}(?:,?\s+who)?\s+"
        rf"(?:{_alternation(lexicon, 'succession')})\s+"
        rf"{other}{_AGE}?\s+"
        rf"as\s+{_ARTICLE}{_OWNER}$"
    )


# "..., where he served as": a relative clause about a body, whose "he" is the subject
_WHERE_HE = re.compile(
    rf"(?P<body>{CAPITALISED_RUN})(?:\s+\([^()]{{1,20}}\))?,?\s+where\s+(?:he|she)\s*$"
)
# a sentence that opens with a name and a verb: "Brodsky has worked at ..."
_OPENING_NAME = re.compile(rf"[\s\"“‘']*{NAME}\s+(?:has|had|is|was|also|later|then)\b")


def stated_holder(left: str, lexicon: Lexicon) -> Holder | None:
    """The name a verb right before a title states to hold it; ``left`` is the sentence up
    to the title."""
    offset = max(0, len(left) - _LOOK_BACK)
    window = left[offset:]
    readings = [
        (regex(lexicon, aside), role)
        for aside in (False, True)  # "James Cotting, now vice chairman, was named ..."
        for regex, role in ((_succession, "succession"), (_subject, "subject"))
    ]
    for regex, role in readings:
        verb = regex.search(window)
        if verb is None:
            continue
        found = _name_ending_at(window, verb.start(), lexicon, "who" in verb.group().split())
        if found:
            return Holder(found[0], offset + found[1], _statuses(verb, lexicon, role)[0])
        where = _WHERE_HE.search(window[: verb.start()])
        opening = _OPENING_NAME.match(left)
        if role == "subject" and where and opening:
            # "Brodsky has worked at ... the Chicago Mercantile Exchange (CME), where he
            # served as President": the sentence's subject, at the body before "where"
            name = clean_name(opening["name"], lexicon)
            if name:
                status = _statuses(verb, lexicon, role)[0]
                body = " ".join(where["body"].split())
                return Holder(name, opening.start("name"), status, body)
    verb = _object(lexicon).search(window)
    if verb is not None:
        name = clean_name(verb["name"], lexicon)
        words = verb["name"].split()
        if not name and words[0].lower() in office_words(lexicon):
            # "elected Chairman Tom Reed to the additional title of president": the title he
            # holds, then his name
            name = clean_name(" ".join(words[1:]), lexicon)
        if name:
            at = offset + verb.start("name") + verb["name"].find(name.split()[0])
            return Holder(name, at, _statuses(verb, lexicon, "object")[0])
    return _pronoun_object(window, offset, lexicon)


@cache
def _pronoun_regexes(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _alternation(lexicon, "object")
    pronoun = re.compile(
        rf"\s+and\s+(?:{verbs})\s+(?:him|her)\s+(?:as\s+|{_POST_OF})?{_ARTICLE}{_OWNER}$"
    )
    named = re.compile(rf"(?<![\w-])(?:{verbs.replace('(?P<v', '(?P<n')})\s+{NAME}")
    return pronoun, named


def _pronoun_object(window: str, offset: int, lexicon: Lexicon) -> Holder | None:
    """ "elected Paul Johnson a vice president and named him chief financial officer": "him"
    is the one the first verb of the clause named."""
    pronoun, named = _pronoun_regexes(lexicon)
    verb = pronoun.search(window)
    if verb is None:
        return None
    earlier = list(named.finditer(window, 0, verb.start()))
    if not earlier or re.search(r"[.;:]", window[earlier[-1].end() : verb.start()]):
        return None
    name = clean_name(earlier[-1]["name"], lexicon)
    if not name:
        return None
    status = _statuses(verb, lexicon, "object")[0]
    return Holder(name, offset + earlier[-1].start("name"), status)


# "Blanca Trevino, President of Softtek, Latin America's largest IT firm, has assumed ...": a
# name after a preposition is its object, not the verb's subject ("with X continuing as" is
# an absolute clause: X is its subject)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|for|from|in|to)\s+(?:the\s+)?$")


def _name_ending_at(
    window: str, end: int, lexicon: Lexicon, relative: bool = False
) -> tuple[str, int] | None:
    """The name right before a verb; after a preposition only when a relative pronoun takes
    it up ("the retirement of Maurice Sussman, who was also the chief executive")."""
    match = NAME_AT_END.search(window[:end])
    if not match or (not relative and _PREPOSITION_BEFORE.search(window, 0, match.start("name"))):
        return None
    raw = match.group("name")
    name = clean_name(raw, lexicon, from_end=True)
    if not name:
        return None
    return name, match.start("name") + raw.rfind(name.split()[0])


@cache
def _after(lexicon: Lexicon) -> re.Pattern[str]:
    """ "TITLE, succeeding [his father] NAME"."""
    return re.compile(
        rf",?\s+(?:{_alternation(lexicon, 'after')})\s+"
        rf"(?:(?:his|her|their)\s+(?:[a-z]+\s+)?)?{NAME}"
    )


def predecessor(text: str, title_start: int, title_end: int, lexicon: Lexicon) -> Holder | None:
    """The person a new holder replaces: "X has replaced Y as chief executive", "named
    chairman, succeeding Y". ``title_end`` is the end of the last of coordinated titles."""
    left = text[:title_start]
    offset = max(0, len(left) - _LOOK_BACK)
    verb = _succession(lexicon).search(left[offset:]) or _succession(lexicon, True).search(
        left[offset:]
    )
    if verb is not None and not TITLE_END.match(text, title_end):
        return None  # "replaced Donald Regan as the president's top aide"
    if verb is not None:
        name = clean_name(verb["other"], lexicon)
        if name:
            status = _statuses(verb, lexicon, "succession")[1]
            return Holder(name, offset + verb.start("other"), status)
        return None
    after = _after(lexicon).match(text, title_end)
    if after is not None:
        name = clean_name(after["name"], lexicon, min_words=2)
        if name:
            return Holder(name, after.start("name"), _statuses(after, lexicon, "after")[0])
    return None


@cache
def _event(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(lexicon, 'event')})\s+(?:the\s+)?"
        rf"(?P<list>[^.;:!?()]{{0,160}}?)$",
        re.IGNORECASE,
    )


@cache
def _unrealised(lexicon: Lexicon) -> re.Pattern[str]:
    """ "calls for the resignation of", "a possible ouster of": an event not (yet) happened."""
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(lexicon, 'unrealised')})\s+(?:(?:the|a|an|his|her|their)\s+)?"
        rf"(?:[a-z]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


def event_status(left: str, lexicon: Lexicon) -> str:
    """The status an event before the title gives its holder: "the death of president X",
    "the resignation of BBC chairman X, director-general Y" ("" when none does)."""
    window = left[-_LOOK_BACK:]
    match = _event(lexicon).search(window)
    if match is None or _unrealised(lexicon).search(window, 0, match.start()):
        return ""
    # only titles, names and the commas of a list may stand between the event and the title
    for word in re.split(r"[\s,]+", match["list"]):
        bare = word.strip("'’")
        if bare and not (
            bare[:1].isupper() or bare.lower() in office_words(lexicon) or bare == "and"
        ):
            return ""
    return _statuses(match, lexicon, "event")[0]


@cache
def _departure(lexicon: Lexicon) -> re.Pattern[str]:
    """ "NAME[, aside,][ and TITLE OTHER] VERB": "Chief executive X, a former official, and
    chief financial officer Y have left the firm"."""
    return re.compile(
        rf"{_AGE}?{_ASIDE}(?:\s+and\s+[^,;:.()]{{1,60}}?)?,?\s+"
        rf"(?:{_alternation(lexicon, 'departure')})"
    )


# a title in a prepositional phrase ("head of the bank under President X, has stepped down")
# is no subject of the departure after it; unlike _PREPOSITION_BEFORE, "under", "by" and
# "with" count too, and a title's own span may open with "under" ("under Chairman X")
_TITLE_AFTER_PREPOSITION = re.compile(r"\b(?:under|of|by|with|for|from|to|at|on)\s+(?:the\s+)?$")


def departure_status(before_title: str, title_text: str, after_name: str, lexicon: Lexicon) -> str:
    """The status a departure told right after a titled name gives it: "Iraq's Oil Minister X
    has been moved to ...", "The Minister of Transport, X, was relieved of his post" ("" when
    none is told, or when the title stands in a prepositional phrase)."""
    if _TITLE_AFTER_PREPOSITION.search(before_title) or title_text.startswith("under "):
        return ""
    match = _departure(lexicon).match(after_name[:_LOOK_BACK])
    return _statuses(match, lexicon, "departure")[0] if match else ""


@cache
def _promotion(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "NAME[, 40,] has been named TITLE" after a deputy's title; "appointing [Body]" before
    it and "NAME as the new TITLE" after; the new title the head of the same body, not "of"
    another ("president of its ROLM Corp subsidiary") nor a post added ("to serve as")."""
    new_title = (
        rf"{_ARTICLE}(?:new\s+)?(?i:{lexicon.office_pattern})(?![\w-])"
        # nor "president and general manager of the Engine Products Group"
        r"(?![^,.;]{0,40}?\s+(?:for|at|in|of)\s+(?!the\s+(?:board|company)\b))"
    )
    subject = re.compile(
        # "Stewart Bainum Jr., 40,": the name may end before its abbreviation's point
        rf"\.?{_AGE}?\s+(?:{_alternation(lexicon, 'promotion')})\s+(?:as\s+|to\s+)?{new_title}"
    )
    appointing = "|".join(
        pattern for pattern, status, _ in _phrases(lexicon, "object") if status == "current"
    )
    before = re.compile(rf"(?<![\w-])(?:{appointing})\s+(?:[A-Z][\w&.-]*\s+){{0,3}}$")
    after = re.compile(rf"\.?{_AGE}?\s+as\s+{new_title}")
    return subject, before, after


def promotion_status(before_title: str, after_name: str, lexicon: Lexicon) -> str:
    """The status a promotion gives a deputy's title before a name: "vice chairman X, 40, has
    been named chairman", "appointing Oil Ministry undersecretary X as the new Oil Minister"
    (the lower post is over: "former"); "" when none is told. The caller asks only of a
    deputy's title: "Chairman X was named chief executive" may keep the chair."""
    subject, before, after = _promotion(lexicon)
    window = after_name[:_LOOK_BACK]
    if subject.match(window):
        return _phrases(lexicon, "promotion")[0][1]
    if before.search(before_title[-_LOOK_BACK:]) and after.match(window):
        return _phrases(lexicon, "promotion")[0][1]
    return ""


def apposition_adverbs(lexicon: Lexicon) -> str:
    """ "formerly", "now": the adverbs that may open an apposition, as one alternation."""
    return "|".join(pattern for pattern, _, _ in _phrases(lexicon, "apposition"))


@cache
def _apposition(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s*{_AGE}?(?:{_alternation(lexicon, 'apposition')})\s")


def apposition_status(between: str, lexicon: Lexicon) -> str:
    """ "X, formerly a vice president": the adverb after a name's comma, before its title (""
    when there is none)."""
    match = _apposition(lexicon).match(between)
    return _statuses(match, lexicon, "apposition")[0] if match else ""
