"""Input problems as findings, so that CI shows a bad file like any other discrepancy.

Ingest records what went wrong with each file or record; each kind of problem is a check
of its own here, with its own code, so that users can select or ignore it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from factcheck.check.base import Check, CheckContext
from factcheck.models import Finding, Location, Severity


class _InputCheck(Check):
    kind: ClassVar[str]

    def run(self, context: CheckContext) -> Iterable[Finding]:
        for problem in context.problems:
            if problem.kind == self.kind:
                where = f"{problem.path}#{problem.record}" if problem.record else problem.path
                yield self.finding(
                    f"{where}: {problem.reason}",
                    [Location(problem.path, problem.line, 1, "", problem.record)],
                )


class Unreadable(_InputCheck):
    """A file that cannot be read at all (missing, no permission, I/O error).

    Flags: a path given on the command line that does not exist; a file without read access.
    Does not flag: a file that reads but has odd bytes (see ``binary``, ``decoded-fallback``).
    """

    code, name, severity, kind = "FC001", "unreadable", Severity.ERROR, "unreadable"


class Binary(_InputCheck):
    """A file that is not text (NUL bytes or mostly control characters): no claims are read.

    Flags: an image or archive saved with a .txt name.
    Does not flag: text in another encoding (see ``decoded-fallback``).
    """

    code, name, severity, kind = "FC002", "binary", Severity.WARNING, "binary"


class DecodedFallback(_InputCheck):
    """Text that is not valid UTF-8 and was decoded as cp1252/latin-1 instead; it is still
    checked, but a wrongly guessed encoding can garble names.

    Flags: "Caf\\xe9" written in latin-1.
    Does not flag: UTF-8 with or without a byte-order mark.
    """

    code, name, severity, kind = "FC003", "decoded-fallback", Severity.INFO, "decoded-fallback"


class BrokenRecord(_InputCheck):
    """A JSON Lines record that cannot be used: not JSON, not an object, or no text.

    Flags: ``{not json``; ``{"id": "a2"}`` (no ``text``).
    Does not flag: blank lines; the good records of the same file, which are still read.
    """

    code, name, severity, kind = "FC004", "broken-record", Severity.ERROR, "broken-record"


class Undated(_InputCheck):
    """An article whose publication date is in no metadata, header or text: its claims get an
    empty ``as_of`` (never today's date) and take no part in date-based checks.

    Flags: a BBC story with a headline and no date.
    Does not flag: an article dated by front matter, a ``date YYYY-MM-DD`` first line, or a
    full date in its text ("on Dec. 4, 2023").
    """

    code, name, severity, kind = "FC005", "undated", Severity.WARNING, "undated"


class Empty(_InputCheck):
    """An empty or whitespace-only file: nothing to check.

    Flags: a zero-byte ``.md`` file.
    Does not flag: a short article with one sentence.
    """

    code, name, severity, kind = "FC006", "empty", Severity.INFO, "empty"


class BadFrontMatter(_InputCheck):
    """Front matter that does not parse (YAML/TOML error, or not a mapping); the article is
    still read as plain text and dated from its text.

    Flags: ``---\\ndate: [2024\\n---``.
    Does not flag: a Markdown file without front matter.
    """

    code, name, severity, kind = "FC007", "bad-front-matter", Severity.WARNING, "bad-front-matter"
