"""Baselines: ``factcheck baseline create|prune`` and ``factcheck check --baseline FILE``.

Two invented articles naming different NATO Secretaries General on one date give an FC101
holder-conflict; three spellings of Zelenskyy in one article give an FC201. Each test works in
its own ``tmp_path`` as the current folder, so that paths read ``a.txt`` as a user's would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from factcheck.baseline import Baseline, BaselineError, apply_baseline, entries_of, read_baseline
from factcheck.cli import main
from factcheck.models import Finding, Location, Result, Severity

D = "2024-12-04"
STOLTENBERG = "NATO Secretary General Jens Stoltenberg spoke in Brussels."
RUTTE = "NATO Secretary General Mark Rutte spoke in Brussels."
BASELINE = "ci/factcheck-baseline.json"
# three spellings of one name in one article: an FC201 name-variants finding
ZELENSKYY = (
    "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.",
    "Zelenskyy said more.",
    '"We will win," Zelenskiy said.',
)


def dated(*lines: str) -> str:
    return "\n".join([f"date {D}", *lines]) + "\n"


def write(files: dict[str, str]) -> None:
    for name, text in files.items():
        Path(name).write_text(text, encoding="utf-8")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    """Exit code and JSON report of ``factcheck check ARGV --format json``."""
    code, out, _ = cli(capsys, "check", *argv, "--format", "json")
    return code, json.loads(out)


def codes(report: dict[str, object]) -> list[str]:
    listed = report["findings"]
    assert isinstance(listed, list)
    return [f["code"] for f in listed]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def conflict() -> None:
    write({"a.txt": dated(STOLTENBERG), "b.txt": dated(RUTTE)})


@pytest.mark.usefixtures("conflict")
def test_create_records_the_finding_and_check_hides_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert findings(capsys, "a.txt", "b.txt")[0] == 1
    code, _, err = cli(capsys, "baseline", "create", "a.txt", "b.txt", "--baseline", BASELINE)
    assert code == 0
    assert err == f"factcheck: recorded 1 finding as 1 entry in {BASELINE}\n"
    data = json.loads(Path(BASELINE).read_text(encoding="utf-8"))
    (entry,) = data["findings"]
    assert data["factcheck-baseline"] == 1
    assert (entry["code"], entry["count"], entry["paths"]) == ("FC101", 1, ["a.txt", "b.txt"])
    assert "Jens Stoltenberg" in entry["summary"]
    code, out, err = cli(capsys, "check", "a.txt", "b.txt", "--baseline", BASELINE)
    assert code == 0
    assert "1 finding hidden by the baseline." in out
    assert "No findings." in out
    assert err == "factcheck: 1 finding hidden by the baseline\n"
    code, report = findings(capsys, "a.txt", "b.txt", "--baseline", BASELINE)
    assert (code, codes(report)) == (0, [])
    summary = report["summary"]
    assert isinstance(summary, dict) and summary["hidden"] == {"baseline": 1}


@pytest.mark.usefixtures("conflict")
def test_the_baseline_survives_paragraphs_added_above(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    write({"b.txt": dated("A new opening paragraph.", "", "And another.", "", RUTTE)})
    code, report = findings(capsys, ".", "--baseline", BASELINE)
    assert (code, codes(report)) == (0, [])


@pytest.mark.usefixtures("conflict")
def test_a_new_finding_is_not_hidden(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    write({"c.txt": dated("U.S. President Joe Biden spoke in Washington.")})
    write({"d.txt": dated("U.S. President Donald Trump spoke in Florida.")})
    code, report = findings(capsys, ".", "--baseline", BASELINE)
    assert code == 1
    assert codes(report) == ["FC101"]  # the new pair's conflict, not the recorded one
    assert "Donald Trump" in report["findings"][0]["message"]  # type: ignore[index]


def test_create_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    write({"a.txt": dated(STOLTENBERG, "", STOLTENBERG), "b.txt": dated(RUTTE, "", RUTTE)})
    cli(capsys, "baseline", "create", ".", "--baseline", "one.json")
    cli(capsys, "baseline", "create", ".", "--baseline", "two.json")
    text = Path("one.json").read_bytes()
    assert text == Path("two.json").read_bytes()
    entries = json.loads(text)["findings"]
    assert entries == sorted(entries, key=lambda e: (e["code"], e["fingerprint"]))
    assert all(e["count"] >= 1 for e in entries)


def test_duplicates_are_counted_and_hidden_as_often_as_recorded() -> None:
    """Two findings on the same sentences share a fingerprint: one entry, count 2; it hides
    two such findings, and a third is new."""
    where = (Location("a.txt", 2, 1, STOLTENBERG), Location("b.txt", 2, 1, RUTTE))
    twin = Finding("FC101", "holder-conflict", Severity.ERROR, "conflict", where)
    (entry,) = entries_of([twin, twin])
    assert entry.count == 2
    baseline = Baseline(BASELINE, (entry,))
    result = Result([], pd.DataFrame(), [twin, twin, twin])
    after = apply_baseline(result, baseline)
    assert (after.findings, after.hidden) == ([twin], {"baseline": 2})


def test_counts_are_per_fingerprint(capsys: pytest.CaptureFixture[str]) -> None:
    write({"a.txt": dated(STOLTENBERG), "b.txt": dated(RUTTE)})
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    data = json.loads(Path(BASELINE).read_text(encoding="utf-8"))
    data["findings"][0]["count"] = 0  # not allowed: at least 1
    Path(BASELINE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BaselineError, match="count"):
        read_baseline(BASELINE)


@pytest.mark.usefixtures("conflict")
def test_an_entry_that_no_longer_matches_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    write({"b.txt": dated(STOLTENBERG)})  # corrected: no conflict any more
    code, report = findings(capsys, ".", "--baseline", BASELINE)
    assert (code, codes(report)) == (0, ["FC902"])
    (stale,) = report["findings"]  # type: ignore[misc]
    assert stale["name"] == "stale-baseline-entry"
    (where,) = stale["locations"]
    assert where["path"] == BASELINE
    fingerprint = json.loads(Path(BASELINE).read_text(encoding="utf-8"))["findings"][0]
    line = Path(BASELINE).read_text(encoding="utf-8").split("\n")[where["line"] - 1]
    assert fingerprint["fingerprint"] in line


@pytest.mark.usefixtures("conflict")
def test_entries_of_files_not_read_are_not_judged(capsys: pytest.CaptureFixture[str]) -> None:
    """A pre-commit run passes the changed files only: the conflict needs a.txt too."""
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    code, report = findings(capsys, "b.txt", "--baseline", BASELINE)
    assert (code, codes(report)) == (0, [])
    cli(capsys, "baseline", "prune", "b.txt", "--baseline", BASELINE)
    assert len(read_baseline(BASELINE).entries) == 1


@pytest.mark.usefixtures("conflict")
def test_prune_drops_what_no_longer_matches(capsys: pytest.CaptureFixture[str]) -> None:
    write({"c.txt": dated(*ZELENSKYY)})
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    before = read_baseline(BASELINE).entries
    assert sorted(e.code for e in before) == ["FC101", "FC201"]
    write({"b.txt": dated(STOLTENBERG)})
    code, _, err = cli(capsys, "baseline", "prune", ".", "--baseline", BASELINE)
    assert code == 0
    assert err.startswith(f"factcheck: pruned 1 entry of {BASELINE}")
    assert [e.code for e in read_baseline(BASELINE).entries] == ["FC201"]
    assert not Path(BASELINE + ".tmp").exists()


@pytest.mark.usefixtures("conflict")
def test_prune_drops_entries_of_deleted_files(capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    Path("b.txt").unlink()
    cli(capsys, "baseline", "prune", "a.txt", "--baseline", BASELINE)
    assert read_baseline(BASELINE).entries == ()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot be read: No such file or directory"),
        ("{", "not JSON"),
        ("[]", "not a factcheck baseline"),
        ('{"factcheck-baseline": 2, "findings": []}', "not a factcheck baseline"),
        ('{"factcheck-baseline": 1, "findings": [{"code": "FC101"}]}', '"fingerprint"'),
    ],
    ids=["missing", "not-json", "not-an-object", "other-version", "entry-without-fingerprint"],
)
@pytest.mark.parametrize("command", ["check", "prune"])
@pytest.mark.usefixtures("conflict")
def test_a_bad_baseline_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], content: str | None, reason: str, command: str
) -> None:
    if content is not None:
        Path("bad.json").write_text(content, encoding="utf-8")
    argv = ["check"] if command == "check" else ["baseline", "prune"]
    code, out, err = cli(capsys, *argv, ".", "--baseline", "bad.json")
    assert code == 2
    assert out == ""
    assert err.startswith("factcheck: baseline bad.json: ")
    assert reason in err


def test_suppressions_apply_before_the_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    """A finding a comment hides is not recorded, and both counts are said."""
    comment = "<!-- factcheck: ignore[FC201] -->"
    write({"a.txt": dated(STOLTENBERG), "b.txt": dated(RUTTE)})
    write({"c.txt": dated(ZELENSKYY[0], comment, *ZELENSKYY[1:])})
    cli(capsys, "baseline", "create", ".", "--baseline", BASELINE)
    assert [e.code for e in read_baseline(BASELINE).entries] == ["FC101"]
    code, out, err = cli(capsys, "check", ".", "--baseline", BASELINE)
    assert code == 0
    assert "1 finding hidden by suppressions, 1 by the baseline." in out
    assert err == "factcheck: 1 finding hidden by suppressions, 1 by the baseline\n"


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ is not in this checkout")
def test_the_seeds_baseline_hides_every_seed_finding(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = str(SEEDS)
    assert findings(capsys, seeds)[0] == 1
    cli(capsys, "baseline", "create", seeds, "--baseline", BASELINE)
    code, report = findings(capsys, seeds, "--baseline", BASELINE, "--fail-on", "info")
    assert (code, codes(report)) == (0, [])
    summary = report["summary"]
    assert isinstance(summary, dict) and summary["hidden"]["baseline"] > 0
