"""Office claims from one document, where a sentence states the role (later bare mentions
of the name are not claims): each office word found, its title parsed (titles.py), its
holder found (holders.py), then the organisation, the date and the status settled here."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cache

from factcheck.dates import DAY_NAMES, MONTH_NAMES
from factcheck.extract.context import DocumentContext
from factcheck.extract.counterparts import counterpart_claims
from factcheck.extract.holders import (
    OF_PLACE,
    board_seat_body,
    coordinated,
    listed_body,
    name_after,
    name_before,
    names_listed_after,
    names_listed_before,
    title_list,
)
from factcheck.extract.home import home_of
from factcheck.extract.office_scan import office_matches
from factcheck.extract.org_names import OrganizationNames
from factcheck.extract.setting import claim_date
from factcheck.extract.titles import (
    CAPITALISED_RUN,
    Title,
    office_label,
    office_regex,
    parse_title,
)
from factcheck.extract.verbs import departure_status, event_status, predecessor, promotion_status
from factcheck.layout import Layout, Sentence
from factcheck.lexicon import Lexicon, fold_space
from factcheck.models import Claim, Document
from factcheck.normalise.names import surname

# "Sarah Kate Ellis, CEO, GLAAD": the body after a title in a list of names and posts
_BODY_AFTER = re.compile(rf",\s+(?P<body>{CAPITALISED_RUN})(?=\s*(?:$|[:;*(\n]))")
# "Counselor to the Secretary of the Treasury Joseph Lavorgna": the title is another's; but
# "an aide to President Biden", "Advisor to Secretaries of State Kerry and Clinton" name them
_TO_THE = re.compile(
    r"\b(?i:counselor|counsellor|counsel|adviser|advisor|aide|assistant|deputy|secretary|"
    r"spokesperson|spokesman|spokeswoman|staff)\s+to\s+the\s+$"
)
# "Assistant Secretary for Nuclear Energy, Department of Energy": a ministry's officer holds
# an office of the country, which the department does not name
_MINISTRY_BODY = re.compile(
    r"^(?:U\.?S\.?\s+)?(?:Department|Ministry)\s+of\b|\s(?:Department|Ministry)$"
)


def extract_claims(document: Document, layout: Layout, lexicon: Lexicon) -> list[Claim]:
    """Every office claim the document states, in text order."""
    context: DocumentContext | None = None
    claims: list[Claim] = []
    # (line, person, office) -> the bodies stated for it: "Hinkley, president of Union
    # Central, is expected to be named ... president of Manhattan National" states two
    # (a guessed body is no statement: the first claim stands alone then)
    seen: dict[tuple[int, str, str], set[str]] = {}
    # sentence start -> (country a title there named, where that title and its name end)
    stated_country: dict[int, tuple[str, int]] = {}
    for match in office_matches(document.text, lexicon):
        sentence = layout.sentence_at(match.start())
        if match.start() >= sentence.end:
            continue
        if context is None:
            context = DocumentContext(layout, lexicon, home_of(document, lexicon), document.title)
        for claim in _claim(document, layout, lexicon, context, sentence, match):
            key = (claim.line, claim.person, claim.office)
            stated = claim.organization_from == "text" and bool(claim.organization)
            bodies = seen.get(key)
            if bodies is None:
                seen[key] = {claim.organization} if stated else set()
            elif stated and bodies and claim.organization not in bodies:
                bodies.add(claim.organization)  # a second body, stated as the first was
            else:
                continue
            country, stated_end = stated_country.get(sentence.start, ("", 0))
            if _LIST_JOINT.fullmatch(document.text, stated_end, match.start()):
                claim = _share_country(claim, country, lexicon)
            org = lexicon.organization(claim.organization)
            if claim.organization_from == "text" and org and org.kind == "country":
                end = max(match.end(), _name_end(layout, claim))
                stated_country[sentence.start] = (claim.organization, end)
            claims.append(claim)
    claims = _carry_stated_organizations(claims)
    claims = _full_organization_names(claims, document, lexicon)
    claims = counterpart_claims(claims, layout, lexicon, lambda claim: _name_end(layout, claim))
    # a short name and its full name, or an anaphor and the name, are one body
    unique = {(c.line, c.person, c.office, c.organization): c for c in reversed(claims)}
    return [c for c in claims if unique[(c.line, c.person, c.office, c.organization)] is c]


def _carry_stated_organizations(claims: list[Claim]) -> list[Claim]:
    """ "Attorney General Nessel pledged ..." after "Attorneys General Nessel of Michigan and
    Ellison of Minnesota": in one article, a person's office is the body it was stated for."""
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        # a list shares one body out among names ("Presidents Biden and Kenyatta of
        # Kenya"): too loose to give a person's other claims
        if (
            claim.organization
            and not claim.organization_guessed
            and claim.organization_from != "list"
        ):
            stated[(surname(claim.person), claim.office)].add(claim.organization)
    carried = []
    for claim in claims:
        bodies = stated.get((surname(claim.person), claim.office), set())
        if claim.organization_guessed and len(bodies) == 1:
            body = next(iter(bodies))
            claim = dataclasses.replace(claim, organization=body, organization_from="article")
        carried.append(claim)
    return carried


def _full_organization_names(
    claims: list[Claim], document: Document, lexicon: Lexicon
) -> list[Claim]:
    """Short names of bodies ("CBOT", "Taft") replaced by the full name the text gives."""
    if all(not c.organization or lexicon.organization(c.organization) for c in claims):
        return claims
    names = OrganizationNames(document.text, lexicon, document.title)
    return [_full_name(claim, names) for claim in claims]


def _full_name(claim: Claim, names: OrganizationNames) -> Claim:
    """The claim with its body's full name; but in "Administrator of the Environmental
    Protection Agency Lee Zeldin" the words after the body's name are its holder's."""
    full = names.full_name(claim.organization)
    if claim.person in full[len(claim.organization) :]:
        return claim
    return dataclasses.replace(claim, organization=full)


# what joins the titled names of a list: "UAE President Sheikh Zaid and Oil Minister", "...,
# Defence Secretary"; not a clause ("a summit with U.S. President Reagan in May, foreign
# minister Guillermo Bedregal announced": Bolivia's minister)
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w.'’-]+\s+){0,3}")


def _name_end(layout: Layout, claim: Claim) -> int:
    """Where the claim's name ends in the text (a name may be wrapped over two lines)."""
    start = layout.line_starts[claim.line - 1 - layout.line_offset] + claim.column - 1
    last = claim.person.split()[-1]
    at = layout.text.find(last, start)
    return at + len(last) if at >= 0 else start


def _share_country(claim: Claim, country: str, lexicon: Lexicon) -> Claim:
    """In "UAE President Sheikh Zaid and Oil Minister Mana Said al-Oteiba" the country of
    the first title carries over to the later titles of the list."""
    office = lexicon.office(claim.office) or lexicon.office(claim.office.partition(" ")[2])
    if country and claim.organization_guessed and office and office.kind == "state":
        return dataclasses.replace(claim, organization=country, organization_from="text")
    return claim


def _claim(
    document: Document,
    layout: Layout,
    lexicon: Lexicon,
    context: DocumentContext,
    sentence: Sentence,
    match: re.Match[str],
) -> list[Claim]:
    text = layout.text[sentence.start : sentence.end]
    start, end = match.start() - sentence.start, match.end() - sentence.start
    title = parse_title(text, start, end, lexicon)
    if _TO_THE.search(text[: title.start]) and not title.organization:
        return []
    if lexicon.is_plural(text[start:end]):
        title.plural = True
        return _claims_for(
            document,
            layout,
            lexicon,
            context,
            sentence,
            title,
            names_listed_after(text, title, lexicon) or names_listed_before(text, title, lexicon),
        )
    if title.status == "current":  # "the death of president Umberto Agnelli"
        title.status = event_status(text[: title.start], lexicon) or "current"
    partner = coordinated(text, title, lexicon)
    listed = title_list(text, title, lexicon)
    if listed:
        found = _list_holder(text, title, listed, lexicon)
    else:
        found = name_after(text, title, lexicon)
        later = partner if partner and partner.start > title.start else None
        after_partner = name_after(text, later, lexicon) if later and not found else None
        if after_partner and later and _body_ending_line(text, later, after_partner):
            # "Judy Smith, CEO and President, Otis Worldwide": the name before the pair
            # comes first; after a comma the last title may name a body
            found = name_before(text, title, lexicon) or after_partner
        elif found and _body_ending_line(text, title, found):
            # "Judy Smith, CEO and President, Otis Worldwide": so for the pair's last title
            earlier = partner if partner and partner.start < title.start else title
            found = _holder_before(text, title, earlier, lexicon) or found
        else:
            found = found or after_partner or name_before(text, title, lexicon)
    if not found and partner and partner.start < title.start:
        found = _holder_before(text, title, partner, lexicon)
    if listed and not title.organization and not title.anaphor:
        # the body named with the list's last title is the body of all
        bodies = [t for t in listed if t.start > title.start and (t.organization or t.anaphor)]
        if bodies:
            title.organization, title.anaphor = bodies[0].organization, bodies[0].anaphor
    if (
        partner
        and not title.organization
        and not title.anaphor
        and _shares_body(title, partner, lexicon)
    ):
        # "president and chief executive officer of Deak International": one body for both
        title.organization, title.anaphor = partner.organization, partner.anaphor
    last_end = partner.end if partner and partner.start > title.start else title.end
    last_end = max(last_end, listed[-1].end) if listed else last_end
    if not title.organization and not title.anaphor:
        # "named president and a director of Zenco": the board's body is the title's
        title.organization, title.anaphor = board_seat_body(text, last_end, lexicon)
    # "X has replaced Y as chief executive", "named chairman, succeeding Y": Y held it
    gone = predecessor(text, title.start, last_end, lexicon)
    claims = []
    if found:
        body = _BODY_AFTER.match(text, last_end) if not title.organization else None
        if body and found[1] < title.start:
            title.organization = " ".join(body.group("body").split())
        if not title.organization and not title.anaphor:
            title.organization = listed_body(text, title, found, lexicon)
        claims = _claims_for(document, layout, lexicon, context, sentence, title, [found])
    if gone and (not found or gone.name != found[0]):
        before = dataclasses.replace(title, status=gone.status, then=False)
        names = [(gone.name, gone.start)]
        claims += _claims_for(document, layout, lexicon, context, sentence, before, names)
    return claims


# what ends a line of a list of participants: a colon, markup, a footnote number
_LIST_LINE_END = re.compile(r"[ \t]*(?:\d{1,2}\.)?[ \t]*(?:[:*<\n“\"]|$)")


def _body_ending_line(text: str, title: Title, found: tuple[str, int]) -> bool:
    """ "- Jenny Black, President and CEO, Planned Parenthood South Atlantic": words after a
    title and a comma that end the line name the body; the name stands before the title."""
    name, start = found
    return "," in text[title.end : start] and bool(_LIST_LINE_END.match(text, start + len(name)))


def _holder_before(
    text: str, title: Title, earlier: Title, lexicon: Lexicon
) -> tuple[str, int] | None:
    """The name before an earlier title of the same pair or list; the verb's status there
    is this title's too ("resigned as vice chairman and chairman"), an own qualifier is not
    ("our former governor and Energy Secretary")."""
    own_status = earlier.status
    found = name_before(text, earlier, lexicon)
    if found and earlier.status != own_status and title.status == "current":
        title.status = earlier.status
    return found


def _list_holder(
    text: str, title: Title, listed: list[Title], lexicon: Lexicon
) -> tuple[str, int] | None:
    """ "named chairman, president and chief executive of X", "Chairman, President and CEO
    Tom Reed": one name for the whole list, right after its last title or before its first;
    after a comma the last title may name a body ("Judy Marks, Chair, CEO and President,
    Otis Worldwide")."""
    last = listed[-1]
    after = name_after(text, last, lexicon)
    if after and not _body_ending_line(text, last, after):
        return after
    first = listed[0]
    if first is title:
        return name_before(text, title, lexicon)
    return _holder_before(text, title, first, lexicon)


def _shares_body(title: Title, partner: Title, lexicon: Lexicon) -> bool:
    """Whether a title takes the body of the title it is coordinated with: "president and
    chief executive of Deak International" share one; but in "First Deputy Prime Minister
    and Chairman of the State Agro-Industrial Committee" a state's office is the country's,
    not the committee's."""
    office = lexicon.office(title.office)
    if office is None or office.kind != "state" or not partner.organization:
        return True
    body = lexicon.organization(partner.organization)
    return body is not None and body.kind in ("country", "region")


def _claims_for(
    document: Document,
    layout: Layout,
    lexicon: Lexicon,
    context: DocumentContext,
    sentence: Sentence,
    title: Title,
    names: list[tuple[str, int]],
) -> list[Claim]:
    """One claim per name the title belongs to: its organisation, date and status."""
    text = layout.text[sentence.start : sentence.end]
    stated, stated_from = _organization(title, lexicon, context, sentence)
    claims = []
    for name, name_start in names:
        organization, organization_from = stated, stated_from
        guessed = organization_from in ("context", "home")
        if guessed and text[name_start : name_start + len(name)].isupper():
            # a speaker label ("PRIME MINISTER STØRE:") at a summit: the article's country
            # is no guide; the corpus may say whose office it is
            organization = ""
        if guessed:
            organization = _home_leader(name, title, organization, context, lexicon)
        if not title.organization and not title.anaphor:
            named = _of_after_name(text, name_start + len(name), lexicon, title.office)
            place = OF_PLACE.match(text, name_start + len(name))
            if named:  # "President Hissene Habre of Chad"
                organization, organization_from = named, "after-name"
            elif place and title.plural:  # "Attorneys General Dana Nessel of Michigan"
                organization = re.sub(r"^\s+of\s+(?:the\s+)?|[.,]$", "", place.group())
                organization_from = "after-name"
        if title.plural and organization_from != "after-name":
            # "Secretaries of State Kerry, Clinton and Albright": holders of several times or
            # places, no statement of who holds the office on the article's day; "Attorneys
            # General Nessel of Michigan and Ellison of Minnesota" states each one's body
            organization_from = "list"
        party = lexicon.organization(organization)
        if party is not None and party.kind == "party" and title.modifiers[:1] == ["Shadow"]:
            organization = party.country  # "Tory shadow chancellor": a post in that country
        if title.committee and not organization:
            continue  # "chairman of the joint formation committee": a body the text leaves unnamed
        if title.committee:
            organization = f"{organization} {title.committee}"  # "Manor Care finance committee"
        if _out_of_scope(title, organization, lexicon, text):
            continue
        office = lexicon.local_offices.get((title.office, organization), title.office)
        line, column = layout.position(sentence.start + name_start)
        claims.append(
            Claim(
                path=document.path,
                record=document.record,
                line=line,
                column=column,
                person=name,
                office=office_label(dataclasses.replace(title, office=office)),
                organization=organization,
                as_of=claim_date(
                    text,
                    name_start,
                    name_start + len(name),
                    document.published,
                    sentence.zone,
                    title.then,
                ),
                status=_status(text, title, name_start + len(name), lexicon),
                zone=sentence.zone,
                quote=layout.quote(sentence),
                organization_from=organization_from,
            )
        )
    return claims


def _home_leader(
    name: str, title: Title, guessed: str, context: DocumentContext, lexicon: Lexicon
) -> str:
    """A government's page calls its own heads and other countries' by bare titles: "President
    Obama" is one of its own presidents, past or present, "President Bazoum" is none, so a
    country guessed from the page is its own for the one and not for the other."""
    home = context.home
    holders = lexicon.home_leaders.get((home.country, title.office))
    if not home.official or holders is None or title.modifiers:
        return guessed
    words = name.split()
    given_names = holders.get(fold_space(surname(name)))
    # "Troy Jackson" is no President Jackson: a given name must be one of the holders' (or
    # its group: "William J. Clinton"), an initial one of their initials ("H.W. Bush")
    given = words[0].lower().rstrip(".")
    if given_names is not None and (
        len(words) == 1
        or lexicon.given_names.get(given, given) in given_names
        or (len(given) <= 2 and given[0] in given_names)
    ):
        return home.country
    return "" if guessed == home.country else guessed


def _out_of_scope(title: Title, organization: str, lexicon: Lexicon, text: str) -> bool:
    """Party posts ("Tory co-chairman", "Lib Dem president", "LDP General Council chairman")
    and posts below an office ("HUD Regional Administrator") are not offices this tool
    checks, and a monarch's title needs its country ("King Crimson" is a band), a lower-case
    administrator a body (a website's is none of them)."""
    org = lexicon.organization(organization)
    if (org is not None and org.kind == "party") or title.another_post:
        return True
    # "LDP General Council chairman", "the LDP's policy affairs council": an organ of a party
    # its abbreviation names ("Labour Office" is a state's agency: a word may name a party
    # and something else)
    first = re.sub(r"['’]s?$", "", organization.split(" ", 1)[0])
    owner = lexicon.organization(first) if first.isupper() and first != organization else None
    if (owner is not None and owner.kind == "party") or (
        org is None and _party_body(organization, lexicon)
    ):
        return True
    if _OFFICE_OF_THE.search(text, 0, title.start):
        # "the Office of the Director of National Intelligence", "the Office of the U.S.
        # Trade Representative": the name of a body, no title of the name after it
        return True
    office = lexicon.office(title.office)
    if office is not None and office.kind == "public" and not _public_body(organization, lexicon):
        # a director of an agency or office of state holds an office; a film's, a
        # festival's, a think tank's or a company board's does not
        return True
    if office is not None and office.kind in ("explicit", "public") and not organization:
        # "Suprnova administrator Sloncek", "a state appointed administrator, Enrico Bondi":
        # a website's or an insolvent company's; an agency's is named or capitalised
        # ("ADMINISTRATOR REGAN:", "Administrator Criswell", "administrator for USDA's ...")
        return not title.capitalised and not _BODY_NEXT.search(text[title.start : title.end + 12])
    if office is not None and office.kind == "named":
        # a monarch reigns over a country: "King" after "Martin Luther" is a surname, and
        # "Martin Luther King Day" names no king
        body = lexicon.organization(organization)
        return body is None or body.kind not in ("country", "region")
    return False


_OFFICE_OF_THE = re.compile(r"\bOffice\s+of\s+the\s+(?:(?:U\.S\.|United\s+States)\s+)?$")


def _public_body(organization: str, lexicon: Lexicon) -> bool:
    """An agency the lexicon knows ("NEC", "CDC"), or a body its name calls public: "Board of
    Foreign Trade", "French Cereals Intervention Office", "Office of Public Engagement"."""
    known = lexicon.organization(organization)
    if known is not None:
        return known.kind in ("agency", "ministry")
    words = organization.split()
    return len(words) > 1 and (  # "Office" alone: a body the parse cut short
        words[-1] in lexicon.public_body_nouns
        or (len(words) > 2 and words[0] in lexicon.public_body_nouns and words[1] == "of")
    )


# a body named after a title, maybe inside the title's span ("administrator for USDA's ...")
_BODY_NEXT = re.compile(r"\s(?:of|for|at)\s+(?:the\s+)?[A-Z]")
# "LDP General Council", "Democratic National Committee", "Tory Party": a party's own body;
# not "Labour Office" (Germany's labour exchange) or "Democratic Caucus" (of a chamber)
_PARTY_BODY = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Party|Council|Committee)")


def _party_body(organization: str, lexicon: Lexicon) -> bool:
    """Whether ``organization`` is a body of a party: its name, then an organ of it."""
    for match in re.finditer(r"\s+", organization):
        party = lexicon.organization(organization[: match.start()])
        if party is not None and party.kind == "party":
            return bool(_PARTY_BODY.fullmatch(organization, match.start()))
    return False


def _organization(
    title: Title, lexicon: Lexicon, context: DocumentContext, sentence: Sentence
) -> tuple[str, str]:
    """(organisation, where it comes from: "text" when the sentence names it, "context" when
    inferred from the article, "home" when its publisher is that country's government)."""
    office = lexicon.office(title.office)
    kind = office.kind if office else "explicit"
    department = lexicon.organization(title.organization)
    if department is not None and department.kind == "ministry" and kind in ("state", "any"):
        # "USDA secretary Richard Lyng": a cabinet secretary holds an office of the country;
        # "USDA undersecretary" (an office of no country) keeps the department
        return department.country, "text"
    if title.organization and not (
        kind in ("state", "any") and _MINISTRY_BODY.search(title.organization)
    ):
        return title.organization, "text"
    if title.anaphor:
        return context.resolve_anaphor(title.anaphor, sentence.start + title.start), "text"
    if title.body_noun:
        named = context.body_named(title.body_noun, sentence.start + title.start)
        if named:
            return named, "text"
        # "a statement by company president Camilo Penna": "the company's president", the
        # company the story named last; but "group vice president" is a rank ("Group" ends
        # companies' names)
        phrase = f"the {title.body_noun.lower()}"
        if (
            lexicon.anaphors.get(phrase) == ("@company",)
            and title.body_noun not in lexicon.company_suffixes
        ):
            named = context.resolve_anaphor(phrase, sentence.start + title.start)
            if named:
                return named, "text"
    if title.unnamed_body:
        return "", "context"  # "Bank President ...": some bank's, not the country's
    if kind == "region" and title.capitalised and "institution" not in context.dominant:
        # "approved by Governor Arnold Schwarzenegger" in a story on California: the region
        # the sentence names, or the story's if it names no other; not where a central bank
        # may be the governor's. A page naming several states says nothing of whose.
        in_sentence = context.in_span(sentence.start, sentence.end, ("region",))
        regions = {m.organization.name for m in in_sentence} or context.named_regions
        return (next(iter(regions)) if len(regions) == 1 else ""), "context"
    if kind == "international":
        nearby = context.in_span(sentence.start, sentence.end, ("international",))
        if nearby:
            return nearby[0].organization.name, "context"
        return context.dominant.get("international", ""), "context"
    sentence_text = context.text_of(sentence)
    text_before = sentence_text[: title.start]
    company = context.dominant.get("company", "")
    # "a letter written by President John Adams" on a page that names a design firm in its
    # credits: a bare "President" is a company's when the story has named the company (by
    # the end of the sentence: "X resigned as president, Acme Inc said")
    named_later = bool(company) and not context.named_before(company, sentence.end)
    # a government's page names its own officials by bare titles ("Deputy Secretary Graves",
    # "Stuart Eizenstat, Chair" of a council it appoints) and a company's officers with their
    # company ("Tom Bernstein is President of Chelsea Piers"): a company it names in passing
    # ("Avenir Group, Inc.") is no bare company title's, nor a bare title's before a name
    official_bare = (
        context.home.official
        and title.capitalised
        and (kind == "company" or bool(_NAME_NEXT.match(sentence_text, title.end)))
    )
    if not official_bare and (
        kind == "company" or (kind == "any" and context.about_companies and not named_later)
    ):
        company = company or context.headline_body
        if not company and kind == "company" and _SAID_BEFORE.search(text_before):
            # ""The IMF stands ready ...," said managing director Rodrigo Rato": in a story
            # of no company, the international body the sentence names is the speaker's;
            # not "the trade association, Het Comite, association chief executive Peter Pex"
            bodies = context.in_span(sentence.start, sentence.end, ("international",))
            company = bodies[0].organization.name if bodies else ""
        return company, "context"
    if kind == "state" or (kind == "any" and title.capitalised):
        delegation = _delegation_regex(lexicon).search(text_before)
        if delegation:
            # "Representing Mexico were the Secretary of the Interior, X; ...", "The U.S.
            # delegation was led by ...": the list's officials are that country's
            org = lexicon.organization(next(g for g in delegation.groups() if g))
            if org is not None and org.kind == "country":
                return org.name, "text"
        home, dominant = context.home, context.dominant.get("country", "")
        host = _host_country(sentence_text, title.start, context) if home.official else ""
        if host:
            return host, "context"
        # a government's page calls its own ministers by bare titles, and so does a wire
        # story from a country that it names; leaders of other countries ("President Xi")
        # are named by bare titles in a government's pages, while a wire story qualifies
        # them ("Canadian Prime Minister ...") and leaves its own place's leader bare
        own = home.official or home.country in context.named_countries
        source = "home" if home.official else "context"  # a dateline is the story's place
        if home.country and own and not (office and office.leader):
            return home.country, source
        if home.country and not home.official and context.names_as_noun(home.country):
            # but "as Prime minister Andreas Papandreou said Greece was ready": a leader
            # beside the country the story is about is that country's ("British" in "the
            # British Broadcasting Corporation" is no sign of a story from Britain)
            in_sentence = context.in_span(sentence.start, sentence.end, ("country",))
            if not any(
                m.organization.name == dominant and m.organization.alias_kind != "demonym"
                for m in in_sentence
            ):
                return home.country, source
        if home.country and not home.official and not context.story_about(dominant):
            dominant = ""  # "money from Iran arms sales": a passing mention, no story of Iran
        if not home.country:
            # no metadata: "Chancellor Gordon Brown" in a story that names Iraq only as a
            # place or a topic ("the Iraq controversy") is no Iraqi's; leave it to the corpus
            dominant = context.acting_country or dominant
        return (dominant, "context") if dominant else (home.country, source)
    if office is None:
        # "elements in the USDA, most notably undersecretary Daniel Amstutz": a post below
        # a minister is one in the ministry the sentence names before it
        ministries = context.in_span(sentence.start, sentence.start + title.start, ("ministry",))
        if ministries:
            return ministries[-1].organization.name, "text"
    return "", "context"


# "President Obama", "Deputy Secretary\nGraves": a title right before a name
_NAME_NEXT = re.compile(r"\s+[A-Z]")
# "..., said managing director Rodrigo Rato": a title right after a verb of saying
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told)\s+$")
# "Mr. Sullivan will meet with National Security Advisor Emmanuel Bonne": the one met
_MEETS_WITH = re.compile(
    r"\b(?:meet|meets|met|meeting|speak|speaks|spoke|talk|talks|talked)\s+with\s+$"
)


def _host_country(text: str, title_start: int, context: DocumentContext) -> str:
    """ "In Paris, Mr. Sullivan will meet with National Security Advisor Emmanuel Bonne": on
    a government's page, the official its envoy meets is the host's, when the sentence
    names one foreign country, by its name or by a place in it. Not when a title names who
    meets ("In Tokyo, Prime Minister Kishida met with Secretary Blinken"): either may be
    the host."""
    before = text[:title_start]
    if not _MEETS_WITH.search(before) or office_regex(context.lexicon).search(before):
        return ""
    countries = set(context.countries_in(text)) - {context.home.country}
    return countries.pop() if len(countries) == 1 else ""


@cache
def _delegation_regex(lexicon: Lexicon) -> re.Pattern[str]:
    org = lexicon.organization_pattern
    return re.compile(
        rf"\b[Rr]epresenting\s+(?:the\s+)?({org})\b(?!['’])"
        rf"|\b({org})\s+was\s+represented\s+by\b"
        rf"|\b({org})(?:['’]s)?\s+delegation\s+(?:was\s+(?:led\s+by|headed\s+by)|included)\b"
    )


@cache
def _status_word_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A word that ends a post ("former", "ex-", "ousted") before one to three words that
    name whose post it is or qualify it: "former Worldcom chief financial officer", "former
    Tory lord chancellor", "former presidential National Security Advisor"."""
    words = sorted(
        (q.word for q in lexicon.qualifiers if q.position == "before" and q.effect == "former"),
        key=len,
        reverse=True,
    )
    ended = "|".join(re.escape(w.strip("-")) for w in words)
    # a capitalised name (not a possessive: "former Soviet Union's minister" is a country's
    # past; not a day or a month: "late Friday, Chairman ..."), or an adjective in -al/-an
    qualifying = rf"(?!{_DAY_OR_MONTH}\b)[A-Z][\w&.-]*(?<!['’]s)(?<![.,])|[a-z]+(?:al|an)"
    # the word in lower case, or capitalised when it is a word of its own ("Former Delaware
    # Governor"), not an abbreviation's part ("Ex-Im President": the Export-Import Bank's)
    ended = rf"(?=[a-z])(?i:{ended})|(?=[A-Z])(?i:{ended})(?<=\w{{4}})"
    return re.compile(rf"(?<![\w-])(?:{ended})(?:\s+|-)(?:(?:{qualifying})\s+){{1,3}}$")


_DAY_OR_MONTH = f"(?:{DAY_NAMES}|{MONTH_NAMES})"


def _status(text: str, title: Title, name_end: int, lexicon: Lexicon) -> str:
    """The title's status; "former" also when the word stands before the title's body or an
    adjective ("former Fiat chief executive Giuseppe Morchio"), or when the sentence tells
    that the holder has left ("Chief executive X has stepped down")."""
    if title.status != "current":
        return title.status
    if _status_word_before(lexicon).search(text, max(0, title.start - 80), title.start):
        return "former"
    if name_end > title.end and departure_status(
        text[: title.start], text[title.start : title.end], text[name_end:], lexicon
    ):
        return "former"
    if (
        name_end > title.end
        and office_label(title).startswith(_deputy_prefixes(lexicon))
        and promotion_status(text[: title.start], text[name_end:], lexicon)
    ):
        return "former"
    return title.status


@cache
def _deputy_prefixes(lexicon: Lexicon) -> tuple[str, ...]:
    """ "Vice ", "Deputy ", "Under ": how a deputy's office label opens, from the qualifiers
    that make one."""
    return tuple(
        q.effect.removeprefix("office:") + " "
        for q in lexicon.qualifiers
        if q.effect.startswith("office:")
    )


@cache
def _of_regex(lexicon: Lexicon) -> re.Pattern[str]:
    # "Prime Minister Mark Brown of Cook Islands", "... of the Independent State of Samoa"
    state_of = (
        r"(?:(?:Independent\s+|Democratic\s+|Federal\s+)?"
        r"(?:State|Republic|Kingdom|Commonwealth|Federation|Principality)\s+of\s+(?:the\s+)?)?"
    )
    return re.compile(
        rf"\s+of\s+(?:the\s+)?{state_of}(?P<org>{lexicon.organization_pattern})(?![\w-])"
    )


def _of_after_name(text: str, end: int, lexicon: Lexicon, office_label: str) -> str:
    match = _of_regex(lexicon).match(text, end)
    org = lexicon.organization(match.group("org")) if match else None
    if org is None or org.alias_kind == "demonym":
        return ""
    office = lexicon.office(office_label)
    if org.kind == "region" and not (office and office.kind in ("explicit", "public", "region")):
        return ""  # "Speaker Jim Wright of Texas": his home state, not the Speaker's body
    return org.name


def extract_title_claims(document: Document, lexicon: Lexicon) -> list[Claim]:
    """Claims in a Markdown file's front-matter title ("Remarks by Vice President Harris"),
    each on the title line where the person's name stands."""
    title_lines = document.title_lines
    if not document.title or not title_lines:
        return []
    first_line = title_lines[0][0]
    padded = "\n" * (first_line - 1) + document.title + "\n"
    heading = dataclasses.replace(document, text=padded, line_offset=0)
    claims = []
    for claim in extract_claims(heading, Layout(padded, lexicon), lexicon):
        claims.append(
            dataclasses.replace(claim, line=_name_line(claim.person, title_lines), column=1)
        )
    return claims


def _name_line(person: str, title_lines: tuple[tuple[int, str], ...]) -> int:
    """The title line where the name begins, also when YAML wraps it ("Prime Minister
    Benjamin" / "Netanyahu of Israel"); the first line when the name is not found as written."""
    starts, joined = [], ""
    for number, raw in title_lines:
        starts.append((len(joined), number))
        joined += raw.strip().rstrip("\\") + " "  # a YAML line break escaped at its end
    found = re.search(r"\s+".join(map(re.escape, person.split())), joined)
    if found is None:
        surname = person.split()[-1]
        return next((n for n, raw in title_lines if surname in raw), title_lines[0][0])
    return max(number for offset, number in starts if offset <= found.start())
