"""Golden test: the reports on the seed articles equal the committed ``reports/seeds.*``.

``factcheck check seeds --format markdown`` and ``--format json``, run from the repository
root (so that paths read ``seeds/...``), must print exactly, byte for byte, what is in
``reports/seeds.md`` and ``reports/seeds.json``.

Regenerate on purpose only: when a change to the output is intended, run

    FACTCHECK_REGENERATE=1 .venv/bin/python -m pytest tests/test_golden.py

which (re)writes the two files instead of comparing (those tests then report "skipped"), review
the diff of ``reports/``, commit it, and run the test again without the variable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "reports"
GOLDEN = {"markdown": REPORTS / "seeds.md", "json": REPORTS / "seeds.json"}
REGENERATE = os.environ.get("FACTCHECK_REGENERATE") == "1"


def report(fmt: str) -> bytes:
    """Standard output of ``python -m factcheck check seeds --format FMT`` in the repo root."""
    # the report is UTF-8; pin the stream's encoding so the machine's locale cannot change it
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "seeds", "--format", fmt],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr.decode("utf-8", "replace")
    assert done.stderr == b""
    return done.stdout


@pytest.mark.parametrize("fmt", sorted(GOLDEN))
def test_seeds_report_equals_the_committed_one(fmt: str) -> None:
    golden = GOLDEN[fmt]
    actual = report(fmt)
    if REGENERATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual)
        pytest.skip(f"FACTCHECK_REGENERATE=1: wrote {golden.relative_to(REPO)}, not compared")
    assert golden.is_file(), (
        f"{golden.relative_to(REPO)} is missing; create it with "
        "FACTCHECK_REGENERATE=1 (see this module's docstring)"
    )
    expected = golden.read_bytes()
    if actual != expected:  # a line-level diff reads better than two long byte strings
        assert actual.decode("utf-8").splitlines() == expected.decode("utf-8").splitlines()
    assert actual == expected


@pytest.mark.parametrize("fmt", sorted(GOLDEN))
def test_two_runs_are_byte_identical(fmt: str) -> None:
    assert report(fmt) == report(fmt)
