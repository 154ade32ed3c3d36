"""The paths a user names, expanded to the files to read, in an order that never varies."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from factcheck.globs import FileSelection
from factcheck.ingest.decode import describe_os_error
from factcheck.models import InputProblem

# what a folder walk reads; a file named explicitly is read whatever its extension
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".jsonl"})


@dataclass(frozen=True)
class Source:
    """A file to read: where it is on disk and how reports name it."""

    disk: Path
    shown: str  # the user's path joined with the part inside a folder, posix form

    @property
    def suffix(self) -> str:
        """The extension in lower case (``.TXT`` is a text file too)."""
        return PurePosixPath(self.shown).suffix.lower()


def expand_paths(
    paths: Sequence[str | os.PathLike[str]],
    selection: FileSelection | None = None,
) -> tuple[list[Source], list[InputProblem]]:
    """The files to read for ``paths``, each once, in the order given, folders sorted within.

    A path that does not exist, and a folder that cannot be listed, is an ``unreadable``
    problem instead. ``selection`` drops excluded paths and, in folders, files not included.
    """
    sources: list[Source] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for given in paths:
        raw = os.fspath(given)
        disk = Path(raw)
        # the user's spelling, in posix form; resolve() only serves to see duplicates
        shown = disk.as_posix()
        if not raw or not os.path.lexists(raw):  # Path("") would mean the current folder
            problems.append(InputProblem("unreadable", raw and shown, "no such file or directory"))
            continue
        if selection is not None and selection.excluded(disk):
            continue
        if disk.is_dir():
            found = _walk(disk, shown, problems, selection)
        elif disk.is_file() or disk.is_symlink():  # a broken link fails at reading, named
            found = [Source(disk, shown)]
        else:  # reading a FIFO or a device would block or never end
            problems.append(InputProblem("unreadable", shown, "not a regular file"))
            continue
        for source in found:
            key = _identity(source.disk)
            if key not in seen:
                seen.add(key)
                sources.append(source)
    return sources, problems


def _walk(
    folder: Path, shown: str, problems: list[InputProblem], selection: FileSelection | None
) -> list[Source]:
    """The article files under ``folder``, hidden ones skipped, sorted by their posix path."""

    def report(error: OSError) -> None:
        inner = Path(error.filename or folder).relative_to(folder).as_posix()
        where = shown if inner == "." else _join(shown, inner)
        problems.append(InputProblem("unreadable", where, describe_os_error(error)))

    found: list[tuple[str, Source]] = []
    for top, dirs, files in os.walk(folder, onerror=report):
        # pruning in place stops os.walk from descending into hidden folders
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        if selection is not None:  # an excluded folder is never listed
            dirs[:] = [name for name in dirs if not selection.excluded(Path(top, name))]
        relative = Path(top).relative_to(folder).as_posix()
        for name in _articles(files):
            inner = name if relative == "." else f"{relative}/{name}"
            disk = Path(top, name)
            if selection is not None and not selection.walk_keeps(disk):
                continue
            if disk.is_file() or disk.is_symlink():
                found.append((inner, Source(disk, _join(shown, inner))))
    found.sort(key=lambda pair: pair[0])
    return [source for _, source in found]


def _articles(names: Iterable[str]) -> list[str]:
    return [
        name
        for name in names
        if not name.startswith(".") and PurePosixPath(name).suffix.lower() in ARTICLE_SUFFIXES
    ]


def _join(shown: str, inner: str) -> str:
    return inner if shown == "." else f"{shown.rstrip('/')}/{inner}"


def _identity(disk: Path) -> str:
    try:
        return os.path.normcase(str(disk.resolve()))
    except (OSError, RuntimeError):  # a symlink loop: only its spelling identifies it
        return os.path.normcase(os.path.abspath(disk))
