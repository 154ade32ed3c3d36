"""The command line: arguments in, exit code out; every decision is the library's.

Exit codes: 0 no finding reaches ``--fail-on``; 1 one does; 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.baseline import (
    Baseline,
    BaselineError,
    apply_baseline,
    create_file,
    prune_file,
    read_baseline,
)
from factcheck.evaluate import (
    GoldClaim,
    GoldError,
    evaluate,
    read_gold,
    read_scope,
    scores_json,
    scores_table,
)
from factcheck.lexicon import load
from factcheck.models import Result, Severity
from factcheck.normalise.reference import ReferenceError
from factcheck.normalise.wikidata import (
    WikidataError,
    aliases_csv,
    convert,
    read_result,
    terms_csv,
)
from factcheck.pipeline import run
from factcheck.report import CLAIMS_WRITERS, REPORTERS, render, render_claims
from factcheck.report.markdown import hidden_sentence
from factcheck.suppress import apply_suppressions

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
    check.add_argument("--baseline", metavar="FILE", help="hide the findings recorded here")

    baseline = commands.add_parser("baseline", help="record known findings, or prune the record")
    actions = baseline.add_subparsers(dest="action", required=True)
    for action, what in (
        ("create", "record every finding of PATH... in FILE"),
        ("prune", "drop the entries of FILE that no finding of PATH... matches any more"),
    ):
        command = actions.add_parser(action, help=what)
        _inputs(command, output=False)
        command.add_argument("--baseline", metavar="FILE", required=True)

    claims = commands.add_parser("claims", help="write the claims table")
    _inputs(claims)
    claims.add_argument("--format", choices=sorted(CLAIMS_WRITERS), default="csv")

    evaluate = commands.add_parser("eval", help="precision and recall against gold claims")
    _inputs(evaluate)
    evaluate.add_argument("--gold", required=True, metavar="CSV", help="hand-checked claims")
    evaluate.add_argument(
        "--documents",
        metavar="CSV",
        help="doc,record of every gold document, with claims or not "
        "(default: the documents the gold names)",
    )
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("--min-precision", type=float, default=0.0, metavar="P")
    evaluate.add_argument("--min-recall", type=float, default=0.0, metavar="R")

    reference = commands.add_parser("reference", help="build reference timelines")
    sources = reference.add_subparsers(dest="source", required=True)
    wikidata = sources.add_parser(
        "from-wikidata", help="a Wikidata SPARQL JSON result of P39 -> timeline CSV"
    )
    wikidata.add_argument("result", metavar="RESULT.json")
    wikidata.add_argument("--output", metavar="CSV", help="timeline CSV (default: stdout)")
    wikidata.add_argument("--aliases", metavar="CSV", help="also write the aliases here")
    wikidata.add_argument("--office", default="", help="office label for every row")
    wikidata.add_argument("--organization", default="", help="organisation for every row")
    return parser


def _inputs(parser: argparse.ArgumentParser, output: bool = True) -> None:
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
    if output:
        parser.add_argument(
            "--output", metavar="FILE", help="write here instead of standard output"
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "reference":
            return _from_wikidata(args)
        gold = read_gold(args.gold) if args.command == "eval" else []
        scope = read_scope(args.documents) if args.command == "eval" and args.documents else None
        # read before the run, so that a bad baseline fails at once
        known = _known_baseline(args)
        result = run(args.paths, reference=args.reference or None)
        if args.command == "baseline":
            done = apply_suppressions(result)
            said = prune_file(known, done) if known else create_file(args.baseline, done)
            print(f"factcheck: {said}", file=sys.stderr)
            return EXIT_OK
    except (ReferenceError, GoldError, WikidataError, BaselineError, OSError, KeyError) as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "eval":
        return _eval(args, result, gold, scope)
    if args.command == "claims":
        _write(render_claims(result.claims, args.format), args.output)
        return EXIT_OK
    result = apply_suppressions(result)
    if known is not None:
        result = apply_baseline(result, known)
    if result.hidden:
        print(f"factcheck: {hidden_sentence(result.hidden)}", file=sys.stderr)
    _write(render(result, args.format), args.output)
    return exit_code(result, args.fail_on)


def _known_baseline(args: argparse.Namespace) -> Baseline | None:
    """The baseline ``check`` hides and ``baseline prune`` prunes; None when there is none."""
    if args.command == "check" and args.baseline:
        return read_baseline(args.baseline)
    if args.command == "baseline" and args.action == "prune":
        return read_baseline(args.baseline)
    return None


def _eval(
    args: argparse.Namespace,
    result: Result,
    gold: list[GoldClaim],
    scope: set[tuple[str, str]] | None,
) -> int:
    scores = evaluate(result.claims, gold, load(), scope)
    _write(scores_json(scores) if args.format == "json" else scores_table(scores), args.output)
    overall = scores[0]
    if overall.precision < args.min_precision or overall.recall < args.min_recall:
        print(
            f"factcheck: precision {overall.precision:.3f} / recall {overall.recall:.3f} "
            f"below --min-precision {args.min_precision} / --min-recall {args.min_recall}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    return EXIT_OK


def _from_wikidata(args: argparse.Namespace) -> int:
    terms, aliases = convert(read_result(args.result), args.office, args.organization)
    _write(terms_csv(terms), args.output)
    if args.aliases:
        _write(aliases_csv(aliases), args.aliases)
    return EXIT_OK


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
