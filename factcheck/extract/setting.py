"""The date a claim speaks about: a day its sentence gives, else the publication date, or none
when the sentence is set at a time it does not name to the day ("In February, President Biden
signed ...", "Previously, Hartley was Chief Executive")."""

from __future__ import annotations

import re
from datetime import date

from factcheck.dates import MONTH_NAMES, MONTHS, DateMention, find_dates, resolve_year
from factcheck.models import Zone

HISTORICAL_YEARS = 10  # a year this long before publication dates the sentence to its time
# a year the sentence is set in ("from 1957 to 1961", "in 1987"), not a year that names a
# thing ("Michigan's 1931 abortion ban")
_YEAR_OF_EVENT = re.compile(
    r"\b(?:[Ii]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Oo]f|[Tt]o|[Bb]etween)\s+"
    r"(?:(?:early|late|mid-?|the)\s+)?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s*(?:-|–|to)\s*(?:19|20)?\d\d\b"
)
# "the January 6th Insurrection", "the September 11, 2001 Terrorist Attacks": a date inside an
# event's name; but "On July 25, 2023 Mexico's Secretary ..." dates the sentence
_EVENT_NAME = re.compile(r"\s+[A-Z][a-z]+(?!['’])")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
# "activities started after July 1, 1983", "has served since May 3, 2021": a date that bounds
# a span is not the day the sentence speaks of
_BOUND_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|by)\s+$")

_MONTH_NAME = f"(?:{MONTH_NAMES})"
# a time the sentence is set in that names no day: a past month ("In November", "in May
# 2023", "during her March 2023 trip"), a past year ("ousted in 1983"), "earlier this year"
_VAGUE_TIME = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?P<month>{_MONTH_NAME})(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w-]|\s+\d)"
    rf"|\b(?:his|her|their|its)\s+(?P<trip_month>{_MONTH_NAME})\s+(?P<trip_year>(?:19|20)\d\d)"
    r"\s+[a-z]"
    r"|\b(?:[Ii]n|[Dd]uring)\s+(?P<only_year>(?:19|20)\d\d)(?![\w-]|\s*(?:-|–|/)\s*\d)"
    r"|\b(?P<earlier>[Ee]arlier\s+this\s+(?:year|month)|[Ll]ast\s+(?:week|month|year))\b"
    # "said last December": a past month named after "last"
    rf"|\b(?P<last>[Ll]ast\s+{_MONTH_NAME})\b(?!['’])"
)
# "Previously, ...", "Before becoming President, ...": a sentence set before the article's day
# "Before entering private practice, ...": any gerund after "Before" or "Prior to"
_PAST_OPENING = re.compile(
    r"(?:Previously|Formerly|Prior\s+to\s+(?:that|this|[a-z]+ing)|Before\s+(?:that|this|[a-z]+ing))\b"
)
# what may open a sentence before its first clause: a bullet, a bold or underlined heading
# ending in a colon ("**Launch of the Corridor:** Earlier this year, ...") or a bold heading
# of its own ("- **Increasing Access to Democracy.** In March, President Biden signed ...")
_LEAD_IN = re.compile(
    r"^\s*(?:[-*•]\s+)?"
    r"(?:\*\*[^*]{1,160}\*\*:?\s*|[^.;,]{0,160}:(?:\s*(?:\*\*|</\w+>))*\s*)?"
)
# between a name and a time of its own clause: no punctuation and no verb of saying, whose
# object is another time ("Chairman Bob Reid said output was a record in 1986")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”—–]|\b(?:said|says|told|tells|added|adds|noted|warned|predicted|expects?"
    r"|expected|forecast|estimated|believes?|that|which|who|when|while|after|before)\b"
)
# what may stand before a time that opens a sentence: "Back in May, ...", "During her March
# 2023 trip, ..."; not a clause ("Sales fell in 2021, Chairman X said")
_OPENING_WORDS = re.compile(r"(?:(?:And|But|Also|Then|Back|Later|During|Throughout)\s+)?")
# in the name's clause, the name the subject of a verb in the past: "Muldoon was ousted in
# 1983", "the law that President Trump signed earlier this month" (not "Working with President
# Biden to turn the Compact we signed in May"); or the agent of a passive ("a position to
# which he was appointed by Governor Murphy in April 2018")
_PAST_VERB = re.compile(
    r"\s+(?:(?:also|then|later|first|jointly|[a-z]+ly)\s+)?(?:[a-z]+(?<!e)ed|was|were|had|came|went|met|made|took|gave|spoke|sent|wrote|began"
    r"|became|led|left|held|won|saw|set|put|brought|built|sought|rose|fell|ran|chose|drew"
    r"|broke|hit|cut|paid|sold|lost|found|kept|spent|stood|struck|told|said)\b"
)
_BY_AGENT = re.compile(
    r"\b(?:[a-z]+(?<!e)ed|made|held|led|won|given|taken|set)\s+by\s+[^,;]{0,60}$"
)
# "Volcker, first appointed in 1979 by President Carter": the passive's time stands before
# its agent, right before the title and name
_AGENT_AFTER_TIME = re.compile(
    r"\b(?:[a-z]+(?<!e)ed|made|held|led|won|given|taken|set)\s+(?P<time>[^,;]{1,30}?)\s+by\s+"
    r"(?:then-)?(?:[A-Z][\w.-]*\s+){1,3}$"
)
# "McPherson worked in the White House under President Gerald Ford", "it was started under
# President Carter": a role or deed told in the past under a holder is set in his time,
# which the sentence does not name ("has served under President X" may run on to now)
_PAST_UNDER = re.compile(
    r"(?<!has\s)(?<!have\s)\b(?:worked|served|was|were)\b[^,;:()\"“”—–]{0,60}?\s+under\s+"
    r"(?:then-)?(?:[A-Z][\w.-]*\s+){1,3}$"
    # "She served as Deputy Assistant to President Biden": a role beside a holder, told past
    r"|(?<!has\s)(?<!have\s)\b(?:worked|served)\s+as\b[^,;:()\"“”—–]{0,60}?\s+(?:to|for)\s+"
    r"(?:then-)?(?:[A-Z][\w.-]*\s+){1,3}$"
)
# what points a sentence ahead, so that its weekday may be the coming one
_FUTURE = re.compile(
    r"\b(?:will|would|shall|going\s+to|plans?\s+to|planned|scheduled|slated|upcoming|is\s+to"
    r"|are\s+to|intend\w*|intention|look(?:s|ing)?\s+forward|hopes?\s+to)\b|\w['’]ll\b"
)
# "said Monday", "told reporters on Saturday", "met last Friday": a weekday reported (a verb
# of saying or meeting: "a nationally televised speech Wednesday night" is ahead still)
_REPORTED_BEFORE = re.compile(
    r"(?:\blast|\b(?:said|told|announced|added|stated|reported|confirmed|disclosed|declared"
    r"|met|spoke|talked|visited|arrived|returned|signed|called|wrote|sent)(?:\s+[a-z]+){0,2}"
    r"(?:\s+(?:on|late|early))?)\s+$"
)
# "Finance Minister X said last month that ...": the saying itself is set in the past time
_SAID_THEN = re.compile(r"\s+(?:said|told\s+[a-z]+|announced)\s+(?:in\s+)?")
# "called on all parties to fulfill their commitments made during meetings held earlier this
# year": a participle after a noun opens a clause of its own, whose time is not the name's
# (after "was" or "has" it is the clause's own verb: "Muldoon was ousted in 1983")
_REDUCED_RELATIVE = re.compile(
    r"\b(?!(?:was|has|is|does|his|its|this)\b)[a-z]+s\s+(?:made|held|taken|given|[a-z]+(?<!e)ed)\s+(?:during|in|at|on|earlier|last)\b"
)
_SAME_CLAUSE_WORDS = 15  # words from the name to the time its clause is set in


def claim_date(
    text: str, name_start: int, name_end: int, published: date | None, zone: str, then: bool
) -> date | None:
    """The date the claim on the name at ``text[name_start:name_end]`` speaks about: a date in
    its sentence, else the publication date.

    Page furniture is never dated as the article: only a full date written in it counts.
    "then-" titles and past roles speak about an event, so without an event date they stay
    undated; so does a sentence set in a past month or year, or before the article's day.
    """
    text = _link_text_only(text)
    then = then or _past_period(text, name_start, name_end)
    dates = [
        d
        for d in find_dates(text, published)
        if not _names_an_event(text, d)
        and not (d.weekday and _weekday_ahead(text, d))
        and not _BOUND_BEFORE.search(text[max(0, d.start - 10) : d.start])
        and _quoted(text, d.start) == _quoted(text, name_start)
        and not _in_address(text, d)
    ]
    if zone != Zone.ARTICLE.value:
        dates = [d for d in dates if d.has_year]
    elif published is not None:
        # a date after publication is a plan ("will visit from April 29"): the title is
        # stated as of publication
        dates = [d for d in dates if d.value <= published]
    if dates:
        nearest = min(dates, key=lambda d: (abs(d.start - name_start), d.start))
        # "Today's conversation followed a meeting Vice President Harris convened last
        # week": the name's own clause is set in a past week, nearer than today
        own = _own_clause_time(text, name_start, name_end, published) if published else None
        if own is not None and _words(text, name_end, own) < min(
            _words(text, nearest.end, name_start), _words(text, name_end, nearest.start)
        ):
            return None
        return nearest.value
    if zone != Zone.ARTICLE.value or then or published is None:
        return None
    if _set_in_the_past(text, name_start, name_end, published):
        return None
    if any(
        int(m[1] or m[2]) <= published.year - HISTORICAL_YEARS
        for m in _YEAR_OF_EVENT.finditer(text)
    ):
        return None  # "Eisenhower's treasury secretary from 1957 to 1961": another time
    return published


# the holder's period in office, told as over: "during President Trump's first term"; or as
# the time a past sentence speaks of: "it was President Cardenas's administration"
_PERIOD = r"(?:term|administration|presidency|tenure|government|premiership|reign|era|rule)"
_PAST_PERIOD_AFTER = re.compile(
    rf"['’]s?\s+(?:first|previous|former|earlier|past|last|old)\s+{_PERIOD}\b"
)
_PERIOD_AFTER = re.compile(rf"['’]s?\s+{_PERIOD}\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:(?:during|under|in)\s+)?(?:[\w.'’-]+\s+){1,4}$")


def _past_period(text: str, name_start: int, name_end: int) -> bool:
    """Whether the title and name tell a period of office that is over, as a "then-" title
    does: "during President Trump's first term", "it was President Cardenas's administration"."""
    if _PAST_PERIOD_AFTER.match(text, name_end):
        return True
    if _PAST_UNDER.search(text[max(0, name_start - 120) : name_start]):
        return True
    return bool(
        _PERIOD_AFTER.match(text, name_end)
        and _WAS_BEFORE.search(text[max(0, name_start - 60) : name_start])
    )


_MARKDOWN_LINK = re.compile(r"\[(?P<words>[^\[\]]*)\]\([^()\s]*\)")


def _link_text_only(text: str) -> str:
    """ "Harris [convened](https://...) with": a link's words in place, its brackets and
    address blanked, so that offsets stay and the address is no clause of the sentence."""
    return _MARKDOWN_LINK.sub(
        lambda m: " " + m["words"] + " " * (len(m.group()) - len(m["words"]) - 1), text
    )


def _names_an_event(text: str, mention: DateMention) -> bool:
    return bool(_EVENT_NAME.match(text, mention.end)) and not _ON_BEFORE.search(
        text[max(0, mention.start - 4) : mention.start]
    )


def _in_address(text: str, mention: DateMention) -> bool:
    """A date in a link's address ("](https://example.com/news/2025-04-30/...)") dates the
    page linked to, not the sentence."""
    token_start = max(text.rfind(" ", 0, mention.start), text.rfind("(", 0, mention.start))
    token = text[token_start + 1 : mention.start]
    return "://" in token or token.startswith("www.")


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation: a quoted remark has a time of its own, and
    the time of the report around it is not the remark's ("the State Department said,
    "Secretary Shultz expressed ..."", after "remarks yesterday")."""
    before = text[:at]
    curly = before.rfind("“") > before.rfind("”")
    return curly or before.count('"') % 2 == 1


def _weekday_ahead(text: str, mention: DateMention) -> bool:
    """ "Chairman DeFazio will begin on Wednesday": a weekday in a sentence about what is to
    come may be the next one; "said Monday he will resign" reports the past Monday."""
    if not _FUTURE.search(text):
        return False
    return not _REPORTED_BEFORE.search(text[max(0, mention.start - 40) : mention.start])


def _set_in_the_past(text: str, name_start: int, name_end: int, published: date) -> bool:
    """Whether the name's clause is set at a past time that names no day: a time opening the
    sentence ("In November, Liu Hongru ... told"), one in the name's own clause ("the law
    that President Trump signed earlier this month"), or a past opening ("Previously, ...")."""
    lead_in = _LEAD_IN.match(text)
    opening = lead_in.end() if lead_in else 0
    if _PAST_OPENING.match(text, opening):
        return True
    if _own_clause_time(text, name_start, name_end, published) is not None:
        return True
    agent = _AGENT_AFTER_TIME.search(text[max(0, name_start - 120) : name_start])
    if agent is not None:
        time = _VAGUE_TIME.fullmatch(agent["time"])
        if time is not None and _is_past(time, published):
            return True
    for time in _VAGUE_TIME.finditer(text, opening, name_start):
        # a time opening the sentence, one comma at most after it before the name ("In 1986, the
        # company earned ..., chairman X said" is not); not one inside a lead-in ("Q To follow
        # up on last week: Does ...") nor one naming a thing ("Last week's shake-up")
        before, between = text[opening : time.start()], text[time.end() : name_start]
        if re.match(r"['’]", text[time.end() : time.end() + 1]):
            continue
        told_in_the_past = bool(_PAST_VERB.match(text, name_end))
        if (
            _is_past(time, published, told_in_the_past)
            and _OPENING_WORDS.fullmatch(before)
            and len(re.findall(r"[,;]", between)) <= 1
        ):
            return True
    return False


def _words(text: str, start: int, end: int) -> int:
    """How many words stand between two offsets (none when they are in the other order)."""
    return len(text[start:end].split()) if start <= end else 1_000


def _own_clause_time(text: str, name_start: int, name_end: int, published: date) -> int | None:
    """Where a past time without a day stands in the name's own clause, the name the subject
    of a verb in the past or the agent of a passive: "the law that President Trump signed
    earlier this month", "a meeting Vice President Harris convened ... last week"."""
    if not (
        _PAST_VERB.match(text, name_end)
        or _BY_AGENT.search(text[max(0, name_start - 120) : name_start])
    ):
        return None
    for time in _VAGUE_TIME.finditer(text, name_end):
        if _words(text, name_end, time.start()) > _SAME_CLAUSE_WORDS:
            return None
        # "said last year's profit rose": the time names a thing, not when it was said; "said
        # last week" is as near as the article's day (a week is no month or year)
        said_then = (
            _SAID_THEN.fullmatch(text, name_end, time.start())
            and not re.match(r"['’]", text[time.end() : time.end() + 1])
            and not time.group().lower().endswith("week")
        )
        if _CLAUSE_BREAK.search(text, name_end, time.start()) and not said_then:
            return None
        if _REDUCED_RELATIVE.search(text, name_end, time.end()):
            return None
        if time["last"] and not said_then:
            # "President Reagan ordered the study last September": a past deed of one who
            # holds the title still; the saying of "said last December" is what the claim is of
            continue
        if _is_past(time, published):
            return time.start()
    return None


def _is_past(time: re.Match[str], published: date, told_in_the_past: bool = False) -> bool:
    """Whether a month or year without a day lies before the publication's month. A month
    without a year is the nearest one, but the last one in a sentence told in the past ("In
    March, President Biden signed ..." on a December page)."""
    if time["earlier"] or time["last"]:
        return True
    if time["only_year"]:
        return int(time["only_year"]) < published.year
    month_name = time["month"] or time["trip_month"]
    year = time["year"] or time["trip_year"]
    month = MONTHS[month_name.lower()]
    if year:
        return (int(year), month) < (published.year, published.month)
    if told_in_the_past:
        return month != published.month
    nearest = resolve_year(month, 15, published)
    return nearest is not None and (nearest.year, nearest.month) < (
        published.year,
        published.month,
    )
