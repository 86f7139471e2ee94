"""Select All selects the whole list, not only the rows read so far: the actions on a
selection act on articles the table never fetched, and the table still holds one page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import func, insert, select

from desktop.core.archive.session import Archive
from desktop.core.search import Filters
from desktop.core.search.indexing import index_articles
from desktop.db.models import Article, ArticleText, Original
from desktop.ui import article_actions
from desktop.ui.article_model import PAGE
from tests.gui.conftest import settle

N = PAGE * 2 + 57  # three pages


@pytest.fixture
def many(sqlite_archive: Archive) -> Archive:
    with sqlite_archive.session() as session, session.begin():
        for i in range(1, N + 1):
            sha = f"{i:064x}"
            session.execute(insert(Original), [{"sha256": sha, "size": 1, "data": b"x"}])
            session.execute(
                insert(Article),
                [
                    {
                        "id": i,
                        "title": f"Article {i}",
                        "language": "fr" if i % 3 else "vi",
                        "published": dt.date(2020, 1, 1) + dt.timedelta(days=i),
                        "sha256": sha,
                        "text_sha256": sha,
                    }
                ],
            )
            session.execute(insert(ArticleText), [{"article_id": i, "body": f"migration n{i}"}])
        index_articles(session.connection(), list(range(1, N + 1)))
    return sqlite_archive


@pytest.fixture
def window(qtbot, many: Archive, qsettings: QSettings) -> Iterator[object]:
    from desktop.ui.main_window import MainWindow

    win = MainWindow(many, qsettings)
    win.ops.show_errors = False
    qtbot.addWidget(win, before_close_func=lambda w: settle(qtbot, w))
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.show()
    yield win


def statuses(archive: Archive) -> dict[str, int]:
    with archive.session() as session:
        rows = session.execute(
            select(Article.review_status, func.count()).group_by(Article.review_status)
        ).all()
    return {status: int(n) for status, n in rows}


def act_and_wait(qtbot, win, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.ops.changed, timeout=20000):
        action()
    settle(qtbot, win)


def test_select_all_marks_every_article_of_the_list_never_read(qtbot, window, many):
    win = window
    assert win.model.rowCount() == PAGE and win.model.more_to_come()
    win.select_all()
    assert win.whole_list_selected()
    act_and_wait(qtbot, win, lambda: win.article_actions.set_status("reviewed"))
    assert statuses(many) == {"reviewed": N}
    # The table was never filled with the whole list: ids came from the database.
    assert win.model.rowCount() < N
    # After the edit the same list is shown again, still selected as a whole.
    assert win.whole_list_selected()


def test_select_all_follows_the_facets_and_a_click_ends_it(qtbot, window, many):
    win = window
    with qtbot.waitSignal(win.rows_loaded, timeout=10000):
        win.set_filter(filters=Filters(languages=("fr",)))
    assert win.model.more_to_come()
    win.select_all()
    act_and_wait(qtbot, win, lambda: win.article_actions.set_status("needs_review"))
    french = sum(1 for i in range(1, N + 1) if i % 3)
    assert statuses(many) == {"needs_review": french, "new": N - french}
    # A click chooses rows: only those are acted on.
    win.select_all()
    win.table.selectRow(3)
    assert not win.whole_list_selected()
    chosen = win.selected_ids()
    assert len(chosen) == 1
    act_and_wait(qtbot, win, lambda: win.article_actions.set_status("reviewed"))
    assert statuses(many)["reviewed"] == 1


def test_delete_after_select_all_deletes_the_whole_list(qtbot, window, many, monkeypatch):
    win = window
    asked: list[str] = []
    monkeypatch.setattr(
        article_actions, "ask", lambda _parent, _title, text: asked.append(text) or True
    )
    win.select_all()
    assert win.whole_list_selected()
    # A page read while the whole list is selected shows as selected.
    win.table.scrollToBottom()
    qtbot.waitUntil(lambda: win.model.rowCount() > PAGE, timeout=10000)
    shown = win.model.rowCount()
    assert len(win.selected_ids()) == shown < N
    act_and_wait(qtbot, win, win.article_actions.delete)
    assert str(N) in asked[0]
    with many.session() as session:
        assert session.scalar(select(func.count(Article.id))) == 0
