"""JSON Lines: one article per line, ``{"id", "date", "title", "text", ...}``.

A broken line is reported with its file line and skipped; the other records are still read.
Locations inside a record count lines of its ``text``, so ``line_offset`` is 0.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from factcheck.dates import as_date
from factcheck.ingest.dating import date_from_text
from factcheck.ingest.decode import normalise_newlines
from factcheck.ingest.text import clean_title
from factcheck.models import Document, InputProblem

DATE_KEYS = ("date", "published", "timestamp")
OWN_KEYS = frozenset({"id", "date", "title", "text"})  # the rest goes to Document.meta


class BrokenRecord(ValueError):
    """A line that is not a usable record; the message says why."""


def read_jsonl(path: str, text: str) -> tuple[list[Document], list[InputProblem]]:
    """One document per good record of the JSON Lines file shown as ``path``."""
    documents: list[Document] = []
    problems: list[InputProblem] = []
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        number = index + 1
        record = f"line-{number}"
        try:
            value = _load(line)
            record = _record_id(value, record)
            documents.append(_document(path, record, value))
        except BrokenRecord as error:
            problems.append(InputProblem("broken-record", path, str(error), record, number))
    return documents, problems


def _load(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        # the message without json's "line 1" (the line is the file line, reported apart)
        raise BrokenRecord(f"invalid JSON: {error.msg} at column {error.colno}") from error
    except RecursionError as error:
        raise BrokenRecord("invalid JSON: nested too deeply") from error
    if not isinstance(value, dict):
        raise BrokenRecord(f"not a JSON object but {_json_type(value)}")
    return value


def _record_id(value: dict[str, Any], fallback: str) -> str:
    raw = value.get("id")
    return fallback if raw is None or str(raw) == "" else str(raw)


def _document(path: str, record: str, value: dict[str, Any]) -> Document:
    body = value.get("text")
    if not isinstance(body, str):
        what = "missing" if body is None else _json_type(body)
        raise BrokenRecord(f'no "text" string in the record ({what})')
    body = normalise_newlines(body)
    published, source = _record_date(value), "jsonl"
    if published is None:
        published, source = date_from_text(body)
    title = value.get("title")
    return Document(
        path,
        body,
        record=record,
        published=published,
        published_from=source,
        title=clean_title(title) if isinstance(title, str) else "",
        meta={key: item for key, item in value.items() if key not in OWN_KEYS},
    )


def _record_date(value: dict[str, Any]) -> date | None:
    for key in DATE_KEYS:
        published = as_date(value.get(key))
        if published is not None:
            return published
    return None


def _json_type(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }
    return names.get(type(value), "null")
