"""Checks: one small unit per finding type, each with a stable code, a kebab-case name, a
severity and a docstring (what it flags, what it does not). ``CHECKS`` is the registry,
written out by hand so that the set of checks is plain to see. ``NOTICES`` are the codes
made after the checks, about suppressions and baselines (``check/notices.py``)."""

from __future__ import annotations

from factcheck.check.base import Check, CheckContext
from factcheck.check.holder_change import HolderChange
from factcheck.check.holder_conflict import HolderConflict, MinorityHolder
from factcheck.check.inputs import (
    BadFrontMatter,
    Binary,
    BrokenRecord,
    DecodedFallback,
    Empty,
    Undated,
    Unreadable,
)
from factcheck.check.likely_misspelling import LikelyMisspelling
from factcheck.check.name_variants import NameVariants
from factcheck.check.notices import NOTICES
from factcheck.check.reference_checks import OtherHolder, PrematureTitle, StaleTitle
from factcheck.models import Finding

CHECKS: tuple[Check, ...] = (
    Unreadable(),
    Binary(),
    DecodedFallback(),
    BrokenRecord(),
    Undated(),
    Empty(),
    BadFrontMatter(),
    HolderConflict(),
    HolderChange(),
    MinorityHolder(),
    NameVariants(),
    LikelyMisspelling(),
    StaleTitle(),
    PrematureTitle(),
    OtherHolder(),
)


def run_checks(context: CheckContext) -> list[Finding]:
    """Every check's findings, in the stable order reports use."""
    findings = [f for check in CHECKS for f in check.run(context)]
    return sorted(set(findings), key=lambda f: f.sort_key())


__all__ = ["CHECKS", "NOTICES", "Check", "CheckContext", "run_checks"]
