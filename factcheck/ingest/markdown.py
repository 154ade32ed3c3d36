"""Markdown articles with YAML (``---``) or TOML (``+++``) front matter, as static sites keep them.

The body after the front matter is the document's text; ``line_offset`` keeps its lines
numbered as in the file. Broken front matter is reported and the whole file is read as text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from typing import Any

import yaml

from factcheck.dates import as_date
from factcheck.ingest.dating import date_from_text
from factcheck.ingest.text import clean_title, first_line_title, read_txt
from factcheck.models import Document, InputProblem

# the lines that may close front matter, by the line that opened it; YAML may also end a
# document with "..." (pandoc writes it that way)
CLOSERS = {"---": ("---", "..."), "+++": ("+++",)}
DATE_KEYS = ("date", "published", "published_time", "pubdate", "publish_date")
# an ATX heading marker, dropped from a title taken from the body
HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
# yaml.safe_load's loader, in C when libyaml is there: five times faster on a folder of pages
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterError(ValueError):
    """Front matter that does not parse, or is not a mapping; the message says why."""


def read_markdown(path: str, text: str) -> tuple[list[Document], list[InputProblem]]:
    """One document for the Markdown file shown as ``path``; undated is left to the caller."""
    lines = text.split("\n")
    if lines[0].rstrip() not in CLOSERS:
        # no front matter: dated like a text file, titled by its first heading
        documents, problems = read_txt(path, text)
        return [replace(doc, title=_body_title([doc.title])) for doc in documents], problems
    try:
        matter, close = _front_matter(lines)
    except FrontMatterError as error:
        published, source = date_from_text(text)
        return [Document(path, text, published=published, published_from=source)], [
            InputProblem("bad-front-matter", path, str(error), line=1)
        ]
    body_lines = lines[close + 1 :]
    body = "\n".join(body_lines)
    published, date_key = _front_matter_date(matter)
    source = "front-matter"
    if published is None:
        published, source = date_from_text(body)
    meta = {key: value for key, value in matter.items() if key not in ("title", date_key)}
    title = clean_title(str(matter.get("title") or "")) or _body_title(body_lines)
    title_lines = _title_lines(lines[1:close], first=2) if matter.get("title") else []
    return [
        Document(
            path,
            body,
            line_offset=close + 1,
            published=published,
            published_from=source,
            title=title,
            meta=meta,
            title_lines=tuple(title_lines),
        )
    ], []


def _title_lines(block: list[str], first: int) -> list[tuple[int, str]]:
    """(file line, text) of the ``title`` key and its continuation lines, YAML's escapes
    read ("Mo\\xEFse" is "Moïse"), so that a name can be found on its line."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(block, start=first):
        if found and (line[:1].isspace() or not line.strip()):
            found.append((number, _unescape(line)))
        elif found:
            break
        elif re.match(r"title\s*[:=]", line):
            found.append((number, _unescape(line)))
    return found


# YAML's escapes in a double-quoted scalar: code points, "\_" (a no-break space), "\ "
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[_ ])")


def _unescape(line: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return " " if code in ("_", " ") else chr(int(code[1:], 16))

    return _ESCAPE.sub(one, line)


def _front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """The front-matter mapping and the index of its closing line.

    Raises FrontMatterError when it is never closed, does not parse, or is not a mapping.
    """
    opener = lines[0].rstrip()
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in CLOSERS[opener]), 0)
    if not close:
        raise FrontMatterError(f"front matter opened by {opener!r} on line 1 is never closed")
    block = "\n".join(lines[1:close])
    matter = _load_yaml(block) if opener == "---" else _load_toml(block)
    if matter is None:  # "---\n---": an empty block is an empty mapping
        return {}, close
    if not isinstance(matter, dict):
        raise FrontMatterError(
            f"front matter is a {type(matter).__name__}, not a mapping of keys to values"
        )
    # non-string YAML keys (2024: ...) are kept, under their text
    return {str(key): value for key, value in matter.items()}, close


def _load_yaml(source: str) -> Any:
    try:
        return yaml.load(source, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = error.problem or error.context or "invalid YAML"
        # marks count from 0 within the block, which starts on file line 2
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark else ""
        raise FrontMatterError(f"YAML front matter does not parse: {what}{where}") from error
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        # ValueError: a timestamp-shaped value that is no date ("date: 2024-13-45")
        raise FrontMatterError(f"YAML front matter does not parse: {error}") from error


def _load_toml(source: str) -> Any:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        # tomllib counts lines within the block, which starts on file line 2
        message = re.sub(r"\bline (\d+)", lambda m: f"line {int(m.group(1)) + 1}", str(error))
        raise FrontMatterError(f"TOML front matter does not parse: {message}") from error


def _front_matter_date(matter: dict[str, Any]) -> tuple[date | None, str]:
    """The first date key whose value reads as a date, and that key; ``(None, "")`` if none."""
    for key in DATE_KEYS:
        published = as_date(matter.get(key))
        if published is not None:
            return published, key
    return None, ""


def _body_title(lines: list[str]) -> str:
    return first_line_title([HEADING_RE.sub("", line) for line in lines])
