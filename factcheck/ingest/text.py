"""Plain-text articles: the whole file is the text, dated by a ``date`` header or the text."""

from __future__ import annotations

from factcheck.ingest.dating import date_from_text, header_date
from factcheck.models import Document, InputProblem

MAX_TITLE = 200


def read_txt(path: str, text: str) -> tuple[list[Document], list[InputProblem]]:
    """One document for the text file shown as ``path``; undated is left to the caller."""
    published, source = header_date(text), "header"
    if published is None:
        published, source = date_from_text(text)
    # the header line is metadata, not the headline; the text keeps it so line numbers stay
    title_lines = text.split("\n")[1 if source == "header" else 0 :]
    return [
        Document(
            path,
            text,
            published=published,
            published_from=source,
            title=first_line_title(title_lines),
        )
    ], []


def first_line_title(lines: list[str]) -> str:
    """The first non-empty line, as a title."""
    return clean_title(next((line for line in lines if line.strip()), ""))


def clean_title(title: str) -> str:
    """``title`` on one line with single spaces (also for no-break spaces), at most 200 chars."""
    return " ".join(title.split())[:MAX_TITLE]
