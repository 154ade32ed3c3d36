"""The country an article is written from: whose office an unqualified title names when
the text gives no country.

A White House page's "National Security Advisor Jake Sullivan" is the United States' even in
a page about China; a Reuters story datelined "WASHINGTON, March 3 -" calls the US Secretary
of Transportation just "Transportation Secretary Elizabeth Dole". The article's metadata
says where it comes from: a ``country`` field, the publisher's web domain (``source_url``,
``url``), or the dateline's place (package data: publishers.csv, places.csv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from factcheck.lexicon import Lexicon, fold_space
from factcheck.models import Document

URL_KEYS = ("source_url", "url", "link", "canonical_url")
# "March 3", "Feb 26 -": the date after the place, not a region
_DATE_PART = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")


@dataclass(frozen=True)
class Home:
    country: str = ""
    # the publisher is the country's government: an unqualified national title in its pages
    # is its own, whatever other country the page is about
    official: bool = False


def home_of(document: Document, lexicon: Lexicon) -> Home:
    """Where ``document`` comes from, by its declared country, publisher or dateline."""
    declared = document.meta.get("country")
    if isinstance(declared, str):
        org = lexicon.organization(declared)
        if org is not None and org.kind == "country":
            return Home(org.name)
    for key in URL_KEYS:
        url = document.meta.get(key)
        if isinstance(url, str) and (home := _publisher_home(url, lexicon)):
            return home
    dateline = document.meta.get("dateline")
    if isinstance(dateline, str):
        return Home(_dateline_country(dateline, lexicon))
    return Home()


def _publisher_home(url: str, lexicon: Lexicon) -> Home | None:
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:  # "http://[oops/": no address, no publisher
        return None
    labels = host.split(".")
    # the longest known suffix: "pm.gc.ca" before "gc.ca"
    for index in range(len(labels) - 1):
        publisher = lexicon.publishers.get(".".join(labels[index:]))
        if publisher is not None:
            return Home(publisher.country, publisher.kind == "government")
    return None


def _dateline_country(dateline: str, lexicon: Lexicon) -> str:
    """ "IRVINE, Calif., March 3 -" -> United States; "TOKYO, March 3 -" -> Japan;
    "PERTH, Scotland, March 3 -" -> "" (a region the lexicon does not know: no guess)."""
    parts = [part.strip() for part in re.split(r",|\s[-\u2013\u2014]\s|\s\(", dateline)]
    place, region = parts[0], parts[1] if len(parts) > 1 else ""
    if region and not _DATE_PART.match(region):
        if country := lexicon.places.get(fold_space(region)):
            return country
        org = lexicon.organization(region)
        return org.name if org is not None and org.kind == "country" else ""
    return lexicon.places.get(fold_space(place), "")
