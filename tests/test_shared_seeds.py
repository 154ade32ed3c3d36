"""The shared acceptance check: ``../shared/tools/check_seeds.py`` against this factcheck.

It runs ``python -m factcheck`` (this interpreter) on the seed articles and compares the
output with ``../shared/gold``; skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_check_seeds_passes(shared_dir: Path) -> None:
    tool = shared_dir / "tools" / "check_seeds.py"
    command = shlex.join([sys.executable, "-m", "factcheck"])
    done = subprocess.run(
        [sys.executable, str(tool), "--factcheck", command],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    failures = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    assert failures == [], done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
    assert "expectations hold" in done.stdout
