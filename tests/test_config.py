"""Configuration: factcheck.toml / [tool.factcheck], how it is found, what each key does, the
command line winning, and bad files exiting 2 with the file, the key and the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_cases import RUTTE, STOLTENBERG, UNDATED, cli

from factcheck.config import Settings, find_config, load_settings
from factcheck.filters import CodeChoice
from factcheck.models import Finding, Location, Severity


def codes(out: str) -> list[tuple[str, str]]:
    """(code, primary path) of each finding in a JSON report."""
    return [(f["code"], f["locations"][0]["path"]) for f in json.loads(out)["findings"]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository folder with two conflicting articles and an undated draft; cwd is there."""
    (tmp_path / ".git").mkdir()  # where the config search stops
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(RUTTE)
    (articles / "b.txt").write_text(STOLTENBERG)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "c.txt").write_text(UNDATED)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- finding the file --------------------------------------------------------------------------


def test_factcheck_toml_is_found_from_a_subfolder_and_paths_are_relative_to_it(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "factcheck.toml").write_text('paths = ["articles"]\n')
    monkeypatch.chdir(project / "drafts")
    code, out, err = cli(capsys, "check", "--format", "json")
    assert (code, err) == (1, "")
    # reports name files as the user would type them from where they stand
    assert codes(out) == [("FC101", "../articles/b.txt")]


def test_pyproject_table_is_read(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "news"\n\n[tool.factcheck]\npaths = ["articles", "drafts"]\n'
        'fail-on = "never"\n'
    )
    code, out, _ = cli(capsys, "check", "--format", "json")
    assert code == 0
    assert sorted(codes(out)) == [("FC005", "drafts/c.txt"), ("FC101", "articles/b.txt")]


def test_factcheck_toml_wins_over_pyproject_in_one_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["drafts"]\n')
    (project / "factcheck.toml").write_text('paths = ["articles"]\n')
    assert find_config(project) == project / "factcheck.toml"
    assert load_settings().paths == ("articles",)


def test_a_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["articles"]\n')
    (project / "articles" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(project / "articles") == project / "factcheck.toml"


def test_the_search_stops_at_the_repository_root(project: Path) -> None:
    (project.parent / "factcheck.toml").write_text('paths = ["elsewhere"]\n')
    try:
        assert find_config(project / "articles") is None
        assert load_settings() == Settings(root=project)
    finally:
        (project.parent / "factcheck.toml").unlink()


def test_config_option_names_the_file(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["articles"]\n')
    (project / "other.toml").write_text('paths = ["drafts"]\nfail-on = "never"\n')
    code, out, _ = cli(capsys, "check", "--config", "other.toml", "--format", "json")
    assert code == 0
    assert codes(out) == [("FC005", "drafts/c.txt")]


# --- what each key does, and the command line winning -------------------------------------------


def test_fail_on_from_the_config_and_the_command_line_wins(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    (project / "factcheck.toml").write_text('paths = ["drafts"]\nfail-on = "error"\n')
    assert cli(capsys, "check")[0] == 0  # the undated draft is a warning
    assert cli(capsys, "check", "--fail-on", "warning")[0] == 1


def test_select_and_ignore_from_the_config_and_the_command_line(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    (project / "factcheck.toml").write_text('paths = ["articles", "drafts"]\nignore = ["FC1"]\n')
    assert codes(cli(capsys, "check", "--format", "json")[1]) == [("FC005", "drafts/c.txt")]
    # --ignore replaces the file's list
    out = cli(capsys, "check", "--format", "json", "--ignore", "FC0")[1]
    assert codes(out) == [("FC101", "articles/b.txt")]
    out = cli(capsys, "check", "--format", "json", "--select", "FC101", "--ignore", "FC0,FC1")[1]
    assert codes(out) == [("FC101", "articles/b.txt")]  # the longer prefix decides


def test_per_file_ignores(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "factcheck.toml").write_text(
        'paths = ["articles", "drafts"]\n\n[per-file-ignores]\n"drafts/**" = ["FC005"]\n'
    )
    assert codes(cli(capsys, "check", "--format", "json")[1]) == [("FC101", "articles/b.txt")]


def test_exclude_from_the_config(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["."]\nexclude = ["drafts"]\n')
    assert codes(cli(capsys, "check", "--format", "json")[1]) == [("FC101", "articles/b.txt")]
    # --exclude replaces the file's list
    out = cli(capsys, "check", "--format", "json", "--exclude", "articles")[1]
    assert codes(out) == [("FC005", "drafts/c.txt")]


def test_reference_is_relative_to_the_config_file(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "timelines").mkdir()
    (project / "timelines" / "nato.csv").write_text(
        "office,organization,holder,start,end,source_url\n"
        "Secretary General,NATO,Jens Stoltenberg,2014-10-01,2024-10-01,https://example.org/n\n"
        "Secretary General,NATO,Mark Rutte,2024-10-01,,https://example.org/n\n"
    )
    (project / "factcheck.toml").write_text(
        'paths = ["articles"]\nreference = ["timelines/nato.csv"]\n'
    )
    monkeypatch.chdir(project / "drafts")
    code, out, err = cli(capsys, "check", "--format", "json", "--fail-on", "never")
    assert (code, err) == (0, "")
    assert json.loads(out)["reference"]["agree"] == 1  # Rutte on 2024-12-04


# --- bad configuration: exit 2, the file, the key, the reason -----------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            'fail-on = "loud"\n',
            "factcheck.toml: fail-on: 'loud' is not one of error, warning, info, never",
            id="bad-fail-on",
        ),
        pytest.param(
            'pahts = ["a"]\n',
            "factcheck.toml: pahts: unknown key (known: paths, exclude, include, reference, "
            "select, ignore, fail-on, per-file-ignores)",
            id="unknown-key",
        ),
        pytest.param(
            'paths = "articles"\n',
            "factcheck.toml: paths: must be a list of strings, not a string",
            id="string-for-list",
        ),
        pytest.param(
            "exclude = [1]\n",
            "factcheck.toml: exclude: must be a list of strings, not a list",
            id="list-of-numbers",
        ),
        pytest.param(
            'select = ["E501"]\n',
            "factcheck.toml: select: 'E501' is not a code prefix like FC, FC2 or FC201",
            id="bad-code",
        ),
        pytest.param(
            'per-file-ignores = ["a"]\n',
            "factcheck.toml: per-file-ignores: must be a table of glob = [codes], not a list",
            id="per-file-not-a-table",
        ),
        pytest.param(
            '[per-file-ignores]\n"drafts/*" = ["X5"]\n',
            "factcheck.toml: per-file-ignores: 'drafts/*': 'X5' is not a code prefix",
            id="per-file-bad-code",
        ),
        pytest.param("paths = [\n", "factcheck.toml: not valid TOML: ", id="not-toml"),
    ],
)
def test_bad_config_exits_2_naming_file_key_and_reason(
    capsys: pytest.CaptureFixture[str], project: Path, text: str, message: str
) -> None:
    (project / "factcheck.toml").write_text(text)
    code, out, err = cli(capsys, "check", "articles")
    assert (code, out) == (2, "")
    assert err.startswith(f"factcheck: {message}")


def test_bad_pyproject_table_names_the_table(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "loud"\n')
    code, _, err = cli(capsys, "check", "articles")
    assert code == 2
    assert err == (
        "factcheck: pyproject.toml: [tool.factcheck] fail-on: "
        "'loud' is not one of error, warning, info, never\n"
    )


def test_missing_config_file_exits_2(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    code, _, err = cli(capsys, "check", "articles", "--config", "nowhere.toml")
    assert code == 2
    assert err == "factcheck: nowhere.toml: no such configuration file\n"


def test_bad_code_on_the_command_line_exits_2(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, _, err = cli(capsys, "check", "articles", "--select", "fc1")
    assert code == 2
    assert err == "factcheck: --select: 'fc1' is not a code prefix like FC, FC2 or FC201\n"


# --- select / ignore by prefix: the longest prefix decides --------------------------------------


@pytest.mark.parametrize(
    ("select", "ignore", "kept"),
    [
        ((), (), {"FC005", "FC101", "FC201", "FC202"}),
        (("FC2",), (), {"FC201", "FC202"}),
        (("FC2",), ("FC201",), {"FC202"}),
        (("FC201",), ("FC2",), {"FC201"}),
        ((), ("FC",), set()),
        (("FC1",), ("FC1",), set()),  # a tie: ignore wins
        (("FC0", "FC101"), ("FC10",), {"FC005", "FC101"}),
    ],
)
def test_code_choice_by_prefix(
    select: tuple[str, ...], ignore: tuple[str, ...], kept: set[str]
) -> None:
    choice = CodeChoice(Path("."), select, ignore)
    all_codes = {"FC005", "FC101", "FC201", "FC202"}
    assert {code for code in all_codes if choice.enabled(code)} == kept


def test_per_file_ignores_look_at_the_primary_location(tmp_path: Path) -> None:
    def finding(*paths: str) -> Finding:
        where = tuple(Location(str(tmp_path / p), 1, 1) for p in paths)
        return Finding("FC101", "holder-conflict", Severity.ERROR, "m", where)

    choice = CodeChoice(tmp_path, per_file_ignores=(("old/*", ("FC1",)),))
    assert not choice.keeps(finding("old/a.txt", "new/b.txt"))
    assert choice.keeps(finding("new/b.txt", "old/a.txt"))
    assert CodeChoice(tmp_path, per_file_ignores=(("old/*", ("FC2",)),)).keeps(finding("old/a.txt"))


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Configuration\n", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "pyproject.toml").write_text(example)
    settings = load_settings(cwd=tmp_path)
    assert settings.source == tmp_path / "pyproject.toml"
    assert settings.fail_on == "warning"
    assert settings.per_file_ignores == (("articles/opinion/**", ("FC2",)),)
