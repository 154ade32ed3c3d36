"""Bytes on disk to text: binary detection, UTF-8 with a cp1252 fallback, one newline style.

Every failure becomes an ``InputProblem``; nothing here raises for bad input, because one
broken file must not stop a run over a whole folder.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from factcheck.models import InputProblem

SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.30
# C0 controls and DEL, except the ones text legitimately holds: \t \n \f \r
CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def read_file(disk_path: Path, shown: str) -> tuple[str | None, list[InputProblem]]:
    """The text of the file at ``disk_path``, or None with the problem that prevented it.

    ``shown`` is the path as reports name it. A decoded-fallback problem comes with text.
    """
    try:
        data = disk_path.read_bytes()
    except OSError as error:
        return None, [InputProblem("unreadable", shown, describe_os_error(error))]
    return decode_bytes(data, shown)


def describe_os_error(error: OSError) -> str:
    """The OS's message for ``error`` in the lower-case style of the other reasons."""
    message = error.strerror or str(error) or type(error).__name__
    return message[:1].lower() + message[1:]


def decode_bytes(data: bytes, shown: str) -> tuple[str | None, list[InputProblem]]:
    """Decode ``data`` as described in the module docstring; None when there is no text."""
    if is_binary(data):
        return None, [InputProblem("binary", shown, "binary file (NUL or control bytes)")]
    problems: list[InputProblem] = []
    try:
        # utf-8-sig drops a byte-order mark, which editors do not show as a character
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text, codec = _decode_legacy(data)
        bad = data[error.start]
        problems.append(
            InputProblem(
                "decoded-fallback",
                shown,
                f"not valid UTF-8 (byte 0x{bad:02x} at offset {error.start}); decoded as {codec}",
                line=data.count(b"\n", 0, error.start) + 1,
            )
        )
    if not text.strip():
        reason = "empty file" if not data else "file holds only whitespace"
        return None, [InputProblem("empty", shown, reason)]
    return normalise_newlines(text), problems


def is_binary(data: bytes) -> bool:
    """True for data no text file holds: a NUL anywhere, or many control bytes at the start."""
    if b"\x00" in data:
        return True
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    # translate(None, delete) runs in C: cheap enough for thousands of files
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(sample)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # cp1252 is what Windows editors write and what "latin-1" files usually are; it leaves five
    # bytes undefined, and latin-1 decodes every byte, so it is the last resort.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` as ``\n``, so that line numbers match what an editor shows."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# "&#233;", "&eacute;", "&amp;": character references that web copy leaves in its text
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """``text`` with HTML character references read ("Jos&#233;" is "José"); a bare "&" and
    what merely looks like a reference ("AT&T;") stay as they are."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)
