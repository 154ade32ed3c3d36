"""``--changed-since REF``: the article files added, modified or renamed since a git ref.

"Since" counts from where the current branch left ``REF`` (``git merge-base REF HEAD``), as a
pull request's diff does, so that commits added to ``REF`` later do not count as changes here.
The working tree is compared, not ``HEAD``: uncommitted edits count, and so do untracked files
that git does not ignore (a new article not yet added). Deleted files do not count: there is
nothing to check in them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath

from factcheck.ingest.walk import ARTICLE_SUFFIXES


class GitError(Exception):
    """git could not answer: not a repository, an unknown ref, git missing."""


def changed_since(ref: str, cwd: Path) -> frozenset[Path]:
    """The absolute paths of the article files changed since ``ref``, for the repository
    that holds ``cwd``."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd, "not a git repository").strip())
    _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
        top,
        f"unknown git ref {ref!r}",
    )
    base = _git(
        ["merge-base", "--end-of-options", ref, "HEAD"],
        top,
        f"{ref!r} and HEAD share no history",
    ).strip()
    # -z: names as they are, however odd their characters; paths are relative to the top
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=AMR", base, "--"], top, "git diff")
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], top, "git ls-files")
    names = {name for name in (diff + untracked).split("\0") if name}
    return frozenset(
        top / name for name in names if PurePosixPath(name).suffix.lower() in ARTICLE_SUFFIXES
    )


def _git(arguments: list[str], cwd: Path, failure: str) -> str:
    try:
        done = subprocess.run(
            ["git", *arguments],
            cwd=cwd,
            capture_output=True,
            encoding="utf-8",
            errors="surrogateescape",  # a name that is not UTF-8 still comes back whole
            check=False,
        )
    except FileNotFoundError:
        raise GitError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        reason = f": {detail[-1]}" if detail and "quiet" not in arguments else ""
        raise GitError(f"--changed-since: {failure}{reason}")
    return done.stdout
