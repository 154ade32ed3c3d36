"""Ingest: the files a user names, read into ``Document`` records and ``InputProblem`` notes.

One reader per format (``text``, ``markdown``, ``jsonl``), chosen by extension; every reader
takes the path as reports show it and the decoded text, and returns what it read and what was
wrong. Bad input never raises: each failure is a problem, and reading goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace

from factcheck.globs import FileSelection
from factcheck.ingest.dating import undated_problem
from factcheck.ingest.decode import decode_entities, read_file
from factcheck.ingest.jsonl import read_jsonl
from factcheck.ingest.markdown import read_markdown
from factcheck.ingest.text import read_txt
from factcheck.ingest.walk import Source, expand_paths
from factcheck.models import Document, InputProblem

__all__ = ["read_inputs"]

Reader = Callable[[str, str], tuple[list[Document], list[InputProblem]]]
# any other extension, named explicitly, is read as plain text
READERS: dict[str, Reader] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".jsonl": read_jsonl,
}


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    selection: FileSelection | None = None,
) -> tuple[list[Document], list[InputProblem]]:
    """Read every file and folder in ``paths`` into documents, and say what was wrong.

    Documents come in path order (folders sorted by posix path), then record order. Problems
    for paths that do not exist come first, then each file's problems in the same order.
    """
    sources, problems = expand_paths(paths, selection)
    documents: list[Document] = []
    for source in sources:
        found, trouble = read_source(source)
        documents.extend(found)
        problems.extend(trouble)
    return documents, problems


def read_source(source: Source) -> tuple[list[Document], list[InputProblem]]:
    """The documents in one file, and its problems (an undated document is one of them)."""
    text, problems = read_file(source.disk, source.shown)
    if text is None:
        return [], problems
    documents, trouble = READERS.get(source.suffix, read_txt)(source.shown, text)
    problems.extend(trouble)
    # entities are undone per document, after parsing: "&quot;" must not break JSON
    documents = [
        replace(doc, text=decode_entities(doc.text), title=decode_entities(doc.title))
        for doc in documents
    ]
    # checked here, once for every format, so that no reader can forget it
    problems.extend(
        undated_problem(doc.path, doc.record) for doc in documents if doc.published is None
    )
    return documents, problems
