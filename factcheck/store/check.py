"""``factcheck check NEW... --store DIR``: the new articles and the stored ones that can
matter to them go through the pipeline together; the findings to report are those that touch
a new article (the stored articles' own findings were known when they were indexed)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.globs import FileSelection
from factcheck.ingest import read_inputs
from factcheck.layout import Layout
from factcheck.lexicon import load
from factcheck.models import Result
from factcheck.pipeline import PathLike, document_claims, run_documents
from factcheck.store.select import related_documents
from factcheck.suppress import split_directives


def run_against_store(
    paths: Sequence[PathLike],
    store: Path,
    reference: Sequence[PathLike] | None = None,
    *,
    selection: FileSelection | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Result, frozenset[Path]]:
    """The result on the new articles under ``paths`` and their related stored ones, and the
    new files (absolute), whose findings are the ones to report."""
    documents, problems = read_inputs(list(paths), selection)
    lexicon = load()
    claims = [
        claim
        for document in split_directives(documents)[0]
        for claim in document_claims(
            document,
            Layout(document.text, lexicon, document.line_offset, document.first_line_continues),
            lexicon,
        )
    ]
    related = related_documents(store, documents, claims)
    result = run_documents([*documents, *related], problems, reference, progress=progress)
    new_files = {d.path for d in documents} | {p.path for p in problems}
    return result, frozenset(Path(os.path.abspath(path)) for path in new_files)
