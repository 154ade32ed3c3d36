"""``factcheck index``: read a corpus into the store. A file whose bytes hash as they did
when it was stored is not read again: its rows are carried over."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from factcheck.globs import FileSelection
from factcheck.ingest import read_source
from factcheck.ingest.walk import expand_paths
from factcheck.layout import Layout
from factcheck.lexicon import load
from factcheck.pipeline import document_claims
from factcheck.store.documents import SCHEMA, document_row
from factcheck.store.keys import document_keys
from factcheck.store.layout import (
    DOCUMENTS,
    KEYS,
    discard,
    live_version,
    new_version,
    publish,
)
from factcheck.suppress import split_directives

# one row per key, sorted: the articles that have it, and on office keys their claims' dates
KEYS_SCHEMA = pa.schema(
    [("key", pa.string()), ("docs", pa.list_(pa.int64())), ("dates", pa.list_(pa.date32()))]
)
# small row groups: a lookup reads only the groups whose key range can hold the key
KEY_ROW_GROUP = 512
DOCUMENT_ROW_GROUP = 512


def stored_files(version: Path) -> dict[str, str]:
    """file -> sha256 of the files a store version holds."""
    table = pq.read_table(version / DOCUMENTS, columns=["file", "sha256"])
    return dict(
        zip(table.column("file").to_pylist(), table.column("sha256").to_pylist(), strict=True)
    )


@dataclass(frozen=True)
class IndexSummary:
    files: int
    read: int  # new or changed files read
    unchanged: int  # carried over without reading
    dropped: int  # stored files no longer given
    documents: int
    problems: tuple[str, ...]  # files that could not be read, with the reason

    def sentence(self, store: Path) -> str:
        said = (
            f"store {store}: {self.files} files ({self.read} read, {self.unchanged} unchanged,"
            f" {self.dropped} dropped), {self.documents} documents"
        )
        return said + "".join(f"\n  skipped {problem}" for problem in self.problems)


def index_paths(
    paths: Sequence[str | os.PathLike[str]],
    store: Path,
    selection: FileSelection | None = None,
    keep_others: bool = False,
) -> IndexSummary:
    """Make the store hold the articles under ``paths``; with ``keep_others`` (``check
    --update-store``) the files stored before stay too, otherwise the store becomes exactly
    ``paths``' files."""
    old_version = live_version(store)
    old_files = stored_files(old_version) if old_version else {}
    sources, _ = expand_paths(paths, selection)
    lexicon = load()
    # file -> its articles' rows and keys
    fresh_rows: dict[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {}
    hashes: dict[str, str] = {}
    problems: list[str] = []
    for source in sources:
        try:
            sha256 = hashlib.sha256(source.disk.read_bytes()).hexdigest()
        except OSError as error:
            problems.append(f"{source.shown}: {error.strerror or error}")
            continue
        hashes[source.shown] = sha256
        if old_files.get(source.shown) == sha256:
            continue
        documents, trouble = read_source(source)
        documents, _ = split_directives(documents)
        if not documents and trouble:
            problems.append(f"{source.shown}: {trouble[0].reason}")
        rows: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        for document in documents:
            layout = Layout(
                document.text, lexicon, document.line_offset, document.first_line_continues
            )
            claims = document_claims(document, layout, lexicon)
            keys = [{"key": k, "as_of": d} for k, d in document_keys(document, claims)]
            rows.append((document_row(0, source.shown, sha256, document), keys))
        fresh_rows[source.shown] = rows
    unchanged = {f for f, h in hashes.items() if f not in fresh_rows and old_files.get(f) == h}
    kept = {f for f in old_files if f not in hashes} if keep_others else set()
    files = {**{f: old_files[f] for f in kept}, **hashes}
    files = {f: files[f] for f in sorted(files) if f in unchanged | kept or f in fresh_rows}
    version = new_version(store)
    try:
        documents_table, keys_table = _tables(old_version, unchanged | kept, fresh_rows)
        pq.write_table(documents_table, version / DOCUMENTS, row_group_size=DOCUMENT_ROW_GROUP)
        pq.write_table(keys_table, version / KEYS, row_group_size=KEY_ROW_GROUP)
        counts = {"files": len(files), "documents": documents_table.num_rows}
        publish(store, version, {**counts, "keys": keys_table.num_rows})
    except BaseException:
        discard(version)  # the old version stays live: CURRENT was not replaced
        raise
    return IndexSummary(
        files=len(files),
        read=len(fresh_rows),
        unchanged=len(unchanged),
        dropped=len([f for f in old_files if f not in files]),
        documents=documents_table.num_rows,
        problems=tuple(problems),
    )


def _tables(
    old_version: Path | None,
    carried: set[str],
    fresh_rows: dict[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]],
) -> tuple[pa.Table, pa.Table]:
    """The new documents and keys tables: carried files' rows from the old version, then the
    files read now, each article numbered afresh in file order."""
    doc_rows: list[dict[str, Any]] = []
    key_rows: list[dict[str, Any]] = []
    by_file: dict[str, list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {}
    if old_version is not None and carried:
        old_docs = pq.read_table(
            old_version / DOCUMENTS, filters=[("file", "in", sorted(carried))]
        ).to_pylist()
        keys_of = _keys_by_document(old_version, {row["doc"] for row in old_docs})
        for row in old_docs:
            by_file.setdefault(row["file"], []).append((row, keys_of.get(row["doc"], [])))
    by_file.update(fresh_rows)
    for file in sorted(by_file):
        for row, keys in by_file[file]:
            number = len(doc_rows)
            doc_rows.append({**row, "doc": number})
            key_rows.extend({"key": k["key"], "doc": number, "as_of": k["as_of"]} for k in keys)
    return pa.Table.from_pylist(doc_rows, schema=SCHEMA), grouped_keys(key_rows)


def grouped_keys(rows: list[dict[str, Any]]) -> pa.Table:
    """(key, doc, as_of) rows as the keys table: one row per key, sorted."""
    grouped: dict[str, list[tuple[int, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["key"], []).append((row["doc"], row["as_of"]))
    keys = sorted(grouped)
    return pa.table(
        {
            "key": keys,
            "docs": [[doc for doc, _ in sorted(grouped[k], key=_by_doc)] for k in keys],
            "dates": [[day for _, day in sorted(grouped[k], key=_by_doc)] for k in keys],
        },
        schema=KEYS_SCHEMA,
    )


def _by_doc(entry: tuple[int, Any]) -> tuple[int, Any]:
    return (entry[0], entry[1] or date.min)


def _keys_by_document(version: Path, docs: set[int]) -> dict[int, list[dict[str, Any]]]:
    """The key rows of ``docs`` in a stored version (the keys table is read whole: an index
    run reads the corpus anyway)."""
    found: dict[int, list[dict[str, Any]]] = {}
    table = pq.read_table(version / KEYS)
    for key, members, dates in zip(
        table.column("key").to_pylist(),
        table.column("docs").to_pylist(),
        table.column("dates").to_pylist(),
        strict=True,
    ):
        for doc, day in zip(members, dates, strict=True):
            if doc in docs:
                found.setdefault(doc, []).append({"key": key, "as_of": day})
    return found
