"""Draw the articles of the hand-checked gold (tests/gold/*.csv) by a fixed random rule.

    python tests/gold/draw_sample.py [SHARED] [--drafts DIR]

Rule, per corpus: list every article (Reuters: every record of articles.jsonl; BBC: every
.txt under the five topic folders; White House: every .md under the five category folders),
sort by path and record id, shuffle with ``random.Random(20261123)``, and take articles in
that order, whether or not factcheck finds anything in them, until the articles taken hold
the corpus's target number of claims by the current extractor's count (Reuters 170, BBC
120, White House 170). White House pages over 300 lines (long press-briefing transcripts)
are passed over: a gold of many short documents measures more kinds of text than one
transcript of 90 claims. Every claim of every drawn article is then annotated by reading
the article; the extractor's count only decides where the draw stops.

Held-out samples (``--holdout N``): the same shuffled order, passing over the articles the
gold and the earlier held-out samples hold, taken until the smaller targets of
``HOLDOUT_TARGETS`` (Reuters 50, BBC 40, White House 50 claims by the extractor's count at the
time of the draw). Each is annotated blind and measured once before rules are written with
its errors in view, so that its first figures are those of text the rules were not tuned on
(``holdout_documents.csv`` / ``holdout_claims.csv``, then ``holdout2_...``).

Prints the drawn articles (corpus, path, record, claims found); with ``--drafts`` writes,
per corpus, the extractor's claims for the drawn articles as a starting point for the
annotators (never committed: the gold is what people checked, not what the tool said).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

import factcheck

SEED = 20261123
TARGETS = {"reuters": 170, "bbc": 120, "whitehouse": 170}
HOLDOUT_TARGETS = {"reuters": 50, "bbc": 40, "whitehouse": 50}
MAX_WHITE_HOUSE_LINES = 300


def articles(shared: Path, corpus: str) -> list[tuple[str, str]]:
    """(path relative to the corpora folder, record id or "") of every article."""
    root = shared / "corpora"
    if corpus == "reuters":
        path = root / "reuters21578-dev" / "articles.jsonl"
        with path.open(encoding="utf-8") as lines:
            ids = [json.loads(line)["id"] for line in lines if line.strip()]
        return sorted(("reuters21578-dev/articles.jsonl", i) for i in ids)
    if corpus == "bbc":
        files = [
            p
            for topic in ("business", "entertainment", "politics", "sport", "tech")
            for p in (root / "bbc" / topic).glob("*.txt")
        ]
    else:
        files = [
            p
            for p in (root / "whitehouse").glob("*/*/*.md")
            if len(p.read_text(encoding="utf-8").splitlines()) <= MAX_WHITE_HOUSE_LINES
        ]
    return sorted((p.relative_to(root).as_posix(), "") for p in files)


def draw(
    shared: Path,
    corpus: str,
    targets: dict[str, int] = TARGETS,
    passed_over: frozenset[tuple[str, str]] = frozenset(),
) -> list[tuple[str, str, list[dict[str, object]]]]:
    pool = articles(shared, corpus)
    random.Random(SEED).shuffle(pool)
    pool = [article for article in pool if article not in passed_over]
    drawn: list[tuple[str, str, list[dict[str, object]]]] = []
    total = 0
    jsonl_claims: dict[str, list[dict[str, object]]] = {}
    if corpus == "reuters":
        table = factcheck.run([shared / "corpora" / pool[0][0]]).claims
        for row in table.to_dict("records"):
            jsonl_claims.setdefault(str(row["record"]), []).append(row)
    for path, record in pool:
        if total >= targets[corpus]:
            break
        if corpus == "reuters":
            claims = jsonl_claims.get(record, [])
        else:
            claims = factcheck.run([shared / "corpora" / path]).claims.to_dict("records")
        drawn.append((path, record, claims))
        total += len(claims)
    return drawn


def _listed(name: str) -> list[tuple[str, str]]:
    """(doc, record) of every article a documents file of this folder lists."""
    with (Path(__file__).parent / name).open(encoding="utf-8") as handle:
        return [(row["doc"], row["record"]) for row in csv.DictReader(handle)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "shared", nargs="?", default=str(Path(__file__).resolve().parents[3] / "shared")
    )
    parser.add_argument("--drafts", help="folder for the annotators' draft CSVs")
    parser.add_argument(
        "--holdout", type=int, default=0, metavar="N", help="the N-th held-out sample (1, 2, ...)"
    )
    args = parser.parse_args()
    shared = Path(args.shared)
    targets, passed_over = TARGETS, frozenset[tuple[str, str]]()
    if args.holdout:
        earlier = ["documents.csv"] + [
            f"holdout{n if n > 1 else ''}_documents.csv" for n in range(1, args.holdout)
        ]
        passed_over = frozenset(article for name in earlier for article in _listed(name))
        targets = HOLDOUT_TARGETS
    for corpus in targets:
        drawn = draw(shared, corpus, targets, passed_over)
        for path, record, claims in drawn:
            print(corpus, path, record, len(claims), sep="\t")
        if args.drafts:
            out = Path(args.drafts)
            out.mkdir(parents=True, exist_ok=True)
            with (out / f"{corpus}-documents.txt").open("w", encoding="utf-8") as listing:
                listing.writelines(f"{path}\t{record}\n" for path, record, _ in drawn)
            with (out / f"{corpus}-draft.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(
                    [
                        "doc",
                        "record",
                        "line",
                        "person",
                        "office",
                        "organization",
                        "as_of",
                        "status",
                        "zone",
                        "quote",
                    ]
                )
                for path, record, claims in drawn:
                    for c in claims:
                        writer.writerow(
                            [
                                path,
                                record,
                                c["line"],
                                c["person"],
                                c["office"],
                                c["organization"],
                                c["as_of"] or "",
                                c["status"],
                                c["zone"],
                                c["quote"],
                            ]
                        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
