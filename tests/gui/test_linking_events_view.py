"""The events view: suggestions accepted from the Event tab, the sidebar list with its
languages, members and roles, the side-by-side comparison, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.archive.articles import articles_json, get_article
from desktop.core.linking.queries import list_events


def _ids(window) -> dict[str, int]:
    return {Path(r["source_path"]).name[:3]: r["id"] for r in articles_json(window.archive)}


def _settle(window, qtbot) -> None:
    """Let every queued query deliver its result before the window goes."""
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=20000)
    qtbot.wait(20)


def _show(window, qtbot, article_id: int) -> None:
    window.detail.setCurrentWidget(window.events.tab)
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.select_ids([article_id])
    window.ops.wait()
    qtbot.wait(50)


def test_accept_suggestion_from_event_tab_then_undo(window, qtbot):
    ids = _ids(window)
    controller = window.events
    tab = controller.tab
    _show(window, qtbot, ids["000"])
    qtbot.waitUntil(lambda: len(tab.suggestions.rows) >= 1, timeout=10000)
    view = tab.suggestions.rows[0]
    assert set(view.suggestion.articles) == {ids["000"], ids["002"]}
    reasons = tab.suggestions.table.item(0, 4).text()
    assert "Phan Chi Thanh" in reasons
    # whether the dates could be checked is shown beside the evidence
    from desktop.core.linking.scoring import dates_checked_text

    shown = tab.suggestions.table.item(0, 3).text()
    assert shown == dates_checked_text(view.suggestion.dates_checked)

    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        tab.suggestions.accept_button.click()
    window.ops.wait()
    qtbot.waitUntil(
        lambda: controller.list.item(0).data(Qt.ItemDataRole.UserRole) is not None,
        timeout=10000,
    )
    assert controller.list.count() == 1
    text = controller.list.item(0).text()
    assert "fr" in text and "vi" in text and "(2)" in text
    assert get_article(window.archive, ids["000"]).event_date.year == 2021

    # the Event tab lists both members
    _show(window, qtbot, ids["000"])
    qtbot.waitUntil(lambda: tab.members.rowCount() == 2, timeout=10000)
    assert {tab.members.item(r, 0).text() for r in range(2)} == {f"#{ids['000']}", f"#{ids['002']}"}

    # clicking the event in the sidebar filters the table to its members
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        controller._event_clicked(controller.list.item(0))
        window.ops.wait()
    shown = {window.model.row_at(i).id for i in range(window.model.rowCount())}
    assert shown == {ids["000"], ids["002"]}

    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        window.ops.undo_stack.undo()
    window.ops.wait()
    assert list_events(window.archive) == []
    assert get_article(window.archive, ids["000"]).event_date is None
    _settle(window, qtbot)


def test_compare_two_versions_side_by_side(window, qtbot):
    ids = _ids(window)
    controller = window.events
    controller.compare(ids["000"], ids["002"])
    qtbot.waitUntil(lambda: controller.comparison is not None, timeout=10000)
    dialog = controller.comparison
    assert dialog.left.isReadOnly() and dialog.right.isReadOnly()
    assert dialog.left.toPlainText().startswith("Bangkok, 12 mars")
    assert "Thái Lan" in dialog.right.toPlainText()
    labels = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())]
    language_row = labels.index("Language")
    assert dialog.fields.item(language_row, 1).text() == "fr"
    assert dialog.fields.item(language_row, 2).text() == "vi"
    assert dialog.fields.item(language_row, 1).background().color().name() != "#000000"
    assert "12-13 March vs 10-12 March 2021" in dialog.reasons.text()
    # scrolling one pane moves the other to the same relative place
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    left, right = dialog.left.verticalScrollBar(), dialog.right.verticalScrollBar()
    if left.maximum() > 0 and right.maximum() > 0:
        left.setValue(left.maximum())
        assert right.value() == right.maximum()
        left.setValue(0)
        assert right.value() == 0
    dialog.close()
    _settle(window, qtbot)


def test_vetoed_pair_says_why(window, qtbot):
    ids = _ids(window)
    controller = window.events
    controller.compare(ids["001"], ids["004"])
    qtbot.waitUntil(lambda: controller.comparison is not None, timeout=10000)
    assert "different" in controller.comparison.reasons.text()
    controller.comparison.close()
    _settle(window, qtbot)


def test_review_dialog_reject_is_remembered(window, qtbot):
    from desktop.core.linking.suggest import suggest_links

    ids = _ids(window)
    controller = window.events
    controller.suggest_all()
    qtbot.waitUntil(lambda: controller.review is not None, timeout=20000)
    table = controller.review.table
    pairs = [v.suggestion.articles for v in table.rows]
    pair = tuple(sorted((ids["000"], ids["002"])))
    assert pair in pairs
    table.table.selectRow(pairs.index(pair))
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        table.reject_button.click()
    window.ops.wait()
    qtbot.waitUntil(lambda: pair not in [v.suggestion.articles for v in table.rows], timeout=5000)
    assert pair not in [s.articles for s in suggest_links(window.archive)]
    controller.review.close()
    _settle(window, qtbot)


def test_dissolve_event_from_the_tab(window, qtbot):
    from desktop.core.linking.events import link_articles

    ids = _ids(window)
    link_articles(window.archive, [ids["001"], ids["004"]], "Two reviews")
    tab = window.events.tab
    _show(window, qtbot, ids["001"])
    qtbot.waitUntil(lambda: tab.members.rowCount() == 2, timeout=10000)
    assert tab.heading.text().startswith("Two reviews")
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        tab.dissolve_event()
    window.ops.wait()
    assert list_events(window.archive) == []
    assert get_article(window.archive, ids["001"]).event_id is None
    _settle(window, qtbot)
