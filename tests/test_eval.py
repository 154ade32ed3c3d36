"""`factcheck eval`: precision, recall and F1 of claims against gold rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

HEADER = "doc,record,line,person,office,organization,as_of,as_of_also,status,note\n"
ARTICLE = (
    "date 2024-12-04\n"
    "NATO Secretary General Mark Rutte met UK Foreign Secretary David Lammy.\n"
    "\n"
    "Lithuania's Foreign Minister Gabrielius Landsbergis spoke on Tuesday.\n"
)


def scores(tmp_path: Path, gold_rows: str, *extra: str) -> tuple[int, list[dict[str, object]]]:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text(HEADER + gold_rows, encoding="utf-8")
    out = tmp_path / "scores.json"
    code = main(
        [
            "eval",
            "--gold",
            str(gold),
            str(tmp_path / "a.txt"),
            "--format",
            "json",
            "--output",
            str(out),
            *extra,
        ]
    )
    return code, json.loads(out.read_text(encoding="utf-8"))


RIGHT = (
    "a.txt,,2,Mark Rutte,Secretary General,NATO,2024-12-04,,current,\n"
    "a.txt,,2,David Lammy,Foreign Secretary,United Kingdom,2024-12-04,,current,\n"
    "a.txt,,4,Gabrielius Landsbergis,Foreign Minister,Lithuania,2024-12-03,,current,\n"
)


def overall(result: list[dict[str, object]]) -> dict[str, object]:
    return result[0]


def test_all_right(tmp_path: Path) -> None:
    code, result = scores(tmp_path, RIGHT)
    assert code == 0
    assert overall(result)["precision"] == overall(result)["recall"] == 1.0


@pytest.mark.parametrize(
    ("gold", "precision", "recall", "field", "field_score"),
    [
        pytest.param(
            RIGHT.replace("United Kingdom", "France"),
            2 / 3,
            2 / 3,
            "person + organization",
            2 / 3,
            id="wrong-organisation",
        ),
        pytest.param(
            RIGHT + "a.txt,,4,Someone Else,Prime Minister,Lithuania,2024-12-04,,current,\n",
            1.0,
            3 / 4,
            "person",
            3 / 4,
            id="missed-claim",
        ),
        pytest.param(
            RIGHT.replace("2024-12-03,,", "2024-12-01,2024-12-03,"),
            1.0,
            1.0,
            "person + as_of",
            1.0,
            id="second-acceptable-date",
        ),
        pytest.param(
            RIGHT.replace("Foreign Minister,Lithuania", "Minister of Foreign Affairs,Lithuania"),
            1.0,
            1.0,
            "person + office",
            1.0,
            id="office-by-canonical-label",
        ),
        pytest.param(
            RIGHT.replace("United Kingdom", "U.K."),
            1.0,
            1.0,
            "person + organization",
            1.0,
            id="organisation-by-alias",
        ),
        pytest.param(
            RIGHT.replace(",current,\n", ",former,\n", 1),
            2 / 3,
            2 / 3,
            "person + status",
            2 / 3,
            id="wrong-status",
        ),
    ],
)
def test_scores(
    tmp_path: Path, gold: str, precision: float, recall: float, field: str, field_score: float
) -> None:
    _, result = scores(tmp_path, gold)
    assert overall(result)["precision"] == pytest.approx(precision, abs=1e-3)
    assert overall(result)["recall"] == pytest.approx(recall, abs=1e-3)
    by_name = {r["match"]: r for r in result}
    assert by_name[field]["recall"] == pytest.approx(field_score, abs=1e-3)


def test_thresholds_set_the_exit_code(tmp_path: Path) -> None:
    wrong = RIGHT.replace("United Kingdom", "France")
    assert scores(tmp_path, wrong, "--min-precision", "0.9")[0] == 1
    assert scores(tmp_path, wrong, "--min-recall", "0.5")[0] == 0


def test_documents_outside_the_gold_are_not_counted(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text(ARTICLE, encoding="utf-8")
    _, result = scores(tmp_path, RIGHT)  # only a.txt is named by the gold
    assert overall(result)["extracted"] == 3


def test_scope_file_counts_documents_without_gold_claims(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text(HEADER + RIGHT, encoding="utf-8")
    scope = tmp_path / "documents.csv"
    scope.write_text("doc,record\na.txt,\nb.txt,\n", encoding="utf-8")
    out = tmp_path / "s.json"
    main(
        [
            "eval",
            "--gold",
            str(gold),
            "--documents",
            str(scope),
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
            "--format",
            "json",
            "--output",
            str(out),
        ]
    )
    first = json.loads(out.read_text())[0]
    assert (first["extracted"], first["gold"]) == (6, 3)


def test_bad_gold_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("doc,line\na.txt,x\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["eval", "--gold", str(gold), str(tmp_path / "a.txt")]) == 2
    assert "missing columns" in capsys.readouterr().err


def test_seeds_against_their_gold(shared_dir: Path, seeds_dir: Path) -> None:
    out = seeds_dir.parent / ".pytest-seeds-scores.json"
    try:
        code = main(
            [
                "eval",
                "--gold",
                str(shared_dir / "gold" / "seeds-claims.csv"),
                str(seeds_dir),
                "--format",
                "json",
                "--output",
                str(out),
                "--min-precision",
                "1",
                "--min-recall",
                "1",
            ]
        )
        assert code == 0
    finally:
        out.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [
        pytest.param("CBI's SME Council", "CBI SME Council", True, id="possessive"),
        pytest.param("Harper and Row", "Harper and Row Inc", True, id="legal-form"),
        pytest.param(
            "Department of Agriculture", "U.S. Department of Agriculture", True, id="country-first"
        ),
        pytest.param("London Stock Exchange", "LSE", True, id="abbreviation"),
        # a body's name may hold a country's: the country is another organisation
        pytest.param("Texas Instruments", "Texas", False, id="company-named-after-a-state"),
        pytest.param("Bank of Spain", "Spain", False, id="central-bank-is-not-the-country"),
    ],
)
def test_same_organization(gold: str, found: str, same: bool) -> None:
    from factcheck.evaluate import _Keys
    from factcheck.lexicon import load

    assert _Keys(load()).same_organization(gold, found) is same
