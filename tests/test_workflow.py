"""The README's "Use in CI" story, end to end: a newsroom repository with published articles,
a pull request that adds one that disagrees with them, and the commands of
``examples/github-workflow.yml``, ``action.yml`` and ``.pre-commit-hooks.yaml`` run as CI
would run them: exit code 1, annotations on the new article's lines, the report in the job
summary, and nothing said about the published articles' own old findings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]

PUBLISHED = {
    # the published corpus has an old finding of its own: Zelenskyy spelled two ways
    "articles/2024-12-04-nato.txt": (
        "date 2024-12-04\n\n"
        "NATO Secretary General Mark Rutte met Ukraine's President Volodymyr Zelenskyy in"
        " Brussels.\n\nRutte said the allies would send more air defence systems.\n"
    ),
    "articles/2024-12-05-kyiv.txt": (
        "date 2024-12-05\n\nPresident Volodymyr Zelensky thanked the allies on Thursday.\n"
    ),
}
# the pull request: the same day, another Secretary General of NATO
NEW = {
    "articles/2024-12-04-brussels.txt": (
        "date 2024-12-04\n\nAllies met in Brussels.\n\n"
        "NATO Secretary General Jens Stoltenberg said the alliance stood with Ukraine.\n"
    ),
}
NEW_ARTICLE, NEW_LINE = "articles/2024-12-04-brussels.txt", 5


def git(repo: Path, *args: str) -> str:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Newsroom",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Newsroom",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def commit(repo: Path, files: dict[str, str], message: str) -> str:
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def newsroom(tmp_path: Path) -> tuple[Path, str]:
    """A repository: the published articles, then a pull request's commit; and the base."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    base = commit(repo, PUBLISHED, "Published articles")
    commit(repo, NEW, "A new article")
    return repo, base


def run_script(
    repo: Path, script: str, environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """A workflow step's ``run`` script in bash, with factcheck of this checkout on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    factcheck = shutil.which("factcheck", path=bin_dir)
    if factcheck is None:
        pytest.skip(f"the factcheck command is not installed beside {sys.executable}")
    env = {**os.environ, **environment, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True
    )


def step(steps: list[dict[str, object]], name: str) -> dict[str, object]:
    return next(s for s in steps if s.get("name") == name)


def assert_new_discrepancy_reported(done: subprocess.CompletedProcess[str], summary: Path) -> None:
    assert done.returncode == 1, done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert annotations, done.stdout
    assert any(
        line.startswith(f"::error file={NEW_ARTICLE},line={NEW_LINE},") and "FC101" in line
        for line in annotations
    ), annotations
    # the published articles' own finding (FC201, Zelenskyy / Zelensky) touches no changed file
    assert not any("FC201" in line for line in annotations), annotations
    report = summary.read_text(encoding="utf-8")
    assert "FC101" in report and "Stoltenberg" in report and "Rutte" in report
    assert "FC201" not in report


def test_example_workflow_fails_on_the_new_discrepancy_only(
    newsroom: tuple[Path, str], tmp_path: Path
) -> None:
    repo, base = newsroom
    workflow = yaml.safe_load((REPO / "examples" / "github-workflow.yml").read_text())
    check = step(
        workflow["jobs"]["factcheck"]["steps"], "Check the new articles against the published ones"
    )
    summary = tmp_path / "summary.md"
    done = run_script(
        repo,
        str(check["run"]),
        {"BASE_SHA": base, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert_new_discrepancy_reported(done, summary)
    assert "FC101" in (repo / "factcheck-report.md").read_text(encoding="utf-8")


def test_action_runs_the_same_check(newsroom: tuple[Path, str], tmp_path: Path) -> None:
    repo, base = newsroom
    action = yaml.safe_load((REPO / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    run_step = step(action["runs"]["steps"], "Run factcheck")
    inputs = action["inputs"]
    summary = tmp_path / "summary.md"
    done = run_script(
        repo,
        str(run_step["run"]),
        {
            "FACTCHECK_PATHS": "articles/",
            "FACTCHECK_CHANGED_SINCE": base,
            "FACTCHECK_FAIL_ON": str(inputs["fail-on"]["default"]),
            "FACTCHECK_ARGS": "",
            "GITHUB_ACTIONS": "true",
            "GITHUB_STEP_SUMMARY": str(summary),
        },
    )
    assert_new_discrepancy_reported(done, summary)


def test_pre_commit_hook_checks_the_files_it_is_given(newsroom: tuple[Path, str]) -> None:
    repo, _ = newsroom
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["language"] == "python"
    files = sorted([*PUBLISHED, *NEW])
    done = run_script(repo, " ".join([hook["entry"], *files]), {})
    assert done.returncode == 1, done.stderr
    assert "FC101" in done.stdout


def test_pre_commit_hook_with_a_store_checks_new_files_against_the_published(
    newsroom: tuple[Path, str],
) -> None:
    """The README's pre-commit recipe: index the published articles once, then the hook,
    given only the staged new article and ``--store``, still finds the conflict."""
    repo, _ = newsroom
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    published = " ".join(sorted(PUBLISHED))
    indexed = run_script(repo, f"factcheck index {published} --store .factcheck", {})
    assert indexed.returncode == 0, indexed.stderr
    done = run_script(repo, " ".join([hook["entry"], "--store", ".factcheck", *NEW]), {})
    assert done.returncode == 1, done.stderr
    assert "FC101" in done.stdout and "2024-12-04-nato.txt:3" in done.stdout
    assert "FC201" not in done.stdout  # the published articles' own finding
