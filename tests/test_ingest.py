"""Ingest: files and folders into documents, and every bad input into a named problem."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.ingest import read_inputs
from factcheck.ingest.dating import publication_date_from_text
from factcheck.models import Document, InputProblem

CAPTION = (
    "Uncover what's happening in the territories under Russian occupation\n"
    "Skip to content\n"
    "Defense Minister Rustem Umerov and Secretary General Jens Stoltenberg in Brussels, "
    "Belgium, on Dec. 4, 2023. (NATO Pressroom)\n"
    "\n"
    "Umerov met with NATO Secretary General Jens Stoltenberg in Brussels, NATO announced on "
    "Dec. 4.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def read_one(path: Path) -> tuple[Document, list[InputProblem]]:
    documents, problems = read_inputs([path])
    assert len(documents) == 1, problems
    return documents[0], problems


def kinds(problems: list[InputProblem]) -> list[str]:
    return [problem.kind for problem in problems]


def file_line(doc: Document, word: str) -> int:
    """The file line of ``word`` as locations will count it: text line + line_offset."""
    index = next(i for i, line in enumerate(doc.text.split("\n")) if word in line)
    return doc.line_offset + index + 1


# --- plain text -------------------------------------------------------------------------------


def test_txt_header_date_keeps_the_text(tmp_path: Path) -> None:
    text = " date 2024-12-04   1. Skip to content\nUkraine updates\n\nNATO meets on Dec. 3, 2024.\n"
    doc, problems = read_one(write(tmp_path, "a.txt", text))
    assert problems == []
    assert (doc.published, doc.published_from) == (date(2024, 12, 4), "header")
    assert doc.text == text  # the header stays, so line numbers are the file's
    assert (doc.line_offset, doc.record) == (0, None)
    assert doc.title == "Ukraine updates"  # the header line is not the headline


def test_txt_dated_from_text(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "caption.txt", CAPTION))
    assert problems == []
    assert (doc.published, doc.published_from) == (date(2023, 12, 4), "text")
    assert doc.title == "Uncover what's happening in the territories under Russian occupation"


def test_txt_title_is_cut_at_200_characters(tmp_path: Path) -> None:
    doc, _ = read_one(write(tmp_path, "long.txt", "\n\n  " + "word " * 100 + "\n"))
    assert len(doc.title) == 200
    assert doc.title.startswith("word word")


def test_undated_txt_is_a_problem_never_today(tmp_path: Path) -> None:
    path = write(tmp_path, "bbc.txt", "Labour plans maternity pay rise\n\nPay will rise by 2007.\n")
    doc, problems = read_one(path)
    assert (doc.published, doc.published_from) == (None, "")
    assert problems == [
        InputProblem(
            "undated", path.as_posix(), "no publication date in metadata, header or text", None, 1
        )
    ]


def test_an_invalid_header_date_is_no_header(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "a.txt", "date 2024-13-45\nSaid on 5 May 2021.\n"))
    assert (doc.published, doc.published_from, problems) == (date(2021, 5, 5), "text", [])


# --- dates from the text -------------------------------------------------------------------------

FILLER = "Nothing dated here.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(CAPTION, date(2023, 12, 4), id="photo-caption"),
        pytest.param(
            "Kyiv, 4 December 2024\nOn 1 May 2020 ...", date(2024, 12, 4), id="first-full-date"
        ),
        pytest.param("Met on Dec. 4 and on Wednesday.\n", None, id="no-year-no-date"),
        pytest.param("No dates at all.\n", None, id="none"),
        pytest.param("2024-12-04 briefing\n", date(2024, 12, 4), id="iso"),
        pytest.param(  # a date in a teaser box is another story's, a late one the story's own
            "Headline\nNews Feed\nDec. 1, 2024 other story\n"
            + FILLER * 50
            + "Held on Nov. 5, 2024 and Nov. 5, 2024.\n",
            None,
            id="news-feed-date-ignored",
        ),
        pytest.param(
            "Headline\nEditors\u2019 Picks\nDec. 1, 2024 other story\n",
            None,
            id="teaser-date-is-not-the-article-date",
        ),
        pytest.param(  # deep in the story: a date it speaks of, not its publication date
            FILLER * 40 + "On May 1, 2020.\nOn June 2, 2021.\nAgain June 2, 2021.\n",
            None,
            id="late-dates-do-not-date-the-article",
        ),
        pytest.param(FILLER * 5 + "On May 1, 2020.\n", date(2020, 5, 1), id="sixth-line-counts"),
        pytest.param(FILLER * 6 + "On May 1, 2020.\n", None, id="seventh-line-does-not"),
        pytest.param(
            FILLER + "\n\n\n" + FILLER * 4 + "On May 1, 2020.\n",
            date(2020, 5, 1),
            id="blank-lines-do-not-count",
        ),
    ],
)
def test_publication_date_from_text(text: str, expected: date | None) -> None:
    assert publication_date_from_text(text) == expected


# --- Markdown ------------------------------------------------------------------------------------

YAML_PAGE = """\
---
date: '2024-10-23'
published_time: 2024-10-23 21:24:39-04:00
source_url: https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2024/10/23/x/
tags: speeches-remarks
title: "Remarks by APNSA Jake Sullivan at the Brookings\\_Institution"
---
\u00a0
Brookings Institution
Washington, D.C.

Good morning, everyone. Stoltenberg was in town.
"""


def test_md_yaml_front_matter(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "page.md", YAML_PAGE))
    assert problems == []
    assert (doc.published, doc.published_from) == (date(2024, 10, 23), "front-matter")
    assert doc.title == "Remarks by APNSA Jake Sullivan at the Brookings Institution"
    assert doc.line_offset == 7
    assert doc.text.startswith("\u00a0\nBrookings Institution")
    assert file_line(doc, "Stoltenberg") == 12  # as an editor shows it
    assert set(doc.meta) == {"published_time", "source_url", "tags"}
    assert doc.meta["tags"] == "speeches-remarks"


@pytest.mark.parametrize(
    ("matter", "expected"),
    [
        ("published_time: 2024-10-23 21:24:39-04:00", date(2024, 10, 23)),  # a YAML datetime
        ("pubdate: 2021-01-20", date(2021, 1, 20)),  # a YAML date
        ("publish_date: March 3, 2022", date(2022, 3, 3)),  # a string in prose
        ("date: someday\npublished: '2023-02-01'", date(2023, 2, 1)),  # unreadable date: next key
        ("published: '2023-02-01'\ndate: '2020-01-01'", date(2020, 1, 1)),  # date comes first
    ],
)
def test_md_front_matter_date_keys(tmp_path: Path, matter: str, expected: date) -> None:
    doc, problems = read_one(write(tmp_path, "a.md", f"---\n{matter}\n---\nBody.\n"))
    assert (doc.published, doc.published_from, problems) == (expected, "front-matter", [])


def test_md_toml_front_matter(tmp_path: Path) -> None:
    text = '+++\ntitle = "Summit"\ndate = 2024-07-10\nauthor = "Desk"\n+++\n\nRutte spoke.\n'
    doc, problems = read_one(write(tmp_path, "t.markdown", text))
    assert problems == []
    assert (doc.published, doc.published_from, doc.title) == (
        date(2024, 7, 10),
        "front-matter",
        "Summit",
    )
    assert doc.meta == {"author": "Desk"}
    assert (doc.line_offset, file_line(doc, "Rutte")) == (5, 7)


def test_md_front_matter_without_date_is_dated_from_the_body(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "a.md", "---\ntitle: x\n---\nOn 4 June 2024 ...\n"))
    assert (doc.published, doc.published_from, problems) == (date(2024, 6, 4), "text", [])


def test_md_without_front_matter(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "a.md", "date 2024-12-04\n# Big news\n\nText.\n"))
    assert (doc.published, doc.published_from, problems) == (date(2024, 12, 4), "header", [])
    assert (doc.title, doc.line_offset) == ("Big news", 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "---\ntitle: [unclosed\nauthor: x\n---\nOn 2 May 2022.\n",
            "YAML front matter does not parse",
            id="yaml-error",
        ),
        pytest.param("---\n- a\n- list\n---\nOn 2 May 2022.\n", "not a mapping", id="yaml-list"),
        pytest.param(
            "---\nday: 2024-13-45\n---\nOn 2 May 2022.\n",
            "month must be in 1..12",
            id="yaml-bad-timestamp",
        ),
        pytest.param("---\ntitle: never closed\n\nOn 2 May 2022.\n", "never closed", id="unclosed"),
        pytest.param(
            '+++\ntitle = "x\n+++\nOn 2 May 2022.\n',
            "TOML front matter does not parse",
            id="toml-error",
        ),
    ],
)
def test_md_broken_front_matter(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "bad.md", text)
    doc, problems = read_one(path)
    assert kinds(problems) == ["bad-front-matter"]
    assert message in problems[0].reason
    assert (problems[0].path, problems[0].line) == (path.as_posix(), 1)
    # still read: the whole file, dated from its text
    assert (doc.text, doc.line_offset) == (text, 0)
    assert (doc.published, doc.published_from) == (date(2022, 5, 2), "text")


def test_yaml_error_names_the_file_line(tmp_path: Path) -> None:
    _, problems = read_one(write(tmp_path, "bad.md", "---\ntitle: ok\nbad: [x\n---\nBody.\n"))
    assert "line 4" in problems[0].reason  # the closing delimiter, where YAML gives up


# --- JSON Lines ----------------------------------------------------------------------------------


def test_jsonl_good_and_broken_records(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a1",
                "date": "2024-12-04",
                "title": "Rutte",
                "text": "NATO chief.",
                "source": "wire",
            }
        ),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"id": 7, "text": 5}),
        json.dumps({"id": "b2", "title": "no text"}),
        json.dumps({"text": "Met in Brussels on Dec. 4, 2023.\r\nThen left."}),
        json.dumps({"id": 9, "timestamp": "26-FEB-1987 15:01:01.79", "text": "Cocoa."}),
        json.dumps({"id": "u", "date": "soon", "text": "Nothing dated."}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    documents, problems = read_inputs([path])
    assert [d.record for d in documents] == ["a1", "line-7", "9", "u"]
    assert [(d.published, d.published_from) for d in documents] == [
        (date(2024, 12, 4), "jsonl"),
        (date(2023, 12, 4), "text"),
        (date(1987, 2, 26), "jsonl"),
        (None, ""),
    ]
    first = documents[0]
    assert (first.path, first.title, first.text, first.line_offset) == (
        path.as_posix(),
        "Rutte",
        "NATO chief.",
        0,
    )
    assert first.meta == {"source": "wire"}
    assert documents[1].text == "Met in Brussels on Dec. 4, 2023.\nThen left."
    assert [(p.kind, p.record, p.line) for p in problems] == [
        ("broken-record", "line-2", 2),
        ("broken-record", "line-4", 4),
        ("broken-record", "7", 5),
        ("broken-record", "b2", 6),
        ("undated", "u", 1),
    ]
    assert problems[0].reason.startswith("invalid JSON: Expecting property name")
    assert "not a JSON object" in problems[1].reason
    assert '"text"' in problems[2].reason and '"text"' in problems[3].reason


# --- decoding ---


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (bytes(range(256)) * 40, "binary"),
        (b"date 2024-12-04\nabc\x00def\n", "binary"),
        (b"\x01\x02\x03\x04abc", "binary"),  # mostly control bytes
        (b"", "empty"),
        (b" \n\t\r\n  \n", "empty"),
    ],
)
def test_no_document(tmp_path: Path, content: bytes, kind: str) -> None:
    path = write(tmp_path, "x.txt", content)
    documents, problems = read_inputs([path])
    assert documents == []
    assert [(p.kind, p.path) for p in problems] == [(kind, path.as_posix())]


def test_control_characters_below_the_threshold_are_text(tmp_path: Path) -> None:
    doc, _ = read_one(
        write(tmp_path, "x.txt", b"date 2024-12-04\n\x1b[1mBold\x1b[0m and more text\n")
    )
    assert doc.published == date(2024, 12, 4)


@pytest.mark.parametrize(
    ("content", "codec", "word"),
    [
        ("date 2024-12-04\nCaf\xe9 owner said.\n".encode("latin-1"), "cp1252", "Café"),
        (
            "date 2024-12-04\nHe said \u201cyes\u201d.\n".encode("cp1252"),
            "cp1252",
            "\u201cyes\u201d",
        ),
        (b"date 2024-12-04\nbyte \x81 undefined in cp1252\n", "latin-1", "\x81"),
    ],
)
def test_decoded_fallback(tmp_path: Path, content: bytes, codec: str, word: str) -> None:
    doc, problems = read_one(write(tmp_path, "legacy.txt", content))
    assert word in doc.text
    assert kinds(problems) == ["decoded-fallback"]
    bad = next(i for i, byte in enumerate(content) if byte > 0x7F)
    assert problems[0].reason == (
        f"not valid UTF-8 (byte 0x{content[bad]:02x} at offset {bad}); decoded as {codec}"
    )
    assert problems[0].line == 2


def test_bom_is_dropped(tmp_path: Path) -> None:
    doc, problems = read_one(write(tmp_path, "bom.txt", "\ufeffdate 2024-12-04\nText.\n".encode()))
    assert (doc.text, doc.published_from, problems) == ("date 2024-12-04\nText.\n", "header", [])


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    text = YAML_PAGE.replace("\n", newline)
    doc, problems = read_one(write(tmp_path, "crlf.md", text))
    assert problems == []
    assert "\r" not in doc.text
    assert file_line(doc, "Stoltenberg") == 12
    assert doc.published == date(2024, 10, 23)


# --- paths and folders ---


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert read_inputs([missing]) == (
        [],
        [InputProblem("unreadable", missing.as_posix(), "no such file or directory")],
    )


def test_folder_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dated = "date 2024-12-04\nText.\n"
    for name in [
        "seeds/b.txt",
        "seeds/a-c.md",
        "seeds/a/z.markdown",
        "seeds/a/b/y.TXT",
        "seeds/.hidden.txt",
        "seeds/.git/x.txt",
        "seeds/notes.csv",
        "seeds/img.png",
        "other/one.jsonl",
        "other/x.html",
    ]:
        write(tmp_path, name, dated)
    write(tmp_path, "other/one.jsonl", '{"id": "r", "date": "2024-01-01", "text": "t"}\n')
    monkeypatch.chdir(tmp_path)
    documents, problems = read_inputs(
        ["seeds", "./other/", "other/x.html", "seeds/b.txt", tmp_path / "seeds" / "a-c.md", "gone"]
    )
    # sorted by posix path string: "a-c.md" < "a/..." because "-" < "/"
    assert [d.path for d in documents] == [
        "seeds/a-c.md",
        "seeds/a/b/y.TXT",
        "seeds/a/z.markdown",
        "seeds/b.txt",
        "other/one.jsonl",
        "other/x.html",
    ]
    assert [d.published_from for d in documents] == ["header"] * 4 + ["jsonl", "header"]
    assert problems == [InputProblem("unreadable", "gone", "no such file or directory")]


def test_absolute_folder_gives_absolute_paths(tmp_path: Path) -> None:
    write(tmp_path, "dir/a.md", "date 2024-12-04\nText.\n")
    documents, _ = read_inputs([str(tmp_path / "dir")])
    assert [d.path for d in documents] == [f"{tmp_path.as_posix()}/dir/a.md"]


def test_an_unreadable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "dir/a.txt", "date 2024-12-04\nText.\n")
    (tmp_path / "dir" / "b.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path, "dir/c.txt", "date 2024-12-05\nText.\n")
    documents, problems = read_inputs([tmp_path / "dir"])
    assert [Path(d.path).name for d in documents] == ["a.txt", "c.txt"]
    assert [(p.kind, Path(p.path).name, p.reason) for p in problems] == [
        ("unreadable", "b.txt", "no such file or directory")
    ]


# --- the real seeds and corpora ------------------------------------------------------------------


def test_seed_articles(seeds_dir: Path) -> None:
    documents, problems = read_inputs([seeds_dir])
    assert problems == []
    dated = {Path(d.path).name: (d.published, d.published_from) for d in documents}
    assert dated == {
        "000_ce514f708bb5d1f0.txt": (date(2024, 12, 4), "header"),
        "002_6ac269046d865cba.txt": (date(2023, 12, 4), "text"),
    }


@pytest.mark.corpus
def test_reuters_corpus(shared_dir: Path) -> None:
    path = shared_dir / "corpora" / "reuters21578-dev" / "articles.jsonl"
    documents, problems = read_inputs([path])
    assert problems == []
    assert len(documents) == 15_057
    assert len({d.record for d in documents}) == 15_057
    assert all(d.published_from == "jsonl" for d in documents)
    assert min(d.published for d in documents if d.published) == date(1987, 2, 26)


@pytest.mark.corpus
def test_whitehouse_corpus(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "whitehouse"
    # the category folders only: PROVENANCE.md beside them is a .md file but not a page
    documents, problems = read_inputs(sorted(p for p in folder.iterdir() if p.is_dir()))
    assert problems == []
    assert len(documents) == 3_000
    assert all(d.published_from == "front-matter" for d in documents)
    # every page's file name starts with its date
    assert all(Path(d.path).name.startswith(str(d.published)) for d in documents)
    assert all(d.title and d.line_offset > 0 for d in documents)
