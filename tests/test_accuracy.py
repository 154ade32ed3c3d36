"""The accuracy gate: precision and recall of the claims on the hand-checked gold.

The gold (tests/gold/, drawn by tests/gold/draw_sample.py) names 1,049 articles of the dev
corpora in ../shared/corpora; three held-out samples name more, each annotated blind before
it was first measured (the figures on text the rules were not tuned on). The test copies the
articles into a temporary folder (the same files, the Reuters records as a smaller JSON Lines
file), runs factcheck on it and fails when a score drops below the floor pinned here: raise
the floors when the extractor gets better, never lower them to make a change pass. Skipped
without ../shared.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.evaluate import GOLD_FILE_COLUMNS, evaluate, read_gold, read_scope
from factcheck.lexicon import load

GOLD = Path(__file__).parent / "gold"
# floors: the scores measured when they were last raised, rounded down. When matching stopped
# reading a body named after a country as that country ("Texas Instruments" is not "Texas"),
# the claim recall floor was lowered to 0.88 for a day: a stricter measure, not a worse
# extractor; it is back at 0.89. The claim precision floor is the target, 0.95
FLOORS = {
    "claim (all fields)": (0.95, 0.89),
    "person": (0.99, 0.93),
    "person + organization": (0.95, 0.89),
    "person + as_of": (0.99, 0.93),
    "person + status": (0.99, 0.93),
}


# the first held-out sample, a dev set since its first measure (0.773 / 0.611 on whole claims)
HOLDOUT_FLOORS = {
    "claim (all fields)": (0.89, 0.78),
    "person": (0.99, 0.87),
    "person + organization": (0.91, 0.80),
}


# the second held-out sample, a dev set since its first measure (0.776 / 0.678 on whole claims)
HOLDOUT2_FLOORS = {
    "claim (all fields)": (0.80, 0.72),
    "person": (0.98, 0.87),
    "person + organization": (0.84, 0.75),
}


# the third held-out sample: first measure 0.750 / 0.593 on whole claims; rules written after
# it (directors of public bodies; a government's own leaders) moved it
HOLDOUT3_FLOORS = {
    "claim (all fields)": (0.77, 0.63),
    "person": (0.97, 0.80),
    "person + organization": (0.84, 0.69),
}


def copy_articles(documents_csv: Path, root: Path) -> Path:
    """The articles ``documents_csv`` names, copied from ../shared/corpora under ``root``."""
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpora"
    if not shared.is_dir():
        pytest.skip(f"../shared is absent: {shared} holds the articles the gold names")
    with open(documents_csv, encoding="utf-8") as handle:
        documents = list(csv.DictReader(handle))
    records = {d["record"] for d in documents if d["record"]}
    jsonl = Path("reuters21578-dev/articles.jsonl")
    (root / jsonl).parent.mkdir(parents=True)
    with (
        open(shared / jsonl, encoding="utf-8") as source,
        open(root / jsonl, "w", encoding="utf-8") as target,
    ):
        target.writelines(line for line in source if json.loads(line)["id"] in records)
    for document in documents:
        if not document["record"]:
            (root / document["doc"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shared / document["doc"], root / document["doc"])
    return root


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("prefix", "floors"),
    [
        ("", FLOORS),
        ("holdout_", HOLDOUT_FLOORS),
        ("holdout2_", HOLDOUT2_FLOORS),
        ("holdout3_", HOLDOUT3_FLOORS),
    ],
    ids=["gold", "holdout", "holdout2", "holdout3"],
)
def test_accuracy_gate(tmp_path: Path, prefix: str, floors: dict[str, tuple[float, float]]) -> None:
    corpus = copy_articles(GOLD / f"{prefix}documents.csv", tmp_path)
    result = factcheck.run([corpus])
    scores = {
        s.name: s
        for s in evaluate(
            result.claims,
            read_gold(GOLD / f"{prefix}claims.csv"),
            load(),
            read_scope(GOLD / f"{prefix}documents.csv"),
        )
    }
    for name, (precision, recall) in floors.items():
        score = scores[name]
        assert score.precision >= precision, f"{name}: precision {score.precision:.3f}"
        assert score.recall >= recall, f"{name}: recall {score.recall:.3f}"


def annotation_rows(name: str) -> list[dict[str, str]]:
    """The rows of an annotation file, checked to be ids, lines and fields only: no article
    text (the corpora must not be copied here)."""
    with open(GOLD / name, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == GOLD_FILE_COLUMNS
    assert all(len(r["note"]) <= 200 for r in rows)
    return rows


def test_gold_files_hold_no_article_text() -> None:
    rows = annotation_rows("claims.csv")
    assert len(rows) >= 400
    by_corpus = {
        c: sum(r["doc"].startswith(c) for r in rows)
        for c in ("reuters21578-dev", "bbc", "whitehouse")
    }
    assert by_corpus["reuters21578-dev"] >= 150 and by_corpus["bbc"] >= 100
    assert by_corpus["whitehouse"] >= 150


def test_second_annotation_covers_only_the_agreement_sample_and_holds_no_article_text() -> None:
    rows = annotation_rows("second_annotation.csv")
    sample = read_scope(GOLD / "agreement_documents.csv")
    assert len(sample) == 100
    assert {(r["doc"], r["record"]) for r in rows} <= sample
    assert sample <= read_scope(GOLD / "documents.csv")


@pytest.mark.parametrize(
    ("prefix", "earlier"),
    [
        ("holdout_", ["documents.csv"]),
        ("holdout2_", ["documents.csv", "holdout_documents.csv"]),
        ("holdout3_", ["documents.csv", "holdout_documents.csv", "holdout2_documents.csv"]),
    ],
)
def test_a_holdout_is_apart_from_earlier_samples_and_holds_no_article_text(
    prefix: str, earlier: list[str]
) -> None:
    rows = annotation_rows(f"{prefix}claims.csv")
    holdout = read_scope(GOLD / f"{prefix}documents.csv")
    assert {(r["doc"], r["record"]) for r in rows} <= holdout
    for name in earlier:
        assert not holdout & read_scope(GOLD / name)
