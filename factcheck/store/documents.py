"""Articles as Parquet rows and back: everything ingest read from a file, so that a stored
article goes through the pipeline exactly as it did when its file was read."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pyarrow as pa

from factcheck.models import Document

SCHEMA = pa.schema(
    [
        ("doc", pa.int64()),
        ("file", pa.string()),  # the path as reports show it
        ("sha256", pa.string()),  # of the file's bytes
        ("path", pa.string()),
        ("record", pa.string()),
        ("text", pa.string()),
        ("line_offset", pa.int64()),
        ("published", pa.date32()),
        ("published_from", pa.string()),
        ("title", pa.string()),
        ("meta", pa.string()),  # JSON
        ("title_lines", pa.string()),  # JSON
    ]
)


def document_row(doc: int, file: str, sha256: str, document: Document) -> dict[str, Any]:
    return {
        "doc": doc,
        "file": file,
        "sha256": sha256,
        "path": document.path,
        "record": document.record,
        "text": document.text,
        "line_offset": document.line_offset,
        "published": document.published,
        "published_from": document.published_from,
        "title": document.title,
        # front matter may hold dates and other YAML values: kept as text, as reports show
        "meta": json.dumps(document.meta, sort_keys=True, default=str),
        "title_lines": json.dumps(document.title_lines),
    }


def row_document(row: dict[str, Any]) -> Document:
    published = row["published"]
    return Document(
        path=row["path"],
        text=row["text"],
        record=row["record"],
        line_offset=row["line_offset"],
        published=published if isinstance(published, date) else None,
        published_from=row["published_from"],
        title=row["title"],
        meta=json.loads(row["meta"]),
        title_lines=tuple((int(line), str(text)) for line, text in json.loads(row["title_lines"])),
    )
