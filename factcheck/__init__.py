"""factcheck: check news articles against each other for who-held-which-office consistency.

>>> import factcheck
>>> result = factcheck.run(["seeds"], reference="officeholders.csv")
>>> result.claims  # a pandas DataFrame, one row per claim
>>> result.findings  # Finding records, worst first
"""

from factcheck.models import Claim, Document, Finding, Location, Person, Result, Severity
from factcheck.pipeline import run

__all__ = ["Claim", "Document", "Finding", "Location", "Person", "Result", "Severity", "run"]
__version__ = "0.1.0"
