"""Articles per second and peak memory of a whole run on the Reuters dev corpus.

    python benchmarks/throughput.py [JSONL] [--limit N]

Prints figures; it asserts nothing (speed goals are tracked here, never in timed tests).
The run is the library's ``factcheck.run``: ingest, extract, match and every check.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import factcheck

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/reuters21578-dev/articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    source = Path(args.jsonl)
    if not source.is_file():
        print(f"no corpus at {source}: pass a JSON Lines file", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        path = source
        if args.limit:
            path = Path(folder) / "sample.jsonl"
            with source.open(encoding="utf-8") as lines:
                path.write_text(
                    "".join(line for _, line in zip(range(args.limit), lines, strict=False)),
                    encoding="utf-8",
                )
        megabytes = path.stat().st_size / 1e6
        factcheck.run([path.parent / "__warm_up_missing__"])  # imports and lexicon, not timed
        started = time.perf_counter()
        result = factcheck.run([path])
        seconds = time.perf_counter() - started
    articles = len(result.documents)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "corpus": str(source.name),
                "articles": articles,
                "megabytes": round(megabytes, 1),
                "claims": len(result.claims),
                "findings": len(result.findings),
                "seconds": round(seconds, 2),
                "articles_per_second": round(articles / seconds, 1),
                "megabytes_per_second": round(megabytes / seconds, 2),
                "peak_memory_mib": round(peak_mib, 1),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
