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
from factcheck.changed import GitError, changed_since
from factcheck.config import ConfigError, Settings, load_settings
from factcheck.evaluate import (
    GoldClaim,
    GoldError,
    evaluate,
    read_gold,
    read_scope,
    scores_json,
    scores_table,
)
from factcheck.filters import choose, touching
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
from factcheck.report import CLAIMS_WRITERS, REPORTERS, render_claims
from factcheck.report.markdown import hidden_sentence
from factcheck.report.outputs import OutputError, parse_outputs, write_outputs, write_text
from factcheck.store import StoreError, index_paths
from factcheck.store.check import run_against_store
from factcheck.suppress import apply_suppressions
from factcheck.terminal import note, progress_bar

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
    check.add_argument(
        "--format",
        action="append",
        default=[],
        metavar="FMT[:PATH]",
        help=f"{', '.join(REPORTERS)} or auto (github in GitHub Actions, else markdown); "
        "to PATH, or standard output (repeatable: one report per format)",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="lowest severity that makes the exit code 1 (default: warning, or the config's)",
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
    _finding_choice(check)

    check.add_argument(
        "--store", metavar="DIR", help="check PATH... against the articles indexed in DIR"
    )
    check.add_argument(
        "--update-store", action="store_true", help="then add PATH... to the --store"
    )

    index = commands.add_parser("index", help="read a corpus into a claims store")
    _inputs(index, output=False)
    index.add_argument("--store", metavar="DIR", required=True)

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
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .jsonl) or folders (default: the config's paths)",
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
    parser.add_argument(
        "--config", metavar="FILE", help="factcheck.toml or pyproject.toml (default: searched)"
    )
    for option, what in (("--exclude", "skip"), ("--include", "in folders, read only")):
        _list_option(parser, option, "GLOB", f"{what} paths matching these globs")
    parser.add_argument("--no-progress", action="store_true", help="never draw a progress bar")
    parser.add_argument(
        "--quiet", action="store_true", help="no progress bar, no informational lines"
    )


def _finding_choice(parser: argparse.ArgumentParser) -> None:
    for option, what in (("--select", "report only"), ("--ignore", "do not report")):
        _list_option(parser, option, "CODE", f"{what} codes with these prefixes, e.g. FC2,FC101")
    parser.add_argument(
        "--changed-since",
        metavar="GIT-REF",
        help="report only findings that touch an article added or changed since GIT-REF",
    )


def _list_option(parser: argparse.ArgumentParser, option: str, item: str, what: str) -> None:
    """A repeatable option of comma-separated items that replaces the config's list."""
    parser.add_argument(
        option,
        action="extend",
        type=_comma_list,
        default=[],
        metavar=f"{item}[,{item}]",
        help=f"{what} (replaces the config's)",
    )


def _comma_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "reference":
            return _from_wikidata(args)
        settings = _settings(args)
        gold = read_gold(args.gold) if args.command == "eval" else []
        scope = read_scope(args.documents) if args.command == "eval" and args.documents else None
        # read before the run, so that a bad baseline or --format fails at once
        known = _known_baseline(args)
        outputs = parse_outputs(args.format, args.output) if args.command == "check" else []
        changed = changed_since(args.changed_since, Path.cwd()) if _since(args) else None
        if args.command == "index":
            summary = index_paths(settings.paths, Path(args.store), settings.file_selection())
            note(summary.sentence(Path(args.store)), args.quiet)
            return EXIT_OK
        store = Path(args.store) if getattr(args, "store", None) else None
        new_files: frozenset[Path] | None = None
        with progress_bar(not (args.no_progress or args.quiet)) as progress:
            if store is not None:
                result, new_files = run_against_store(
                    settings.paths,
                    store,
                    settings.reference or None,
                    selection=settings.file_selection(),
                    progress=progress,
                )
            else:
                result = run(
                    settings.paths,
                    reference=settings.reference or None,
                    selection=settings.file_selection(),
                    progress=progress,
                )
        if args.command == "baseline":
            done = apply_suppressions(result)
            done.findings = choose(done.findings, settings.code_choice())
            said = prune_file(known, done) if known else create_file(args.baseline, done)
            note(said, args.quiet)
            return EXIT_OK
    except (
        ReferenceError,
        GoldError,
        WikidataError,
        BaselineError,
        OutputError,
        StoreError,
        ConfigError,
        GitError,
        OSError,
        KeyError,
    ) as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "eval":
        return _eval(args, result, gold, scope)
    if args.command == "claims":
        write_text(render_claims(result.claims, args.format), args.output)
        return EXIT_OK
    result = apply_suppressions(result)
    result.findings = choose(result.findings, settings.code_choice())
    if known is not None:
        result = apply_baseline(result, known)
    if result.hidden:
        note(hidden_sentence(result.hidden), args.quiet)
    if new_files is not None:  # the stored articles' own findings are known already
        result.findings = touching(result.findings, new_files)
    if changed is not None:
        shown = touching(result.findings, changed)
        note(
            f"--changed-since {args.changed_since}: {len(changed)} changed article file(s); "
            f"{len(result.findings) - len(shown)} finding(s) elsewhere not reported",
            args.quiet,
        )
        result.findings = shown
    write_outputs(result, outputs)
    if store is not None and args.update_store:
        try:
            added = index_paths(settings.paths, store, settings.file_selection(), keep_others=True)
        except (StoreError, OSError) as error:
            print(f"factcheck: {error}", file=sys.stderr)
            return EXIT_USAGE
        note(added.sentence(store), args.quiet)
    return exit_code(result, settings.fail_on or "warning")


def _settings(args: argparse.Namespace) -> Settings:
    """The config file's settings, with the command line's winning; paths are required."""
    settings = load_settings(args.config).overridden(
        paths=args.paths,
        exclude=args.exclude,
        include=args.include,
        reference=args.reference,
        select=getattr(args, "select", []),
        ignore=getattr(args, "ignore", []),
        fail_on=getattr(args, "fail_on", None),
    )
    if not settings.paths:
        where = f"in {settings.source}" if settings.source else "in any config file"
        raise ConfigError(f"no PATH given on the command line, nor `paths` {where}")
    return settings


def _since(args: argparse.Namespace) -> bool:
    return getattr(args, "changed_since", None) is not None


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
    write_text(scores_json(scores) if args.format == "json" else scores_table(scores), args.output)
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
    write_text(terms_csv(terms), args.output)
    if args.aliases:
        write_text(aliases_csv(aliases), args.aliases)
    return EXIT_OK


def exit_code(result: Result, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    worst = result.worst()
    return EXIT_FINDINGS if worst is not None and worst >= Severity.parse(fail_on) else EXIT_OK
