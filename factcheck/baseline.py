"""Baselines: the findings a corpus already had, recorded so that CI fails on new ones only.

An entry is a finding's fingerprint (``factcheck.fingerprint``: code and quoted evidence,
never line numbers, so it survives paragraphs added above), with its code, the files it
names, a one-line summary for people and how many findings share the fingerprint (two
findings on the same sentences are two entries' worth). The file is JSON, sorted by code and
fingerprint, so that re-creating it over an unchanged corpus changes no byte.

An entry is judged only when every file it names was read in this run: a run over the
changed articles alone does not call the others' entries stale, nor prune them.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.check.notices import StaleBaselineEntry
from factcheck.fingerprint import fingerprint
from factcheck.models import Finding, Location, Result

FORMAT_KEY = "factcheck-baseline"
FORMAT_VERSION = 1
SUMMARY_CHARS = 160
HIDDEN_KEY = "baseline"

_STALE = StaleBaselineEntry()


class BaselineError(ValueError):
    """A baseline file that cannot be read or is not a baseline; the message names it."""


@dataclass(frozen=True, order=True)
class Entry:
    code: str
    fingerprint: str
    count: int
    paths: tuple[str, ...]  # the files the finding's locations name
    summary: str
    line: int = field(default=0, compare=False)  # where it stands in the file, when read


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Pruned:
    """What ``prune`` did: entries dropped, entries whose count went down."""

    dropped: int
    lowered: int


def entries_of(findings: Sequence[Finding]) -> tuple[Entry, ...]:
    """One entry per fingerprint of ``findings``, with how many findings share it."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(fingerprint(finding), []).append(finding)
    entries = [
        Entry(
            group[0].code,
            key,
            len(group),
            tuple(sorted({location.path for f in group for location in f.locations})),
            _summary(min(group, key=lambda f: f.sort_key())),
        )
        for key, group in grouped.items()
    ]
    return tuple(sorted(entries))


def _summary(finding: Finding) -> str:
    text = " ".join(f"{finding.code} {finding.name}: {finding.message}".split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def read_baseline(path: str | os.PathLike[str]) -> Baseline:
    """The baseline in ``path``; BaselineError naming the file and the reason otherwise."""
    shown = Path(path).as_posix()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise BaselineError(f"baseline {shown}: cannot be read: {reason}") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(
            f"baseline {shown}: not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from error
    try:
        entries = _entries(data)
    except (TypeError, ValueError, KeyError) as error:
        raise BaselineError(f"baseline {shown}: not a factcheck baseline: {error}") from error
    return Baseline(shown, tuple(_with_lines(entries, text)))


def _entries(data: Any) -> list[Entry]:
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
        raise ValueError(f'expected an object with "{FORMAT_KEY}": {FORMAT_VERSION}')
    raw = data.get("findings")
    if not isinstance(raw, list):
        raise ValueError('"findings" is not a list')
    return [_entry(item, number) for number, item in enumerate(raw, start=1)]


def _entry(item: Any, number: int) -> Entry:
    where = f"finding {number}"
    if not isinstance(item, dict):
        raise ValueError(f"{where} is not an object")
    strings = {key: item.get(key) for key in ("code", "fingerprint", "summary")}
    for key, value in strings.items():
        if not isinstance(value, str) or not value:
            raise ValueError(f'{where}: "{key}" is not a non-empty string')
    count, paths = item.get("count"), item.get("paths", [])
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError(f'{where}: "count" is not a whole number of at least 1')
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise ValueError(f'{where}: "paths" is not a list of strings')
    return Entry(
        str(strings["code"]),
        str(strings["fingerprint"]),
        count,
        tuple(paths),
        str(strings["summary"]),
    )


def _with_lines(entries: Iterable[Entry], text: str) -> list[Entry]:
    """Each entry with the file line of its fingerprint, for the stale notice to point at."""
    located = []
    for entry in entries:
        at = text.find(json.dumps(entry.fingerprint))
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        located.append(dataclasses.replace(entry, line=line))
    return located


def baseline_text(entries: Iterable[Entry]) -> str:
    """The baseline file's text: sorted, indented JSON ending with a newline."""
    findings = [
        {
            "code": e.code,
            "fingerprint": e.fingerprint,
            "count": e.count,
            "paths": list(e.paths),
            "summary": e.summary,
        }
        for e in sorted(entries)
    ]
    document = {FORMAT_KEY: FORMAT_VERSION, "findings": findings}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_baseline(entries: Iterable[Entry], path: str | os.PathLike[str]) -> None:
    """Write the baseline atomically: a killed run leaves the old file whole."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(baseline_text(entries), encoding="utf-8", newline="\n")
    temporary.replace(target)


def read_paths(result: Result) -> set[str]:
    """The files this run read or reported on: the ones whose entries it can judge."""
    paths = {document.path for document in result.documents}
    paths.update(location.path for f in result.findings for location in f.locations)
    return paths


def apply_baseline(result: Result, baseline: Baseline) -> Result:
    """``result`` without the findings ``baseline`` records (as many per fingerprint as it
    counts), with a ``stale-baseline-entry`` finding for each entry that matched nothing
    though all its files were read, and the number hidden in ``result.hidden``."""
    remaining = {entry.fingerprint: entry.count for entry in baseline.entries}
    matched: set[str] = set()
    kept: list[Finding] = []
    for finding in result.findings:
        key = fingerprint(finding)
        if remaining.get(key, 0) > 0:
            remaining[key] -= 1
            matched.add(key)
        else:
            kept.append(finding)
    checked = read_paths(result)
    stale = [
        _stale_finding(baseline.path, entry)
        for entry in baseline.entries
        if entry.fingerprint not in matched and set(entry.paths) <= checked
    ]
    hidden = {**result.hidden, HIDDEN_KEY: len(result.findings) - len(kept)}
    findings = sorted([*kept, *stale], key=lambda f: f.sort_key())
    return dataclasses.replace(result, findings=findings, hidden=hidden)


def _stale_finding(path: str, entry: Entry) -> Finding:
    return _STALE.finding(
        f"baseline entry {entry.fingerprint[:12]} ({entry.code}) matches no finding any more; "
        "`factcheck baseline prune` drops it",
        [Location(path, entry.line, 1, entry.summary)],
    )


def prune(baseline: Baseline, result: Result) -> tuple[tuple[Entry, ...], Pruned]:
    """The entries that still match a finding of ``result``, their counts lowered to the
    findings left. An entry naming a file this run did not read is kept, unless that file no
    longer exists."""
    found = Counter(fingerprint(finding) for finding in result.findings)
    checked = read_paths(result)
    kept: list[Entry] = []
    dropped = lowered = 0
    for entry in baseline.entries:
        now = found[entry.fingerprint]
        judged = set(entry.paths) <= checked or any(not Path(p).exists() for p in entry.paths)
        if now == 0 and judged:
            dropped += 1
        elif 0 < now < entry.count:
            lowered += 1
            kept.append(dataclasses.replace(entry, count=now))
        else:
            kept.append(entry)
    return tuple(kept), Pruned(dropped, lowered)


def create_file(path: str | os.PathLike[str], result: Result) -> str:
    """Record every finding of ``result`` in the baseline ``path``; what was done, said."""
    entries = entries_of(result.findings)
    write_baseline(entries, path)
    recorded = _count(len(result.findings), "finding")
    return f"recorded {recorded} as {_count(len(entries), 'entry', 'entries')} in {path}"


def prune_file(baseline: Baseline, result: Result) -> str:
    """Rewrite ``baseline``'s file without the entries ``result`` no longer matches; what was
    done, said."""
    entries, pruned = prune(baseline, result)
    write_baseline(entries, baseline.path)
    return (
        f"pruned {_count(pruned.dropped, 'entry', 'entries')} of {baseline.path}, lowered the "
        f"count of {pruned.lowered}; {len(entries)} left"
    )


def _count(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"
