"""GitHub Actions: workflow commands that annotate the lines of a pull request's diff
(``::error file=...,line=...,col=...,title=...::message``), and the Markdown report added
to the job summary.

Escaping follows the runner's rules: in the message, ``%``, ``\\r`` and ``\\n``; in the
properties, also ``:`` and ``,``, which separate them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from factcheck.models import Finding, Result, Severity
from factcheck.report.markdown import render_markdown
from factcheck.report.rules import file_line, located_message

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# the runner rejects a step summary over 1 MiB: the report is cut to fit what is left
SUMMARY_LIMIT = 1024 * 1024
SUMMARY_CUT = "\n\n*The factcheck report was cut here: a job summary holds at most 1 MiB.*\n"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """One workflow command for ``finding``, at its first location."""
    properties: list[tuple[str, str]] = []
    if finding.locations:
        first = finding.locations[0]
        properties.append(("file", first.path))
        line = file_line(first)
        if line is not None:
            properties += [("line", str(line)), ("col", str(first.column))]
    properties.append(("title", f"{finding.code} {finding.name}"))
    message = located_message(finding)
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[Severity(finding.severity)]} {listed}::{escape_data(message)}"


def render_github(result: Result) -> str:
    """Every finding as a workflow command, one per line."""
    return "".join(annotation(finding) + "\n" for finding in result.findings)


def append_step_summary(result: Result, environ: Mapping[str, str] = os.environ) -> Path | None:
    """Append the Markdown report to ``$GITHUB_STEP_SUMMARY`` when it is set, cut to keep
    the file within the runner's 1 MiB; the file's path, or None when there is none."""
    target = environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    used = path.stat().st_size if path.exists() else 0
    report = render_markdown(result).encode("utf-8")
    room = SUMMARY_LIMIT - used
    if len(report) > room:
        cut = SUMMARY_CUT.encode("utf-8")
        keep = max(0, room - len(cut))
        # cut at a line's end, and never inside a character
        head = report[:keep]
        head = head[: head.rfind(b"\n") + 1] if b"\n" in head else b""
        report = head + cut if room >= len(cut) else b""
    with open(path, "ab") as summary:
        summary.write(report)
    return path
