"""Turn a list of articles into a :class:`Report`: sections, summary, indexes.

Pure functions over plain data: no database, no rendering. The order of every
list is fixed by stable keys, so the same articles and options give the same
report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from desktop.core.operations.progress import TaskState
from desktop.core.reports.locale import ReportLocale
from desktop.core.reports.model import (
    ArticleBlock,
    Block,
    EventBlock,
    PeriodUnit,
    Report,
    ReportArticle,
    ReportEvent,
    Section,
    Summary,
)
from desktop.core.reports.options import ReportOptions, Template
from desktop.core.util.textfold import fold

OBJECTIVE_NUMBERS = tuple(range(1, 24))
MAX_PERIOD_COLUMNS = 18
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def clean_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs (blank line or single line breaks)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return [line for line in lines if line]


def excerpt(text: str, limit: int | None, *, title: str = "") -> tuple[str, bool]:
    """The first ``limit`` characters of ``text`` cut at a word, and whether it was cut.

    Paragraphs are kept (joined by blank lines); a first paragraph repeating the
    title is dropped. ``limit=None`` keeps the full text.
    """
    paragraphs = clean_paragraphs(text)
    if paragraphs and title and fold(paragraphs[0]) == fold(title.strip()):
        paragraphs = paragraphs[1:]
    if limit is None:
        return "\n\n".join(paragraphs), False
    out: list[str] = []
    used = 0
    for para in paragraphs:
        room = limit - used
        if room <= 0:
            return "\n\n".join(out), True
        if len(para) <= room:
            out.append(para)
            used += len(para)
            continue
        cut = para[:room]
        space = cut.rfind(" ")
        if space > room // 2:
            cut = cut[:space]
        out.append(cut.rstrip(" ,;:.-–—") + "…")
        return "\n\n".join(out), True
    return "\n\n".join(out), False


def _sort_key(article: ReportArticle) -> tuple[int, dt.date, int]:
    date = article.date
    return (0 if date else 1, date or dt.date.max, article.id)


def _period_start(day: dt.date, unit: PeriodUnit) -> dt.date:
    if unit is PeriodUnit.MONTH:
        return day.replace(day=1)
    if unit is PeriodUnit.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def _next_period(day: dt.date, unit: PeriodUnit) -> dt.date:
    step = {PeriodUnit.MONTH: 1, PeriodUnit.QUARTER: 3, PeriodUnit.YEAR: 12}[unit]
    month = day.month - 1 + step
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def period_range(first: dt.date, last: dt.date) -> tuple[PeriodUnit, tuple[dt.date, ...]]:
    """The finest unit (month, quarter, year) that keeps the periods few enough."""
    for unit in (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.YEAR):
        periods: list[dt.date] = []
        day = _period_start(first, unit)
        end = _period_start(last, unit)
        while day <= end and (unit is PeriodUnit.YEAR or len(periods) <= MAX_PERIOD_COLUMNS):
            periods.append(day)
            day = _next_period(day, unit)
        if len(periods) <= MAX_PERIOD_COLUMNS or unit is PeriodUnit.YEAR:
            return unit, tuple(periods)
    raise AssertionError("unreachable")


def summarize(articles: Sequence[ReportArticle]) -> Summary:
    by_objective = Counter(n for a in articles for n in set(a.objectives))
    by_language = Counter(a.language or "" for a in articles)
    dated = [a.date for a in articles if a.date is not None]
    unit, periods = period_range(min(dated), max(dated)) if dated else (PeriodUnit.MONTH, ())
    index = {p: i for i, p in enumerate(periods)}
    per_period = [0] * len(periods)
    coverage: dict[int, list[int]] = {n: [0] * len(periods) for n in OBJECTIVE_NUMBERS}
    for article in articles:
        if article.date is None:
            continue
        col = index[_period_start(article.date, unit)]
        per_period[col] += 1
        for number in set(article.objectives):
            coverage.setdefault(number, [0] * len(periods))[col] += 1
    numbers = sorted(set(OBJECTIVE_NUMBERS) | set(by_objective))
    return Summary(
        total=len(articles),
        by_objective=tuple((n, by_objective.get(n, 0)) for n in numbers),
        by_language=tuple(sorted(by_language.items(), key=lambda kv: (-kv[1], kv[0]))),
        periods=periods,
        period_unit=unit,
        by_period=tuple(per_period),
        coverage=tuple((n, tuple(coverage[n])) for n in numbers),
        untagged=sum(1 for a in articles if not a.objectives),
        undated=len(articles) - len(dated),
        events=len({a.event_id for a in articles if a.event_id is not None}),
        outlets=len({fold(a.outlet) for a in articles if a.outlet}),
        actors=len({fold(name) for a in articles for name in a.actors}),
    )


def _by_objective(
    articles: Sequence[ReportArticle], loc: ReportLocale, titles: Mapping[int, str]
) -> list[Section]:
    groups: dict[int, list[ReportArticle]] = defaultdict(list)
    untagged: list[ReportArticle] = []
    for article in articles:
        if not article.objectives:
            untagged.append(article)
        for number in sorted(set(article.objectives)):
            groups[number].append(article)
    printed: set[int] = set()
    sections: list[Section] = []
    for number in sorted(groups):
        blocks: list[Block] = []
        for article in groups[number]:
            blocks.append(ArticleBlock(article, see_also=article.id in printed))
            printed.add(article.id)
        sections.append(
            Section(
                key=f"obj-{number}",
                heading=loc.t("Objective %(n)s", n=number),
                intro=titles.get(number, ""),
                blocks=tuple(blocks),
            )
        )
    if untagged:
        sections.append(
            Section(
                key="obj-none",
                heading=loc.t("Not yet linked to an objective"),
                blocks=tuple(ArticleBlock(a) for a in untagged),
            )
        )
    return sections


def _event_date(event: ReportEvent) -> dt.date | None:
    dates = [a.date for a in event.articles if a.date is not None]
    return event.date_start or (min(dates) if dates else None)


def _by_event(
    articles: Sequence[ReportArticle], loc: ReportLocale, events: Mapping[int, ReportEvent]
) -> list[Section]:
    members: dict[int, list[ReportArticle]] = defaultdict(list)
    groups: list[ReportEvent] = []
    for article in articles:
        if article.event_id is not None and article.event_id in events:
            members[article.event_id].append(article)
        else:  # an article linked to nothing is an event of its own
            groups.append(ReportEvent(id=-article.id, title=article.title, articles=(article,)))
    for event_id, versions in members.items():
        event = events[event_id]
        versions.sort(key=lambda a: (a.event_role != "original", _sort_key(a)))
        groups.append(
            ReportEvent(
                id=event.id,
                title=event.title or versions[0].title,
                date_start=event.date_start,
                date_end=event.date_end,
                place=event.place,
                articles=tuple(versions),
            )
        )

    def key(event: ReportEvent) -> tuple[int, dt.date, int]:
        date = _event_date(event)
        return (0 if date else 1, date or dt.date.max, min(a.id for a in event.articles))

    sections = []
    for event in sorted(groups, key=key):
        parts = [loc.date(_event_date(event))] if _event_date(event) else []
        if event.place:
            parts.append(event.place)
        if event.id > 0:
            n = len(event.articles)
            parts.append(loc.tn("%(n)s version", "%(n)s versions", n))
        # An article linked to no event is its own section, anchored on the article.
        ident = f"ev-{event.id}" if event.id > 0 else event.articles[0].anchor
        sections.append(
            Section(
                key=ident, heading=event.title, intro=" · ".join(parts), blocks=(EventBlock(event),)
            )
        )
    return sections


def _chronological(articles: Sequence[ReportArticle], loc: ReportLocale) -> list[Section]:
    months: dict[dt.date | None, list[ReportArticle]] = defaultdict(list)
    for article in articles:
        months[article.date.replace(day=1) if article.date else None].append(article)
    sections = []
    for month in sorted(months, key=lambda m: (m is None, m or dt.date.max)):
        items = months[month]
        sections.append(
            Section(
                key=f"month-{month:%Y-%m}" if month else "month-none",
                heading=_capitalized(loc.month(month)) if month else loc.t("Undated"),
                intro=loc.tn("%(n)s article", "%(n)s articles", len(items)),
                blocks=tuple(ArticleBlock(a) for a in items),
            )
        )
    return sections


def _capitalized(text: str) -> str:
    """A heading's first letter in upper case ("tháng 3 năm 2021" → "Tháng 3 năm 2021")."""
    return text[:1].upper() + text[1:]


def actor_index(articles: Iterable[ReportArticle]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    names: dict[str, str] = {}
    ids: dict[str, list[int]] = defaultdict(list)
    for article in articles:
        for name in article.actors:
            key = fold(name)
            names.setdefault(key, name)
            if article.id not in ids[key]:
                ids[key].append(article.id)
    return tuple((names[k], tuple(ids[k])) for k in sorted(names, key=lambda k: (k, names[k])))


def default_title(loc: ReportLocale) -> str:
    return loc.t("Migration press briefing")


def assemble_report(
    articles: Iterable[ReportArticle],
    options: ReportOptions,
    *,
    objective_titles: Mapping[int, str] | None = None,
    events: Mapping[int, ReportEvent] | None = None,
    curator: str = "",
    state: TaskState | None = None,
) -> Report:
    """Group ``articles`` into the sections of ``options.template``."""
    opts = options.resolved()
    loc = ReportLocale(opts.locale)
    ordered = sorted(articles, key=_sort_key)
    titles = dict(objective_titles or {})
    if state is not None:
        state.check()
    if opts.template is Template.BY_OBJECTIVE:
        sections = _by_objective(ordered, loc, titles)
    elif opts.template is Template.BY_EVENT:
        sections = _by_event(ordered, loc, events or {})
    else:
        sections = _chronological(ordered, loc)
    dated = [a.date for a in ordered if a.date is not None]
    start = opts.input.date_from or (min(dated) if dated else None)
    end = opts.input.date_to or (max(dated) if dated else None)
    numbers = sorted(set(OBJECTIVE_NUMBERS) | set(titles))
    return Report(
        options=opts,
        title=opts.title.strip() or default_title(loc),
        subtitle=opts.subtitle.strip(),
        author=opts.author.strip() or curator,
        classification=opts.classification.strip(),
        generated=opts.generated or dt.date.today(),
        period=(start, end),
        objectives=tuple((n, titles.get(n, "")) for n in numbers),
        articles=tuple(ordered),
        sections=tuple(sections),
        summary=summarize(ordered),
        actor_index=actor_index(ordered),
    )
