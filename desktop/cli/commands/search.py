"""Search commands: search, reindex, saved-search add/list/delete/run."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import (
    OK,
    CliError,
    Context,
    end_progress,
    parse_date,
    positive_int,
    terminal_progress,
)
from desktop.core.search import (
    SORT_KEYS,
    Filters,
    SavedSearchError,
    SearchSpec,
    delete_saved_search,
    ensure_current_index,
    get_saved_search,
    list_saved_searches,
    reindex,
    save_search,
    search,
    search_ids,
)
from desktop.core.search.service import relevance_bar
from desktop.db.models import ReviewStatus
from desktop.i18n import _, ngettext


def _add_json(p: argparse.ArgumentParser) -> None:
    # Also accepted after the command; a distinct dest keeps the global --json intact.
    p.add_argument("--json", dest="sub_json", action="store_true", help=_("print JSON"))


def add_spec_arguments(p: argparse.ArgumentParser) -> None:
    """The options that make a search: exactness, facets, sort."""
    p.add_argument(
        "--exact", action="store_true", help=_("match diacritics exactly (tone marks count)")
    )
    p.add_argument("--language", action="append", default=[], metavar="L", help=_("ISO code"))
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--date-field",
        choices=("published", "event"),
        default="published",
        help=_("which date --from/--to apply to"),
    )
    p.add_argument("--objective", action="append", type=int, default=[], metavar="N")
    p.add_argument("--actor", action="append", default=[], metavar="NAME")
    p.add_argument("--event", action="append", type=int, default=[], metavar="ID")
    p.add_argument("--outlet", action="append", default=[], metavar="O")
    p.add_argument("--status", action="append", default=[], choices=[s.value for s in ReviewStatus])
    p.add_argument("--untagged", action="store_true", help=_("articles with no objective yet"))
    p.add_argument(
        "--has-translations",
        action="store_true",
        help=_("articles whose event has an article in another language"),
    )
    p.add_argument("--sort", choices=SORT_KEYS, default="relevance")
    p.add_argument("--asc", action="store_true", help=_("ascending order"))


def spec_from_args(args: argparse.Namespace, text: str) -> SearchSpec:
    filters = Filters(
        languages=tuple(args.language),
        date_from=args.date_from,
        date_to=args.date_to,
        date_field=args.date_field,
        objectives=tuple(args.objective),
        actors=tuple(args.actor),
        events=tuple(args.event),
        outlets=tuple(args.outlet),
        statuses=tuple(args.status),
        untagged=args.untagged,
        has_translations=args.has_translations,
    )
    return SearchSpec(
        text=text, exact=args.exact, filters=filters, sort=args.sort, descending=not args.asc
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("search", help=_("full-text search with facets"))
    p.add_argument("query", nargs="?", default="", help=_('words, "phrases", OR, NOT, prefix*'))
    p.add_argument("--limit", type=positive_int, default=20, metavar="N")
    add_spec_arguments(p)
    _add_json(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("reindex", help=_("rebuild the full-text index"))
    _add_json(p)
    p.set_defaults(handler=cmd_reindex)

    saved = sub.add_parser("saved-search", help=_("manage saved searches"))
    ssub = saved.add_subparsers(dest="saved_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add", help=_("save (or replace) a search under a name"))
    p.add_argument("name")
    p.add_argument("query", nargs="?", default="")
    add_spec_arguments(p)
    _add_json(p)
    p.set_defaults(handler=cmd_saved_add)
    p = ssub.add_parser("list", help=_("list saved searches"))
    _add_json(p)
    p.set_defaults(handler=cmd_saved_list)
    p = ssub.add_parser("delete", help=_("delete a saved search"))
    p.add_argument("name")
    _add_json(p)
    p.set_defaults(handler=cmd_saved_delete)
    p = ssub.add_parser("run", help=_("print the ids a saved search finds now"))
    p.add_argument("name")
    _add_json(p)
    p.set_defaults(handler=cmd_saved_run)


def _json_flag(args: argparse.Namespace, ctx: Context) -> None:
    if getattr(args, "sub_json", False):
        ctx.json = True


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    spec = spec_from_args(args, args.query)
    state = terminal_progress(_("Indexing"))
    ensure_current_index(ctx.archive, state)  # indexed by older rules: rebuilt once
    end_progress(state)
    result = search(ctx.archive, spec, limit=args.limit)
    data: list[dict[str, Any]] = [
        {
            "id": hit.id,
            "title": hit.title,
            "rank": rank if result.ranked else None,
            "relevance": round(hit.relevance, 3) if hit.relevance is not None else None,
            "score": hit.score,
            "snippet": hit.snippet.marked() if hit.snippet else "",
        }
        for rank, hit in enumerate(result.hits, start=1)
    ]

    def text() -> str:
        if not data:
            return _("No article found.")
        lines = []
        for item in data:
            share = item["relevance"]
            bar = relevance_bar(share) if share is not None else ""
            lines.append(
                f"{item['id']:>7}  {bar}  {item['title']}"
                if bar
                else f"{item['id']:>7}  {item['title']}"
            )
            if item["snippet"]:
                lines.append(f"         {item['snippet']}")
        if result.capped:
            lines.append(_("(too many matches to rank: newest first)"))
        return "\n".join(lines)

    ctx.emit(data, text)
    return OK


def cmd_reindex(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    state = terminal_progress(_("Indexing"))
    count = reindex(ctx.archive, state).value or 0
    end_progress(state)
    ctx.emit(
        {"indexed": count},
        ngettext("{n} article indexed", "{n} articles indexed", count).format(n=count),
    )
    return OK


def cmd_saved_add(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    spec = spec_from_args(args, args.query)
    try:
        saved_id = save_search(ctx.archive, args.name, spec).value
    except SavedSearchError as exc:
        raise CliError(str(exc), code=2) from None
    ctx.emit(
        {"id": saved_id, "name": args.name.strip(), "query": spec.text, **spec.to_json()},
        _("Saved search {name!r} stored").format(name=args.name.strip()),
    )
    return OK


def cmd_saved_list(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    items = [s.as_json() for s in list_saved_searches(ctx.archive)]
    ctx.emit(
        items,
        lambda: "\n".join(f"{s['name']}: {s['query']}" for s in items) or _("No saved search."),
    )
    return OK


def cmd_saved_delete(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    try:
        delete_saved_search(ctx.archive, args.name)
    except SavedSearchError as exc:
        raise CliError(str(exc)) from None
    ctx.emit({"deleted": args.name}, _("Saved search {name!r} deleted").format(name=args.name))
    return OK


def cmd_saved_run(args: argparse.Namespace, ctx: Context) -> int:
    _json_flag(args, ctx)
    try:
        spec = get_saved_search(ctx.archive, args.name).spec
    except SavedSearchError as exc:
        raise CliError(str(exc)) from None
    ids = search_ids(ctx.archive, spec).ids
    ctx.emit({"name": args.name, "ids": ids}, " ".join(str(i) for i in ids))
    return OK
