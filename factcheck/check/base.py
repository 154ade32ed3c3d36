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
from factcheck.normalise.names import name_words
from factcheck.normalise.reference import Reference


@dataclass
class CheckContext:
    """Everything the checks read: claims, people, input problems, reference timelines."""

    claims: list[Claim]
    people: list[Person] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    reference: Reference | None = None
    single_holder: Callable[[str, str], bool] = lambda office, organization: True
    # a country or body of the lexicon: an organisation inferred from context counts for the
    # holder checks only when it is one of these (not a company guessed from the article)
    known_body: Callable[[str], bool] = lambda organization: True

    def current_claims(self) -> list[Claim]:
        """Dated article claims that someone holds an office now, with its organisation; not
        the holders a plural title lists ("Secretaries of State Kerry, Clinton and
        Albright"), who held it at several times or places."""
        return [
            c
            for c in self.claims
            if c.status == "current"
            and c.zone == "article"
            and c.as_of is not None
            and c.organization
            and c.organization_from != "list"
        ]


def holder_name(claim: Claim) -> str:
    return claim.person_id or claim.person


def same_holder(one: str, other: str) -> bool:
    """Whether two holder names can be one person: equal, or a lone surname ("Baker") and a
    full name ending in it ("James Baker"), which the match stage could not pin down."""
    if one == other:
        return True
    short, long_ = sorted((one, other), key=lambda n: len(n.split()))
    words = name_words(long_)
    short_words = short.split()
    if not words or not short_words:
        return False  # a "name" of suffixes only ("Jr."): nothing to compare
    if len(short_words) > 1:
        # "López Obrador" is "Andrés Manuel López Obrador"
        return words[-len(short_words) :] == short_words
    # a family name may come first: "Prime Minister Han" is "Han Duck-soo"; a double name
    # may be cut: "President Osmani" is "Vjosa Osmani-Sadriu"
    return short in (words[0], words[-1], words[-1].split("-")[0])


class Check:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]

    def run(self, context: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, message: str, locations: Iterable[Location]) -> Finding:
        return Finding(self.code, self.name, self.severity, message, tuple(locations))
