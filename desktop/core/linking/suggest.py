"""Link suggestions: candidates from the feature index, then scored pairs.

Candidates of an article are the articles sharing one of its *rare* features (a
name, figure, date... found in at most :data:`CAP` articles), never all pairs. The
same scoring serves one article (database look-ups, for a newly imported article)
and the whole archive (an in-memory index built once, with progress).
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.archive.session import Archive
from desktop.core.linking import features as F
from desktop.core.linking.actors import registry
from desktop.core.linking.features import DateFacts, date_facts_of
from desktop.core.linking.gazetteer import gazetteer
from desktop.core.linking.labels import FeatureLabels
from desktop.core.linking.scoring import (
    DEFAULT_MIN_SCORE,
    PairScore,
    Shared,
    Suggestion,
    assess,
    combine,
    date_check,
    enough,
    explain,
    is_specific,
    rarity,
    to_score,
)
from desktop.core.linking.store import compute, ensure_features, ensure_ids
from desktop.core.operations.progress import TaskState
from desktop.db.models import Article, ArticleFeature, SuggestionDecision

CAP = 300  # a feature found in more articles than this does not bring candidates
MAX_RARE = 20  # rarest features of an article used to find its candidates
TOP_K = 12  # candidates scored per article
LINK = "link"
REJECTED = "rejected"
_NOT_FOR_CANDIDATES = frozenset({F.MONTH, F.YEAR, F.SEEN})

Key = tuple[str, str]


# ---------------------------------------------------------------- shared helpers


def rejected_pairs(session: Session, ids: Sequence[int] | None = None) -> set[tuple[int, int]]:
    stmt = select(SuggestionDecision.article_id, SuggestionDecision.key).where(
        SuggestionDecision.kind == LINK, SuggestionDecision.decision == REJECTED
    )
    if ids is not None:
        stmt = stmt.where(SuggestionDecision.article_id.in_(list(ids)))
    out: set[tuple[int, int]] = set()
    for article_id, key in session.execute(stmt):
        if key.isdigit():
            other = int(key)
            out.add((min(article_id, other), max(article_id, other)))
    return out


def _event_of(session: Session, ids: Iterable[int] | None = None) -> dict[int, int]:
    stmt = select(Article.id, Article.event_id).where(Article.event_id.is_not(None))
    if ids is not None:
        stmt = stmt.where(Article.id.in_(list(ids)))
    return {
        article_id: event_id
        for article_id, event_id in session.execute(stmt)
        if event_id is not None
    }


def _labels(session: Session) -> FeatureLabels:
    return FeatureLabels(registry(session), gazetteer())


def _features_of(session: Session, ids: Sequence[int]) -> dict[int, dict[Key, float]]:
    out: dict[int, dict[Key, float]] = defaultdict(dict)
    stmt = select(
        ArticleFeature.article_id, ArticleFeature.kind, ArticleFeature.value, ArticleFeature.weight
    ).where(ArticleFeature.article_id.in_(list(ids)))
    for article_id, kind, value, weight in session.execute(stmt):
        out[article_id][(kind, value)] = weight
    missing = [i for i in ids if i not in out]
    if missing:  # not indexed yet: compute without writing
        for fs in compute(session, missing):
            out[fs.article_id] = dict(fs.weights)
    return out


def _shared(a: dict[Key, float], b: dict[Key, float], df: dict[Key, int]) -> list[Shared]:
    return [Shared(key, min(a[key], b[key]), df.get(key, 2)) for key in a.keys() & b.keys()]


# ---------------------------------------------------------------- one article


def _postings(session: Session, key: Key) -> list[int]:
    stmt = (
        select(ArticleFeature.article_id)
        .where(ArticleFeature.kind == key[0], ArticleFeature.value == key[1])
        .limit(CAP + 1)
    )
    return list(session.scalars(stmt))


def suggest_for_article(
    archive: Archive, article_id: int, *, min_score: float = DEFAULT_MIN_SCORE, limit: int = 20
) -> list[Suggestion]:
    """Other articles that may report the same event as ``article_id``, best first."""
    # Freshly imported articles get their features after the import, in steps.
    ensure_ids(archive, [article_id])
    with archive.session() as session:
        own = _features_of(session, [article_id]).get(article_id, {})
        df: dict[Key, int] = {}
        votes: dict[int, float] = defaultdict(float)
        lists: list[tuple[int, Key, list[int]]] = []
        for key in own:
            if key[0] in _NOT_FOR_CANDIDATES:
                continue
            ids = _postings(session, key)
            df[key] = len(ids)
            if 2 <= len(ids) <= CAP:
                lists.append((len(ids), key, ids))
        for count, key, ids in sorted(lists, key=lambda item: item[0])[:MAX_RARE]:
            weight = own[key] * rarity(count)
            for other in ids:
                votes[other] += weight
        votes.pop(article_id, None)
        rejected = rejected_pairs(session, [article_id])
        event = _event_of(session, [article_id]).get(article_id)
        candidates = [
            other
            for other in heapq.nlargest(TOP_K * 2, votes, key=votes.__getitem__)
            if (min(article_id, other), max(article_id, other)) not in rejected
        ][:TOP_K]
        if not candidates:
            return []
        theirs = _features_of(session, candidates)
        events = _event_of(session, candidates)
        labels = _labels(session)
        own_date = date_facts_of(own)
        out: list[Suggestion] = []
        for other in candidates:
            if event is not None and events.get(other) == event:
                continue
            feats = theirs.get(other, {})
            shared = _shared(own, feats, df)
            other_date = date_facts_of(feats)
            quick = assess(own_date, other_date, shared)
            if quick.veto is not None or quick.score < min_score:
                continue
            result = explain(own_date, other_date, shared, labels)
            pair = (min(article_id, other), max(article_id, other))
            out.append(Suggestion(pair, result.score, result.reasons, result.dates_checked))
    out.sort(key=lambda s: (-s.score, s.articles))
    return out[:limit]


def explain_pair(archive: Archive, a: int, b: int) -> PairScore:
    """Score and reasons for any two articles (the comparison view), vetoes included."""
    ensure_ids(archive, [a, b])
    with archive.session() as session:
        feats = _features_of(session, [a, b])
        fa, fb = feats.get(a, {}), feats.get(b, {})
        df = {key: len(_postings(session, key)) for key in fa.keys() & fb.keys()}
        shared = _shared(fa, fb, df)
        return explain(date_facts_of(fa), date_facts_of(fb), shared, _labels(session))


# ---------------------------------------------------------------- whole archive


@dataclass
class _Index:
    """Every article's features as small integers, and the posting list of each."""

    keys: list[Key] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    ids: dict[Key, int] = field(default_factory=dict)
    postings: list[array[int]] = field(default_factory=list)
    articles: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def add(self, article_id: int, rows: list[tuple[str, str, float]]) -> None:
        fids = []
        for kind, value, weight in rows:
            key = (kind, value)
            fid = self.ids.get(key)
            if fid is None:
                fid = len(self.keys)
                self.ids[key] = fid
                self.keys.append(key)
                self.weights.append(weight)
                self.postings.append(array("i"))
            self.postings[fid].append(article_id)
            fids.append(fid)
        self.articles[article_id] = tuple(fids)


def _build_index(archive: Archive, state: TaskState) -> _Index:
    index = _Index()
    with archive.session() as session:
        result = session.execute(
            select(
                ArticleFeature.article_id,
                ArticleFeature.kind,
                ArticleFeature.value,
                ArticleFeature.weight,
            ).order_by(ArticleFeature.article_id)
        )
        current = -1
        rows: list[tuple[str, str, float]] = []
        for n, (article_id, kind, value, weight) in enumerate(result):
            if article_id != current:
                if rows:
                    index.add(current, rows)
                current, rows = article_id, []
            rows.append((kind, value, weight))
            if n % 200_000 == 0:
                state.check()
        if rows:
            index.add(current, rows)
    return index


def suggest_links(
    archive: Archive,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    state: TaskState | None = None,
) -> list[Suggestion]:
    """Suggestions over the whole archive, best first. Long work: reports progress."""
    from desktop.i18n import _

    state = state or TaskState()
    ensure_features(archive, state)
    state.progress(0, 1, _("Loading link features…"))
    index = _build_index(archive, state)
    with archive.session() as session:
        rejected = rejected_pairs(session)
        events = _event_of(session)
    df = [len(p) for p in index.postings]
    evidence = [
        0.0 if key[0] in F.DATE_KINDS else w * rarity(n)
        for key, w, n in zip(index.keys, index.weights, df, strict=True)
    ]
    specific = [is_specific(key[0], w) for key, w in zip(index.keys, index.weights, strict=True)]
    usable = [
        2 <= n <= CAP and key[0] not in _NOT_FOR_CANDIDATES
        for key, n in zip(index.keys, df, strict=True)
    ]
    dates: dict[int, DateFacts] = {}

    def date_of(article_id: int) -> DateFacts:
        if article_id not in dates:
            dates[article_id] = date_facts_of(
                index.keys[f]
                for f in index.articles[article_id]
                if index.keys[f][0] in F.DATE_KINDS
            )
        return dates[article_id]

    found: dict[tuple[int, int], float] = {}
    seen: set[tuple[int, int]] = set()
    total = len(index.articles)
    for done, (article_id, fids) in enumerate(index.articles.items()):
        if done % 500 == 0:
            state.check()
            state.progress(done, total, _("Comparing articles…"))
        rare = sorted((f for f in fids if usable[f]), key=df.__getitem__)[:MAX_RARE]
        if not rare:
            continue
        votes: Counter[int] = Counter()
        for f in rare:
            votes.update(index.postings[f])
        votes.pop(article_id, None)
        own = set(fids)
        event = events.get(article_id)
        for other, _count in votes.most_common(TOP_K):
            pair = (article_id, other) if article_id < other else (other, article_id)
            if pair in seen or pair in rejected:
                continue
            seen.add(pair)
            if event is not None and events.get(other) == event:
                continue
            verdict = date_check(date_of(article_id), date_of(other))
            if verdict.veto is not None:
                continue
            both = own.intersection(index.articles[other])
            sure = sum(evidence[f] for f in both if specific[f])
            rest = sum(evidence[f] for f in both if not specific[f])
            score = to_score(combine(verdict, sure, rest))
            if score >= min_score and enough(verdict, sure):
                found[pair] = score
    state.progress(total, total, _("Explaining suggestions…"))
    out: list[Suggestion] = []
    with archive.session() as session:
        labels = _labels(session)

        def mentions(article_id: int) -> set[int]:
            return mentioned_years(index.keys[f] for f in index.articles[article_id])

        for a, b in one_year_each(found, date_of, mentions):
            own = set(index.articles[a])
            shared = [
                Shared(index.keys[f], index.weights[f], df[f])
                for f in own.intersection(index.articles[b])
            ]
            result = explain(date_of(a), date_of(b), shared, labels)
            out.append(Suggestion((a, b), result.score, result.reasons, result.dates_checked))
    out.sort(key=lambda s: (-s.score, s.articles))
    return out


def mentioned_years(keys: Iterable[Key]) -> set[int]:
    """Years an article's text names (as figures or in full dates)."""
    out: set[int] = set()
    for kind, value in keys:
        if kind == F.NUMBER and value.isdigit() and 1900 <= int(value) <= 2100:
            out.add(int(value))
        elif kind == F.CITED and value[:4].isdigit():
            out.add(int(value[:4]))
    return out


def one_year_each(
    found: dict[tuple[int, int], float],
    date_of: Callable[[int], DateFacts],
    mentions: Callable[[int], set[int]],
) -> list[tuple[int, int]]:
    """Drop the links that would put an article of unknown year into events of
    different years: an event has one year, so such an article keeps only its links to
    one year: one its text names if it can, else the one its strongest links agree on."""
    partners: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (a, b), score in found.items():
        partners[a].append((b, score))
        partners[b].append((a, score))
    chosen: dict[int, frozenset[int]] = {}
    for article_id, links in partners.items():
        if date_of(article_id).years:
            continue
        weight: dict[int, float] = defaultdict(float)
        for other, score in links:
            for year in date_of(other).years:
                weight[year] += score
        if weight:
            named = mentions(article_id) & weight.keys()
            best = max(named or weight, key=lambda year: (weight[year], year))
            chosen[article_id] = frozenset({best})

    def years(article_id: int) -> frozenset[int]:
        return date_of(article_id).years or chosen.get(article_id, frozenset())

    return [(a, b) for a, b in found if not years(a) or not years(b) or years(a) & years(b)]
