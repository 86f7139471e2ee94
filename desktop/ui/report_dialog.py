"""The report builder: every option of a briefing report, as one dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reports import Paper, ReportInput, ReportOptions, Template
from desktop.core.reports.choices import ReportChoices
from desktop.core.reports.options import DEFAULT_EXCERPT
from desktop.i18n import _, current_language, ngettext
from desktop.ui.text import language_name, plain_tip

# Report languages, each named in itself so a curator finds theirs whatever the UI language.
REPORT_LOCALES = (("en", "English"), ("fr", "Français"), ("vi", "Tiếng Việt"))
ACTIONS = ("preview", "print", "pdf", "html")


def _template_names() -> list[tuple[Template, str]]:
    return [
        (Template.BY_OBJECTIVE, _("By GCM objective")),
        (Template.BY_EVENT, _("By event, with every language version")),
        (Template.CHRONOLOGICAL, _("Chronological digest")),
    ]


def _checkable(text: str, data: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def _checked(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _optional_date(label: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(label)
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class ReportDialog(QDialog):
    """Emits ``requested(action, options)``; action is preview, print, pdf or html."""

    requested = Signal(str, object)

    def __init__(
        self,
        choices: ReportChoices,
        selected_ids: list[int],
        parent: QWidget | None = None,
        last: ReportOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Briefing Report"))
        self.setObjectName("reportDialog")
        self.selected_ids = list(selected_ids)
        layout = QHBoxLayout()
        layout.addWidget(self._input_group(choices), 1)
        layout.addWidget(self._layout_group(), 1)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        buttons = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        for action, text in (
            ("preview", _("Print Pre&view…")),
            ("print", _("&Print…")),
            ("pdf", _("Export P&DF…")),
            ("html", _("Export &HTML…")),
        ):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"report_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.request(a))
            self.buttons[action] = button
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        outer.addWidget(buttons)
        if last is not None:
            self.set_layout_options(last)

    # Building ----------------------------------------------------------------------
    def _input_group(self, choices: ReportChoices) -> QGroupBox:
        group = QGroupBox(_("Articles"))
        form = QVBoxLayout(group)
        n = len(self.selected_ids)
        self.use_selection = QRadioButton(
            ngettext("The selected article ({n})", "The selected articles ({n})", n).format(n=n)
        )
        self.use_search = QRadioButton(_("A saved search:"))
        self.use_all = QRadioButton(_("The whole archive"))
        self.source = QButtonGroup(self)
        for button in (self.use_selection, self.use_search, self.use_all):
            self.source.addButton(button)
        self.saved_search = QComboBox()
        self.saved_search.addItems(list(choices.saved_searches))
        self.use_selection.setEnabled(n > 0)
        self.use_search.setEnabled(bool(choices.saved_searches))
        self.saved_search.setEnabled(False)
        self.use_search.toggled.connect(self.saved_search.setEnabled)
        (self.use_selection if n > 1 else self.use_all).setChecked(True)
        search_row = QHBoxLayout()
        search_row.addWidget(self.use_search)
        search_row.addWidget(self.saved_search, 1)
        form.addWidget(self.use_selection)
        form.addLayout(search_row)
        form.addWidget(self.use_all)

        filters = QGroupBox(_("Filters (applied to the articles above)"))
        grid = QFormLayout(filters)
        self.from_box, self.date_from = _optional_date(_("From:"))
        self.to_box, self.date_to = _optional_date(_("To:"))
        grid.addRow(self.from_box, self.date_from)
        grid.addRow(self.to_box, self.date_to)
        self.languages = QListWidget()
        self.languages.setObjectName("reportLanguages")
        for code in choices.languages:
            self.languages.addItem(_checkable(f"{language_name(code)} ({code})", code))
        self.languages.setMaximumHeight(90)
        grid.addRow(_("Languages:"), self.languages)
        self.objectives = QListWidget()
        self.objectives.setObjectName("reportObjectives")
        for number, title in choices.objectives:
            item = _checkable(f"{number}. {title}" if title else str(number), number)
            item.setToolTip(plain_tip(title))
            self.objectives.addItem(item)
        grid.addRow(_("Objectives:"), self.objectives)
        self.actors = QLineEdit()
        self.actors.setPlaceholderText(_("Names separated by semicolons"))
        completer = QCompleter(list(choices.actors), self.actors)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actors.setCompleter(completer)
        grid.addRow(_("Actors:"), self.actors)
        form.addWidget(filters, 1)
        return group

    def _layout_group(self) -> QGroupBox:
        group = QGroupBox(_("Report"))
        form = QFormLayout(group)
        self.template = QComboBox()
        for template, text in _template_names():
            self.template.addItem(text, template.value)
        form.addRow(_("Arrangement:"), self.template)
        self.report_language = QComboBox()
        for code, name in REPORT_LOCALES:
            self.report_language.addItem(name, code)
        ui = current_language()
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(ui)))
        form.addRow(_("Report language:"), self.report_language)
        self.title = QLineEdit()
        self.title.setPlaceholderText(_("Default title in the report language"))
        self.subtitle = QLineEdit()
        self.author = QLineEdit()
        self.author.setPlaceholderText(_("Your curator name"))
        self.classification = QLineEdit()
        self.classification.setPlaceholderText(_("e.g. Internal use only"))
        form.addRow(_("Title:"), self.title)
        form.addRow(_("Subtitle:"), self.subtitle)
        form.addRow(_("Author:"), self.author)
        form.addRow(_("Classification:"), self.classification)
        self.full_text = QCheckBox(_("Full text"))
        self.excerpt = QSpinBox()
        self.excerpt.setRange(100, 20000)
        self.excerpt.setSingleStep(100)
        self.excerpt.setValue(DEFAULT_EXCERPT)
        self.excerpt.setSuffix(_(" characters"))
        self.full_text.toggled.connect(lambda on: self.excerpt.setEnabled(not on))
        text_row = QWidget()
        row = QHBoxLayout(text_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.excerpt, 1)
        row.addWidget(self.full_text)
        form.addRow(_("Excerpts:"), text_row)
        self.charts = QCheckBox(_("Include charts"))
        self.charts.setChecked(True)
        form.addRow("", self.charts)
        self.paper = QComboBox()
        self.paper.addItem(_("From the report language"), "")
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem(_("US Letter"), Paper.LETTER.value)
        form.addRow(_("Paper:"), self.paper)
        return group

    # Options -----------------------------------------------------------------------
    def set_layout_options(self, options: ReportOptions) -> None:
        """Restore the layout choices of an earlier report (not its articles)."""
        self.template.setCurrentIndex(max(0, self.template.findData(str(options.template))))
        self.report_language.setCurrentIndex(
            max(0, self.report_language.findData(options.locale[:2]))
        )
        self.title.setText(options.title)
        self.subtitle.setText(options.subtitle)
        self.author.setText(options.author)
        self.classification.setText(options.classification)
        self.full_text.setChecked(options.excerpt_chars is None)
        if options.excerpt_chars:
            self.excerpt.setValue(options.excerpt_chars)
        self.charts.setChecked(options.charts)
        self.paper.setCurrentIndex(max(0, self.paper.findData(str(options.paper or ""))))

    def report_input(self) -> ReportInput:
        def day(box: QCheckBox, edit: QDateEdit) -> dt.date | None:
            if not box.isChecked():
                return None
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        actors = tuple(a.strip() for a in self.actors.text().split(";") if a.strip())
        return ReportInput(
            ids=tuple(self.selected_ids) if self.use_selection.isChecked() else None,
            saved_search=self.saved_search.currentText() if self.use_search.isChecked() else None,
            date_from=day(self.from_box, self.date_from),
            date_to=day(self.to_box, self.date_to),
            objectives=tuple(int(n) for n in _checked(self.objectives)),
            actors=actors,
            languages=tuple(str(code) for code in _checked(self.languages)),
        )

    def options(self) -> ReportOptions:
        paper = self.paper.currentData()
        return ReportOptions(
            template=Template(self.template.currentData()),
            locale=str(self.report_language.currentData()),
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            author=self.author.text().strip(),
            classification=self.classification.text().strip(),
            excerpt_chars=None if self.full_text.isChecked() else self.excerpt.value(),
            charts=self.charts.isChecked(),
            paper=Paper(paper) if paper else None,
            input=self.report_input(),
        )

    def request(self, action: str) -> None:
        self.requested.emit(action, self.options())
