"""What the config and file-selection tests share: three one-line articles and a way to
run the command line in-process."""

from __future__ import annotations

import pytest

from factcheck.cli import main

RUTTE = "date 2024-12-04\nNATO Secretary General Mark Rutte spoke.\n"
STOLTENBERG = "date 2024-12-04\nNATO Secretary General Jens Stoltenberg spoke.\n"
UNDATED = "NATO Secretary General Mark Rutte spoke.\n"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
