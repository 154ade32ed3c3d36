"""Glob patterns over paths, and the include/exclude choice of files that a run reads.

A pattern is matched against the path relative to a root folder (the config file's folder, or
the current folder), in posix form:

- ``*`` matches within one part of the path, ``**`` any number of parts, ``?`` one character,
  ``[abc]`` one of a set;
- a pattern without ``/`` matches any one part (``drafts``, ``*.jsonl``), at any depth;
- a pattern with ``/`` is anchored at the root (``archive/2019/**``, ``wires/*.jsonl``);
- a pattern that matches a folder matches everything in it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            parts.append("(?:[^/]*/)*")  # zero or more folders
            index += 3
            continue
        if pattern.startswith("**", index):
            parts.append(".*")
            index += 2
            continue
        if char == "*":
            parts.append("[^/]*")
        elif char == "?":
            parts.append("[^/]")
        elif char == "[" and "]" in pattern[index + 2 :]:
            end = pattern.index("]", index + 2)
            body = pattern[index + 1 : end]
            negated = body.startswith("!")
            body = re.escape(body[1:] if negated else body).replace(r"\-", "-")
            parts.append(f"[{'^' if negated else ''}{body}]")
            index = end
        else:
            parts.append(re.escape(char))
        index += 1
    return re.compile("".join(parts))


def matches(pattern: str, relative: str) -> bool:
    """Whether ``pattern`` matches the posix path ``relative`` or one of the folders above it."""
    anchored = "/" in pattern.strip("/")
    regex = _compile(pattern.strip("/").removeprefix("./"))
    parts = PurePosixPath(relative).parts
    if not anchored:
        return any(regex.fullmatch(part) for part in parts)
    return any(regex.fullmatch("/".join(parts[: end + 1])) for end in range(len(parts)))


def matches_any(patterns: Sequence[str], relative: str) -> bool:
    return any(matches(pattern, relative) for pattern in patterns)


@dataclass(frozen=True)
class FileSelection:
    """Which files a run reads: ``exclude`` drops files and prunes folders, wherever they
    come from (a folder walk or a name on the command line, as pre-commit passes them);
    ``include``, when given, keeps only the files a folder walk finds that match it."""

    root: Path
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()

    def excluded(self, path: Path) -> bool:
        return bool(self.exclude) and matches_any(self.exclude, relative_to(path, self.root))

    def walk_keeps(self, path: Path) -> bool:
        """Whether a file found inside a folder is read."""
        if self.excluded(path):
            return False
        return not self.include or matches_any(self.include, relative_to(path, self.root))


def relative_to(path: str | os.PathLike[str], root: Path) -> str:
    """``path`` relative to ``root`` in posix form, as globs see it; outside, it stays absolute.

    abspath, not resolve: a symlinked folder is matched by the name the user sees.
    """
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return absolute.as_posix()
