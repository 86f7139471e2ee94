"""Work that must happen in the same transaction whenever articles are added,
edited or deleted (search index, link features...), or an archive is opened.

Each list names functions ``"module:function"``: taking ``(session, article_ids)``, or
``(session)`` for :data:`ARCHIVE_OPENED`; features add their line here, so the order of
calls is visible in one place and the archive package never imports a feature.
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


ARCHIVE_OPENED: list[str] = [  # an archive opened for writing, in its first transaction
    "desktop.core.tagging.vocab:ensure_vocabularies",  # objectives, the actor registry
    "desktop.core.search.indexing:on_archive_opened",  # a new archive: index by current rules
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


def run_on_open(session: Session) -> None:
    """The :data:`ARCHIVE_OPENED` hooks. Resolved at each call, never guarded: a broken
    tagging package must stop the archive from opening, not open it without objectives
    and actors."""
    for spec in ARCHIVE_OPENED:
        module, _, name = spec.partition(":")
        getattr(importlib.import_module(module), name)(session)
