"""Where a store keeps what: a version folder per write and a ``CURRENT`` file naming the
live one. A write fills a new version folder, then replaces ``CURRENT`` in one rename, so a
run killed at any point leaves the previous store whole and readable.

A version holds ``documents.parquet`` (each article: file, content hash, text and what ingest
read from it), ``keys.parquet`` (selection keys, sorted, see ``keys``) and ``manifest.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from factcheck import __version__

FORMAT = 1
CURRENT = "CURRENT"
DOCUMENTS = "documents.parquet"
KEYS = "keys.parquet"
MANIFEST = "manifest.json"


class StoreError(Exception):
    """A store that cannot be read or written: named with the reason."""


def live_version(store: Path) -> Path | None:
    """The live version folder of ``store``; None when the store is new (no CURRENT)."""
    pointer = store / CURRENT
    if not pointer.exists():
        if store.exists() and any(store.iterdir()):
            raise StoreError(f"store {store}: not a factcheck store (no {CURRENT} file)")
        return None
    version = store / pointer.read_text(encoding="utf-8").strip()
    manifest = read_manifest(version)
    if manifest.get("format") != FORMAT:
        raise StoreError(f"store {store}: format {manifest.get('format')!r}, expected {FORMAT}")
    return version


def read_manifest(version: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((version / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        where = f"{version.parent}: cannot read {version.name}/{MANIFEST}"
        raise StoreError(f"store {where}: {error}") from None
    return manifest


def new_version(store: Path) -> Path:
    store.mkdir(parents=True, exist_ok=True)
    version = store / f"v-{uuid.uuid4().hex[:12]}"
    version.mkdir()
    return version


def publish(store: Path, version: Path, manifest: dict[str, Any]) -> None:
    """Make ``version`` the live one (one atomic rename), then remove the older versions."""
    manifest = {"format": FORMAT, "factcheck": __version__, **manifest}
    text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    (version / MANIFEST).write_text(text, encoding="utf-8")
    pointer = store / (CURRENT + ".tmp")
    pointer.write_text(version.name + "\n", encoding="utf-8")
    os.replace(pointer, store / CURRENT)
    for old in store.glob("v-*"):
        if old != version and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def discard(version: Path) -> None:
    """Remove a version folder a failed write left behind."""
    shutil.rmtree(version, ignore_errors=True)
