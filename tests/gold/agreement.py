"""How far two annotators agree: the gold against a second, blind annotation of a sample.

    python tests/gold/agreement.py

A second annotator read the articles of ``agreement_documents.csv`` (100 of the gold's
articles: 50 Reuters, 30 BBC, 20 White House, drawn with ``random.Random(20261124)`` from
``documents.csv`` per corpus) under the same guideline (README.md), without seeing the gold
or the extractor's output, and wrote ``second_annotation.csv``. This script scores one
against the other with ``factcheck eval``'s matching, both ways: the second annotation's
"precision" is the share of its claims the gold has, its "recall" the share of the gold's
claims it has. The figures bound what any extractor can be measured to reach on this gold.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pandas as pd

from factcheck.evaluate import evaluate, read_gold, read_scope, scores_table
from factcheck.lexicon import load

HERE = Path(__file__).parent


def as_claims(path: Path) -> pd.DataFrame:
    """A gold-format CSV as a claims table that ``evaluate`` scores."""
    rows = [
        {
            "path": g.doc,
            "record": g.record or None,
            "line": g.line,
            "person": g.person,
            "office": g.office,
            "organization": g.organization,
            # the first acceptable date stands for the annotator's reading
            "as_of": date.fromisoformat(min(g.as_of)) if min(g.as_of) else None,
            "status": g.status,
            "zone": "article",
        }
        for g in read_gold(path)
    ]
    return pd.DataFrame(rows)


def main() -> int:
    scope = read_scope(HERE / "agreement_documents.csv")
    gold = [g for g in read_gold(HERE / "claims.csv") if (g.doc, g.record) in scope]
    second = HERE / "second_annotation.csv"
    scores = evaluate(as_claims(second), gold, load(), scope)
    sys.stdout.write(f"gold: {len(gold)} claims; second annotation: {len(read_gold(second))}\n")
    sys.stdout.write(scores_table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
