"""The claims store: index a corpus once, check new articles against it, keep it whole when a
write fails, and read no unchanged file twice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import factcheck.store.index as store_index
from factcheck.cli import main
from factcheck.filters import touching
from factcheck.models import Finding
from factcheck.pipeline import run
from factcheck.store import StoreError, index_paths, related_documents
from factcheck.store.check import run_against_store
from factcheck.store.index import stored_files
from factcheck.store.layout import CURRENT

SHARED = Path(__file__).resolve().parents[2] / "shared"


def comparable(findings: list[Finding]) -> set[tuple[str, str, frozenset[tuple[str, int]]]]:
    return {
        (f.code, f.message, frozenset((loc.path, loc.line) for loc in f.locations))
        for f in findings
    }


def split_check(corpus: list[Path], new: Path, store: Path) -> None:
    """Index ``corpus``, check ``new`` against it; the findings must be those of a plain run
    over all of them that touch ``new``."""
    index_paths([str(p) for p in corpus], store)
    result, new_files = run_against_store([str(new)], store)
    with_store = touching(result.findings, new_files)
    plain = touching(run([str(p) for p in [*corpus, new]]).findings, new_files)
    assert with_store, "the case should give cross-document findings"
    assert comparable(with_store) == comparable(plain)


def test_seeds_split_find_what_a_plain_run_finds(seeds_dir: Path, tmp_path: Path) -> None:
    old, new = sorted(seeds_dir.glob("*.txt"))
    split_check([old], new, tmp_path / "store")
    result, new_files = run_against_store([str(new)], tmp_path / "store")
    codes = {f.code for f in touching(result.findings, new_files)}
    assert codes == {"FC102", "FC201", "FC202"}  # Rutte after Stoltenberg, Zelenskyy, Stoltenburg


def test_unrelated_stored_articles_are_not_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2024-12-04\n\nNATO Secretary General Mark Rutte spoke.\n")
    (corpus / "b.txt").write_text("date 2024-12-04\n\nAcme chief executive Ann Lee spoke.\n")
    new = tmp_path / "new.txt"
    new.write_text("date 2024-12-04\n\nNATO Secretary General Jens Stoltenberg spoke.\n")
    index_paths([str(corpus)], tmp_path / "store")
    related = related_documents(tmp_path / "store", run([str(new)]).documents, [])
    assert related == []  # no claims given: nothing to relate by
    result, new_files = run_against_store([str(new)], tmp_path / "store")
    assert {Path(d.path).name for d in result.documents} == {"new.txt", "a.txt"}
    (conflict,) = touching(result.findings, new_files)
    assert conflict.code == "FC101"
    assert [Path(at.path).name for at in conflict.locations] == ["new.txt", "a.txt"]


def test_unchanged_files_are_not_read_again(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    store = tmp_path / "store"
    first = index_paths([str(corpus)], store)
    assert (first.read, first.unchanged, first.documents) == (2, 0, 2)
    reads: list[str] = []
    real = store_index.read_source
    monkeypatch.setattr(
        store_index, "read_source", lambda source: reads.append(source.shown) or real(source)
    )
    again = index_paths([str(corpus)], store)
    assert (again.read, again.unchanged, reads) == (0, 2, [])
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text() + "\nOne more line.\n")
    third = index_paths([str(corpus)], store)
    assert (third.read, third.unchanged, [Path(r).name for r in reads]) == (1, 1, [changed.name])
    sorted(corpus.glob("*.txt"))[1].unlink()
    fourth = index_paths([str(corpus)], store)
    assert (fourth.files, fourth.dropped, fourth.documents) == (1, 1, 1)


def test_a_failed_write_leaves_the_old_store_whole(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = sorted(seeds_dir.glob("*.txt"))
    store = tmp_path / "store"
    index_paths([str(old)], store)
    before = (store / CURRENT).read_text()
    listing = sorted(p.name for p in store.iterdir())
    real_write = pq.write_table

    def failing(table: object, where: object, **options: object) -> None:
        if str(where).endswith("keys.parquet"):
            raise KeyboardInterrupt  # the run is killed mid-write
        real_write(table, where, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pq, "write_table", failing)
    with pytest.raises(KeyboardInterrupt):
        index_paths([str(old), str(new)], store)
    assert (store / CURRENT).read_text() == before
    assert sorted(p.name for p in store.iterdir()) == listing
    monkeypatch.setattr(pq, "write_table", real_write)
    result, new_files = run_against_store([str(new)], store)
    assert {f.code for f in touching(result.findings, new_files)} == {"FC102", "FC201", "FC202"}


def test_cli_index_check_and_update_store(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path
) -> None:
    old, new = sorted(seeds_dir.glob("*.txt"))
    store = tmp_path / "store"
    assert main(["index", str(old), "--store", str(store)]) == 0
    assert "1 files (1 read" in capsys.readouterr().err
    argv = ["check", str(new), "--store", str(store), "--format", "json", "--update-store"]
    assert main(argv) == 1  # the Stoltenburg warning
    out, err = capsys.readouterr()
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert codes == {"FC102", "FC201", "FC202"}
    assert "2 files (1 read, 0 unchanged" in err
    version = store / (store / CURRENT).read_text().strip()
    assert json.loads((version / "manifest.json").read_text())["files"] == 2
    assert sorted(Path(f).name for f in stored_files(version)) == sorted([old.name, new.name])


@pytest.mark.parametrize("damage", ["not-a-store", "bad-manifest"])
def test_a_broken_store_is_exit_2(
    capsys: pytest.CaptureFixture[str], seeds_dir: Path, tmp_path: Path, damage: str
) -> None:
    store = tmp_path / "store"
    if damage == "not-a-store":
        store.mkdir()
        (store / "notes.txt").write_text("mine")
    else:
        index_paths([str(seeds_dir)], store)
        version = store / (store / CURRENT).read_text().strip()
        (version / "manifest.json").write_text("{")
    assert main(["check", str(seeds_dir), "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"factcheck: store {store}")
    with pytest.raises(StoreError):
        index_paths([str(seeds_dir)], store)


def test_a_slice_of_the_white_house_pages(tmp_path: Path) -> None:
    pages = SHARED / "corpora" / "whitehouse"
    if not pages.is_dir():
        pytest.skip("needs ../shared/corpora (the dev corpora) beside the checkout")
    files = sorted(pages.rglob("*.md"))[:300]
    # the newest page that shares a finding with the older ones
    plain = run([str(p) for p in files])
    touched = {Path(at.path) for f in plain.findings if len(f.locations) > 1 for at in f.locations}
    new = next(p for p in reversed(files) if p in touched)
    split_check([p for p in files if p != new], new, tmp_path / "store")
