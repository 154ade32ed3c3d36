"""FC301-FC303: claims that a reference timeline contradicts, quoting its row and source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from factcheck.check.base import Check, CheckContext
from factcheck.check.verdicts import judge
from factcheck.models import Claim, Finding, Severity
from factcheck.normalise.reference import Term


class _ReferenceCheck(Check):
    outcome: ClassVar[str]

    def run(self, context: CheckContext) -> Iterable[Finding]:
        if context.reference is None:
            return
        for claim in context.claims:
            verdict = judge(claim, context.reference)
            if verdict.outcome == self.outcome and verdict.term is not None:
                yield self.finding(self.describe(claim, verdict.term), [claim.location])

    def describe(self, claim: Claim, term: Term) -> str:
        return (
            f"{claim.person} is called {claim.organization} {claim.office} on "
            f"{claim.as_of}, but {self.contrast(term)}: {_row(term)}"
        )

    def contrast(self, term: Term) -> str:
        """What the reference row says against the claim."""
        raise NotImplementedError


def _row(term: Term) -> str:
    source = f" (source: {term.source_url})" if term.source_url else ""
    return f"reference row `{term.row}`{source}"


class StaleTitle(_ReferenceCheck):
    """A person called the current holder after the reference says their term ended.

    Flags: "NATO Secretary General Jens Stoltenberg" in an article of 2024-12-04, when the
    reference ends his term on 2024-10-01.
    Does not flag: "former Secretary General Jens Stoltenberg"; a claim dated inside the
    term; offices the reference does not cover.
    """

    code, name, severity, outcome = "FC301", "stale-title", Severity.WARNING, "stale"

    def contrast(self, term: Term) -> str:
        return f"the term ended on {term.end}"


class PrematureTitle(_ReferenceCheck):
    """A person called the current holder before the reference says their term began.

    Flags: "President Donald Trump" in an article of 2024-12-04 (term from 2025-01-20).
    Does not flag: "President-elect Donald Trump", "-designate" or "nominee" titles; a claim
    dated inside the term.
    """

    code, name, severity, outcome = "FC302", "premature-title", Severity.WARNING, "premature"

    def contrast(self, term: Term) -> str:
        return f"the term began on {term.start}"


class OtherHolder(_ReferenceCheck):
    """A person called the holder of an office that the reference gives to someone else on
    that date, and never to them.

    Flags: "NATO Secretary General Mark Rutte" dated 2020-01-01 (Stoltenberg then).
    Does not flag: a person the reference knows under an alias ("Don Regan"); offices or
    dates the reference does not cover.
    """

    code, name, severity, outcome = "FC303", "other-holder", Severity.WARNING, "other-holder"

    def contrast(self, term: Term) -> str:
        return f"the reference names {term.holder}"
