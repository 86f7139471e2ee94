"""What an operation changed, so views refresh on change notifications alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from desktop.core.operations.undo import Edit

ARTICLES = "articles"  # article rows or metadata
TAGS = "tags"  # objective/actor links of articles
ACTORS = "actors"  # the actor registry
OBJECTIVES = "objectives"
EVENTS = "events"
SEARCHES = "searches"  # saved searches
IMPORTS = "imports"  # import batches and their logs

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    articles: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: str, articles: Iterable[int] = ()) -> Changes:
        return cls(frozenset(articles), frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.articles | other.articles, self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.articles or self.kinds)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


@dataclass
class OpResult(Generic[T]):
    """Returned by every data-changing core function."""

    changes: Changes = field(default_factory=Changes)
    undo: Edit | None = None
    value: T | None = None
