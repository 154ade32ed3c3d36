"""What stands around an office word: status words, the organisation, "-elect", "of NATO".

"Ukraine's former Foreign Minister", "the alliance's secretary-general", "US
President-elect", "Secretary General of NATO", "Deputy Prime Minister": the words left and
right of the office that qualify it, parsed by two regular expressions built from the
lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factcheck.extract.names import HONORIFIC, NAME_WORD, POSSESSIVE, clean_name, title_heads
from factcheck.lexicon import Lexicon, Office


@dataclass
class Title:
    """An office phrase with its qualifiers; offsets are into the sentence."""

    start: int
    end: int
    office: str
    status: str = "current"
    then: bool = False
    modifiers: list[str] = field(default_factory=list)
    organization: str = ""  # named with the title: "NATO", "Ukraine's", "UK"
    anaphor: str = ""  # "the alliance", "the country"
    capitalised: bool = False
    unnamed_body: bool = False  # "Committee chairman": a body the text does not name
    body_noun: str = ""  # "Committee", "exchange": the kind of body, named elsewhere maybe
    plural: bool = False  # "Attorneys General": shared out among several names
    another_post: bool = False  # "HUD Regional Administrator": a post below the office
    committee: str = ""  # "chairman of the executive committee": a committee of the body


def _qualifier_words(lexicon: Lexicon, position: str) -> str:
    words = sorted(
        {q.word for q in lexicon.qualifiers if q.position == position}, key=len, reverse=True
    )
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _qualifier_word_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(q.word for q in lexicon.qualifiers)


@cache
def _left_regex(lexicon: Lexicon) -> re.Pattern[str]:
    quals = _qualifier_words(lexicon, "before")
    anaphors = "|".join(
        re.escape(a).replace(r"\ ", r"\s+") for a in sorted(lexicon.anaphors, key=len, reverse=True)
    )
    return re.compile(
        # a qualifier is a word of its own: not the end of one ("Euronext chief executive")
        rf"(?<![\w'’])(?P<pre>(?:(?i:{quals})(?:[\s-]+|(?<=-)))*)"
        # "Bundesbank (central bank) president": a gloss between the body and the title
        rf"(?:(?P<org>{lexicon.organization_pattern})(?:['’]s?)?(?:\s+\([^()]{{1,40}}\))?[\s-]+"
        rf"|(?P<ana>(?i:{anaphors}))['’]s\s+)?"
        rf"(?P<post>(?:(?i:{quals})(?:[\s-]+|(?<=-)))*)$"
    )


# "of India Petrochemicals Limited (IPCL)": an acronym in brackets after a name or a title
ACRONYM_AFTER = r"\s+\([A-Z]{2,}\)"
ACRONYM_NEXT = re.compile(ACRONYM_AFTER)
# "Peter Ainsworth MP", "Guy Mansfield QC": letters after a name that end it
POST_NOMINAL = r"\s+(?:MP|MEP|MSP|QC|KC)\b"
# "Navistar International", "Japan Committee for Economic Development", "M/A-Com"
_CAPITALISED_WORD = r"[A-Z][\w&'’.-]*(?:/[A-Z][\w&'’.-]*)?"


@cache
def _status_before_regex(lexicon: Lexicon) -> re.Pattern[str]:
    statuses = "|".join(
        re.escape(q.word).replace(r"\ ", r"\s+")
        for q in sorted(lexicon.qualifiers, key=lambda q: len(q.word), reverse=True)
        if q.position == "before" and not q.effect.startswith("office:")
    )
    return re.compile(rf"(?<![\w-])(?P<pre>(?i:{statuses}))(?:\s+|(?<=-))$")


CAPITALISED_RUN = (
    rf"{_CAPITALISED_WORD}(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?{_CAPITALISED_WORD}){{0,4}}"
)
# a company's possessive and up to two lower-case words before a company title; not a
# preposition's object ("Nakasone's talks with President Reagan": another person)
_OWNER_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<run>{CAPITALISED_RUN})['’]s\s+(?:<[A-Z0-9.]+>\s+)?(?:[a-z][\w-]*\s+){{1,2}}$"
    r"(?<!\swith\s)(?<!\sto\s)(?<!\sby\s)(?<!\sfor\s)(?<!\sfrom\s)(?<!\sbetween\s)"
    # "the House's passage of President Trump's bill"
    r"(?<!\sof\s)(?<!\sin\s)(?<!\son\s)(?<!\sat\s)"
)
# "Generale de Banque SA president": a body's name may join its words as its language does
_BODY_RUN = (
    rf"{_CAPITALISED_WORD}"
    rf"(?:\s+(?:(?:of|and|&|for|de|du|des|di|del|della)\s+)?{_CAPITALISED_WORD}){{0,4}}"
)
# "Pennzoil Co <PZL> chairman": a wire story's stock ticker after the company's name
_RUN_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<run>{_BODY_RUN})(?P<mark>\s+<[A-Z0-9.]+>|\s+\([^()]{{1,40}}\))?\s+$"
)


@cache
def office_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w for variant in lexicon.offices for w in variant.split())


@cache
def _office_opening_words(lexicon: Lexicon, first: str = "") -> frozenset[str]:
    """Words an office's name has before another of its words ("trade" in "trade minister"):
    a run before a title that ends in one may be the title's own first words; "generale"
    ends "secretary generale" only, so "Societe Generale President" names a body.

    Given a company title's ``first`` word, only the words of company titles and those right
    before that word count: "air" opens "air force secretary" only, so "Texas Air chairman"
    names a company; "Managing board chairman" does not."""
    return frozenset(
        words[i - 1]
        for variant in lexicon.offices
        for words in [variant.split()]
        for i in range(1, len(words))
        if not first or words[i] == first or lexicon.offices[variant].kind == "company"
    )


# what may stand before a sentence's first word: "(Impersonating ...", "“Reflecting ..."; not
# a link's bracket ("[TechNet CEO Linda Moore](https://...)") nor a bold mark or bullet, which
# open lists of bodies' heads ("**JetBlue CEO Joanna Geraghty:**", "- Washington Governor")
_OPENING_MARKS = " \t\n(\"'“‘"


def _named_before(
    left: str,
    lexicon: Lexicon,
    head: str,
    company_title: bool = False,
    lower_case: bool = False,
) -> tuple[str, int]:
    """A name written right before a title that the lexicon does not know: "Quebec Premier",
    "Senate Finance Committee chairman", "Sayam president" (the title's organisation), and
    where in ``left`` it starts. ``head`` is a company title's first word, else ""."""
    tail = left[-80:]
    owner = _OWNER_BEFORE.search(tail) if company_title else None
    if (
        owner
        and not lexicon.organization(owner["run"])
        and owner["run"] not in lexicon.stopwords
        # "Prime Ministers Netanyahu's policies put President Biden ...": a person's
        and not title_heads(lexicon) & {w.lower().rstrip("s") for w in owner["run"].split()}
    ):
        # "Mitsubishi's newly-appointed chief executive"
        return without_legal_form(owner["run"], lexicon), len(left) - len(tail) + owner.start("run")
    match = _RUN_BEFORE.search(tail)
    if not match:
        return "", len(left)
    run_start = len(left) - len(tail) + match.start("run")
    run_end = len(left) - len(tail) + match.end("run")
    run_start = after_titled_name(left, run_start, run_end, lexicon)
    words = without_leading_stopwords(left[run_start:run_end].split(), lexicon)
    possessive = [w.endswith(("'s", "’s")) for w in words]
    if not words or any(possessive[:-1]) or (possessive[-1] and not company_title):
        # "Reagan's national security adviser": a person; "Purolator's chairman": a company
        return "", len(left)
    if len(words) == 1 and words[0] in lexicon.common_nouns:
        return _UNNAMED, run_start  # "Committee chairman": a common noun, no body's name
    last = words[-1].lower().strip(".,")
    # "Foreign Trade Minister": the run is part of the title itself; but "Foreign Trade Bank
    # Chairman" names a body by its noun ("bank" is a word of "central bank governor")
    body_name = (
        len(words) > 1
        and words[-1].strip(".,") in lexicon.common_nouns
        and not _in_office_variant(" ".join(words).lower(), lexicon)  # "White House"
    ) or (
        # "Confederation of British Industry (CBI) president": a ticker or an acronym marks
        # a body's name, whatever word ends it
        len(words) > 1 and match["mark"] is not None
    )
    # "Federal National Mortgage Association": words that open names may follow each other
    name_words = lexicon.company_suffixes | lexicon.name_openers
    if (last in _office_opening_words(lexicon, head) and not body_name) or any(
        w in lexicon.stopwords and w not in name_words for w in words
    ):
        return "", len(left)
    opening = not left[:run_start].strip(_OPENING_MARKS)
    if opening and len(words) == 1 and POSSESSIVE.sub("", words[0]) in lexicon.stopwords:
        # "What’s President Biden’s response": a contraction opening the sentence ("May's
        # chairman" inside one names a company)
        return "", len(left)
    if len(words) == 1 and lexicon.organization(words[0]):
        return "", len(left)  # the lexicon's own organisations are read by the left-context regex
    if len(words) == 1 and opening and not (words[0].isupper() or possessive[0]) and not lower_case:
        # "Though President Trump ...", "Making ...", "(Impersonating President Biden.)": any
        # capitalised word starts a sentence, after a bracket, quotation mark or bold mark
        # too; before a title in lower case it names the body ("Ryanair chairman", "Usdaw
        # general secretary")
        return "", len(left)
    return without_legal_form(" ".join(words), lexicon), run_start


def _in_office_variant(phrase: str, lexicon: Lexicon) -> bool:
    """Whether the words open or stand inside an office's name ("white house" in "white
    house chief of staff"): the title itself, written in parts, not a body of its own."""
    return f" {phrase} " in _variant_text(lexicon)


@cache
def _variant_text(lexicon: Lexicon) -> str:
    return " " + " | ".join(lexicon.offices) + " "


# a name after a title, up to an "and" that joins the next titled name: "Press Secretary
# Karine Jean-Pierre and ", "NGA Chairman Asa Hutchinson of Arkansas and "
_TITLED_NAME = re.compile(
    rf"\s+(?:{HONORIFIC})?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})"
    r"(?:\s+of\s+[A-Z][\w'’-]*)?\s+(?:and|&)\s+"
)


def after_titled_name(left: str, run_start: int, run_end: int, lexicon: Lexicon) -> int:
    """Where the body's name starts in a run of capitalised words before a title: after a
    titled person's name and "and" ("Press Secretary Karine Jean-Pierre and Environmental
    Protection Agency Administrator"); the run's start when its "and" joins words of one
    name ("Procter and Gamble chairman", "House Ways and Means Committee chairman")."""
    for joint in re.finditer(r"\s(?:and|&)\s", left[run_start:run_end]):
        joint_end = run_start + joint.end()
        offices = list(office_regex(lexicon).finditer(left, max(0, joint_end - 80), joint_end))
        name = _TITLED_NAME.fullmatch(left, offices[-1].end(), joint_end) if offices else None
        if name and not any(
            w.lower() in office_words(lexicon) or w in lexicon.common_nouns
            for w in name["name"].split()
        ):
            return joint_end
    return run_start


def without_leading_stopwords(words: list[str], lexicon: Lexicon) -> list[str]:
    """ "The Boeing Co" is Boeing, "Senior Zenco" Zenco; but "General Motors", "Federal
    Trade Commission": a word that may open a body's name stays before a word that is no
    common noun, or before two words ("Central Bank" names no bank)."""
    while words and words[0].rstrip(".,") in lexicon.stopwords:
        rest = words[1:]
        if words[0] in lexicon.name_openers and (
            len(rest) > 1 or (rest and rest[0] not in lexicon.common_nouns | lexicon.stopwords)
        ):
            break
        words = rest
    return words


# "Gibraltar-based", "US-registered", "State-owned": a capitalised word joined to a past
# participle describes a body; not "Co-operative Bank", whose words are its name
_DESCRIPTOR = re.compile(r"[A-Z][\w.]*-(?:[a-z]+ed|run|held)")


def without_descriptor(name: str) -> str:
    """ "Gibraltar-based Menatep" is Menatep, "New York-based ITT" is ITT: a descriptor
    before a body's name is no part of it."""
    words = name.split()
    cut = max(
        (at + 1 for at, word in enumerate(words[:-1]) if _DESCRIPTOR.fullmatch(word)), default=0
    )
    if any(re.search(r"['’]s$", word) for word in words[:cut]):
        return name  # "US Sprint's Dallas-based Southwest Division": the owner's unit
    return " ".join(words[cut:])


def without_legal_form(name: str, lexicon: Lexicon) -> str:
    """ "Pennzoil Co" is Pennzoil: a legal form (or a descriptor before the name) is no part
    of the name others use."""
    words = without_descriptor(_tidy(name)).split()
    while len(words) > 1 and words[-1].rstrip(".,") in lexicon.legal_forms:
        words.pop()
    return " ".join(words)


_NOUN_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:(?P<word>[A-Za-z][\w.'’-]*)\s+)?(?P<noun>[A-Za-z]+)\s+$"
)


def _body_noun(left: str, lexicon: Lexicon) -> str:
    """ "Committee Chairman William Gray", "exchange chairman Paian Nainggolan": the kind of
    body whose title it is, as the lexicon's common nouns spell it ("Exchange")."""
    match = _NOUN_BEFORE.search(left[-60:])
    if match is None:
        return ""
    word, noun = match["word"], match["noun"]
    if word and word[0].isupper() and word not in lexicon.stopwords:
        return ""  # "State Department Secretary": the body is named right there
    if not (noun.islower() or noun.istitle()):
        return ""
    noun = noun.capitalize()
    return noun if noun in lexicon.common_nouns else ""


def _tidy(name: str) -> str:
    """One space between words, no possessive or final dot: "Chicago Mercantile\nExchange's"."""
    return re.sub(r"(?:['’]s|(?<!\b[A-Z]\.[A-Z])\.)$", "", " ".join(name.split()))


# a capitalised word or an acronym right before a country's name or before "of" and the name
# ("Bank of America vice-president", "University of Michigan", "Shell U.K. Chairman", "GM
# Canada president"); one that opens the sentence is no name's when it is a stopword, a
# qualifier or a participle ("Meanwhile Japan's ...", "Noting Fed Vice Chairman Johnson's")
_CAPITALISED_BEFORE = re.compile(
    r"(?:^(?![A-Z][a-z]+(?:ing|ed)\s)|\S\s+)([A-Z][a-z]+|[A-Z]{2,5})(?:\s+of)?\s$"
)
_UNNAMED = "\0unnamed"


# a name of two words, then a verb or the like: "Rich Verma to further ..."
_TWO_WORD_NAME = r"(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)(?=\s+(?!of\b|for\b)[a-z])"


# "vice-minister of finance for international affairs Toyoo Gyohten": a portfolio in
# lower case, two words at most, no article
_LOWER_PORTFOLIO = r"(?!(?:the|a|an|his|her|its|their)\s)[a-z]+(?:\s+[a-z]+)?"


@cache
def _right_regex(lexicon: Lexicon, portfolios: bool) -> re.Pattern[str]:
    """What follows a title: "-elect", "of NATO", "for" a portfolio; for a state's office
    (``portfolios``) the portfolio may run into a name ("for Management and Resources Rich
    Verma")."""
    quals = _qualifier_words(lexicon, "after").replace(r"\-", "")
    return re.compile(
        rf"(?P<suffix>(?:[\s-]+|-)(?i:{quals})(?![\w-]))?"
        # "of NATO", but not "of the Costa Rican Coffee Institute" (a longer name goes on)
        # "for" names a portfolio ("Assistant Secretary for Nuclear Energy"), not a body,
        # unless the body is one the lexicon knows ("Minister for the European Union")
        # "chairman of <Pitts Oil Co>": a wire story marks a company's name
        rf"(?:,?\s+(?:of|(?P<for>for))\s+(?:the\s+)?<?(?:(?P<of>{lexicon.organization_pattern})"
        # nor "of USDA's Foreign Agricultural Service" (the owner of the body named next)
        rf"(?![\w-]|\s+(?:[A-Z]|of\b)|['’]s\s+[A-Z])"
        # "Deputy Secretary of State for Management and Resources Rich Verma to ...": a
        # portfolio, then a name of two words
        + (
            rf"|(?<=for\s)(?P<portfolio>{CAPITALISED_RUN}|{_LOWER_PORTFOLIO})"
            rf"(?=\s+{_TWO_WORD_NAME})"
            if portfolios
            else ""
        )
        # "President of the Japan Chamber of Commerce (JCCI) Noboru Gotoh"
        # the name ends at punctuation, a lower-case word, an acronym in brackets, or
        # markup ("**Ying McGuire, President of National Minority Supplier Development
        # Council**")
        # or a post-nominal ("... Committee Peter Ainsworth MP, said")
        + rf"|(?P<of_name>{CAPITALISED_RUN})"
        rf"(?=\s*[,.;:)*\]>]|\s+[a-z]|{ACRONYM_AFTER}|{POST_NOMINAL}|$)))?"
    )


# "of the House agriculture subcommittee", "of the Commons public accounts committee": a
# chamber's or body's name, then its committee in lower case words
_LOWER_CASE_COMMITTEE = re.compile(r"(?:\s+[a-z]+){1,4}?\s+(?:sub-?)?committee\b")
# "chairman of the executive committee", "chair of its finance committee": a committee of the
# body the title would otherwise be of, named in lower case words
_OF_LOWER_CASE_COMMITTEE = re.compile(
    r",?\s+of\s+(?:the|its)\s+(?P<committee>(?:[a-z]+\s+){1,3}(?:sub-?)?committee)\b"
)


# "under" in lower case before a capitalised title is a preposition; "Under Secretary",
# "under-secretary" name a post
_PREPOSITION_UNDER = re.compile(r"(?<![\w-])under\s+$")


def parse_title(sentence: str, start: int, end: int, lexicon: Lexicon) -> Title:
    """The title whose office word spans ``sentence[start:end]``, with its qualifiers."""
    written = sentence[start:end]
    office = lexicon.office(written)
    title = Title(
        start, end, office.label if office else written, capitalised=written[:1].isupper()
    )
    if office and office.organization:
        title.organization = office.organization
    left = sentence[max(0, start - 120) : start]
    match = _left_regex(lexicon).search(left)
    preposition = bool(match and _PREPOSITION_UNDER.search(match.group())) and written[:1].isupper()
    if preposition and office is not None and office.leader:
        # "head of the Office of Management and Budget under President Clinton": what stands
        # before is another's; but "the Senate Banking Committee under Chairman Brown" is his
        match = None
    if match and match.group():
        # "New Mexico Governor", "Shell U.K. Chairman": a country's name inside a longer
        # name is not the country; the name is read whole below
        org_at = start - len(left) + match.start("org") if match.group("org") else 0
        before = _CAPITALISED_BEFORE.search(sentence[:org_at]) if org_at else None
        inside_name = (
            before is not None
            and before.group(1) not in lexicon.stopwords
            # "GM Canada president", "IBM Japan chairman"; but "EC Finance Ministers"
            and not (before.group(1).isupper() and lexicon.organization(before.group(1)))
            # "Assistant U.S. Treasury Secretary", "New Irish Prime Minister": a qualifier,
            # unless it opens a known name ("New Mexico Governor")
            and (
                before.group(1).lower() not in _qualifier_word_set(lexicon)
                or lexicon.organization(f"{before.group(1)} {match.group('org')}") is not None
            )
        )
        known = lexicon.organization(match.group("org")) if inside_name else None
        # "Royal Bank of Canada Chairman" too; but "Nebraska Republican Governor": a party's
        # name is a word of its own, and so is a state's ("Office of Virginia Governor X")
        whole_name = known is not None and known.kind not in ("party", "region")
        title_at = match.start("post") if whole_name else match.start()
        title.start = start - (len(left) - title_at)
        qualifiers = _words(match.group("post"))
        if not whole_name:
            qualifiers = _words(match.group("pre")) + qualifiers
        if preposition:
            qualifiers.remove("under")  # "under Secretary Perkins": in his time, no post
        _apply_all(title, qualifiers, lexicon)
        if match.group("org") and not title.organization and not inside_name:
            org = lexicon.organization(match.group("org"))
            title.organization = org.name if org else ""
        if match.group("ana"):
            title.anaphor = " ".join(match.group("ana").lower().split())
    if not title.organization and not title.anaphor:
        company_title = office is not None and office.kind in ("company", "any")
        named, named_at = _named_before(
            sentence[: title.start],
            lexicon,
            written.split()[0].lower() if office is not None and office.kind == "company" else "",
            company_title,
            # "Suprnova administrator Sloncek": a website's, no office of a body
            lower_case=written.islower()
            and not (office is not None and office.kind in ("explicit", "public")),
        )
        title.unnamed_body = named == _UNNAMED
        title.organization = "" if title.unnamed_body else named
        if named and not title.unnamed_body:
            # "former Worldcom chief financial officer": a status before the company's name
            before = _status_before_regex(lexicon).search(sentence[:named_at])
            if before:
                _apply_all(title, _words(before.group("pre")), lexicon)
        if not title.organization:
            title.body_noun = _body_noun(sentence[: title.start], lexicon)
    portfolios = office is not None and office.kind in ("state", "international")
    # "Assistant Secretary for Nuclear Energy, Department of Energy": whose secretary
    bare_secretary = office is not None and office is lexicon.office("secretary")
    department = _department_office(sentence, end, lexicon) if bare_secretary else None
    if department:
        title.office = department[0].label
    right = _right_regex(lexicon, portfolios).match(sentence, end)
    if right and right.groupdict().get("portfolio") and not _portfolio_then_name(right, lexicon):
        right = _right_regex(lexicon, False).match(sentence, end)
    if right and right.group():
        title.end = right.end()
        if sentence.startswith(">", title.end) and not re.search(r"['’]s$", right.group()):
            # "chairman of <Pitts Oil Co>": the markup closes the name; not in "officer of
            # <Rapid-American Corp's> McCrory Corp unit", whose name goes on
            title.end += 1
        if right.group("suffix"):
            _apply(title, right.group("suffix").strip(" -").lower(), lexicon, "after")
        org = lexicon.organization(right.group("of")) if right.group("of") else None
        if org and org.alias_kind == "demonym":
            # "president of the Costa Rican ...": an adjective, not the organisation
            title.end = right.end("suffix") if right.group("suffix") else end
        elif org and not title.organization:
            title.organization = org.name
        elif right.group("of_name") and not title.organization and not right.group("for"):
            country, length = _country_then_name(right.group("of_name"), lexicon)
            if not country and not _IN_APPOSITION.search(sentence, 0, title.start):
                # "Chairman of the Environmental Audit Committee Peter Ainsworth"; not "X,
                # chairman of DG Bank Deutsche Genossenschaftsbank" (the name stood before)
                country, length = _body_then_name(right.group("of_name"), lexicon)
            if ACRONYM_NEXT.match(sentence, right.end()):
                country = ""  # "of India Petrochemicals Limited (IPCL)": one body's name
            committee = _LOWER_CASE_COMMITTEE.match(sentence, right.end())
            if committee and not country:
                # "chairman of the Commons public accounts committee": the committee, not the
                # chamber whose name opens its description
                title.organization = " ".join((right.group("of_name") + committee.group()).split())
                title.end = committee.end()
            elif country:  # "Finance Minister of Singapore Lawrence Wong" (a headline)
                title.organization = country
                title.end = right.start("of_name") + length
            else:
                # "president of Jaguar Plc's U.S. unit": the owner is the organisation; not
                # in "the People's Bank of China", whose name goes on after the possessive
                named = right.group("of_name")
                owner = re.match(r"(.*?)['’]s\s+(\S+)", named, flags=re.S)
                unit_of = re.match(r"\s+[a-z]", sentence[right.end() :])  # "'s U.S. unit"
                if owner and (
                    unit_of
                    or owner[2][0].islower()
                    or owner[1].split()[-1].rstrip(".") in lexicon.legal_forms
                ):
                    named = owner[1]
                title.organization = without_legal_form(named, lexicon)
    committee = _OF_LOWER_CASE_COMMITTEE.match(sentence, title.end)
    if committee:
        title.committee = " ".join(committee["committee"].split())
        title.end = committee.end()
    if department:  # the department is part of the title, not a body after it
        title.end = max(title.end, department[1])
    if _MINISTRY_UNIT_AFTER.match(sentence, end) or _MINISTRY_UNIT_BEFORE.search(
        sentence[: title.start]
    ):
        title.another_post = True
    return title


# "director-general of the Finance Ministry's Securities Bureau", "the ministry's Economic
# Affairs Bureau director general": the head of a unit of a ministry, a post below the
# minister's ("administrator for USDA's ... Service", an agency, is an office of its own)
_MINISTRY_UNIT = r"(?i:ministry)['’]s\s+(?:[A-Z][\w&-]*\s+){0,4}(?:Bureau|Division|Department)"
_MINISTRY_UNIT_AFTER = re.compile(
    rf"\s+(?:of|at|in)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_MINISTRY_UNIT}\b"
)
_MINISTRY_UNIT_BEFORE = re.compile(rf"{_MINISTRY_UNIT}\s+$")


# the department a bare "Secretary" serves in, right after it or after its portfolio:
# "Assistant Secretary for Nuclear Energy, Department of Energy", "Deputy Secretary of our
# Department of Commerce"; not "Secretary Miguel Cardona leads the Department of Education"
_DEPARTMENT = re.compile(
    r"(?:(?:,|\s+(?:for|of))\s+[^.;:]{0,80}?)?(?:,\s*|\s+(?:at|of|in)\s+)"
    r"(?:(?:the|our)\s+)?(?:U\.S\.\s+|United\s+States\s+)?Department\s+of\s+(?:the\s+)?"
    r"(?P<department>[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)"
)


def _department_office(sentence: str, end: int, lexicon: Lexicon) -> tuple[Office, int] | None:
    """ "Department of Energy" after a bare "Assistant Secretary": the Energy Secretary's
    office, and where the department's name ends."""
    match = _DEPARTMENT.match(sentence, end)
    office = lexicon.office(f"secretary of {match['department']}") if match else None
    if match is None or office is None or office.kind != "state":
        return None
    return office, match.end()


def _portfolio_then_name(right: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether "for Management and Resources Rich Verma" is a portfolio, then a name: no
    office in the one ("for President Barack Obama" is not), no office word in the other."""
    name = " ".join(right["name"].split())
    portfolio = right["portfolio"].split()
    if portfolio[0].islower() and portfolio[-1] not in _portfolio_heads(lexicon):
        return False  # "minister for years Tom Reed": no portfolio's word
    offices = [w for w in portfolio if lexicon.office(w)]
    named = not set(name.lower().split()) & office_words(lexicon)
    return not offices and named and clean_name(name, lexicon, 2) == name


@cache
def _portfolio_heads(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the lexicon's portfolios: "affairs", "trade", "finance"."""
    return frozenset(variant.split()[-1] for variant in lexicon.portfolios)


def _country_then_name(run: str, lexicon: Lexicon) -> tuple[str, int]:
    """A country's name that a person's name of two words or more follows: ("Singapore",
    its length) for "Singapore Lawrence Wong"; ("", 0) for "Singapore Airlines"."""
    for match in re.finditer(r"\s+", run):
        org = lexicon.organization(run[: match.start()])
        rest = run[match.end() :]
        # the name written out: "U.S. Wheat Associates" is a body
        if org is not None and org.kind == "country" and org.alias_kind == "name":
            name = clean_name(rest, lexicon, min_words=2)
            capitalised = all(word[:1].isupper() for word in rest.split())
            if (
                capitalised
                and name == " ".join(rest.split())
                and not (set(rest.split()) & lexicon.common_nouns)
            ):
                return org.name, match.start()
    return "", 0


# a title right after a comma stands in apposition to the name before it
_IN_APPOSITION = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$")


def _body_then_name(run: str, lexicon: Lexicon) -> tuple[str, int]:
    """A body's name ending in its kind ("Committee", "Union", "Council"), then a person's
    name of two or three words: ("Environmental Audit Committee", its length) for
    "Environmental Audit Committee Peter Ainsworth"; ("", 0) when no name follows. The kind
    alone names no body ("the House Hunger Caucus": a caucus of the House)."""
    for match in reversed(list(re.finditer(r"\s+", run))):
        body, rest = run[: match.start()], run[match.end() :].rstrip(".,;:")
        if body.split()[-1] not in lexicon.common_nouns or not rest[:1].isupper():
            continue  # "Council of Economic Advisers": "of" goes on with the body's name
        words = rest.split()
        name = clean_name(rest, lexicon, min_words=2)
        if (
            len(body.split()) > 1
            and 2 <= len(words) <= 3
            and name == " ".join(words)
            and all(re.fullmatch(NAME_WORD, word) for word in words)
            and not set(words) & lexicon.common_nouns
        ):
            return _tidy(body), match.start()
        return "", 0
    return "", 0


def _words(group: str | None) -> list[str]:
    if not group:
        return []
    return [w.lower() for w in re.split(r"[\s]+|(?<=-)(?=\w)|(?<=\w)-", group) if w.strip("- ")]


def _apply_all(title: Title, words: list[str], lexicon: Lexicon) -> None:
    """Apply the qualifiers before a title, two-word ones first ("first deputy")."""
    known = {q.word for q in lexicon.qualifiers if q.position == "before"}
    index = 0
    while index < len(words):
        pair = " ".join(words[index : index + 2])
        if index + 1 < len(words) and pair in known:
            _apply(title, pair, lexicon, "before")
            index += 2
        else:
            _apply(title, words[index], lexicon, "before")
            index += 1
    # "Deputy Assistant Secretary", "Deputy Under Secretary": a deputy's deputy, a post
    # two steps below the office
    for higher, lower in zip(title.modifiers, title.modifiers[1:], strict=False):
        if higher.endswith("Deputy") and lower in _DEPUTY_POSTS:
            title.another_post = True


_DEPUTY_POSTS = ("Assistant", "Under")


def _apply(title: Title, word: str, lexicon: Lexicon, position: str) -> None:
    word = word.strip("- ")
    for qualifier in lexicon.qualifiers:
        if qualifier.position != position or qualifier.word.strip("-") != word:
            continue
        if qualifier.effect.startswith("office:"):
            modifier = qualifier.effect.removeprefix("office:")
            if modifier == "Under" and "Secretary" not in title.office:
                return  # "Under President Biden, ..." is a preposition
            title.modifiers.append(modifier)
        elif qualifier.effect == "another-post":
            title.another_post = True
        elif qualifier.effect == "then":
            title.then = True
        elif qualifier.effect != "current" or title.status == "current":
            title.status = qualifier.effect
        return


def office_label(title: Title) -> str:
    """ "Deputy Foreign Minister", "Shadow Home Secretary": a modified office is its own."""
    return " ".join([*title.modifiers, title.office])


@cache
def office_regex(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{lexicon.office_pattern})(?!\w|-(?!elect|designate))", re.IGNORECASE
    )
