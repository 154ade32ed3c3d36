"""Where the report goes: ``--format FMT[:PATH]``, repeatable, each format to its own file or
to standard output; ``auto`` is ``github`` inside GitHub Actions and ``markdown`` elsewhere.
Files are written whole or not at all."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.models import Result
from factcheck.report import REPORTERS, render
from factcheck.report.github import append_step_summary


class OutputError(ValueError):
    """A ``--format`` that cannot be honoured (unknown format, two on standard output)."""


@dataclass(frozen=True)
class Output:
    format: str
    path: str | None  # None: standard output


def parse_outputs(
    specs: Sequence[str], output: str | None = None, environ: Mapping[str, str] = os.environ
) -> list[Output]:
    """The outputs ``--format`` asks for; ``--output`` names the file of a lone format
    given without one (the older spelling). Default: Markdown on standard output."""
    outputs = []
    for spec in specs or ["markdown"]:
        name, _, path = spec.partition(":")
        name = name.strip().lower()
        if name == "auto":
            name = "github" if environ.get("GITHUB_ACTIONS") == "true" else "markdown"
        if name not in REPORTERS:
            known = ", ".join([*sorted(REPORTERS), "auto"])
            raise OutputError(f"--format {spec!r}: unknown format {name!r} (known: {known})")
        outputs.append(Output(name, path or None))
    if output is not None:
        unnamed = [o for o in outputs if o.path is None]
        if len(unnamed) > 1:
            raise OutputError("--output names one file, but several formats have no PATH")
        outputs = [Output(o.format, o.path or output) for o in outputs]
    if sum(o.path is None for o in outputs) > 1:
        raise OutputError(
            "only one --format can go to standard output: give the others a file, FMT:PATH"
        )
    return outputs


def write_outputs(
    result: Result, outputs: Sequence[Output], environ: Mapping[str, str] = os.environ
) -> None:
    """Render and write every output; the ``github`` format also adds the Markdown report to
    the job summary when the runner names one."""
    for output in outputs:
        write_text(render(result, output.format), output.path)
        if output.format == "github":
            append_step_summary(result, environ)


def write_text(text: str, output: str | None) -> None:
    """``text`` to the file ``output`` (atomically: a killed run never leaves half a report),
    or to standard output."""
    if output is None:
        sys.stdout.write(text)
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    temporary.replace(path)
