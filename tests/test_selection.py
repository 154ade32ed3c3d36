"""Choosing what to check: globs, include/exclude in folder walks and on named files,
``--changed-since GIT-REF`` in a real temporary repository, and the progress bar."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from cli_cases import RUTTE, STOLTENBERG, UNDATED, cli
from rich.console import Console

from factcheck.changed import GitError, changed_since
from factcheck.globs import FileSelection, matches
from factcheck.ingest.walk import expand_paths
from factcheck.pipeline import run
from factcheck.terminal import progress_bar


def findings(out: str) -> list[tuple[str, list[str]]]:
    """(code, every location's path) of each finding in a JSON report."""
    return [(f["code"], [at["path"] for at in f["locations"]]) for f in json.loads(out)["findings"]]


# --- globs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("drafts", "drafts/a.txt", True),  # a folder name, at any depth
        ("drafts", "news/drafts/a.txt", True),
        ("drafts", "news/drafts.txt", False),
        ("*.jsonl", "wires/2024/reuters.jsonl", True),
        ("*.jsonl", "wires/a.txt", False),
        ("wires/*.jsonl", "wires/a.jsonl", True),  # with a slash: anchored at the root
        ("wires/*.jsonl", "old/wires/a.jsonl", False),
        ("wires/*.jsonl", "wires/2024/a.jsonl", False),  # * stays within one part
        ("wires/**/*.jsonl", "wires/a.jsonl", True),  # ** is zero or more folders
        ("wires/**/*.jsonl", "wires/2024/01/a.jsonl", True),
        ("archive/**", "archive/2019/a.md", True),
        ("archive/", "archive/2019/a.md", True),
        ("./archive/2019", "archive/2019/a.md", True),
        ("a?.txt", "a1.txt", True),
        ("a?.txt", "a12.txt", False),
        ("[ab].txt", "b.txt", True),
        ("[!ab].txt", "b.txt", False),
    ],
)
def test_glob(pattern: str, path: str, expected: bool) -> None:
    assert matches(pattern, path) is expected


# --- include and exclude ------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("news/a.txt", "news/b.md", "drafts/c.txt", "wires/w.jsonl", "news/old/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def shown(paths: list[str], selection: FileSelection) -> list[str]:
    sources, problems = expand_paths(paths, selection)
    assert problems == []
    return [source.shown for source in sources]


def test_exclude_prunes_folders_and_drops_files(corpus: Path) -> None:
    selection = FileSelection(corpus, exclude=("drafts", "news/old", "*.jsonl"))
    assert shown(["."], selection) == ["news/a.txt", "news/b.md"]


def test_include_keeps_only_matching_files_of_a_walk(corpus: Path) -> None:
    selection = FileSelection(corpus, include=("news/**/*.txt",))
    assert shown(["."], selection) == ["news/a.txt", "news/old/d.txt"]


def test_named_files_obey_exclude_but_not_include(corpus: Path) -> None:
    # pre-commit passes every changed file by name: exclude must still hold for them
    selection = FileSelection(corpus, exclude=("drafts",), include=("*.md",))
    named = ["news/a.txt", "drafts/c.txt", "news/b.md"]
    assert shown(named, selection) == ["news/a.txt", "news/b.md"]


def test_globs_are_relative_to_the_root_not_the_current_folder(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus / "news")
    selection = FileSelection(corpus, exclude=("news/old",))
    assert shown(["."], selection) == ["a.txt", "b.md"]


def test_a_missing_named_file_is_still_a_finding(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    # a typo must not pass CI green; pre-commit and --changed-since never pass deleted files
    code, out, _ = cli(capsys, "check", "news/a.txt", "news/gone.txt", "--format", "json")
    assert code == 1
    assert ("FC001", ["news/gone.txt"]) in findings(out)


# --- --changed-since ----------------------------------------------------------------------------

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "HOME": "",  # no user config
}


def git(repo: Path, *arguments: str) -> str:
    env = os.environ | GIT_ENV | {"HOME": str(repo.parent)}
    done = subprocess.run(
        ["git", *arguments], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two commits: published articles that agree, then a new one that disagrees with them."""
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "articles" / "old1.txt").write_text(RUTTE)
    (repo / "articles" / "old2.txt").write_text(RUTTE)
    (repo / "articles" / "stale.txt").write_text(UNDATED)  # published with a known warning
    (repo / "articles" / "gone.txt").write_text(RUTTE)
    (repo / "site.yml").write_text("title: newsroom\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "published")
    git(repo, "checkout", "-q", "-b", "new-article")
    (repo / "articles" / "new.txt").write_text(STOLTENBERG)
    (repo / "articles" / "gone.txt").unlink()
    (repo / "site.yml").write_text("title: the newsroom\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "new article")
    monkeypatch.chdir(repo)
    return repo


def test_changed_files_are_added_modified_renamed_and_untracked_articles(repo: Path) -> None:
    (repo / "articles" / "draft.md").write_text(RUTTE)  # untracked, not ignored
    (repo / ".gitignore").write_text("ignored.txt\n")
    (repo / "articles" / "ignored.txt").write_text(RUTTE)
    git(repo, "mv", "articles/old2.txt", "articles/moved.txt")
    assert changed_since("main", repo / "articles") == {
        repo / "articles" / "new.txt",
        repo / "articles" / "draft.md",
        repo / "articles" / "moved.txt",
    }  # not site.yml (no article), not gone.txt (deleted), not ignored.txt


def test_changes_on_the_ref_after_the_branch_left_it_do_not_count(repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    (repo / "articles" / "later.txt").write_text(RUTTE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "published later")
    git(repo, "checkout", "-q", "new-article")
    assert changed_since("main", repo) == {repo / "articles" / "new.txt"}


def test_check_reports_only_findings_touching_changed_files(
    capsys: pytest.CaptureFixture[str], repo: Path
) -> None:
    code, out, err = cli(capsys, "check", "articles", "--changed-since", "main", "--format", "json")
    assert code == 1
    # the conflict spans new and old; the old undated article's warning is not reported
    assert [(code, paths[0]) for code, paths in findings(out)] == [("FC101", "articles/new.txt")]
    assert any(path.startswith("articles/old") for path in findings(out)[0][1])
    assert err == (
        "factcheck: --changed-since main: 1 changed article file(s); "
        "1 finding(s) elsewhere not reported\n"
    )
    assert cli(capsys, "check", "articles", "--changed-since", "main", "--quiet")[2] == ""
    # without --changed-since the published warning is there too
    everything = findings(cli(capsys, "check", "articles", "--format", "json")[1])
    assert sorted(code for code, _ in everything) == ["FC005", "FC101"]


def test_nothing_changed_passes(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    code, out, _ = cli(capsys, "check", "articles", "--changed-since", "HEAD", "--quiet")
    assert code == 0
    assert "No findings." in out


def test_unknown_ref_exits_2(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    code, out, err = cli(capsys, "check", "articles", "--changed-since", "no-such-branch")
    assert (code, out) == (2, "")
    assert err == "factcheck: --changed-since: unknown git ref 'no-such-branch'\n"


def test_not_a_git_repository_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(RUTTE)
    code, out, err = cli(capsys, "check", "a.txt", "--changed-since", "main")
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: --changed-since: not a git repository")
    with pytest.raises(GitError):
        changed_since("main", tmp_path)


# --- progress -----------------------------------------------------------------------------------


def test_the_pipeline_reports_progress_per_document(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(RUTTE)
    calls: list[tuple[int, int]] = []
    run([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_no_progress_bar_off_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RUTTE)
    with progress_bar(console=Console(file=io.StringIO()), delay=0) as callback:
        assert callback is None
    code, _, err = cli(capsys, "check", str(tmp_path))
    assert (code, err) == (0, "")  # capsys is no terminal: no escape codes, nothing at all


def test_a_terminal_gets_a_bar_unless_disabled(tmp_path: Path) -> None:
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(RUTTE)
    with progress_bar(console=terminal, delay=0) as callback:
        assert callback is not None
        run([tmp_path], progress=callback)
    assert "\x1b[" in screen.getvalue()
    assert "2/2" in screen.getvalue()
    with progress_bar(False, console=terminal, delay=0) as callback:
        assert callback is None


def test_a_short_run_shows_no_bar(tmp_path: Path) -> None:
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    (tmp_path / "a.txt").write_text(RUTTE)
    with progress_bar(console=terminal, delay=3600) as callback:
        run([tmp_path], progress=callback)
    assert screen.getvalue() == ""
