"""For people at a terminal: a progress bar on standard error, and notes that ``--quiet``
silences. Nothing here draws unless standard error is a terminal, so CI logs and pipes stay
plain text."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# a run that ends sooner never shows a bar: a flash of one would be noise
SHOW_AFTER_SECONDS = 2.0

ProgressCallback = Callable[[int, int], None]


class _LateBar:
    """A progress callback that starts drawing only once the run has lasted ``delay``."""

    def __init__(self, console: Console, delay: float) -> None:
        self._console = console
        self._delay = delay
        self._began = time.monotonic()
        self._progress: Progress | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            if time.monotonic() - self._began < self._delay:
                return
            self._progress = Progress(
                TextColumn("reading articles"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self._console,
                transient=True,  # the bar goes when the run ends; the report stays alone
            )
            self._progress.add_task("articles", total=total, completed=done)
            self._progress.start()
        self._progress.update(self._progress.task_ids[0], completed=done, total=total)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def progress_bar(
    enabled: bool = True, console: Console | None = None, delay: float = SHOW_AFTER_SECONDS
) -> Iterator[ProgressCallback | None]:
    """A callback for ``pipeline.run(progress=...)``, or None when no bar may be drawn:
    disabled (``--no-progress``, ``--quiet``) or standard error is not a terminal."""
    console = console or Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    bar = _LateBar(console, delay)
    try:
        yield bar
    finally:
        bar.stop()


def note(message: str, quiet: bool) -> None:
    """An informational line on standard error, unless ``--quiet``."""
    if not quiet:
        print(f"factcheck: {message}", file=sys.stderr)
