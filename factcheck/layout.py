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

from factcheck.lexicon import Lexicon
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
# list item's continuation); a bullet
_BREAK = re.compile(
    r"\n[ \t\xa0]*\n|(?<=\S[ \t]{2})\n|(?<=[.!?\"”’'])\n(?=[ \t]{2,}\S)|\n(?=\s*[*•·\-–] )"
)
_SHORT_LINE = 45  # an unpunctuated line this short is a headline, caption or label


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
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.line_zones = _line_zones(text, self.line_starts, lexicon)
        self.sentences = [
            Sentence(s, e, self.line_zones[self.line_index(s)])
            for s, e in _split(text, first_line_continues)
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


def _line_zones(text: str, line_starts: list[int], lexicon: Lexicon) -> list[str]:
    zones: list[str] = []
    rest = False
    for index, start in enumerate(line_starts):
        end = line_starts[index + 1] - 1 if index + 1 < len(line_starts) else len(text)
        line = text[start:end].strip()
        marker = next((m for m in lexicon.furniture if m.pattern.fullmatch(line)), None)
        rest = rest or bool(marker and marker.rest)
        zones.append(Zone.FURNITURE.value if rest or marker else Zone.ARTICLE.value)
    return zones


def _split(text: str, first_line_continues: bool = False) -> list[tuple[int, int]]:
    """Sentence spans: paragraph breaks, sentence-final punctuation, headline lines (not the
    first line when it continues a line cut before the text, as a wire dateline's)."""
    cuts = {0, len(text)}
    for match in _BREAK.finditer(text):
        cuts.add(match.start())
    for match in _END.finditer(text):
        if not _is_abbreviation(text, match.start()):
            cuts.add(match.end())
    wrapped = _hard_wrapped(text)
    line_start = 0
    for match in re.finditer("\n", text):
        line = text[line_start : match.start()].strip()
        headline = not wrapped and not (first_line_continues and line_start == 0)
        if (headline and line and len(line) <= _SHORT_LINE and line[-1] not in ",;-–—(") or (
            line and line[-1] in '.!?:"”' and not _is_abbreviation(text, match.start() - 1)
        ):
            cuts.add(match.start())
        line_start = match.end()
    spans = []
    ordered = sorted(cuts)
    for start, end in itertools.pairwise(ordered):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def _hard_wrapped(text: str) -> bool:
    """Whether lines are wrapped inside paragraphs (wire copy, email): then a short line is
    the end of a wrapped sentence, not a headline. Told by how often a line that does not end
    a sentence is followed by one that starts in lower case."""
    open_lines = lower_next = 0
    lines = text.split("\n")
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
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
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
