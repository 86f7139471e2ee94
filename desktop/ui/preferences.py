"""Tools ▸ Archive Settings…: the import size limit and the languages to detect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.archive.session import Archive
from desktop.core.archive.settings import import_settings, set_import_settings
from desktop.core.extract import ExtractSettings
from desktop.core.maintenance.backup import backup_keep, set_backup_keep
from desktop.i18n import _
from desktop.ui.text import language_name

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CHOICES = (
    "en",
    "fr",
    "vi",
    "ms",
    "id",
    "es",
    "pt",
    "de",
    "it",
    "zh",
    "th",
    "km",
    "lo",
    "tl",
    "ar",
    "ru",
    "ja",
    "ko",
    "hi",
    "bn",
    "my",
    "ne",
)


class SettingsDialog(QDialog):
    def __init__(
        self, current: ExtractSettings, parent: QWidget | None = None, keep_backups: int = 7
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Archive settings"))
        self.setObjectName("settingsDialog")
        form = QFormLayout()
        self.max_mb = QDoubleSpinBox()
        self.max_mb.setRange(0.1, 2048)
        self.max_mb.setDecimals(1)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(current.max_bytes / 1024 / 1024)
        form.addRow(_("Largest file imported"), self.max_mb)
        self.languages = QListWidget()
        for code in sorted(set(CHOICES) | set(current.languages), key=language_name):
            item = QListWidgetItem(f"{language_name(code)} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = code in current.languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        form.addRow(_("Languages to recognise"), self.languages)
        self.keep_backups = QSpinBox()
        self.keep_backups.setRange(1, 1000)
        self.keep_backups.setValue(keep_backups)
        self.keep_backups.setToolTip(_("Daily copies and copies made before upgrades, each"))
        form.addRow(_("Automatic backups kept"), self.keep_backups)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_languages(self) -> list[str]:
        return [
            self.languages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        ]


def _current(archive: Archive) -> tuple[ExtractSettings, int]:
    return import_settings(archive), backup_keep(archive)


def open_settings(window: MainWindow) -> None:
    def show(found: tuple[ExtractSettings, int]) -> None:
        current, keep = found
        dialog = SettingsDialog(current, window, keep)
        window.settings_dialog = dialog

        def save() -> None:
            languages = dialog.chosen_languages()
            if not languages:
                window.statusBar().showMessage(_("Choose at least one language"), 6000)
                return
            window.ops.run(
                _("Change archive settings"),
                set_import_settings,
                max_mb=dialog.max_mb.value(),
                languages=languages,
            )
            if dialog.keep_backups.value() != keep:
                window.ops.run(
                    _("Change archive settings"), set_backup_keep, dialog.keep_backups.value()
                )

        dialog.accepted.connect(save)
        dialog.open()

    window.ops.query(_current, on_done=show)


def install(window: MainWindow) -> None:
    window.add_action("tools", _("Archive &Settings…"), lambda: open_settings(window))
