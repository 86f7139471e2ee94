"""Tagging in the main window: the Tags tab, sidebar trees, filters, bulk tag, actor manager.

Core work (suggestions, counts, edits) runs in the window's worker through
``window.ops``; this module only shows results and forwards the curator's choices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core.archive.articles import ArticleDetail
from desktop.core.archive.session import Archive
from desktop.core.operations import catalog
from desktop.core.operations import changes as ch
from desktop.core.operations.changes import OpResult
from desktop.core.tagging import queries as q
from desktop.core.tagging.data import objective_label
from desktop.core.tagging.model import ActorSuggestion, ObjectiveSuggestion, Suggestions
from desktop.i18n import N_, _
from desktop.ui.context_menus import add, add_show_item, attach
from desktop.ui.tagging_dialogs import KIND_LABELS, ActorManager, BulkTagDialog
from desktop.ui.tagging_panel import TagPanel
from desktop.ui.text import plain_tip

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ROLE = Qt.ItemDataRole.UserRole
KIND_GROUPS = (
    ("organisation", N_("Organisations")),
    ("government", N_("Government bodies")),
    ("person", N_("People")),
)


@dataclass(frozen=True)
class TagCounts:
    objectives: list[q.ObjectiveCount]
    actors: list[q.ActorInfo]
    untagged: int
    needs_review: int


def load_counts(archive: Archive) -> TagCounts:
    return TagCounts(
        q.objective_counts(archive),
        q.list_actors(archive),
        q.untagged_count(archive),
        q.needs_review_count(archive),
    )


def filter_ids(archive: Archive, spec: dict[str, Any]) -> list[int]:
    """Article ids for a sidebar filter spec (``kind``: objective/actor/untagged/needs_review)."""
    kind = spec.get("kind")
    if kind == "objective":
        return q.article_ids(archive, q.has_objective(int(spec["number"])))
    if kind == "actor":
        return q.article_ids(archive, q.has_actor(int(spec["id"])))
    if kind == "untagged":
        return q.article_ids(archive, q.untagged())
    return q.article_ids(archive, q.needs_review())


class TagTree(QTreeWidget):
    """Objectives (with the untagged / needs review filters) or actors, with counts."""

    filter_chosen = Signal(dict)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(name == "actorTree")
        self.setUniformRowHeights(True)
        self.itemClicked.connect(self._clicked)
        self.setMinimumHeight(120)

    def _item(
        self, parent: QTreeWidget | QTreeWidgetItem, text: str, spec: dict[str, Any] | None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, ROLE, spec)
        item.setToolTip(0, plain_tip(text))
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def set_objectives(self, counts: TagCounts) -> None:
        self.clear()
        self._item(self, _("Untagged  ({n})").format(n=counts.untagged), {"kind": "untagged"})
        self._item(
            self, _("Needs review  ({n})").format(n=counts.needs_review), {"kind": "needs_review"}
        )
        for o in counts.objectives:
            spec = {"kind": "objective", "number": o.number, "label": objective_label(o.number)}
            self._item(self, f"{objective_label(o.number)}  ({o.count})", spec)

    def set_actors(self, counts: TagCounts) -> None:
        heads = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        expanded = {h.text(0).split("  (")[0] for h in heads if h is not None and h.isExpanded()}
        self.clear()
        for kind, title in KIND_GROUPS:
            members = [a for a in counts.actors if a.kind == kind]
            head = self._item(self, f"{_(title)}  ({len(members)})", None)
            members.sort(key=lambda a: (-a.count, a.name.casefold()))
            for a in members:
                self._item(
                    head, f"{a.name}  ({a.count})", {"kind": "actor", "id": a.id, "label": a.name}
                )
            head.setExpanded(_(title) in expanded or not expanded)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        spec = item.data(0, ROLE)
        if isinstance(spec, dict):
            self.filter_chosen.emit(dict(spec))


class TaggingUI:
    """Everything tagging adds to one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = TagPanel()
        self.objective_tree = TagTree("objectiveTree")
        self.actor_tree = TagTree("actorTree")
        self.manager: ActorManager | None = None
        self.active_filter: dict[str, Any] | None = None
        self._shown_id: int | None = None
        window.add_detail_tab(_("Tags"), self.panel)
        window.add_sidebar_section(_("Objectives"), self.objective_tree)
        window.add_sidebar_section(_("Actors"), self.actor_tree)
        window.article_shown.connect(self.show_article)
        window.ops.changed.connect(self.on_changes)
        self.panel.accept_requested.connect(self.accept)
        self.panel.reject_requested.connect(self.reject)
        self.panel.remove_requested.connect(self.remove)
        self.objective_tree.filter_chosen.connect(self.apply_filter)
        self.actor_tree.filter_chosen.connect(self.apply_filter)
        attach(self.objective_tree, self._tree_menu(self.objective_tree))
        attach(self.actor_tree, self._tree_menu(self.actor_tree, _("&Actors…"), self.open_manager))
        window.add_action(
            "article", _("&Tag selected articles…"), self.bulk_tag, QKeySequence("Ctrl+T")
        )
        window.add_action("tools", _("&Actors…"), self.open_manager)
        window.add_action("tools", _("Re&learn Tag Suggestions"), self.relearn)
        window.after_first_page(self.refresh_counts)

    # -- suggestions ---------------------------------------------------------------
    def show_article(self, article: ArticleDetail | None) -> None:
        self._shown_id = article.id if article is not None else None
        self.panel.show_article(article)
        if article is not None:
            self.load_suggestions(article.id)

    def load_suggestions(self, article_id: int) -> None:
        def arrived(result: Suggestions | None) -> None:
            if article_id == self._shown_id:
                self.panel.show_suggestions(result)

        # The suggestion engine is imported when an article is first shown.
        from desktop.core.tagging.service import suggest_for_article

        self.window.ops.query(suggest_for_article, article_id, on_done=arrived)

    def accept(self, suggestion: ObjectiveSuggestion | ActorSuggestion) -> None:
        from desktop.core.tagging import actor_edits, edits

        article = self._shown_id
        if article is None or suggestion.tagged:
            return
        if isinstance(suggestion, ObjectiveSuggestion):
            self.window.ops.run(
                _("Accept objective {n}").format(n=suggestion.number),
                edits.accept_objective,
                article,
                suggestion.number,
                suggestion.score,
            )
        elif suggestion.known and suggestion.actor_id is not None:
            self.window.ops.run(
                _("Accept actor {name}").format(name=suggestion.name),
                edits.accept_actor,
                article,
                suggestion.actor_id,
                suggestion.score,
            )
        else:
            self.window.ops.run(
                _("Add actor {name}").format(name=suggestion.name),
                actor_edits.accept_new_actor,
                article,
                suggestion.name,
                suggestion.kind,
                suggestion.key,
                suggestion.role,
            )
        self.panel.select_next()

    def reject(self, suggestion: ObjectiveSuggestion | ActorSuggestion) -> None:
        from desktop.core.tagging import edits

        article = self._shown_id
        if article is None:
            return
        kind = (
            "objective" if isinstance(suggestion, ObjectiveSuggestion) else suggestion.decision_kind
        )
        self.window.ops.run(None, edits.reject_suggestion, article, kind, suggestion.key)
        self.panel.select_next()

    def remove(self, suggestion: ObjectiveSuggestion | ActorSuggestion) -> None:
        from desktop.core.tagging import edits

        article = self._shown_id
        if article is None or not suggestion.tagged:
            return
        if isinstance(suggestion, ObjectiveSuggestion):
            self.window.ops.run(
                _("Remove tag"), edits.tag_articles, [article], [suggestion.number], remove=True
            )
        elif suggestion.actor_id is not None:
            self.window.ops.run(
                _("Remove tag"),
                edits.tag_articles,
                [article],
                (),
                [suggestion.actor_id],
                remove=True,
            )

    # -- refresh and filters -------------------------------------------------------
    def on_changes(self, changes: ch.Changes) -> None:
        if not changes.touches(ch.TAGS, ch.ACTORS, ch.ARTICLES, ch.IMPORTS):
            return
        self.refresh_counts()
        shown = self._shown_id
        if shown is not None and (
            shown in changes.articles or not changes.articles or changes.touches(ch.ACTORS)
        ):
            self.load_suggestions(shown)
        if self.active_filter is not None and self.window.facets.get("tag_filter"):
            spec = self.active_filter
            self.window.ops.query(filter_ids, spec, on_done=lambda ids: self._filtered(spec, ids))

    def refresh_counts(self) -> None:
        def arrived(counts: TagCounts) -> None:
            self.objective_tree.set_objectives(counts)
            self.actor_tree.set_actors(counts)
            if self.manager is not None:
                self.manager.set_actors(counts.actors)

        self.window.ops.query(load_counts, on_done=arrived)

    def apply_filter(self, spec: dict[str, Any]) -> None:
        self.active_filter = spec
        self.window.ops.query(filter_ids, spec, on_done=lambda ids: self._filtered(spec, ids))

    def _filtered(self, spec: dict[str, Any], ids: list[int]) -> None:
        if spec is not self.active_filter:
            return
        label = spec.get("label") or {
            "untagged": _("Untagged"),
            "needs_review": _("Needs review"),
        }.get(str(spec.get("kind")), "")
        self.window.replace_facets({"ids": ids, "tag_filter": label})

    # -- dialogs -------------------------------------------------------------------
    def bulk_tag(self) -> None:
        self.window.with_selection(self._bulk_tag)

    def _bulk_tag(self, ids: list[int]) -> None:
        if not ids:
            return

        def arrived(actors: list[q.ActorInfo]) -> None:
            dialog = BulkTagDialog(len(ids), actors, self.window)
            if dialog.exec() != BulkTagDialog.DialogCode.Accepted:
                return
            objectives, actor_ids, remove = dialog.choice()
            from desktop.core.tagging import edits

            if objectives or actor_ids:
                self.window.ops.run(
                    None, edits.tag_articles, ids, objectives, actor_ids, remove=remove
                )

        self.window.ops.query(q.list_actors, on_done=arrived)

    def run_edit(self, fn: Callable[..., OpResult[Any]], *args: Any) -> None:
        """Run a core operation; its undo entry is named by the core's own label."""
        self.window.ops.run(None, fn, *args)

    def relearn(self) -> None:
        from desktop.core.tagging import learning

        self.window.ops.run_task(catalog.label("relearn"), learning.relearn, undoable=False)

    def _tree_menu(self, tree: TagTree, *extra: Any) -> Callable[[QMenu, QPoint], None]:
        """Show the item's articles, tag the selection; ``extra`` is (text, slot)."""

        def build(menu: QMenu, pos: QPoint) -> None:
            add_show_item(menu, tree, pos)
            menu.addSeparator()
            add(menu, _("&Tag selected articles…"), self.bulk_tag, bool(self.window.selected_ids()))
            if extra:
                add(menu, extra[0], extra[1])

        return build

    def open_manager(self) -> None:
        if self.manager is None:
            self.manager = ActorManager(self.run_edit, self.window)
        self.window.ops.query(q.list_actors, on_done=self.manager.set_actors)
        self.manager.show()
        self.manager.raise_()


def install(window: MainWindow) -> None:
    window.tagging = TaggingUI(window)


__all__ = ["KIND_LABELS", "TagTree", "TaggingUI", "install"]
