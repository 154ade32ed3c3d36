"""Notices about factcheck's own directives rather than the articles: suppressions and
baseline entries that no longer hide anything.

They have codes, names and severities like every check, so that CI shows them and users can
select or ignore them, but no check run makes them: ``factcheck.suppress`` and
``factcheck.baseline`` do, after the checks, since only then is it known what was hidden.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.check.base import Check, CheckContext
from factcheck.models import Finding, Severity


class _Notice(Check):
    def run(self, context: CheckContext) -> Iterable[Finding]:
        return ()  # made after the run, from what the checks found: see the module docstring


class UnusedSuppression(_Notice):
    """An ignore directive that hides no finding: the finding it was written for is gone
    (the article was corrected, or the check no longer flags it), or it names the wrong code
    or line, or it cannot be read at all.

    Flags: ``<!-- factcheck: ignore[FC202] -->`` above a line with no likely misspelling;
    ``ignore[FC201,FC202]`` where only FC201 is found (for FC202); ``ignore FC101`` (no
    brackets); front matter ``factcheck: {ignore: [FC3]}`` in an article with no FC3xx finding.
    Does not flag: a directive that hides at least one finding of each code it names.
    """

    code, name, severity = "FC901", "unused-suppression", Severity.INFO


class StaleBaselineEntry(_Notice):
    """A baseline entry that matches no finding any more, although every file it names was
    checked: the discrepancy was fixed; ``factcheck baseline prune`` drops the entry.

    Flags: an FC101 entry for two articles after one of them was corrected.
    Does not flag: an entry whose findings are still there (also on other lines); an entry
    naming a file this run did not read (a pre-commit run over the changed files only).
    """

    code, name, severity = "FC902", "stale-baseline-entry", Severity.INFO


NOTICES: tuple[Check, ...] = (UnusedSuppression(), StaleBaselineEntry())
