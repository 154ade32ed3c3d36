"""The whole of ../shared/corpora (20,288 articles) through the whole pipeline, with the
reference timelines: no crash, every document read, and sane totals. Slow (about two
minutes); skipped without ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck


@pytest.mark.corpus
def test_all_dev_corpora_run_through(shared_dir: Path) -> None:
    reference = shared_dir / "reference"
    result = factcheck.run(
        [shared_dir / "corpora"],
        reference=[reference / "officeholders.csv", reference / "name_variants.csv"],
    )
    assert len(result.documents) > 20_000
    assert len(result.claims) > 10_000
    assert result.reference is not None and result.reference.agree > 5_000
    codes = {f.code for f in result.findings}
    assert {"FC102", "FC201", "FC202"} <= codes
    # undated BBC stories are reported; no file is unreadable
    assert "FC001" not in codes and "FC005" in codes
