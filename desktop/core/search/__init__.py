"""Full-text search and browsing: query syntax, facets, both backends, saved searches.

Public entry points::

    search(archive, SearchSpec(text, exact, filters, sort), limit=50) -> SearchResult
    search_ids(archive, spec) -> IdList            # every match, in order (lazy table)
    run_saved_search(archive, name) -> list[int]   # report input
    reindex(archive, state) -> OpResult[int]
"""

from __future__ import annotations

from desktop.core.search.filters import SORT_KEYS, Filters
from desktop.core.search.indexing import (
    IndexStatus,
    ensure_current_index,
    index_is_current,
    index_status,
    reindex,
)
from desktop.core.search.query import ParsedQuery, parse
from desktop.core.search.saved import (
    DeleteSavedSearch,
    SavedSearchError,
    SavedSearchInfo,
    SaveSearch,
    delete_saved_search,
    get_saved_search,
    list_saved_searches,
    run_saved_search,
    save_search,
)
from desktop.core.search.service import (
    Hit,
    IdList,
    SearchResult,
    SearchSpec,
    count,
    relevance,
    relevance_bar,
    search,
    search_ids,
    snippet_for,
    snippets_for,
)
from desktop.core.search.snippets import Snippet

__all__ = [
    "relevance",
    "relevance_bar",
    "snippets_for",
    "ensure_current_index",
    "index_is_current",
    "SORT_KEYS",
    "DeleteSavedSearch",
    "Filters",
    "Hit",
    "IdList",
    "IndexStatus",
    "ParsedQuery",
    "SaveSearch",
    "SavedSearchError",
    "SavedSearchInfo",
    "SearchResult",
    "SearchSpec",
    "Snippet",
    "count",
    "delete_saved_search",
    "get_saved_search",
    "index_status",
    "list_saved_searches",
    "parse",
    "reindex",
    "run_saved_search",
    "save_search",
    "search",
    "search_ids",
    "snippet_for",
]
