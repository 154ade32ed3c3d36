"""A document's text cut into lines, sentences and zones, with offsets kept.

Every claim and mention is located by an offset into ``Document.text``; this module turns
offsets into file lines and columns and says which sentence (the quoted evidence) and which
zone (article or page furniture) an offset falls in.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import FurnitureMarker, Lexicon
from factcheck.models import Zone

# Words whose final dot does not end a sentence: titles, months, initials, "U.S.".
ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr st jr sr gen lt col maj capt sgt adm rep sen gov pres prof rev hon "
        "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd bros dept "
        "univ est approx fig al mt ft"
    ).split()
)
# a company's name ends with these; the dot after them ends the sentence too when a
# capitalised word follows ("known as Navistar International Transportation Corp. Neil
# Springer ...", "at Warner Bros. However, ..."), unless it is the name's next suffix ("Salomon
# Bros. Inc")
_COMPANY_ABBREVIATIONS = frozenset("inc corp co ltd bros".split())
_NEXT_WORD = re.compile(r"[\"'”’)\]>]*\s+[\"'“‘(]*(?P<word>[A-Za-z][\w.'’-]*)")
_END = re.compile(r"[.!?]+[\"'”’)\]>]*(?=\s)")  # ">": "... of <Acme Co.>" ends one
# a blank line (a no-break space is blank too: web pages keep one in an empty paragraph);
# Markdown's hard line break (two spaces at a line's end: one entry of a list of participants
# per line); an indented line after a sentence's end (wire copy's paragraphs, not a Markdown
# list item's continuation); a bullet. Every branch opens with the newline (the lookbehinds
# look back over it), so the engine can skip from one newline to the next
_BREAK = re.compile(
    r"\n[ \t\xa0]*\n|\n(?<=\S[ \t]{2}\n)|\n(?<=[.!?\"”’']\n)(?=[ \t]{2,}\S)|\n(?=\s*[*•·\-–] )"
)
_SHORT_LINE = 45  # an unpunctuated line this short is a headline, caption or label
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    zone: str


class Layout:
    """Lines, sentences and zones of one text."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        line_offset: int = 0,
        first_line_continues: bool = False,
    ) -> None:
        self.text = text
        self.line_offset = line_offset
        lines = text.split("\n")  # split once: zones, sentences and wrapping all read lines
        self.line_starts = list(
            itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0)
        )
        self.line_zones = _line_zones(lines, lexicon)
        self.sentences = [
            Sentence(s, e, self.line_zones[self.line_index(s)])
            for s, e in _split(text, lines, first_line_continues)
        ]
        self._sentence_starts = [s.start for s in self.sentences]

    def line_index(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset, lines counted in the file."""
        index = self.line_index(offset)
        return index + 1 + self.line_offset, offset - self.line_starts[index] + 1

    def sentence_at(self, offset: int) -> Sentence:
        index = max(bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[index]

    def quote(self, sentence: Sentence) -> str:
        return " ".join(self.text[sentence.start : sentence.end].split())


@cache
def _any_furniture(markers: tuple[FurnitureMarker, ...]) -> re.Pattern[str]:
    """One pattern that matches a line when some marker does: most lines are article text,
    and one match per line is much cheaper than one per marker (each marker is still tried,
    in order, on the few lines this lets through, since the first decides the extent)."""
    union = "|".join(f"(?:{m.pattern.pattern})" for m in markers)
    return re.compile(union or r"(?!)", re.IGNORECASE)


def _line_zones(lines: list[str], lexicon: Lexicon) -> list[str]:
    zones: list[str] = []
    rest = False
    any_furniture = _any_furniture(lexicon.furniture)
    furniture, article = Zone.FURNITURE.value, Zone.ARTICLE.value  # an enum lookup per line costs
    for raw in lines:
        line = raw.strip()
        marker = None
        if any_furniture.fullmatch(line):
            marker = next((m for m in lexicon.furniture if m.pattern.fullmatch(line)), None)
        rest = rest or bool(marker and marker.rest)
        zones.append(furniture if rest or marker else article)
    return zones


def _split(
    text: str, lines: list[str], first_line_continues: bool = False
) -> list[tuple[int, int]]:
    """Sentence spans: paragraph breaks, sentence-final punctuation, headline lines (not the
    first line when it continues a line cut before the text, as a wire dateline's).
    ``lines`` is ``text.split("\n")``."""
    cuts = {0, len(text)}
    for match in _BREAK.finditer(text):
        cuts.add(match.start())
    for match in _END.finditer(text):
        if not _is_abbreviation(text, match.start()):
            cuts.add(match.end())
    wrapped = _hard_wrapped(lines)
    line_start = 0
    for raw in lines[:-1]:  # each of these lines ends in a newline, at line_end
        line_end = line_start + len(raw)
        line = raw.strip()
        headline = not wrapped and not (first_line_continues and line_start == 0)
        if (headline and line and len(line) <= _SHORT_LINE and line[-1] not in ",;-–—(") or (
            line and line[-1] in '.!?:"”' and not _is_abbreviation(text, line_end - 1)
        ):
            cuts.add(line_end)
        line_start = line_end + 1
    spans = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether lines are wrapped inside paragraphs (wire copy, email): then a short line is
    the end of a wrapped sentence, not a headline. Told by how often a line that does not end
    a sentence is followed by one that starts in lower case."""
    open_lines = lower_next = 0
    for line, following in itertools.pairwise(lines):
        stripped = line.rstrip()
        if stripped and stripped[-1] not in '.!?:"”' and following.strip():
            open_lines += 1
            lower_next += following.lstrip()[:1].islower()
    return open_lines >= 3 and lower_next * 3 >= open_lines


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE_DOT.search(text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "George W. Bush"
    if "." in token:
        return True  # "U.S.", "U.N." end sentences rarely enough to keep them whole
    if token.lower() in _COMPANY_ABBREVIATIONS:
        following = _NEXT_WORD.match(text, dot + 1)
        after = following["word"].rstrip(".,") if following else ""
        return not after[:1].isupper() or after.lower() in _COMPANY_ABBREVIATIONS
    return token.lower() in ABBREVIATIONS
