"""Terms learned from the archive's own tagged articles, so later suggestions improve.

For every objective the model counts, over the articles tagged with it, the articles
that contain each term (folded words of four letters or more and two-word phrases);
it also counts the terms over all tagged articles. A term whose share among an
objective's articles is well above its share among all tagged articles (its *lift*)
supports that objective in a new article. Counts are updated incrementally inside the
transaction of every tag edit and kept in the ``archive_settings`` table (one JSON row,
pruned to a bounded size); :func:`rebuild` recomputes them from scratch.

A dedicated table (objective, term, count) would scale further; see the report of the
tagging feature for the schema it would need.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.operations.changes import TAGS, Changes, OpResult
from desktop.core.operations.progress import TaskState
from desktop.core.tagging.model import BODY, Evidence
from desktop.core.tagging.objectives_match import FieldText
from desktop.core.tagging.text import SOFT, Token, tokenize
from desktop.db.models import ArchiveSetting, ArticleObjective, ArticleText

MODEL_KEY = "tagging.learned"
STAMP_KEY = "tagging.learned.stamp"
MIN_DOCS = 3  # an objective needs this many tagged articles before its terms count
MIN_COUNT = 2
MIN_LIFT = math.log(2.0)
PRIOR_DOCS = 20  # pseudo-articles without the term: a small archive cannot make a word rare
PER_TERM = 0.5
MAX_TERMS = 8
MAX_RAW = 3.0
DOC_TERMS = 400
KEEP_PER_OBJECTIVE = 3000
KEEP_DF = 30000

_LOCK = threading.Lock()
_CACHE: dict[str, tuple[int, LearnedModel]] = {}


@cache
def stopwords() -> frozenset[str]:
    from desktop.core.tagging.data import _load
    from desktop.core.tagging.text import fold_word

    data = _load("tagging/stopwords.json")
    return frozenset(fold_word(w) for lang, words in data.items() if lang != "about" for w in words)


def doc_terms(tokens: Sequence[Token]) -> dict[str, Token]:
    """The distinct terms of a text, each with its first token (for evidence)."""
    stop = stopwords()
    counts: Counter[str] = Counter()
    first: dict[str, Token] = {}
    prev: Token | None = None
    for token in tokens:
        word = token.folded
        if len(word) >= 4 and word.isalpha() and word not in stop:
            counts[word] += 1
            first.setdefault(word, token)
        if (
            prev is not None
            and token.gap == SOFT
            and prev.folded.isalpha()
            and word.isalpha()
            and not (prev.folded in stop or word in stop)
        ):
            bigram = f"{prev.folded} {word}"
            if len(bigram) >= 7:
                counts[bigram] += 1
                first.setdefault(bigram, prev)
        prev = token
    return {term: first[term] for term, _ in counts.most_common(DOC_TERMS)}


@dataclass
class LearnedModel:
    total: int = 0  # tagged articles
    docs: dict[str, int] = field(default_factory=dict)  # objective → tagged articles
    terms: dict[str, dict[str, int]] = field(default_factory=dict)  # objective → term → n
    df: dict[str, int] = field(default_factory=dict)  # term → tagged articles with it

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> LearnedModel:
        return cls(
            total=int(value.get("total", 0)),
            docs={k: int(v) for k, v in value.get("docs", {}).items()},
            terms={k: dict(v) for k, v in value.get("terms", {}).items()},
            df=dict(value.get("df", {})),
        )

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "docs": self.docs, "terms": self.terms, "df": self.df}

    def add(self, objective: int, terms: Iterable[str], sign: int) -> None:
        key = str(objective)
        self.docs[key] = max(0, self.docs.get(key, 0) + sign)
        bucket = self.terms.setdefault(key, {})
        for term in terms:
            value = bucket.get(term, 0) + sign
            if value > 0:
                bucket[term] = value
            else:
                bucket.pop(term, None)

    def add_doc(self, terms: Iterable[str], sign: int) -> None:
        self.total = max(0, self.total + sign)
        for term in terms:
            value = self.df.get(term, 0) + sign
            if value > 0:
                self.df[term] = value
            else:
                self.df.pop(term, None)

    def prune(self) -> None:
        for key, bucket in self.terms.items():
            if len(bucket) > KEEP_PER_OBJECTIVE:
                kept = sorted(bucket.items(), key=lambda kv: -kv[1])[:KEEP_PER_OBJECTIVE]
                self.terms[key] = dict(kept)
        if len(self.df) > KEEP_DF:
            self.df = dict(sorted(self.df.items(), key=lambda kv: -kv[1])[:KEEP_DF])

    def score(self, fields: Sequence[FieldText]) -> dict[int, tuple[float, list[Evidence]]]:
        """Extra raw score per objective from the article's terms, with their evidence."""
        if self.total <= 0:
            return {}
        found: dict[str, tuple[Token, FieldText]] = {}
        for part in fields:
            for term, token in doc_terms(part.tokens).items():
                found.setdefault(term, (token, part))
        out: dict[int, tuple[float, list[Evidence]]] = {}
        for key, bucket in self.terms.items():
            n_obj = self.docs.get(key, 0)
            if n_obj < MIN_DOCS:
                continue
            lifts: list[tuple[float, str]] = []
            for term, (_token, _part) in found.items():
                count = bucket.get(term, 0)
                if count < MIN_COUNT:
                    continue
                df = self.df.get(term, count)
                share = (count + 0.5) / (n_obj + 1)
                background = (df + 1.0) / (self.total + PRIOR_DOCS)
                lift = math.log(share / background)
                if lift > MIN_LIFT:
                    lifts.append((lift, term))
            if not lifts:
                continue
            lifts.sort(reverse=True)
            chosen = lifts[:MAX_TERMS]
            raw = min(MAX_RAW, sum(PER_TERM * min(lift, 3.0) for lift, _ in chosen))
            evidence = []
            for _lift, term in chosen:
                token, part = found[term]
                end = token.end
                if " " in term:
                    idx = part.tokens.index(token)
                    end = part.tokens[idx + 1].end if idx + 1 < len(part.tokens) else end
                evidence.append(Evidence(token.start, end, part.text[token.start : end], part.name))
            out[int(key)] = (raw, evidence)
        return out


def _stamp(session: Session) -> int:
    row = session.get(ArchiveSetting, STAMP_KEY)
    return int(row.value.get("n", 0)) if row is not None else 0


def load(session: Session, cache_key: str) -> LearnedModel:
    """The archive's learned model (cached until another edit bumps its stamp)."""
    stamp = _stamp(session)
    with _LOCK:
        cached = _CACHE.get(cache_key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    row = session.get(ArchiveSetting, MODEL_KEY)
    model = LearnedModel.from_json(row.value) if row is not None else LearnedModel()
    with _LOCK:
        _CACHE[cache_key] = (stamp, model)
    return model


def save(session: Session, cache_key: str, model: LearnedModel) -> None:
    model.prune()
    row = session.get(ArchiveSetting, MODEL_KEY)
    value = model.to_json()
    if row is None:
        session.add(ArchiveSetting(key=MODEL_KEY, value=value))
    else:
        row.value = value
    stamp_row = session.get(ArchiveSetting, STAMP_KEY)
    stamp = (int(stamp_row.value.get("n", 0)) if stamp_row is not None else 0) + 1
    if stamp_row is None:
        session.add(ArchiveSetting(key=STAMP_KEY, value={"n": stamp}))
    else:
        stamp_row.value = {"n": stamp}
    with _LOCK:
        _CACHE[cache_key] = (stamp, LearnedModel.from_json(value))


def _objectives_of(session: Session, ids: Sequence[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {i: set() for i in ids}
    stmt = select(ArticleObjective.article_id, ArticleObjective.objective_number).where(
        ArticleObjective.article_id.in_(ids)
    )
    for article_id, number in session.execute(stmt):
        out[article_id].add(number)
    return out


def snapshot(session: Session, ids: Sequence[int]) -> dict[int, set[int]]:
    """The objectives of ``ids`` before an edit (pass it to :func:`update` after)."""
    return _objectives_of(session, list(ids))


def update(session: Session, cache_key: str, before: Mapping[int, set[int]]) -> None:
    """Account for the tag changes of the articles in ``before`` (call after a flush)."""
    ids = list(before)
    if not ids:
        return
    after = _objectives_of(session, ids)
    changed = [i for i in ids if before[i] != after[i]]
    if not changed:
        return
    bodies = dict(
        session.execute(
            select(ArticleText.article_id, ArticleText.body).where(
                ArticleText.article_id.in_(changed)
            )
        ).all()
    )
    model = LearnedModel.from_json(load(session, cache_key).to_json())
    for article_id in changed:
        terms = list(doc_terms(tokenize(bodies.get(article_id, ""))))
        old, new = before[article_id], after[article_id]
        if not old and new:
            model.add_doc(terms, +1)
        elif old and not new:
            model.add_doc(terms, -1)
        for number in new - old:
            model.add(number, terms, +1)
        for number in old - new:
            model.add(number, terms, -1)
    save(session, cache_key, model)


def rebuild(session: Session, cache_key: str, state: TaskState | None = None) -> LearnedModel:
    """Recount the model from every tagged article (long work: progress and cancel)."""
    tags = _objectives_of(
        session, list(session.scalars(select(ArticleObjective.article_id).distinct()))
    )
    model = LearnedModel()
    total = len(tags)
    for done, (article_id, numbers) in enumerate(sorted(tags.items()), 1):
        if state is not None:
            state.check()
            if done % 50 == 0 or done == total:
                state.progress(done, total)
        body = session.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
        terms = list(doc_terms(tokenize(body or "")))
        model.add_doc(terms, +1)
        for number in numbers:
            model.add(number, terms, +1)
    save(session, cache_key, model)
    return model


def relearn(archive: Archive, state: TaskState | None = None) -> OpResult[int]:
    """Recount the learned terms of ``archive`` from scratch; ``value`` is how many
    tagged articles they were learned from."""
    from desktop.core.tagging.service import cache_key

    with archive.session() as session, session.begin():
        model = rebuild(session, cache_key(archive), state)
    return OpResult(Changes.of(TAGS), None, model.total)


def scorer(model: LearnedModel) -> Any:
    """The engine's ``learned`` argument for ``model`` (``None`` when it knows nothing)."""
    if model.total <= 0:
        return None
    return model.score


__all__ = ["BODY", "LearnedModel", "load", "rebuild", "relearn", "snapshot", "update", "scorer"]
