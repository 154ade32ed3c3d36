"""Checking one new article against a claims store of 1,000,000 claims: time and memory.

    python benchmarks/store.py [--claims N] [--store DIR] [--article FILE]

Builds a synthetic store (articles of four claims each: invented people holding real offices
of real countries on dates over ten years, plus a few hundred articles about the seeds'
people), then checks the article (default: the Kyiv Independent seed) against it in a fresh
process, after a warm-up check, and prints the figures. It asserts nothing: the goal (< 1 s
beyond start-up) is tracked here, never in a timed test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "002_6ac269046d865cba.txt"
OFFICES = ("Finance Minister", "Foreign Minister", "Prime Minister", "Defence Minister")
COUNTRIES = (
    "France", "Germany", "Italy", "Spain", "Poland", "Japan", "Canada", "Brazil", "India",
    "Kenya", "Chile", "Norway", "Sweden", "Egypt", "Mexico", "Turkey", "Greece", "Peru",
)  # fmt: skip
SYLLABLES = ("ka", "lo", "mi", "ra", "ten", "vo", "su", "be", "dan", "or", "li", "pe", "zu")
CLAIMS_PER_ARTICLE = 4


def _name(rng: random.Random) -> tuple[str, str]:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return word(), word()


def build(store: Path, claims: int, seed: int = 20261123) -> dict[str, float]:
    """Write a synthetic store of ``claims`` claims the way ``factcheck index`` lays it out."""
    from factcheck.models import Document
    from factcheck.normalise.names import name_key, person_key
    from factcheck.store.documents import SCHEMA, document_row
    from factcheck.store.index import DOCUMENT_ROW_GROUP, KEY_ROW_GROUP, grouped_keys
    from factcheck.store.layout import DOCUMENTS, KEYS, new_version, publish

    started = time.perf_counter()
    rng = random.Random(seed)
    people = [_name(rng) for _ in range(50_000)]
    start = date(2015, 1, 1)
    docs: list[dict[str, object]] = []
    keys: list[dict[str, object]] = []
    articles = claims // CLAIMS_PER_ARTICLE
    for number in range(articles):
        day = start + timedelta(days=rng.randrange(3650))
        sentences, doc_keys = [], set()
        for _ in range(CLAIMS_PER_ARTICLE):
            first, last = rng.choice(people)
            office, country = rng.choice(OFFICES), rng.choice(COUNTRIES)
            sentences.append(f"{country}'s {office} {first} {last} said talks went well.")
            given, surname = person_key(f"{first} {last}")
            doc_keys |= {
                (f"w:{name_key(first)}", None), (f"w:{name_key(last)}", None),
                (f"w:{name_key(country)}", None), (f"s:{surname}", None),
                (f"c:{given}|{surname}", None), (f"o:{office}|{country}", day),
            }  # fmt: skip
        if number % 2500 == 0:  # a few hundred about the seeds' people
            sentences.append("NATO Secretary General Jens Stoltenberg met President Zelensky.")
            doc_keys |= {
                ("w:jens", None), ("w:stoltenberg", None), ("w:zelensky", None),
                ("s:stoltenberg", None), ("c:jens|stoltenberg", None),
                ("o:Secretary General|NATO", day),
            }  # fmt: skip
        path = f"archive/{day:%Y/%m}/article-{number:07d}.txt"
        text = f"date {day.isoformat()}\n\n" + "\n\n".join(sentences) + "\n"
        document = Document(path=path, text=text, published=day, published_from="header")
        docs.append(document_row(number, path, f"{number:064x}", document))
        keys.extend({"key": key, "doc": number, "as_of": when} for key, when in doc_keys)
    generated = time.perf_counter()
    version = new_version(store)
    documents = pa.Table.from_pylist(docs, schema=SCHEMA)
    pq.write_table(documents, version / DOCUMENTS, row_group_size=DOCUMENT_ROW_GROUP)
    key_table = grouped_keys(keys)
    pq.write_table(key_table, version / KEYS, row_group_size=KEY_ROW_GROUP)
    publish(store, version, {"files": len(docs), "documents": len(docs), "keys": len(key_table)})
    return {
        "articles": articles,
        "claims": articles * CLAIMS_PER_ARTICLE,
        "key_rows": len(keys),
        "distinct_keys": key_table.num_rows,
        "generate_seconds": round(generated - started, 1),
        "build_seconds": round(time.perf_counter() - started, 1),
        "store_mib": round(sum(p.stat().st_size for p in store.rglob("*")) / 2**20, 1),
    }


def _peak_mib() -> float:
    """This process's peak resident memory: VmHWM, which exec resets (ru_maxrss keeps the
    parent's peak across fork and exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check(store: Path, article: Path) -> dict[str, float]:
    """In this (fresh) process: warm up on an empty store, then time the real check."""
    from factcheck.filters import touching
    from factcheck.store.check import run_against_store

    with tempfile.TemporaryDirectory() as empty:
        run_against_store([str(article)], Path(empty) / "store")  # lexicon, regexes, imports
    started_rss = _peak_mib()
    started = time.perf_counter()
    result, new_files = run_against_store([str(article)], store)
    findings = touching(result.findings, new_files)
    seconds = time.perf_counter() - started
    again = time.perf_counter()  # the related articles' name patterns are compiled now
    run_against_store([str(article)], store)
    return {
        "check_seconds": round(seconds, 3),
        "check_seconds_again": round(time.perf_counter() - again, 3),
        "related_articles_read": len(result.documents) - 1,
        "findings": len(findings),
        "rss_before_check_mib": round(started_rss, 1),
        "peak_rss_mib": round(_peak_mib(), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--store", help="build here (default: a temporary folder)")
    parser.add_argument("--article", default=str(SEED))
    parser.add_argument("--check-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.check_only:
        print(json.dumps(check(Path(args.store), Path(args.article))))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        store = Path(args.store or Path(folder) / "store")
        figures = build(store, args.claims)
        child = subprocess.run(
            [sys.executable, __file__, "--check-only", "--store", str(store), "--article",
             args.article],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        figures.update(json.loads(child.stdout))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
