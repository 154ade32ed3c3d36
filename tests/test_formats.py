"""The CI output formats: csv, github, sarif, gitlab, junit and auto, and ``--format
FMT[:PATH]`` repeated. Each is read back as its consumer would (the SARIF schema, JSON, XML,
CSV) on real findings: the seeds and small invented articles."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.fingerprint import fingerprint
from factcheck.models import Finding, Location, Result, Severity
from factcheck.pipeline import run
from factcheck.report import render
from factcheck.report.github import SUMMARY_LIMIT, annotation, append_step_summary
from factcheck.report.outputs import OutputError, parse_outputs

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def seeds_result(seeds_dir: Path) -> Result:
    return run([seeds_dir])


def conflict(folder: Path) -> Path:
    """Two articles naming two Secretaries General of NATO on one day: an FC101 error."""
    (folder / "a.txt").write_text(
        "date 2024-12-04\n\nNATO Secretary General Mark Rutte spoke in Brussels.\n"
    )
    (folder / "b, c: d.txt").write_text(
        "date 2024-12-04\n\nAllies met.\n\nNATO Secretary General Jens Stoltenberg spoke.\n"
    )
    return folder


def finding(path: str = "a.txt", message: str = "m", record: str | None = None) -> Finding:
    return Finding(
        "FC101",
        "holder-conflict",
        Severity.ERROR,
        message,
        (Location(path, 5, 3, "NATO Secretary General X.", record), Location("b.txt", 9, 1, "Y.")),
    )


# --- github ---------------------------------------------------------------------------------


def test_github_annotates_each_finding_with_its_severity(seeds_result: Result) -> None:
    lines = render(seeds_result, "github").splitlines()
    assert len(lines) == len(seeds_result.findings) == 3
    misspelling = next(line for line in lines if "FC202" in line)
    assert misspelling.startswith("::warning file=")
    assert ",line=11,col=1,title=FC202 likely-misspelling::" in misspelling
    assert sum(line.startswith("::notice ") for line in lines) == 2  # the two info findings


@pytest.mark.parametrize(
    ("path", "message", "expected"),
    [
        pytest.param("a.txt", "50% done", "::error file=a.txt,line=5,col=3,", id="percent"),
        pytest.param("b, c: d.txt", "m", "::error file=b%2C c%3A d.txt,line=5,", id="comma-colon"),
        pytest.param("a.txt", "two\nlines\r", "::two%0Alines%0D (also", id="newlines"),
    ],
)
def test_github_escaping(path: str, message: str, expected: str) -> None:
    command = annotation(finding(path, message))
    assert expected in command
    assert "\n" not in command
    if "%" in message:
        assert "::50%25 done" in command


def test_github_record_findings_name_the_record_not_a_file_line() -> None:
    command = annotation(finding("news.jsonl", "m", record="reuters-12"))
    assert command.startswith("::error file=news.jsonl,title=FC101 holder-conflict::")
    assert "record reuters-12, line 5: m (also: b.txt:9)" in command


def test_step_summary_is_appended_when_set(seeds_result: Result, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("## Earlier step\n")
    assert append_step_summary(seeds_result, {"GITHUB_STEP_SUMMARY": str(summary)}) == summary
    text = summary.read_text()
    assert text.startswith("## Earlier step\n# factcheck report")
    assert append_step_summary(seeds_result, {}) is None


def test_step_summary_stays_within_one_mebibyte(seeds_result: Result, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_bytes(b"x" * (SUMMARY_LIMIT - 2000) + b"\n")
    append_step_summary(seeds_result, {"GITHUB_STEP_SUMMARY": str(summary)})
    data = summary.read_bytes()
    assert len(data) <= SUMMARY_LIMIT
    assert data.rstrip().endswith(b"a job summary holds at most 1 MiB.*")
    data.decode("utf-8")  # never cut inside a character


# --- sarif ----------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_2_1_0_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    result = run([conflict(tmp_path)])
    log = json.loads(render(result, "sarif"))
    jsonschema.validate(log, schema)
    (entry,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "FC101"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[entry["ruleIndex"]]["id"] == "FC101"
    assert "holder" in rules[entry["ruleIndex"]]["help"]["text"]
    assert entry["level"] == "error"
    (related,) = entry["relatedLocations"]
    sides = {
        entry["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        related["physicalLocation"]["artifactLocation"]["uri"],
    }
    assert {Path(uri).name for uri in sides} == {"a.txt", "b%2C%20c%3A%20d.txt"}
    key = entry["partialFingerprints"]["factcheckEvidence/v1"]
    assert key == fingerprint(next(f for f in result.findings if f.code == "FC101"))


def test_sarif_of_a_record_is_valid_and_names_it() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    result = Result(
        documents=[], claims=run([]).claims, findings=[finding("n.jsonl", record="r-1")]
    )
    log = json.loads(render(result, "sarif"))
    jsonschema.validate(log, schema)
    location = log["runs"][0]["results"][0]["locations"][0]
    assert location["logicalLocations"] == [{"name": "r-1", "kind": "object"}]
    assert "region" not in location["physicalLocation"]


# --- gitlab, junit, csv ---------------------------------------------------------------------


def test_gitlab_code_quality_has_unique_fingerprints(seeds_result: Result) -> None:
    doubled = Result(seeds_result.documents, seeds_result.claims, seeds_result.findings * 2)
    issues = json.loads(render(doubled, "gitlab"))
    assert len(issues) == 6
    assert len({issue["fingerprint"] for issue in issues}) == 6
    misspelling = next(issue for issue in issues if issue["check_name"] == "FC202")
    assert misspelling["severity"] == "major"
    assert misspelling["location"]["lines"]["begin"] == 11
    assert misspelling["location"]["path"].endswith("002_6ac269046d865cba.txt")


def test_junit_fails_warnings_and_errors_and_passes_info(seeds_result: Result) -> None:
    root = ElementTree.fromstring(render(seeds_result, "junit"))
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "3", "1")
    suites = {suite.get("name"): suite for suite in root}
    assert set(suites) == {"FC102 holder-change", "FC201 name-variants", "FC202 likely-misspelling"}
    (case,) = suites["FC202 likely-misspelling"]
    failure = case.find("failure")
    assert failure is not None and "Stoltenburg" in (failure.get("message") or "")
    (info_case,) = suites["FC201 name-variants"]
    assert info_case.find("failure") is None


def test_junit_without_findings_is_one_passing_case(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-12-04\n\nNothing happened.\n")
    root = ElementTree.fromstring(render(run([tmp_path]), "junit"))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")


def test_findings_csv_has_a_row_per_finding(seeds_result: Result) -> None:
    rows = list(csv.DictReader(io.StringIO(render(seeds_result, "csv"))))
    assert [row["code"] for row in rows] == [f.code for f in seeds_result.findings]
    change = next(row for row in rows if row["code"] == "FC102")
    assert change["related"].endswith(":7") and change["fingerprint"]


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "github", "sarif", "gitlab", "junit"])
def test_every_format_is_byte_identical_on_a_rerun(seeds_dir: Path, fmt: str) -> None:
    assert render(run([seeds_dir]), fmt) == render(run([seeds_dir]), fmt)


# --- --format FMT[:PATH] and auto -----------------------------------------------------------


def test_several_formats_in_one_run(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    sarif, report = tmp_path / "out" / "r.sarif", tmp_path / "r.md"
    argv = ["check", str(seeds_dir), "--format", f"sarif:{sarif}", "--format", f"markdown:{report}"]
    assert main([*argv, "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::") and "FC202" in out
    assert json.loads(sarif.read_text())["version"] == "2.1.0"
    assert report.read_text().startswith("# factcheck report")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({"GITHUB_ACTIONS": "true"}, "github"), ({}, "markdown"), ({"CI": "true"}, "markdown")],
)
def test_auto_is_github_under_github_actions(environ: dict[str, str], expected: str) -> None:
    (output,) = parse_outputs(["auto"], environ=environ)
    assert output.format == expected


def test_output_names_the_file_of_a_lone_format() -> None:
    assert [(o.format, o.path) for o in parse_outputs(["json"], "r.json")] == [("json", "r.json")]
    with pytest.raises(OutputError):
        parse_outputs(["json", "sarif"], "r.json")
