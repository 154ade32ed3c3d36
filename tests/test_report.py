"""Tests for the reporters over hand-built Results."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date

import pandas as pd
import pytest

from factcheck.models import (
    CLAIM_COLUMNS,
    Claim,
    Document,
    Finding,
    Location,
    Person,
    ReferenceTally,
    Result,
    Severity,
)
from factcheck.report import (
    CLAIMS_WRITERS,
    REPORTERS,
    claims_csv,
    claims_json,
    render,
    render_claims,
    render_json,
    render_markdown,
)


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    return pd.DataFrame([dataclasses.asdict(c) for c in claims], columns=list(CLAIM_COLUMNS))


CLAIMS = [
    Claim(
        "news/b.txt",
        None,
        7,
        1,
        "Jens Stoltenberg",
        "secretary-general",
        "NATO",
        date(2020, 3, 1),
        "current",
        "article",
        "Jens Stoltenberg, NATO Secretary General, said | something.",
        person_id="Jens Stoltenberg",
    ),
    Claim(
        "news/a.txt",
        None,
        3,
        5,
        "Mark Rutte",
        "secretary-general",
        "NATO",
        date(2025, 1, 10),
        "current",
        "article",
        "NATO Secretary General Mark Rutte\nspoke on Friday.",
        person_id="Mark Rutte",
    ),
    Claim(
        "news/a.txt",
        None,
        40,
        1,
        "Teaser Person",
        "secretary-general",
        "NATO",
        date(2025, 1, 10),
        "current",
        "furniture",
        "Read more: Teaser Person heads NATO.",
        person_id="Teaser Person",
    ),
    Claim(
        "feed.jsonl",
        "r2",
        1,
        10,
        "Olaf Scholz",
        "chancellor",
        "Germany",
        None,
        "former",
        "article",
        "Former chancellor Olaf Scholz arrived.",
        person_id="Olaf Scholz",
    ),
    Claim(
        "feed.jsonl",
        "r1",
        2,
        1,
        "Somebody",
        "minister",
        "",
        None,
        "current",
        "article",
        "The minister, Somebody, spoke.",
        person_id="Somebody",
    ),
    Claim(
        "news/c.txt",
        None,
        2,
        1,
        "Ad Person",
        "president",
        "Ruritania",
        None,
        "current",
        "furniture",
        "Subscribe! Ad Person, president of Ruritania.",
        person_id="Ad Person",
    ),
]

LOC_A = Location("news/a.txt", 3, 5, "NATO Secretary General Mark Rutte\nspoke   on Friday.")
LOC_B = Location("news/b.txt", 7, 1, "Jens Stoltenberg, NATO Secretary General, said.")
LOC_R = Location("feed.jsonl", 1, 10, "Former chancellor Olaf Scholz arrived.", record="r2")

FINDINGS = [
    Finding(
        "E101", "office-conflict", Severity.ERROR, "Two people hold one office", (LOC_A, LOC_B)
    ),
    Finding("E102", "status-conflict", Severity.ERROR, "Called current and former", (LOC_R,)),
    Finding(
        "W201", "undated", Severity.WARNING, "Document has no date", (Location("news/c.txt", 1, 1),)
    ),
    Finding(
        "I301",
        "spelling",
        Severity.INFO,
        "Several spellings of a name",
        (Location("news/b.txt", 9, 2, "x" * 500),),
    ),
]

PEOPLE = [
    Person(
        "Volodymyr Zelensky",
        (
            ("Zelensky", (Location("news/a.txt", 5, 1), Location("news/b.txt", 2, 4))),
            ("Zelenskiy", (Location("feed.jsonl", 3, 1, record="r1"),)),
        ),
    ),
    Person("Mark Rutte", (("Mark Rutte", (Location("news/a.txt", 3, 5),)),)),
]

DOCUMENTS = [
    Document(
        "news/a.txt",
        "text",
        published=date(2025, 1, 10),
        published_from="front-matter",
        title="Rutte speaks",
    ),
    Document("news/b.txt", "text", published=date(2020, 3, 1), published_from="text"),
    Document("news/c.txt", "text"),
    Document(
        "feed.jsonl",
        "text",
        record="r1",
        published=date(2024, 6, 1),
        published_from="jsonl",
        title="Feed item",
    ),
]


@pytest.fixture
def result() -> Result:
    return Result(
        documents=list(DOCUMENTS),
        claims=claims_frame(CLAIMS),
        findings=list(FINDINGS),
        people=list(PEOPLE),
        reference=ReferenceTally(agree=3, disagree=1, outside=2),
    )


@pytest.fixture
def empty() -> Result:
    return Result(documents=[], claims=claims_frame([]), findings=[])


def section(markdown: str, heading: str) -> str:
    """The text of one ``## `` section (up to the next ``## `` heading)."""
    start = markdown.index(f"## {heading}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start:] if end == -1 else markdown[start:end]


# --- registry -------------------------------------------------------------------------------


def test_registry_names() -> None:
    assert list(REPORTERS) == ["markdown", "json", "csv", "github", "sarif", "gitlab", "junit"]
    assert list(CLAIMS_WRITERS) == ["csv", "json"]


def test_render_dispatches(result: Result) -> None:
    assert render(result, "json") == render_json(result)
    assert render(result, "markdown") == render_markdown(result)
    assert render_claims(result.claims, "csv") == claims_csv(result.claims)


def test_render_unknown_format(result: Result) -> None:
    with pytest.raises(ValueError, match="unknown report format 'html'"):
        render(result, "html")
    with pytest.raises(ValueError, match="unknown claims format"):
        render_claims(result.claims, "xml")


# --- JSON -----------------------------------------------------------------------------------


def test_json_structure(result: Result) -> None:
    data = json.loads(render_json(result))
    assert list(data) == ["documents", "claims", "findings", "people", "reference", "summary"]

    assert data["documents"][0] == {
        "path": "news/a.txt",
        "record": None,
        "published": "2025-01-10",
        "published_from": "front-matter",
        "title": "Rutte speaks",
    }
    assert data["documents"][2]["published"] is None

    assert len(data["claims"]) == len(CLAIMS)
    first = data["claims"][0]
    assert list(first) == list(CLAIM_COLUMNS)
    assert first["as_of"] == "2020-03-01"
    assert first["record"] is None
    assert type(first["line"]) is int and type(first["column"]) is int
    scholz = data["claims"][3]
    assert scholz["record"] == "r2" and scholz["as_of"] is None

    assert [f["code"] for f in data["findings"]] == ["E101", "E102", "W201", "I301"]
    finding = data["findings"][0]
    assert list(finding) == ["code", "name", "severity", "message", "locations"]
    assert finding["severity"] == "error"
    assert finding["locations"][1] == {
        "path": "news/b.txt",
        "record": None,
        "line": 7,
        "column": 1,
        "text": LOC_B.text,
    }
    assert data["findings"][1]["locations"][0]["record"] == "r2"
    assert [f["severity"] for f in data["findings"]] == ["error", "error", "warning", "info"]

    person = data["people"][0]
    assert person["canonical"] == "Volodymyr Zelensky"
    assert [v["spelling"] for v in person["variants"]] == ["Zelensky", "Zelenskiy"]
    assert list(person["variants"][0]["locations"][0]) == [
        "path",
        "record",
        "line",
        "column",
        "text",
    ]

    assert data["reference"] == {"agree": 3, "disagree": 1, "outside": 2}
    assert data["summary"] == {
        "documents": 4,
        "claims": 6,
        "findings": {"error": 2, "warning": 1, "info": 1},
    }


def test_json_empty(empty: Result) -> None:
    text = render_json(empty)
    data = json.loads(text)
    assert data["claims"] == [] and data["findings"] == [] and data["people"] == []
    assert data["reference"] is None
    assert data["summary"] == {
        "documents": 0,
        "claims": 0,
        "findings": {"error": 0, "warning": 0, "info": 0},
    }
    assert text.endswith("}\n") and not text.endswith("\n\n")


def test_json_keeps_non_ascii() -> None:
    claim = dataclasses.replace(CLAIMS[0], person="Włodzimierz Żeleński")
    text = render_json(Result(documents=[], claims=claims_frame([claim]), findings=[]))
    assert "Włodzimierz Żeleński" in text


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_header_and_counts(result: Result) -> None:
    md = render_markdown(result)
    assert md.startswith("# factcheck report\n")
    summary = md[: md.index("## Findings")]
    header, _, values = summary.splitlines()[2:5]  # a GitHub table; tabulate pads the cells
    assert [c.strip() for c in header.strip("|").split("|")] == [
        "documents",
        "dated documents",
        "claims",
        "errors",
        "warnings",
        "info",
    ]
    assert [c.strip() for c in values.strip("|").split("|")] == ["4", "3", "6", "2", "1", "1"]
    assert "Reference: 3 claims agree, 1 disagree, 2 outside the reference" in md


def test_markdown_severity_groups_in_order(result: Result) -> None:
    md = render_markdown(result)
    findings = section(md, "Findings")
    errors = findings.index("### Errors (2)")
    warnings = findings.index("### Warnings (1)")
    info = findings.index("### Info (1)")
    assert errors < warnings < info
    # the pipeline's order is kept inside a group
    assert findings.index("**E101 office-conflict**") < findings.index("**E102 status-conflict**")
    assert errors < findings.index("E102") < warnings < findings.index("W201") < info
    assert "- **E101 office-conflict**: Two people hold one office" in findings


def test_markdown_omits_empty_severity_groups(result: Result) -> None:
    result.findings = [f for f in FINDINGS if f.severity is Severity.ERROR]
    md = render_markdown(result)
    assert "### Errors (2)" in md
    assert "### Warnings" not in md and "### Info" not in md


def test_markdown_locations_and_quotes(result: Result) -> None:
    findings = section(render_markdown(result), "Findings")
    assert "  - `news/a.txt:3`" in findings
    assert "  - `news/b.txt:7`" in findings
    assert "  - `feed.jsonl#r2:1`" in findings
    # whitespace collapsed into one line
    assert "    > NATO Secretary General Mark Rutte spoke on Friday." in findings
    # a location without text has no quote line
    w201 = findings[findings.index("W201") : findings.index("### Info")]
    assert "`news/c.txt:1`" in w201 and ">" not in w201
    # long quotes are cut to 300 characters
    long_line = next(line for line in findings.splitlines() if line.startswith("    > xxx"))
    quote = long_line.removeprefix("    > ")
    assert len(quote) == 300 and quote.endswith("…")


def test_markdown_timelines(result: Result) -> None:
    timelines = section(render_markdown(result), "Office timelines")
    # sorted by organisation, then office
    germany = timelines.index("### chancellor (Germany)")
    nato = timelines.index("### secretary-general (NATO)")
    assert germany < nato
    assert "| as_of" in timelines and "| where" in timelines
    # rows by date: Stoltenberg (2020) before Rutte (2025)
    assert timelines.index("Jens Stoltenberg") < timelines.index("Mark Rutte")
    assert "news/a.txt:3" in timelines and "feed.jsonl#r2:1" in timelines
    # claims without an organisation have no timeline
    assert "minister" not in timelines and "Somebody" not in timelines
    assert "| undated" in timelines


def test_markdown_timeline_escapes_pipes(result: Result) -> None:
    timelines = section(render_markdown(result), "Office timelines")
    assert "said \\| something." in timelines
    row = next(line for line in timelines.splitlines() if "Jens Stoltenberg" in line)
    # every cell separator is unescaped; the quoted pipe is escaped: 5 cells, 6 separators
    unescaped = row.replace("\\|", "")
    assert unescaped.count("|") == 6
    # newlines inside a quote do not break the table
    assert "Mark Rutte spoke on Friday." in timelines


def test_markdown_timeline_excludes_furniture(result: Result) -> None:
    timelines = section(render_markdown(result), "Office timelines")
    assert "Teaser Person" not in timelines
    assert "news/a.txt:40" not in timelines
    # a pair with only furniture claims gets no section at all
    assert "Ruritania" not in timelines and "Ad Person" not in timelines


def test_markdown_timeline_truncates_quotes() -> None:
    claim = dataclasses.replace(CLAIMS[0], quote="y" * 400)
    md = render_markdown(Result(documents=[], claims=claims_frame([claim]), findings=[]))
    row = next(line for line in md.splitlines() if "yyy" in line)
    cell = next(c.strip() for c in row.split("|") if "yyy" in c)
    assert len(cell) == 120 and cell.endswith("…")


def test_markdown_people(result: Result) -> None:
    people = section(render_markdown(result), "People with several spellings")
    assert (
        "- **Volodymyr Zelensky**: Zelensky (2×: news/a.txt:5, news/b.txt:2), "
        "Zelenskiy (1×: feed.jsonl#r1:3)"
    ) in people
    assert "**Mark Rutte**" not in people  # one spelling only


def test_markdown_empty(empty: Result) -> None:
    md = render_markdown(empty)
    assert "No findings." in md
    assert "### Errors" not in md
    assert "Reference:" not in md
    assert "## Office timelines" in md and "## People with several spellings" in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_section_order(result: Result) -> None:
    md = render_markdown(result)
    positions = [
        md.index(h)
        for h in (
            "# factcheck report",
            "## Findings",
            "## Office timelines",
            "## People with several spellings",
        )
    ]
    assert positions == sorted(positions)


# --- determinism ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_reporters_are_deterministic(result: Result, fmt: str) -> None:
    first = render(result, fmt)
    again = render(result, fmt)
    assert first == again
    # an equal Result built afresh gives the same bytes
    rebuilt = Result(
        documents=list(DOCUMENTS),
        claims=claims_frame(CLAIMS),
        findings=list(FINDINGS),
        people=list(PEOPLE),
        reference=ReferenceTally(3, 1, 2),
    )
    assert render(rebuilt, fmt) == first
    assert "\r" not in first
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("fmt", sorted(CLAIMS_WRITERS))
def test_claims_writers_are_deterministic(result: Result, fmt: str) -> None:
    first = render_claims(result.claims, fmt)
    assert render_claims(claims_frame(CLAIMS), fmt) == first
    assert first.endswith("\n") and not first.endswith("\n\n")


# --- claims table ---------------------------------------------------------------------------


def test_claims_csv(result: Result) -> None:
    text = claims_csv(result.claims)
    assert text.splitlines()[0] == ",".join(CLAIM_COLUMNS)
    assert "\r" not in text.replace("\r\n", "")  # no CRLF line endings
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(CLAIMS)
    assert rows[0]["path"] == "news/b.txt"
    assert rows[0]["record"] == ""
    assert rows[0]["line"] == "7"
    assert rows[0]["as_of"] == "2020-03-01"
    assert rows[0]["quote"] == CLAIMS[0].quote
    assert rows[1]["quote"] == CLAIMS[1].quote  # embedded newline survives quoting
    assert rows[3]["record"] == "r2" and rows[3]["as_of"] == ""


def test_claims_csv_empty() -> None:
    assert claims_csv(claims_frame([])) == ",".join(CLAIM_COLUMNS) + "\n"


def test_claims_json_round_trip(result: Result) -> None:
    data = json.loads(claims_json(result.claims))
    assert len(data) == len(CLAIMS)
    assert all(list(row) == list(CLAIM_COLUMNS) for row in data)
    back = [
        Claim(**{**row, "as_of": date.fromisoformat(row["as_of"]) if row["as_of"] else None})
        for row in data
    ]
    assert back == CLAIMS


def test_claims_json_empty() -> None:
    assert json.loads(claims_json(claims_frame([]))) == []


def test_claims_handle_missing_values() -> None:
    """NaN, NaT and numpy ints in a frame come out as null and plain ints."""
    frame = claims_frame(CLAIMS[:1])
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    frame.loc[0, "person_id"] = float("nan")
    row = json.loads(claims_json(frame))[0]
    assert row["as_of"] == "2020-03-01"
    assert row["person_id"] is None
    frame["as_of"] = pd.NaT
    assert json.loads(claims_json(frame))[0]["as_of"] is None
