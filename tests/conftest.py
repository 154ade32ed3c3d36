"""Fixtures shared by the tests: where the seed articles and ../shared are."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "corpus: reads a whole corpus from ../shared/corpora (slower; skipped without it)",
    )


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the checkout; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent: {SHARED} holds the corpora and gold files")
    return SHARED


@pytest.fixture
def seeds_dir() -> Path:
    """The project's copies of the seed articles."""
    return Path(__file__).parents[1] / "seeds"
