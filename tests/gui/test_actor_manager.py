"""The actor manager's edits go through the core, land in the registry and undo from Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core.tagging.queries import find_actor, list_actors
from desktop.ui import tagging_dialogs
from desktop.ui.tagging_dialogs import ActorForm


@pytest.fixture
def manager(window, qtbot):
    ui = window.tagging
    ui.open_manager()
    qtbot.waitUntil(lambda: ui.manager.table.rowCount() > 40, timeout=10000)
    yield ui.manager
    ui.manager.close()


def _settle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)


def _select(manager, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: name in [a.name for a in manager.actors], timeout=10000)
    row = [a.name for a in manager.actors].index(name)
    manager.table.selectRow(row)
    assert manager.selected() is not None and manager.selected().name == name


def _aliases(window, name: str) -> set[str]:
    actor = find_actor(window.archive, name)
    assert actor is not None
    info = {a.id: a for a in list_actors(window.archive)}[actor.id]
    return {alias for _i, alias, _l in info.aliases}


def _undo(window, qtbot, label: str) -> None:
    assert window.ops.undo_stack.undoText() == label
    window.ops.undo_stack.undo()
    _settle(window, qtbot)


def _form(monkeypatch, **values: str) -> None:
    def fake_exec(form: ActorForm) -> int:
        form.name.setText(values.get("name", form.name.text()))
        form.country.setText(values.get("country", form.country.text()))
        form.role.setText(values.get("role", form.role.text()))
        form.aliases.setPlainText(values.get("aliases", ""))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(tagging_dialogs.ActorForm, "exec", fake_exec)


def test_add_edit_and_undo(window, qtbot, manager, monkeypatch):
    _form(monkeypatch, name="Test Agency", country="vn", aliases="TA\nAgence Test")
    manager.add()
    _settle(window, qtbot)
    assert _aliases(window, "Test Agency") == {"Test Agency", "TA", "Agence Test"}
    assert find_actor(window.archive, "ta").country == "VN"  # type: ignore[union-attr]

    _select(manager, qtbot, "Test Agency")
    _form(monkeypatch, name="Renamed Agency", role="regulator")
    manager.edit()
    _settle(window, qtbot)
    renamed = find_actor(window.archive, "Renamed Agency")
    assert renamed is not None and renamed.role == "regulator"

    _undo(window, qtbot, "Edit actor")
    assert find_actor(window.archive, "Renamed Agency") is None
    assert find_actor(window.archive, "Test Agency").role == ""  # type: ignore[union-attr]
    _undo(window, qtbot, "Add actor")
    assert find_actor(window.archive, "Test Agency") is None
    window.ops.undo_stack.redo()
    _settle(window, qtbot)
    assert find_actor(window.archive, "Agence Test") is not None


def test_alias_add_remove_and_undo(window, qtbot, manager, monkeypatch):
    _select(manager, qtbot, "IOM")
    before = _aliases(window, "IOM")
    monkeypatch.setattr(tagging_dialogs, "get_text", lambda *a, **k: ("OIM Genève", True))
    manager.add_alias()
    _settle(window, qtbot)
    assert _aliases(window, "IOM") == before | {"OIM Genève"}

    qtbot.waitUntil(lambda: "OIM Genève" in [x for _i, x, _l in manager.selected().aliases])
    monkeypatch.setattr(tagging_dialogs, "get_item", lambda *a, **k: ("OIM Genève", True))
    manager.remove_alias()
    _settle(window, qtbot)
    assert _aliases(window, "IOM") == before
    _undo(window, qtbot, "Remove alias")
    assert _aliases(window, "IOM") == before | {"OIM Genève"}
    _undo(window, qtbot, "Add alias")
    assert _aliases(window, "IOM") == before


def test_merge_delete_and_undo(window, qtbot, manager, monkeypatch):
    _form(monkeypatch, name="Duplicate Body", aliases="DB")
    manager.add()
    _settle(window, qtbot)
    iom_aliases = _aliases(window, "IOM")
    _select(manager, qtbot, "Duplicate Body")
    monkeypatch.setattr(tagging_dialogs, "get_item", lambda *a, **k: ("IOM", True))
    manager.merge()
    _settle(window, qtbot)
    assert find_actor(window.archive, "Duplicate Body").name == "IOM"  # type: ignore[union-attr]
    assert _aliases(window, "IOM") == iom_aliases | {"Duplicate Body", "DB"}
    _undo(window, qtbot, "Merge actors")
    assert find_actor(window.archive, "Duplicate Body").name == "Duplicate Body"  # type: ignore[union-attr]
    assert _aliases(window, "IOM") == iom_aliases

    _select(manager, qtbot, "Duplicate Body")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    manager.delete()
    _settle(window, qtbot)
    assert find_actor(window.archive, "Duplicate Body") is None
    _undo(window, qtbot, "Delete actor")
    assert _aliases(window, "Duplicate Body") == {"Duplicate Body", "DB"}
