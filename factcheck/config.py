"""Settings from ``factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml`` (tomllib).

The file is found by looking in the current folder, then each parent, stopping after a folder
that holds ``.git`` (the repository root) or at the filesystem root. In one folder
``factcheck.toml`` wins over ``pyproject.toml``, as ``ruff.toml`` does over ``pyproject.toml``
for ruff; a ``pyproject.toml`` without a ``[tool.factcheck]`` table is passed over.

Paths in the file (``paths``, ``reference``) are relative to the file's folder, and so are the
globs (``exclude``, ``include``, ``per-file-ignores``). A bad file raises ``ConfigError``
naming the file, the key and the reason; the command line turns it into exit code 2.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.filters import CodeChoice
from factcheck.globs import FileSelection

FAIL_ON = ("error", "warning", "info", "never")
CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
# a code prefix: "FC", "FC2", "FC20", "FC201"
CODE_PREFIX = re.compile(r"FC\d{0,3}")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """What a configuration file says; every field has the default a missing key means.

    ``root`` is the folder relative paths and globs start from: the config file's folder, or
    the current folder when there is no file.
    """

    root: Path
    source: Path | None = None
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    reference: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def overridden(
        self,
        *,
        paths: Sequence[str] = (),
        exclude: Sequence[str] = (),
        include: Sequence[str] = (),
        reference: Sequence[str] = (),
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fail_on: str | None = None,
    ) -> Settings:
        """These settings with the command line's values, which win; empty means not given.

        A list given on the command line replaces the file's list (``--exclude`` replaces
        ``exclude``); code prefixes are checked as the file's are.
        """
        for option, codes in (("--select", select), ("--ignore", ignore)):
            for code in codes:
                check_code_prefix(code, partial(_option_error, option))
        return replace(
            self,
            paths=tuple(paths) or self.paths,
            exclude=tuple(exclude) or self.exclude,
            include=tuple(include) or self.include,
            reference=tuple(reference) or self.reference,
            select=tuple(select) or self.select,
            ignore=tuple(ignore) or self.ignore,
            fail_on=fail_on or self.fail_on,
        )

    def file_selection(self) -> FileSelection:
        return FileSelection(self.root, self.exclude, self.include)

    def code_choice(self) -> CodeChoice:
        return CodeChoice(self.root, self.select, self.ignore, self.per_file_ignores)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``, or None."""
    folder = Path(os.path.abspath(start))
    while True:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def load_settings(explicit: str | None = None, cwd: Path | None = None) -> Settings:
    """The settings of ``explicit`` (``--config FILE``), or of the file found from ``cwd``."""
    cwd = cwd or Path.cwd()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
    else:
        found = find_config(cwd)
        if found is None:
            return Settings(root=cwd)
        path = found
    return read_settings(path, cwd)


def read_settings(path: Path, cwd: Path | None = None) -> Settings:
    """Parse and validate one file; paths in it come back relative to ``cwd`` when they can."""
    shown = _shown(path, cwd or Path.cwd())
    table, where = _table(path, shown)
    root = Path(os.path.abspath(path)).parent

    def problem(key: str, reason: str) -> ConfigError:
        return ConfigError(f"{shown}: {where}{key}: {reason}")

    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise problem(unknown[0], f"unknown key (known: {', '.join(_KEYS)})")
    values: dict[str, Any] = {}
    for key, value in table.items():
        values[key] = _KEYS[key](value, partial(problem, key))
    base = cwd or Path.cwd()
    return Settings(
        root=root,
        source=path,
        paths=tuple(_from_root(root, p, base) for p in values.get("paths", ())),
        exclude=values.get("exclude", ()),
        include=values.get("include", ()),
        reference=tuple(_from_root(root, p, base) for p in values.get("reference", ())),
        select=values.get("select", ()),
        ignore=values.get("ignore", ()),
        fail_on=values.get("fail-on"),
        per_file_ignores=values.get("per-file-ignores", ()),
    )


def _table(path: Path, shown: str) -> tuple[dict[str, Any], str]:
    """The settings table and how messages name it (``[tool.factcheck] `` or nothing)."""
    try:
        with path.open("rb") as stream:
            document = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{shown}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{shown}: {error.strerror or error}") from None
    if path.name != "pyproject.toml":
        return document, ""
    table = document.get("tool", {}).get("factcheck", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{shown}: [tool.factcheck]: must be a table")
    return table, "[tool.factcheck] "


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml speaks to factcheck; a broken one does, to be reported."""
    try:
        with pyproject.open("rb") as stream:
            document = tomllib.load(stream)
    except (tomllib.TOMLDecodeError, OSError):
        return b"[tool.factcheck" in pyproject.read_bytes() if pyproject.exists() else False
    tool = document.get("tool", {})
    return isinstance(tool, dict) and "factcheck" in tool


def _shown(path: Path, cwd: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(cwd)).as_posix()
    except ValueError:
        return path.as_posix()


def _from_root(root: Path, value: str, cwd: Path) -> str:
    """A path of the file, as the user would type it from ``cwd`` (reports show it so)."""
    absolute = root / value
    try:
        return Path(os.path.relpath(absolute, cwd)).as_posix()
    except ValueError:  # another drive on Windows
        return absolute.as_posix()


# --- validation of each key: value in, typed value out, or a reason -------------------------

Fail = Callable[[str], ConfigError]


def _strings(value: Any, fail: Fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"must be a list of strings, not {_describe(value)}")
    return tuple(value)


def _codes(value: Any, fail: Fail) -> tuple[str, ...]:
    codes = _strings(value, fail)
    for code in codes:
        check_code_prefix(code, fail)
    return codes


def check_code_prefix(code: str, fail: Fail) -> None:
    """A code prefix is FC and up to three digits; anything else would match nothing."""
    if not CODE_PREFIX.fullmatch(code):
        raise fail(f"{code!r} is not a code prefix like FC, FC2 or FC201")


def _option_error(option: str, reason: str) -> ConfigError:
    return ConfigError(f"{option}: {reason}")


def _fail_on(value: Any, fail: Fail) -> str:
    if value not in FAIL_ON:
        raise fail(f"{value!r} is not one of {', '.join(FAIL_ON)}")
    return str(value)


def _per_file(value: Any, fail: Fail) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise fail(f"must be a table of glob = [codes], not {_describe(value)}")
    table: list[tuple[str, tuple[str, ...]]] = []
    for glob, codes in value.items():

        def under(reason: str, glob: str = glob) -> ConfigError:
            return fail(f"{glob!r}: {reason}")

        table.append((glob, _codes(codes, under)))
    return tuple(table)


def _describe(value: Any) -> str:
    kinds = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}
    kinds |= {dict: "a table", list: "a list"}
    return kinds.get(type(value), type(value).__name__)


_KEYS: dict[str, Callable[[Any, Fail], Any]] = {
    "paths": _strings,
    "exclude": _strings,
    "include": _strings,
    "reference": _strings,
    "select": _codes,
    "ignore": _codes,
    "fail-on": _fail_on,
    "per-file-ignores": _per_file,
}
