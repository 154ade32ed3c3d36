"""Extract: office claims (person, office, organisation, date, status) from a document."""

from factcheck.extract.claims import extract_claims, extract_title_claims

__all__ = ["extract_claims", "extract_title_claims"]
