"""What every check shares: the context it reads and the way it makes findings.

A check is a class with a stable ``code`` (never reused once retired), a kebab-case
``name``, a ``severity`` and a docstring that says what it flags and what it does not flag,
with examples. ``run`` reads the ``CheckContext`` and yields findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from factcheck.models import Claim, Finding, InputProblem, Location, Person, Severity
from factcheck.normalise.reference import Reference


@dataclass
class CheckContext:
    """Everything the checks read: claims, people, input problems, reference timelines."""

    claims: list[Claim]
    people: list[Person] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    reference: Reference | None = None
    single_holder: Callable[[str], bool] = lambda office: True

    def current_claims(self) -> list[Claim]:
        """Dated article claims that someone holds an office now, with its organisation."""
        return [c for c in self.claims if c.status == "current" and c.zone == "article"
                and c.as_of is not None and c.organization]


class Check:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]

    def run(self, context: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, message: str, locations: Iterable[Location]) -> Finding:
        return Finding(self.code, self.name, self.severity, message, tuple(locations))
