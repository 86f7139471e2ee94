"""Work that must happen in the same transaction whenever articles are added,
edited or deleted (search index, link features...).

Each list names functions ``"module:function"`` taking ``(session, article_ids)``;
features add their line here, so the order of calls is visible in one place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from functools import cache

from sqlalchemy.orm import Session

Hook = Callable[[Session, Sequence[int]], None]

ARTICLES_ADDED: list[str] = [
    "desktop.core.search.indexing:on_articles_added",
    # Link features are not computed here: the importer computes them in its worker
    # processes, in the same pass as extraction, and writes them with the articles
    # (desktop.core.linking.ingest); any left over are computed before it returns.
]
ARTICLES_CHANGED: list[str] = [  # title/body/metadata edited
    "desktop.core.search.indexing:on_articles_changed",
    "desktop.core.linking.store:update_features",
]
ARTICLES_DELETING: list[str] = [  # called before the rows go
    "desktop.core.search.indexing:on_articles_deleting",
    "desktop.core.linking.store:delete_features",
]


@cache
def _resolve(spec: str) -> Hook:
    module, _, name = spec.partition(":")
    func: Hook = getattr(importlib.import_module(module), name)
    return func


def run(hooks: Sequence[str], session: Session, article_ids: Sequence[int]) -> None:
    if not article_ids:
        return
    for spec in hooks:
        _resolve(spec)(session, article_ids)
