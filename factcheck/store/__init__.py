"""The claims store: a corpus read once, kept as Parquet, so that new articles are checked
against everything already published without reading it again.

``index`` writes the store: every article with its text and the keys that tell which stored
articles can matter to a new one (``keys``). ``select`` reads back only those articles for
a new batch; the pipeline then runs on the new articles and the selected old ones, the same
code path as a plain run. Layout and atomic versions: ``layout``.
"""

from factcheck.store.index import IndexSummary, index_paths
from factcheck.store.layout import StoreError
from factcheck.store.select import related_documents

__all__ = ["IndexSummary", "StoreError", "index_paths", "related_documents"]
