"""``gcm-archive report``: a briefing as PDF or HTML, with the report builder's options."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    OK,
    USAGE,
    CliError,
    Context,
    end_progress,
    parse_date,
    positive_int,
    terminal_progress,
)
from desktop.core.reports import (
    REPORT_LANGUAGES,
    Paper,
    ReportError,
    ReportInput,
    ReportOptions,
    Template,
    format_of,
    write_report,
)
from desktop.core.reports.options import DEFAULT_EXCERPT
from desktop.i18n import _


def _objective(value: str) -> int:
    number = positive_int(value)
    if number > 23:
        raise argparse.ArgumentTypeError(_("GCM objectives are numbered 1 to 23"))
    return number


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "report",
        help=_("write a briefing report (PDF or HTML)"),
        description=_(
            "Write a briefing report of the whole archive, or of the articles chosen by "
            "ids, a saved search and filters (filters apply on top of ids and saved search)."
        ),
    )
    p.add_argument("--out", required=True, metavar="FILE", help=_("FILE.pdf or FILE.html"))
    p.add_argument(
        "--template",
        choices=[t.value for t in Template],
        default=Template.BY_OBJECTIVE.value,
        help=_("how articles are grouped (default: by-objective)"),
    )
    p.add_argument(
        "--locale",
        choices=REPORT_LANGUAGES,
        default="en",
        help=_("language of the report (default: en)"),
    )
    p.add_argument("--title", default="", help=_("title on the cover"))
    p.add_argument("--subtitle", default="", help=_("subtitle on the cover"))
    p.add_argument("--author", default="", help=_("author on the cover (default: the curator)"))
    p.add_argument(
        "--classification", default="", help=_("classification line printed on every page")
    )
    p.add_argument(
        "--paper", choices=[x.value for x in Paper], help=_("paper size (default: from the locale)")
    )
    p.add_argument("--no-charts", action="store_true", help=_("leave the charts out"))
    text = p.add_mutually_exclusive_group()
    text.add_argument("--full-text", action="store_true", help=_("print full article texts"))
    text.add_argument(
        "--excerpt",
        type=positive_int,
        metavar="N",
        help=_("excerpt length in characters (default: %(n)s)") % {"n": DEFAULT_EXCERPT},
    )
    p.add_argument(
        "--ids", type=positive_int, nargs="+", metavar="ID", help=_("only these articles")
    )
    p.add_argument("--saved-search", metavar="NAME", help=_("only a saved search's articles"))
    p.add_argument(
        "--from",
        dest="date_from",
        type=parse_date,
        metavar="DATE",
        help=_("articles dated on or after DATE (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=parse_date,
        metavar="DATE",
        help=_("articles dated on or before DATE (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--objective",
        type=_objective,
        action="append",
        default=[],
        metavar="N",
        help=_("articles tagged with objective N (repeatable)"),
    )
    p.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="NAME",
        help=_("articles naming this actor (repeatable)"),
    )
    p.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help=_("articles in this language, e.g. vi (repeatable)"),
    )
    p.set_defaults(handler=cmd_report)


def options_from_args(args: argparse.Namespace) -> ReportOptions:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(_("--from is after --to"), USAGE)
    excerpt: int | None = DEFAULT_EXCERPT
    if args.full_text:
        excerpt = None
    elif args.excerpt:
        excerpt = args.excerpt
    return ReportOptions(
        template=Template(args.template),
        locale=args.locale,
        title=args.title,
        subtitle=args.subtitle,
        author=args.author,
        classification=args.classification,
        excerpt_chars=excerpt,
        charts=not args.no_charts,
        paper=Paper(args.paper) if args.paper else None,
        input=ReportInput(
            ids=tuple(args.ids) if args.ids else None,
            saved_search=args.saved_search,
            date_from=args.date_from,
            date_to=args.date_to,
            objectives=tuple(args.objective),
            actors=tuple(args.actor),
            languages=tuple(x.lower() for x in args.language),
        ),
    )


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.out)
    try:
        fmt = format_of(out)
    except ReportError as exc:
        raise CliError(str(exc), USAGE) from None
    options = options_from_args(args)
    try:
        state = terminal_progress(_("Building the report"))
        report = write_report(ctx.archive, options, out, state)
        end_progress(state)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(_("cannot write {path}: {error}").format(path=out, error=exc)) from None
    pages = None
    if fmt == "pdf":
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    data = {
        "out": str(out),
        "format": fmt,
        "template": report.options.template.value,
        "locale": report.locale,
        "paper": str(report.options.paper),
        "articles": report.summary.total,
        "sections": len(report.sections),
        "pages": pages,
    }
    text = _("Wrote {path}: {n} articles").format(path=out, n=report.summary.total)
    if pages:
        text += _(", {pages} pages").format(pages=pages)
    ctx.emit(data, text)
    return OK
