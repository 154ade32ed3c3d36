"""The command line: arguments in, exit code out; every decision is the library's.

Exit codes: 0 no finding reaches ``--fail-on``; 1 one does; 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.models import Result, Severity
from factcheck.normalise.reference import ReferenceError
from factcheck.pipeline import run
from factcheck.report import CLAIMS_WRITERS, REPORTERS, render, render_claims

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check news articles against each other: who held which office, when.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="report discrepancies between articles")
    _inputs(check)
    check.add_argument("--format", choices=sorted(REPORTERS), default="markdown")
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="warning",
        help="lowest severity that makes the exit code 1 (default: warning)",
    )

    claims = commands.add_parser("claims", help="write the claims table")
    _inputs(claims)
    claims.add_argument("--format", choices=sorted(CLAIMS_WRITERS), default="csv")
    return parser


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .jsonl) or folders"
    )
    parser.add_argument(
        "--reference",
        action="append",
        default=[],
        metavar="CSV",
        help="reference timeline or alias CSV (repeatable)",
    )
    parser.add_argument("--output", metavar="FILE", help="write here instead of standard output")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = run(args.paths, reference=args.reference or None)
    except (ReferenceError, OSError) as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "claims":
        _write(render_claims(result.claims, args.format), args.output)
        return EXIT_OK
    _write(render(result, args.format), args.output)
    return exit_code(result, args.fail_on)


def exit_code(result: Result, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    worst = result.worst()
    return EXIT_FINDINGS if worst is not None and worst >= Severity.parse(fail_on) else EXIT_OK


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    temporary.replace(path)  # atomic: a killed run never leaves half a report
