"""Which findings a run reports: select / ignore by code prefix, per-file ignores, and
``--changed-since`` (only findings that touch a changed file).

Applied after the pipeline, so that the checks always see the whole corpus: a conflict between
a new article and an old one needs both read, whichever of them is reported.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.globs import matches_any, relative_to
from factcheck.models import Finding, Location


@dataclass(frozen=True)
class CodeChoice:
    """``select`` and ``ignore`` are code prefixes (``FC``, ``FC2``, ``FC201``); the longest
    prefix that matches a code decides, as in ruff: ``select = ["FC2"]`` with
    ``ignore = ["FC201"]`` keeps FC202 only, and an ignore wins a tie. No ``select`` selects
    every code. ``per_file_ignores`` maps globs (relative to ``root``) to prefixes ignored
    in matching files, whatever ``select`` says; a finding's file is its primary location."""

    root: Path
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def enabled(self, code: str) -> bool:
        selected = _longest(self.select or ("FC",), code)
        ignored = _longest(self.ignore, code)
        return selected > ignored

    def keeps(self, finding: Finding) -> bool:
        if not self.enabled(finding.code):
            return False
        if not self.per_file_ignores or not finding.locations:
            return True
        relative = relative_to(finding.locations[0].path, self.root)
        return not any(
            _longest(prefixes, finding.code) and matches_any((glob,), relative)
            for glob, prefixes in self.per_file_ignores
        )


def choose(findings: Iterable[Finding], choice: CodeChoice) -> list[Finding]:
    """The findings ``choice`` keeps, in their order."""
    return [finding for finding in findings if choice.keeps(finding)]


def touching(findings: Iterable[Finding], changed: Collection[Path]) -> list[Finding]:
    """The findings with at least one location in a ``changed`` file (absolute paths), each
    with the changed files' locations first: a pull request's annotation belongs on the new
    article's line, the published article it disagrees with is the related place."""
    # realpath on both sides: git names the top folder with its symlinks resolved
    wanted = {os.path.normcase(os.path.realpath(path)) for path in changed}

    def is_changed(location: Location) -> bool:
        return os.path.normcase(os.path.realpath(location.path)) in wanted

    shown = []
    for finding in findings:
        if any(is_changed(at) for at in finding.locations):
            ordered = sorted(finding.locations, key=lambda at: not is_changed(at))  # stable
            shown.append(dataclasses.replace(finding, locations=tuple(ordered)))
    return shown


def _longest(prefixes: Sequence[str], code: str) -> int:
    """The length of the longest of ``prefixes`` that ``code`` starts with; 0 when none."""
    return max((len(p) for p in prefixes if code.startswith(p)), default=0)
