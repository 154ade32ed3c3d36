"""Suppressions: ``<!-- factcheck: ignore[...] -->`` comments and ``factcheck: {ignore: [...]}``
front matter hide findings; one that hides nothing is an ``unused-suppression`` finding.

The articles are tiny and invented: two files naming different NATO Secretaries General on
one date give an FC101 holder-conflict on line 2 of each (the ``date`` header is line 1);
three spellings of Zelenskyy give an FC201 name-variants finding.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from factcheck.check import CHECKS, NOTICES
from factcheck.cli import main
from factcheck.models import Finding, Result
from factcheck.suppress import apply_suppressions

D = "2024-12-04"
STOLTENBERG = "NATO Secretary General Jens Stoltenberg spoke in Brussels."
RUTTE = "NATO Secretary General Mark Rutte spoke in Brussels."


def dated(*lines: str) -> str:
    return "\n".join([f"date {D}", *lines]) + "\n"


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def checked(folder: Path, files: dict[str, str]) -> Result:
    """The run over ``files`` written to ``folder``, suppressions applied, paths relative."""
    write(folder, files)
    return apply_suppressions(factcheck.run(sorted(files)))


def codes(result: Result) -> list[str]:
    return [f.code for f in result.findings]


def only(result: Result, code: str) -> Finding:
    found = [f for f in result.findings if f.code == code]
    assert len(found) == 1, result.findings
    return found[0]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths in findings read "a.txt", as a user's would


def test_without_a_suppression_the_conflict_is_found(tmp_path: Path) -> None:
    result = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(RUTTE)})
    assert codes(result) == ["FC101"]
    assert result.hidden == {}  # no directive in the articles: nothing in play


@pytest.mark.parametrize(
    "b_lines",
    [
        ("<!-- factcheck: ignore[FC101] Rutte took office on 1 October -->", RUTTE),
        (RUTTE + " <!-- factcheck: ignore[FC101] -->",),
        ("<!-- factcheck: ignore[FC1] any holder check -->", RUTTE),
        ("<!--factcheck:ignore[ fc101 ]-->", RUTTE),
    ],
    ids=["line-before", "same-line-no-reason", "prefix", "tight-lower-case"],
)
def test_a_comment_hides_the_finding_of_its_line(tmp_path: Path, b_lines: tuple[str]) -> None:
    result = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(*b_lines)})
    assert codes(result) == []
    assert result.hidden == {"suppressions": 1}


def test_any_location_of_a_finding_counts(tmp_path: Path) -> None:
    """The conflict's first location is a.txt; the comment in b.txt hides it all the same."""
    before = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(RUTTE)})
    assert only(before, "FC101").locations[0].path == "a.txt"
    comment = "<!-- factcheck: ignore[FC101] -->"
    after = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(comment, RUTTE)})
    assert codes(after) == []


def test_a_comment_two_lines_above_hides_nothing_and_says_so(tmp_path: Path) -> None:
    comment = "<!-- factcheck: ignore[FC101] too far -->"
    result = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(comment, "", RUTTE)})
    assert codes(result) == ["FC101", "FC901"]
    unused = only(result, "FC901")
    assert unused.name == "unused-suppression"
    assert "FC101" in unused.message
    (where,) = unused.locations
    assert (where.path, where.line, where.column, where.text) == ("b.txt", 2, 1, comment)
    assert result.hidden == {"suppressions": 0}


def test_a_code_that_hides_nothing_is_named_alone(tmp_path: Path) -> None:
    comment = "<!-- factcheck: ignore[FC101,FC202] -->"
    result = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(comment, RUTTE)})
    unused = only(result, "FC901")
    assert "FC202" in unused.message
    assert "FC101" not in unused.message
    assert codes(result) == ["FC901"]


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- factcheck: ignore FC101 -->",
        "<!-- factcheck: ignore[] -->",
        "<!-- factcheck: ignore[FC] -->",
    ],
    ids=["no-brackets", "no-code", "blanket-prefix"],
)
def test_a_directive_not_understood_hides_nothing(tmp_path: Path, comment: str) -> None:
    result = checked(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(comment, RUTTE)})
    assert codes(result) == ["FC101", "FC901"]
    assert "not understood" in only(result, "FC901").message


ZELENSKYY = {
    "a.txt": dated(
        "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.",
        "Zelenskyy said more.",
        '"We will win," Zelenskiy said.',
    ),
}


def zelensky_md(front_matter: str) -> str:
    return (
        f"---\ndate: {D}\n{front_matter}---\n"
        "President Volodymyr Zelensky of Ukraine spoke.\n\nZelensky said more.\n"
    )


def test_front_matter_hides_a_code_in_the_whole_article(tmp_path: Path) -> None:
    files = {**ZELENSKYY, "b.md": zelensky_md("")}
    assert codes(checked(tmp_path, files)) == ["FC201"]
    files["b.md"] = zelensky_md("factcheck: {ignore: [FC201], reason: house style}\n")
    result = checked(tmp_path, files)
    assert codes(result) == []
    assert result.hidden == {"suppressions": 1}


def test_front_matter_that_hides_nothing_points_at_the_file_start(tmp_path: Path) -> None:
    files = {**ZELENSKYY, "b.md": zelensky_md("factcheck:\n  ignore: [FC201, FC3]\n")}
    result = checked(tmp_path, files)
    unused = only(result, "FC901")
    assert "FC3" in unused.message and "FC201" not in unused.message
    assert (unused.locations[0].path, unused.locations[0].line) == ("b.md", 1)


def test_front_matter_not_understood(tmp_path: Path) -> None:
    files = {**ZELENSKYY, "b.md": zelensky_md("factcheck: [FC201]\n")}
    result = checked(tmp_path, files)
    assert codes(result) == ["FC201", "FC901"]
    assert "not understood" in only(result, "FC901").message


def test_a_comment_in_a_markdown_body_counts_file_lines(tmp_path: Path) -> None:
    """Front matter moves the body down; the comment and the finding count file lines."""
    body = f"<!-- factcheck: ignore[FC101] -->\n{RUTTE}\n"
    files = {"a.txt": dated(STOLTENBERG), "b.md": f"---\ndate: {D}\ntitle: Brussels\n---\n{body}"}
    result = checked(tmp_path, files)
    assert codes(result) == []
    assert result.suppressions[0].line == 5


def test_a_comment_inside_a_jsonl_record_counts_record_lines(tmp_path: Path) -> None:
    text = f"Brussels.\\n<!-- factcheck: ignore[FC101] -->\\n{RUTTE}"
    feed = (
        f'{{"id": "r1", "date": "{D}", "text": "{STOLTENBERG}"}}\n'
        f'{{"id": "r2", "date": "{D}", "text": "{text}"}}\n'
    )
    result = checked(tmp_path, {"feed.jsonl": feed})
    assert codes(result) == []
    (suppression,) = result.suppressions
    assert (suppression.record, suppression.line) == ("r2", 2)


def test_a_jsonl_record_may_carry_front_matter_like_keys(tmp_path: Path) -> None:
    feed = (
        f'{{"id": "r1", "date": "{D}", "text": "{STOLTENBERG}"}}\n'
        f'{{"id": "r2", "date": "{D}", "text": "{RUTTE}", "factcheck": {{"ignore": ["FC101"]}}}}\n'
    )
    assert codes(checked(tmp_path, {"feed.jsonl": feed})) == []


def test_the_comment_makes_no_claims_and_no_names(tmp_path: Path) -> None:
    """The reason names a person with an office: blanked out, it is read by no stage."""
    comment = "<!-- factcheck: ignore[FC101] NATO Secretary General Mark Ruttes took office -->"
    plain = factcheck.run([_write_one(tmp_path, "plain.txt", dated("", RUTTE, "Rutte said."))])
    marked = factcheck.run(
        [_write_one(tmp_path, "marked.txt", dated(comment, RUTTE + " " + comment, "Rutte said."))]
    )
    columns = ["line", "column", "person", "office", "organization", "as_of", "status", "quote"]
    assert marked.claims[columns].to_dict("records") == plain.claims[columns].to_dict("records")
    spellings = [[s for s, _ in person.variants] for person in marked.people]
    assert spellings == [[s for s, _ in person.variants] for person in plain.people]
    assert "Ruttes" not in str(spellings)
    assert "<!--" not in " ".join(marked.claims["quote"])
    assert "<!--" not in marked.documents[0].title


def _write_one(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return name


def test_the_cli_hides_says_how_many_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    comment = "<!-- factcheck: ignore[FC101] -->"
    write(tmp_path, {"a.txt": dated(STOLTENBERG), "b.txt": dated(comment, RUTTE)})
    assert main(["check", "a.txt", "b.txt"]) == 0
    out, err = capsys.readouterr()
    assert "1 finding hidden by suppressions." in out
    assert err == "factcheck: 1 finding hidden by suppressions\n"
    assert main(["check", "a.txt", "b.txt", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["hidden"] == {"suppressions": 1}
    assert report["findings"] == []


def test_notice_codes_are_unique_and_documented() -> None:
    every = [*CHECKS, *NOTICES]
    assert len({c.code for c in every}) == len(every)
    assert len({c.name for c in every}) == len(every)
    for notice in NOTICES:
        doc = type(notice).__doc__ or ""
        assert "Flags:" in doc and "Does not flag:" in doc
