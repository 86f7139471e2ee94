"""Every operation of GCM Archive, with its two front doors.

One row per operation: its name, its label (``N_``: translated by whoever shows it,
as an undo entry, a progress title or a command's description), the core function
that does it, its kind, the command line that runs it and the places of the window
that do. ``tests/core/test_operations.py`` and ``tests/gui/test_operations_gui.py``
fail when a command or a window action has no twin here, or a row names a command,
action or function that does not exist.

Functions are named ``"module:function"`` (resolved on use, like
:mod:`desktop.core.operations.hooks`), so the core modules can take their labels from here.
Window places are action or button texts (their ``_()`` msgid), ``view:NAME`` for a
part of the main window (an attribute of it), or ``app:NAME`` for how the window
opens an archive (a function of ``desktop.ui.app``).
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.i18n import N_, _


class Kind(enum.StrEnum):
    EDIT = "edit"  # changes data, undoable in the window
    QUERY = "query"  # reads
    TASK = "task"  # long work with progress and cancel


@dataclass(frozen=True)
class Operation:
    name: str
    label: str  # N_ msgid
    function: str  # "module:function"
    kind: Kind
    cli: str  # the command (and option) that runs it
    gui: tuple[str, ...]  # where the window does it

    def resolve(self) -> Callable[..., Any]:
        module, _sep, name = self.function.partition(":")
        func: Callable[..., Any] = getattr(importlib.import_module(module), name)
        return func


E, Q, T = Kind.EDIT, Kind.QUERY, Kind.TASK
_ACTORS = "desktop.core.tagging.actor_edits"
_EVENTS = "desktop.core.linking.events"

_ROWS: tuple[tuple[str, str, str, Kind, str, tuple[str, ...]], ...] = (
    # archive
    ("init", N_("Create an archive"), "desktop.core.importing.demo:open_or_create", T, "init",
     ("app:open_for_window", "&New Archive…", "&Open Archive…")),
    ("upgrade", N_("Upgrade the archive"), "desktop.db.engine:upgrade_archive", T, "upgrade",
     ("app:open_for_window",)),
    ("version", N_("About GCM Archive"), "desktop.db.engine:head_revision", Q, "version",
     ("&About GCM Archive",)),
    ("backup", N_("Back up the archive"), "desktop.core.maintenance.backup:back_up", T, "backup",
     ("&Back Up Now…",)),
    ("restore", N_("Restore from a backup"), "desktop.core.maintenance.backup:restore_archive", T,
     "restore", ("&Restore from Backup…",)),
    ("check", N_("Check Archive"), "desktop.core.maintenance.check:check_archive", T, "check",
     ("&Check Archive…",)),
    ("export", N_("Export"), "desktop.core.exports.run:export", T, "export",
     ("Complete Archive (&JSON)…", "Articles and Tags (&CSV)…",
      "Preservation Package (&BagIt)…")),
    ("import-export", N_("New archive from an export"),
     "desktop.core.exports.archive_json:import_export", T, "import-export",
     ("New Archive from &Export…",)),
    ("settings", N_("Archive settings"), "desktop.core.archive.settings:set_import_settings",
     E, "settings", ("Archive &Settings…",)),
    ("keep-backups", N_("Automatic backups kept"),
     "desktop.core.maintenance.backup:set_backup_keep", E, "settings --keep-backups",
     ("Archive &Settings…",)),
    # articles
    ("import", N_("Importing articles"), "desktop.core.importing.run:import_paths", T, "import",
     ("&Import Files…", "Import &Folder…")),
    ("import-log", N_("Import log"), "desktop.core.importing.store:import_log", Q, "import-log",
     ("Last Import &Log…",)),
    ("articles", N_("Articles"), "desktop.core.archive.articles:list_rows", Q, "articles",
     ("view:table",)),
    ("show", N_("Article"), "desktop.core.archive.articles:get_article", Q, "show",
     ("view:detail",)),
    ("edit", N_("Edit article"), "desktop.core.archive.editing:update_article", E, "edit",
     ("&Edit Metadata…", "Mark as &Reviewed", "Mark as &Needing Review")),
    ("delete", N_("Delete articles"), "desktop.core.archive.editing:delete_articles", E, "delete",
     ("&Delete",)),
    # search
    ("search", N_("Search"), "desktop.core.search:search", Q, "search",
     ("view:search_field", "&Find…")),
    ("saved-search", N_("Save search"), "desktop.core.search:save_search", E, "saved-search",
     ("Save &Search…", "Save current…", "Delete")),
    ("reindex", N_("Rebuilding the search index"), "desktop.core.search:reindex", T, "reindex",
     ("Rebuild Search &Index",)),
    ("report", N_("Report"), "desktop.core.reports:write_report", T, "report",
     ("&Print Report…", "E&xport Report…")),
    # tagging
    ("objectives", N_("Objectives"), "desktop.core.tagging.queries:objective_counts", Q,
     "objectives", ("view:library",)),
    ("suggest-tags", N_("Suggestions"), "desktop.core.tagging.service:suggest_for_article", Q,
     "suggest-tags", ("view:tagging",)),
    ("tag", N_("Tag articles"), "desktop.core.tagging.edits:tag_articles", E, "tag",
     ("&Tag selected articles…", "Remove &tag")),
    ("accept", N_("Accept suggested objective"), "desktop.core.tagging.edits:accept_objective",
     E, "accept", ("&Accept",)),
    ("reject", N_("Reject suggestion"), "desktop.core.tagging.edits:reject_suggestion", E,
     "reject", ("&Reject",)),
    ("relearn", N_("Relearning from tagged articles"), "desktop.core.tagging.learning:relearn",
     T, "relearn", ("Re&learn Tag Suggestions",)),
    # the actor registry
    ("actors", N_("Actors"), "desktop.core.tagging.queries:list_actors", Q, "actors",
     ("&Actors…",)),
    ("actor-add", N_("Add actor"), f"{_ACTORS}:add_actor", E, "actor-add", ("Add…",)),
    ("actor-edit", N_("Edit actor"), f"{_ACTORS}:update_actor", E, "actor-edit", ("Edit…",)),
    ("actor-alias", N_("Add alias"), f"{_ACTORS}:add_alias", E, "actor-alias",
     ("Add alias…",)),
    ("actor-unalias", N_("Remove alias"), f"{_ACTORS}:remove_alias", E,
     "actor-alias --remove", ("Remove alias…",)),
    ("actor-merge", N_("Merge actors"), f"{_ACTORS}:merge_actors", E, "actor-merge",
     ("Merge into…",)),
    ("actor-delete", N_("Delete actor"), f"{_ACTORS}:delete_actor", E, "actor-delete",
     ("Delete",)),
    # events
    ("events", N_("Events"), "desktop.core.linking.queries:events_json", Q, "events",
     ("view:events",)),
    ("suggest-links", N_("Finding versions of the same events"),
     "desktop.core.linking.suggest:suggest_links", T, "suggest-links",
     ("Suggest Event &Links…",)),
    ("link", N_("Link articles"), f"{_EVENTS}:link_articles", E, "link",
     ("&Link as One Event…", "&Accept")),
    ("unlink", N_("Take out of event"), f"{_EVENTS}:unlink_article", E, "unlink",
     ("Take Out of Event", "Take out of event")),
    ("reject-link", N_("Reject link"), f"{_EVENTS}:reject_link", E, "reject-link",
     ("&Reject",)),
    ("merge-events", N_("Merge events"), f"{_EVENTS}:merge_events", E, "merge-events",
     ("&Link as One Event…",)),
    ("set-role", N_("Set role"), f"{_EVENTS}:set_role", E, "set-role", ("Set role…",)),
    ("event-edit", N_("Rename event"), f"{_EVENTS}:update_event", E, "event-edit",
     ("Rename event…",)),
    ("event-delete", N_("Dissolve event"), f"{_EVENTS}:delete_event", E, "event-delete",
     ("Dissolve event",)),
    ("compare", N_("Compare versions"), "desktop.core.linking.queries:compare", Q, "compare",
     ("Compare &Versions", "Compare with current", "&Compare")),
    ("link-features", N_("Rebuilding link features"),
     "desktop.core.linking.store:rebuild_features", T, "link-features",
     ("Rebuild Link Features",)),
)  # fmt: skip

OPERATIONS: dict[str, Operation] = {row[0]: Operation(*row) for row in _ROWS}

# The command that is the window itself, and window actions that only change the view
# (or the window's own session: undo lives in it): they need no twin.
CLI_ONLY = {"gui": N_("open the application window (the default)")}
GUI_ONLY = frozenset(
    {
        "&Quit",
        "&Undo",
        "&Redo",
        "Select &All",
        "&Refresh",
        "Show &All Articles",
        "Show &Sidebar",
        "Reset &Layout",
        "Sort by &Relevance",
        "Exact diacritics",
        "Main toolbar",  # shows or hides the toolbar
        "Clear filters",
        "System default",  # View ▸ Interface Language (the CLI has --lang)
        "English",
        "French",
        "Vietnamese",
    }
)


def label(name: str) -> str:
    """The translated label of operation ``name``."""
    return _(OPERATIONS[name].label)


def by_command(command: str) -> list[Operation]:
    """The operations a command line runs (``actor-alias`` runs two, by option)."""
    return [op for op in OPERATIONS.values() if op.cli.split()[0] == command]
