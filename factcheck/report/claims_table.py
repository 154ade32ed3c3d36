"""The claims table written out as CSV or JSON, and the row conversion the reporters share.

``Result.claims`` is a pandas DataFrame with the columns ``CLAIM_COLUMNS``. Its cells may be
numpy scalars, ``NaN`` (pandas' string columns store ``None`` as ``NaN``), ``NaT``,
``datetime.date`` or ``pandas.Timestamp``; :func:`claim_records` turns every row into plain
Python values (``int``, ``str``, ISO date string or ``None``) so that every writer shows them
the same way.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import math
from datetime import date, datetime
from typing import Any

import pandas as pd
from pandas.api.types import is_scalar

from factcheck.models import CLAIM_COLUMNS

INT_COLUMNS = frozenset({"line", "column"})
DATE_COLUMNS = frozenset({"as_of"})

ClaimRecord = dict[str, str | int | None]


def is_missing(value: Any) -> bool:
    """True for ``None``, ``NaN``, ``NaT`` and ``pd.NA``."""
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # numpy scalars such as np.float32('nan') or np.datetime64('NaT'); never a list or array
    return is_scalar(value) and bool(pd.isna(value))


def iso_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD`` (a datetime with a time of day keeps it); ``None`` if missing."""
    if is_missing(value):
        return None
    if isinstance(value, datetime):  # pandas.Timestamp is a datetime too
        if value.tzinfo is None and value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def plain_value(column: str, value: Any) -> str | int | None:
    """One claims-table cell as a plain Python value."""
    if is_missing(value):
        return None
    if column in DATE_COLUMNS:
        return iso_date(value)
    if column in INT_COLUMNS:
        return int(value)
    if isinstance(value, enum.Enum):
        value = value.value
    return str(value)


def claim_records(df: pd.DataFrame) -> list[ClaimRecord]:
    """The rows of a claims table, in table order, as dicts keyed by ``CLAIM_COLUMNS``.

    Columns are taken in ``CLAIM_COLUMNS`` order; a missing column gives ``None``, extra
    columns are dropped.
    """
    columns = list(CLAIM_COLUMNS)
    table = df.reindex(columns=columns)
    records: list[ClaimRecord] = []
    for row in table.itertuples(index=False, name=None):
        records.append({col: plain_value(col, val) for col, val in zip(columns, row, strict=False)})
    return records


def claims_csv(df: pd.DataFrame) -> str:
    """The claims table as CSV: header ``CLAIM_COLUMNS``, ISO dates, empty cells for ``None``."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for record in claim_records(df):
        writer.writerow(["" if record[col] is None else record[col] for col in CLAIM_COLUMNS])
    return out.getvalue()


def claims_json(df: pd.DataFrame) -> str:
    """The claims table as a JSON list of objects (keys in ``CLAIM_COLUMNS`` order)."""
    return json.dumps(claim_records(df), indent=2, ensure_ascii=False) + "\n"
