"""A finding's fingerprint: what stays the same when the article is edited around it.

Baselines, SARIF ``partialFingerprints`` and GitLab Code Quality ``fingerprint`` all need a
key that names one finding across runs. Line numbers move when a paragraph is added above,
and messages carry corpus counts ("'Stoltenburg' (1×)") that change when articles are added,
so the key is built from the check's code and the evidence only: for each location, the file,
the record and the quoted sentence with its spacing and case folded.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from factcheck.models import Finding, Location

_DIGEST_CHARACTERS = 32  # 128 bits: a hex key short enough to read, long enough never to clash


def normalised_evidence(location: Location) -> str:
    """The location as a fingerprint reads it: file, record and quote, spacing and case
    folded (re-wrapping a paragraph changes neither)."""
    quote = " ".join(location.text.split()).casefold()
    return f"{location.path}\x1f{location.record or ''}\x1f{quote}"


def fingerprint(finding: Finding) -> str:
    """The key of ``finding``: its code and its evidence, never its line numbers. A finding
    with no quoted evidence (an input problem) is keyed by its message, which names the file
    and the reason."""
    evidence = [normalised_evidence(location) for location in finding.locations]
    if not any(location.text for location in finding.locations):
        evidence.append(" ".join(finding.message.split()))
    text = "\x1e".join([finding.code, *evidence])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_DIGEST_CHARACTERS]


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """The fingerprint of each finding, unique within the list: a second finding with the
    same key (the same check on the same sentences) gets ``:2``, a third ``:3``, in the
    findings' order, as GitLab requires unique fingerprints."""
    seen: Counter[str] = Counter()
    keys = []
    for finding in findings:
        key = fingerprint(finding)
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}:{seen[key]}")
    return keys
