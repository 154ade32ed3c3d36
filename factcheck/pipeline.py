"""ingest -> extract -> normalise -> match -> check: the only module that knows the order."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from factcheck.check import CheckContext, run_checks
from factcheck.check.verdicts import tally
from factcheck.extract import extract_claims, extract_title_claims
from factcheck.globs import FileSelection
from factcheck.ingest import read_inputs
from factcheck.layout import Layout
from factcheck.lexicon import Lexicon, load
from factcheck.match.people import match_people
from factcheck.models import CLAIM_COLUMNS, Claim, Document, InputProblem, Result
from factcheck.normalise.offices import general_offices, local_offices, resolve_short_titles
from factcheck.normalise.organizations import consolidate_organizations
from factcheck.normalise.reference import load_reference
from factcheck.suppress import split_directives

PathLike = str | os.PathLike[str]


def run(
    paths: Sequence[PathLike],
    reference: Sequence[PathLike] | PathLike | None = None,
    *,
    selection: FileSelection | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    """Check the articles under ``paths``; ``reference`` names timeline and alias CSV files.

    ``selection`` chooses files by include/exclude globs; ``progress(done, total)`` is called
    after each document's claims are read, the longest stage on a large corpus.

    Bad input never raises: each unreadable file or record becomes a finding. A reference
    file that cannot be used raises ``ReferenceError`` (it is the caller's configuration).
    """
    documents, problems = read_inputs(list(paths), selection)
    return run_documents(documents, problems, reference, progress=progress)


def run_documents(
    documents: Sequence[Document],
    problems: Sequence[InputProblem] = (),
    reference: Sequence[PathLike] | PathLike | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    """``run`` on documents already read: from files, or from a claims store."""
    lexicon = load()
    if isinstance(reference, (str, os.PathLike)):
        reference = [reference]
    timelines = load_reference([Path(p) for p in reference], lexicon) if reference else None
    problems = list(problems)
    # ignore directives are for factcheck, not part of the article: blanked before extraction
    documents, suppressions = split_directives(documents)
    layouts = [Layout(d.text, lexicon, d.line_offset, d.first_line_continues) for d in documents]
    claims: list[Claim] = []
    for done, (document, layout) in enumerate(zip(documents, layouts, strict=False), 1):
        claims.extend(document_claims(document, layout, lexicon))
        if progress is not None:
            progress(done, len(documents))
    people = match_people(documents, layouts, claims)
    claims = [dataclasses.replace(c, person_id=people.person_id(c.person)) for c in claims]
    claims = resolve_short_titles(claims)
    # the corpus settles organisations by general office names; local names come back after
    claims = general_offices(claims, lexicon.local_offices)
    claims = consolidate_organizations(
        claims,
        lambda org: _is_body(lexicon, org),
        lambda office: _is_leader(lexicon, office),
        lambda org: _is_country(lexicon, org),
        lambda office: _is_state_office(lexicon, office),
    )
    claims = local_offices(
        claims, lexicon.local_offices, lambda label: _office_label(lexicon, label)
    )
    context = CheckContext(
        claims,
        people.persons,
        problems,
        timelines,
        lexicon.single_holder,
        lambda org: _is_body(lexicon, org),
    )
    return Result(
        documents=documents,
        claims=claims_table(claims),
        findings=run_checks(context),
        people=people.persons,
        reference=tally(claims, timelines) if timelines else None,
        suppressions=suppressions,
    )


def document_claims(document: Document, layout: Layout, lexicon: Lexicon) -> list[Claim]:
    """One article's claims as extraction reads them, before the corpus settles names,
    offices and organisations across articles."""
    return [*extract_title_claims(document, lexicon), *extract_claims(document, layout, lexicon)]


def _is_body(lexicon: Lexicon, name: str) -> bool:
    """A country or body of the lexicon, not a party (party posts are no claims)."""
    org = lexicon.organization(name)
    return org is not None and org.kind != "party"


def claims_table(claims: Sequence[Claim]) -> pd.DataFrame:
    """The claims as a DataFrame with the documented columns, in document order."""
    # the fields are plain values: reading them is dataclasses.asdict without its deep copies
    rows = [{column: getattr(c, column) for column in CLAIM_COLUMNS} for c in claims]
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))


def _is_leader(lexicon: Lexicon, office: str) -> bool:
    known = lexicon.office(office)
    return known is not None and known.leader


def _office_label(lexicon: Lexicon, label: str) -> str:
    known = lexicon.office(label)
    return known.label if known is not None else ""


def _is_country(lexicon: Lexicon, name: str) -> bool:
    org = lexicon.organization(name)
    return org is not None and org.kind == "country"


def _is_state_office(lexicon: Lexicon, office: str) -> bool:
    """A country's office, also with a modifier ("Shadow Home Secretary")."""
    known = lexicon.office(office) or lexicon.office(office.partition(" ")[2])
    return known is not None and known.kind == "state"
