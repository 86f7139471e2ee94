"""Dialogs of the tagging feature: bulk tag/untag of a selection, the actor manager."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The actor edits (and the tagging engine they bring) are imported by the dialogs'
# methods when first used, not while the window opens.
from desktop.core.tagging.data import objective_label, objective_vocabulary
from desktop.core.tagging.queries import ActorInfo
from desktop.i18n import N_, _, ngettext
from desktop.ui.text import ask, get_item, get_text, plain_label

ROLE = Qt.ItemDataRole.UserRole
KIND_LABELS = {
    "organisation": N_("Organisation"),
    "government": N_("Government body"),
    "person": N_("Person"),
}


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def _checkable(list_widget: QListWidget, text: str, value: object) -> None:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(ROLE, value)
    list_widget.addItem(item)


def _checked(list_widget: QListWidget) -> list[Any]:
    return [
        list_widget.item(i).data(ROLE)
        for i in range(list_widget.count())
        if list_widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class BulkTagDialog(QDialog):
    """Choose objectives and actors to add to (or remove from) the selected articles."""

    def __init__(self, count: int, actors: list[ActorInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Tag selected articles"))
        self.setObjectName("bulkTagDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                ngettext("{n} article selected", "{n} articles selected", count).format(n=count)
            )
        )
        self.add_radio = QRadioButton(_("Add these tags"))
        self.remove_radio = QRadioButton(_("Remove these tags"))
        self.add_radio.setChecked(True)
        radios = QHBoxLayout()
        radios.addWidget(self.add_radio)
        radios.addWidget(self.remove_radio)
        layout.addLayout(radios)
        self.objectives = QListWidget()
        for info in objective_vocabulary().objectives:
            _checkable(self.objectives, objective_label(info.number), info.number)
        self.actor_filter = QLineEdit()
        self.actor_filter.setPlaceholderText(_("Filter actors…"))
        self.actor_filter.textChanged.connect(self._filter)
        self.actors = QListWidget()
        for actor in actors:
            _checkable(self.actors, actor.name, actor.id)
        layout.addWidget(plain_label(_("Objectives")))
        layout.addWidget(self.objectives, 2)
        layout.addWidget(plain_label(_("Actors")))
        layout.addWidget(self.actor_filter)
        layout.addWidget(self.actors, 1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(560, 620)

    def _filter(self, text: str) -> None:
        from desktop.core.util.textfold import fold

        needle = fold(text)
        for i in range(self.actors.count()):
            item = self.actors.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def choice(self) -> tuple[list[int], list[int], bool]:
        return _checked(self.objectives), _checked(self.actors), self.remove_radio.isChecked()


class ActorForm(QDialog):
    """Name, kind, country, role and aliases of an actor."""

    def __init__(self, actor: ActorInfo | None = None, parent: QWidget | None = None) -> None:
        from desktop.core.tagging import actor_edits

        super().__init__(parent)
        self.setWindowTitle(_("Edit actor") if actor else _("Add actor"))
        form = QFormLayout(self)
        self.name = QLineEdit(actor.name if actor else "")
        self.kind = QComboBox()
        for kind in actor_edits.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        if actor is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(actor.kind)))
        self.country = QLineEdit(actor.country if actor else "")
        self.country.setMaxLength(8)
        self.role = QLineEdit(actor.role if actor else "")
        self.aliases = QPlainTextEdit()
        self.aliases.setPlaceholderText(_("One alias per line (other languages, acronyms)"))
        if actor is not None:
            self.aliases.setVisible(False)
        form.addRow(_("Name"), self.name)
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Country (ISO code)"), self.country)
        form.addRow(_("Role or title"), self.role)
        if actor is None:
            form.addRow(_("Aliases"), self.aliases)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "kind": str(self.kind.currentData()),
            "country": self.country.text().strip().upper(),
            "role": self.role.text().strip(),
        }

    def alias_lines(self) -> list[str]:
        return [line.strip() for line in self.aliases.toPlainText().splitlines() if line.strip()]


Runner = Callable[..., None]  # (core operation, *args) -> runs it through window.ops


class ActorManager(QDialog):
    """The actor registry: add, edit, rename, aliases, merge, delete (all undoable)."""

    COLUMNS = (N_("Name"), N_("Kind"), N_("Country"), N_("Role"), N_("Articles"), N_("Aliases"))

    def __init__(self, run_edit: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Actors"))
        self.setObjectName("actorManager")
        self.run_edit = run_edit
        self.actors: list[ActorInfo] = []
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("Filter by name or alias…"))
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([_(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (_("Add…"), self.add),
            (_("Edit…"), self.edit),
            (_("Add alias…"), self.add_alias),
            (_("Remove alias…"), self.remove_alias),
            (_("Merge into…"), self.merge),
            (_("Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 560)

    def set_actors(self, actors: list[ActorInfo]) -> None:
        selected = self.selected()
        self.actors = actors
        self.table.setRowCount(len(actors))
        for row, a in enumerate(actors):
            aliases = ", ".join(alias for _, alias, _ in a.aliases if alias != a.name)
            values = (a.name, kind_label(a.kind), a.country, a.role, str(a.count), aliases)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE, a.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._apply_filter(self.filter.text())
        if selected is not None:
            for row, a in enumerate(actors):
                if a.id == selected.id:
                    self.table.selectRow(row)

    def _apply_filter(self, text: str) -> None:
        from desktop.core.util.textfold import fold

        needle = fold(text)
        for row, a in enumerate(self.actors):
            hay = fold(" ".join([a.name] + [alias for _, alias, _ in a.aliases]))
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def selected(self) -> ActorInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.actors):
            return None
        return self.actors[rows[0].row()]

    # -- actions -------------------------------------------------------------------
    def add(self) -> None:
        from desktop.core.tagging import actor_edits

        form = ActorForm(None, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        v = form.values()
        self.run_edit(
            actor_edits.add_actor,
            v["name"],
            v["kind"],
            v["country"],
            v["role"],
            [(alias, "") for alias in form.alias_lines()],
        )

    def edit(self) -> None:
        from desktop.core.tagging import actor_edits

        actor = self.selected()
        if actor is None:
            return
        form = ActorForm(actor, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        old = {"name": actor.name, "kind": actor.kind, "country": actor.country, "role": actor.role}
        values = tuple((k, v) for k, v in form.values().items() if v != old[k])
        if values:
            self.run_edit(actor_edits.update_actor, actor.id, values)

    def add_alias(self) -> None:
        from desktop.core.tagging import actor_edits

        actor = self.selected()
        if actor is None:
            return
        text, ok = get_text(self, _("Add alias"), _("Alias of {name}:").format(name=actor.name))
        if ok and text.strip():
            self.run_edit(actor_edits.add_alias, actor.id, text.strip())

    def remove_alias(self) -> None:
        from desktop.core.tagging import actor_edits

        actor = self.selected()
        if actor is None or not actor.aliases:
            return
        labels = [alias for _, alias, _ in actor.aliases]
        text, ok = get_item(self, _("Remove alias"), _("Alias:"), labels)
        if ok:
            alias_id = actor.aliases[labels.index(text)][0]
            self.run_edit(actor_edits.remove_alias, alias_id)

    def merge(self) -> None:
        from desktop.core.tagging import actor_edits

        actor = self.selected()
        if actor is None:
            return
        others = [a for a in self.actors if a.id != actor.id]
        labels = [a.name for a in others]
        text, ok = get_item(
            self,
            _("Merge actors"),
            _("Merge {name} into (its tags and aliases go there):").format(name=actor.name),
            labels,
        )
        if ok:
            target = others[labels.index(text)]
            self.run_edit(actor_edits.merge_actors, actor.id, target.id)

    def delete(self) -> None:
        from desktop.core.tagging import actor_edits

        actor = self.selected()
        if actor is None:
            return
        if ask(
            self,
            _("Delete actor"),
            ngettext(
                "Delete {name} and its tag on {n} article?",
                "Delete {name} and its tags on {n} articles?",
                actor.count,
            ).format(name=actor.name, n=actor.count),
        ):
            self.run_edit(actor_edits.delete_actor, actor.id)
