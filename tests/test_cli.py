"""The command line: exit codes, usage errors, output files, formats.

Most tests call ``factcheck.cli.main([...])`` in-process with ``capsys``; one runs
``python -m factcheck`` as a subprocess, as a user (or CI) would.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.models import CLAIM_COLUMNS

REPO = Path(__file__).resolve().parents[1]

DOCUMENT_FIELDS = ["path", "record", "published", "published_from", "title"]
FINDING_FIELDS = ["code", "name", "severity", "message", "locations"]
LOCATION_FIELDS = ["path", "record", "line", "column", "text"]
TOP_LEVEL_KEYS = ["documents", "claims", "findings", "people", "reference", "summary"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """argparse ends a usage error with SystemExit(2); the message is on stderr."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


# --- exit codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [
        pytest.param(None, 1, id="default-is-warning"),
        pytest.param("warning", 1, id="warning"),
        pytest.param("info", 1, id="info"),
        pytest.param("error", 0, id="error"),  # the seeds give warnings and info, no error
        pytest.param("never", 0, id="never"),
    ],
)
def test_exit_code_on_the_seeds(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, fail_on: str | None, expected: int
) -> None:
    argv = ["check", str(seeds_dir)] + (["--fail-on", fail_on] if fail_on else [])
    code, out, err = cli(capsys, *argv)
    assert code == expected
    assert out.startswith("# factcheck report\n")
    assert err == ""


def test_the_seeds_give_warning_and_info_but_no_error(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    code, out, _ = cli(capsys, "check", str(seeds_dir), "--format", "json")
    assert code == 1
    counts = json.loads(out)["summary"]["findings"]
    assert counts["error"] == 0
    assert counts["warning"] > 0
    assert counts["info"] > 0


def test_an_error_finding_fails_even_with_fail_on_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("date 2024-12-04\nNATO Secretary General Mark Rutte spoke.\n")
    (tmp_path / "b.txt").write_text(
        "date 2024-12-04\nNATO Secretary General Jens Stoltenberg spoke.\n"
    )
    assert cli(capsys, "check", str(tmp_path), "--fail-on", "error")[0] == 1
    assert cli(capsys, "check", str(tmp_path), "--fail-on", "never")[0] == 0


def test_info_only_passes_by_default(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2023-12-04\nNATO Secretary General Jens Stoltenberg spoke.\n"
    )
    (tmp_path / "b.txt").write_text("date 2024-12-04\nNATO Secretary General Mark Rutte spoke.\n")
    code, out, _ = cli(capsys, "check", str(tmp_path))
    assert code == 0
    assert "FC102 holder-change" in out
    assert cli(capsys, "check", str(tmp_path), "--fail-on", "info")[0] == 1


def test_no_findings_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-12-04\nNATO Secretary General Mark Rutte spoke.\n")
    code, out, _ = cli(capsys, "check", str(tmp_path), "--fail-on", "info")
    assert code == 0
    assert "No findings." in out


def test_subprocess_python_m_factcheck(seeds_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(seeds_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=REPO,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("# factcheck report\n")
    assert done.stderr == ""


# --- usage and configuration errors -----------------------------------------------------------


def test_no_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    # no PATH and no config file with `paths` (the repository's pyproject.toml has none)
    code, out, err = cli(capsys, "check")
    assert (code, out) == (2, "")
    assert "no PATH given" in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    usage_error(capsys)


def test_unknown_claims_format_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    assert "--format" in usage_error(capsys, "claims", str(seeds_dir), "--format", "yaml")


@pytest.mark.parametrize(
    "formats",
    [
        pytest.param(["yaml"], id="unknown"),
        pytest.param(["yaml:out.yaml"], id="unknown-to-a-file"),
        pytest.param(["markdown", "json"], id="two-on-standard-output"),
    ],
)
def test_bad_check_formats_exit_2_before_the_run(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, formats: list[str]
) -> None:
    argv = ["check", str(seeds_dir)] + [a for f in formats for a in ("--format", f)]
    code, out, err = cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: ")
    assert "--format" in err or "standard output" in err


def test_unknown_fail_on_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    assert "--fail-on" in usage_error(capsys, "check", str(seeds_dir), "--fail-on", "fatal")


def test_missing_reference_file_exits_2(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-reference.csv"
    code, out, err = cli(capsys, "check", str(seeds_dir), "--reference", str(missing))
    assert code == 2
    assert out == ""
    assert err.startswith("factcheck: ")
    assert "no-such-reference.csv" in err


def test_reference_with_wrong_columns_exits_2(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,year\nRutte,2024\n", encoding="utf-8")
    code, out, err = cli(capsys, "check", str(seeds_dir), "--reference", str(bad))
    assert (code, out) == (2, "")
    assert "bad.csv" in err and "columns" in err


def test_reference_with_a_bad_date_exits_2(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "office,organization,holder,start,end,source_url\n"
        "Secretary General,NATO,Mark Rutte,1 Oct 2024,,\n",
        encoding="utf-8",
    )
    code, out, err = cli(capsys, "check", str(seeds_dir), "--reference", str(bad))
    assert (code, out) == (2, "")
    assert "bad.csv:2" in err


def test_a_missing_article_is_a_finding_not_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = cli(capsys, "check", str(tmp_path / "nope.txt"), "--format", "json")
    assert code == 1
    assert err == ""
    (finding,) = json.loads(out)["findings"]
    assert (finding["code"], finding["severity"]) == ("FC001", "error")


# --- output -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_output_file_and_nothing_on_stdout(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "out" / f"report.{fmt}"
    code, out, err = cli(capsys, "check", str(seeds_dir), "--format", fmt, "--output", str(target))
    assert (code, out, err) == (1, "", "")
    written = target.read_text(encoding="utf-8")
    assert cli(capsys, "check", str(seeds_dir), "--format", fmt)[1] == written
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_claims_output_file(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "claims.csv"
    code, out, _ = cli(capsys, "claims", str(seeds_dir), "--output", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith(",".join(CLAIM_COLUMNS) + "\n")


def test_claims_csv_header_is_the_documented_columns(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    code, out, _ = cli(capsys, "claims", str(seeds_dir), "--format", "csv")
    assert code == 0  # claims never fails on findings
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert len(rows) > 1
    assert all(len(row) == len(CLAIM_COLUMNS) for row in rows)


def test_claims_csv_is_the_default_format(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    default = cli(capsys, "claims", str(seeds_dir))[1]
    assert default == cli(capsys, "claims", str(seeds_dir), "--format", "csv")[1]


def test_claims_json_parses(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    code, out, _ = cli(capsys, "claims", str(seeds_dir), "--format", "json")
    assert code == 0
    claims = json.loads(out)
    assert isinstance(claims, list) and claims
    assert all(list(claim) == list(CLAIM_COLUMNS) for claim in claims)
    csv_rows = list(csv.DictReader(io.StringIO(cli(capsys, "claims", str(seeds_dir))[1])))
    assert len(csv_rows) == len(claims)


def test_json_report_keys_and_fields(capsys: pytest.CaptureFixture[str], seeds_dir: Path) -> None:
    _, out, _ = cli(capsys, "check", str(seeds_dir), "--format", "json")
    report = json.loads(out)
    assert list(report) == TOP_LEVEL_KEYS
    assert report["documents"] and report["claims"] and report["findings"]
    assert all(list(doc) == DOCUMENT_FIELDS for doc in report["documents"])
    assert all(list(claim) == list(CLAIM_COLUMNS) for claim in report["claims"])
    for finding in report["findings"]:
        assert list(finding) == FINDING_FIELDS
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["locations"]
        assert all(list(loc) == LOCATION_FIELDS for loc in finding["locations"])
    assert report["reference"] is None
    assert report["summary"]["documents"] == len(report["documents"])
    assert report["summary"]["claims"] == len(report["claims"])


def test_json_report_with_reference_has_the_tally(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "nato.csv"
    reference.write_text(
        "office,organization,holder,start,end,source_url\n"
        "Secretary General,NATO,Jens Stoltenberg,2014-10-01,2024-10-01,https://example.org/n\n"
        "Secretary General,NATO,Mark Rutte,2024-10-01,,https://example.org/n\n",
        encoding="utf-8",
    )
    _, out, _ = cli(
        capsys, "check", str(seeds_dir), "--format", "json", "--reference", str(reference)
    )
    tally = json.loads(out)["reference"]
    assert list(tally) == ["agree", "disagree", "outside"]
    assert tally["agree"] == 3  # Stoltenberg twice (2023-12-04), Rutte once (2024-12-04)
    assert tally["disagree"] == 0


def test_markdown_counts_then_findings_then_timelines(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path
) -> None:
    _, out, _ = cli(capsys, "check", str(seeds_dir))
    counts = out.index("| documents")
    findings = out.index("## Findings")
    timelines = out.index("## Office timelines")
    assert counts < findings < timelines
    assert out.index("FC202 likely-misspelling") < timelines
    assert findings < out.index("### Secretary General (NATO)")
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("factcheck ")
