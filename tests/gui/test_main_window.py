from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from desktop.core.archive.articles import list_rows
from desktop.ui.main_window import MainWindow


def test_table_lists_the_seeds_and_detail_shows_text(window, qtbot):
    assert window.model.rowCount() == 5
    shown = sorted(window.model.row_at(i).title for i in range(5))
    assert shown == sorted(row.title for row in list_rows(window.archive))
    assert all(title.strip() for title in shown)
    window.table.selectRow(0)
    with qtbot.waitSignal(window.article_shown, timeout=5000) as shown:
        pass
    article = shown.args[0]
    assert article is not None
    assert window.detail.article_view.body.toPlainText() == article.body
    assert window.detail.article_view.title.textFormat() == Qt.TextFormat.PlainText


def test_labels_never_render_markup(window, qtbot):
    labels = window.detail.article_view.findChildren(QLabel)
    assert labels and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in labels)


def test_library_filter_by_review_status(window, qtbot):
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.set_filter(review_status="reviewed")
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.replace_facets({})
    assert window.model.rowCount() == 5


def test_layout_is_remembered(qtbot, seeded_sqlite, tmp_path: Path):
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    first = MainWindow(seeded_sqlite, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    first.splitter.setSizes([150, 400, 170])
    qtbot.wait(50)
    size = (first.width(), first.height())
    assert size != (1360, 820)  # not the default size
    first.close()
    second = MainWindow(seeded_sqlite, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    second.show()
    qtbot.wait(50)
    # The sidebar keeps its narrow width, far from the default 220 px.
    assert abs(second.splitter.sizes()[0] - first.splitter.sizes()[0]) <= 10
    second.ops.wait()


def test_import_by_drop_path_adds_rows(window, qtbot, tmp_path: Path):
    src = tmp_path / "new"
    src.mkdir()
    (src / "a.txt").write_text("Nouvel article\n\nMigration sûre et régulière.", "utf-8")
    window.importer.show_summary = False
    with qtbot.waitSignal(window.rows_loaded, timeout=15000):
        window.importer.start([str(src)])
    assert window.model.rowCount() == 6


def test_screenshot_command_writes_png(tmp_path: Path, seeds_dir: Path):
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "GCM_CURATOR": "tester", "PATH": "/usr/bin:/bin"}
    archive = tmp_path / "shot.sqlite"
    subprocess.run(
        [sys.executable, "-m", "desktop", "--archive", str(archive), "import", str(seeds_dir)],
        check=True,
        env=env,
        capture_output=True,
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--archive",
            str(archive),
            "gui",
            "--screenshot",
            str(out),
            "--size",
            "1000x700",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_link_features_follow_an_import(window, qtbot, tmp_path: Path):
    from desktop.core.linking.store import missing_features

    src = tmp_path / "more"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(
            f"Hội nghị số {i}\n\nNgày 1{i}/3, tại Hà Nội, Bộ Ngoại giao và IOM họp về di cư.",
            "utf-8",
        )
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.links_ready, timeout=30000):
        window.importer.start([str(src)])
    assert missing_features(window.archive) == []
