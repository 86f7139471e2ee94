"""The facet panel of the sidebar: language, dates, objective, actor, event, outlet,
review status, untagged, has translations. It only builds :class:`Filters`."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.search import Filters
from desktop.core.search.browse import FacetChoices
from desktop.i18n import _, current_language
from desktop.ui.text import language_name

_PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def parse_partial_date(text: str, *, end: bool) -> dt.date | None:
    """``2021``, ``2021-03`` or ``2021-03-12``; a year or month means its first day
    (``end=False``) or its last day (``end=True``). Anything else: None."""
    m = _PARTIAL_DATE.match(text)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    try:
        if m.group(3):
            return dt.date(year, month, int(m.group(3)))
        day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day)
    except ValueError:
        return None


class SearchFilters(QWidget):
    """Emits ``changed(Filters)`` whenever a control changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFilters")
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.setObjectName("facetLanguage")
        self.language.addItem(_("Any language"), None)
        form.addRow(_("Language"), self.language)

        self.date_field = QComboBox()
        self.date_field.addItem(_("Published"), "published")
        self.date_field.addItem(_("Event date"), "event")
        form.addRow(_("Date"), self.date_field)
        dates = QHBoxLayout()
        self.date_from = QLineEdit()
        self.date_from.setObjectName("facetFrom")
        self.date_from.setPlaceholderText(_("from (2021, 2021-03…)"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("facetTo")
        self.date_to.setPlaceholderText(_("to"))
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        form.addRow("", dates)

        self.objective = QComboBox()
        self.objective.setObjectName("facetObjective")
        self.objective.addItem(_("Any objective"), None)
        form.addRow(_("Objective"), self.objective)

        self.actor = QLineEdit()
        self.actor.setObjectName("facetActor")
        self.actor.setPlaceholderText(_("name or alias"))
        self.actor.setClearButtonEnabled(True)
        form.addRow(_("Actor"), self.actor)

        self.event_id = QSpinBox()
        self.event_id.setObjectName("facetEvent")
        self.event_id.setRange(0, 2_000_000_000)
        self.event_id.setSpecialValueText(_("any"))
        self.event_id.setPrefix("#")
        form.addRow(_("Event"), self.event_id)

        self.outlet = QComboBox()
        self.outlet.setObjectName("facetOutlet")
        self.outlet.setEditable(True)
        self.outlet.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.outlet_edit = self.outlet.lineEdit()
        assert self.outlet_edit is not None
        self.outlet_edit.setPlaceholderText(_("any outlet"))
        form.addRow(_("Outlet"), self.outlet)

        self.status = QComboBox()
        self.status.setObjectName("facetStatus")
        for label, value in (
            (_("Any status"), None),
            (_("new"), "new"),
            (_("needs review"), "needs_review"),
            (_("reviewed"), "reviewed"),
        ):
            self.status.addItem(label, value)
        form.addRow(_("Review"), self.status)

        self.untagged = QCheckBox(_("No objective yet"))
        self.untagged.setObjectName("facetUntagged")
        self.translations = QCheckBox(_("Has translations"))
        self.translations.setObjectName("facetTranslations")
        layout.addWidget(self.untagged)
        layout.addWidget(self.translations)
        self.clear_button = QPushButton(_("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        for combo in (self.language, self.date_field, self.objective, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.outlet.activated.connect(self._emit)
        self.outlet_edit.editingFinished.connect(self._emit)
        for edit in (self.date_from, self.date_to, self.actor):
            edit.editingFinished.connect(self._emit)
        self.event_id.valueChanged.connect(self._emit)
        self.untagged.toggled.connect(self._emit)
        self.translations.toggled.connect(self._emit)
        self._last = Filters()

    # -- choices ---------------------------------------------------------------------
    def set_choices(self, choices: FacetChoices) -> None:
        self._quiet = True
        try:
            current = self.language.currentData()
            self.language.clear()
            self.language.addItem(_("Any language"), None)
            for code, n in choices.languages:
                name = language_name(code) if code else _("Unknown language")
                self.language.addItem(f"{name} ({n})", code)
            self._select(self.language, current, keep=True)
            current_obj = self.objective.currentData()
            self.objective.clear()
            self.objective.addItem(_("Any objective"), None)
            ui = current_language()
            for number, titles in choices.objectives:
                title = str(titles.get(ui) or titles.get("en") or "")
                self.objective.addItem(f"{number}. {title}"[:70], number)
            self._select(self.objective, current_obj, keep=True)
            text = self.outlet.currentText()
            self.outlet.clear()
            self.outlet.addItem("", None)
            for outlet, n in choices.outlets:
                self.outlet.addItem(f"{outlet} ({n})", outlet)
            self.outlet.setEditText(text)
            completer = QCompleter(choices.actors, self.actor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.actor.setCompleter(completer)
        finally:
            self._quiet = False

    @staticmethod
    def _select(combo: QComboBox, value: object, keep: bool = False) -> None:
        index = combo.findData(value)
        if index < 0 and keep and value is not None:
            # Its choices are not read yet (they come after the first page): shown as
            # it is meanwhile, and selected again among them when they come.
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # -- value -----------------------------------------------------------------------
    def _outlet_value(self) -> str:
        index = self.outlet.currentIndex()
        text = self.outlet.currentText().strip()
        data = self.outlet.itemData(index) if index >= 0 else None
        if data and self.outlet.itemText(index) == self.outlet.currentText():
            return str(data)
        return text

    def filters(self) -> Filters:
        language = self.language.currentData()
        objective = self.objective.currentData()
        status = self.status.currentData()
        outlet = self._outlet_value()
        actor = self.actor.text().strip()
        return Filters(
            languages=(language,) if language is not None else (),
            date_from=parse_partial_date(self.date_from.text(), end=False),
            date_to=parse_partial_date(self.date_to.text(), end=True),
            date_field=str(self.date_field.currentData() or "published"),
            objectives=(int(objective),) if objective is not None else (),
            actors=(actor,) if actor else (),
            events=(self.event_id.value(),) if self.event_id.value() else (),
            outlets=(outlet,) if outlet else (),
            statuses=(status,) if status else (),
            untagged=self.untagged.isChecked(),
            has_translations=self.translations.isChecked(),
        )

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` without emitting ``changed``."""
        self._quiet = True
        try:
            language = filters.languages[0] if filters.languages else None
            self._select(self.language, language, keep=True)
            self._select(self.date_field, filters.date_field)
            self.date_from.setText(filters.date_from.isoformat() if filters.date_from else "")
            self.date_to.setText(filters.date_to.isoformat() if filters.date_to else "")
            objective = filters.objectives[0] if filters.objectives else None
            self._select(self.objective, objective, keep=True)
            self.actor.setText(filters.actors[0] if filters.actors else "")
            self.event_id.setValue(filters.events[0] if filters.events else 0)
            self.outlet.setEditText(filters.outlets[0] if filters.outlets else "")
            self._select(self.status, filters.statuses[0] if filters.statuses else None)
            self.untagged.setChecked(filters.untagged)
            self.translations.setChecked(filters.has_translations)
            self._last = self.filters()
        finally:
            self._quiet = False

    def clear(self) -> None:
        self.set_filters(Filters())
        self.changed.emit(self._last)

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        value = self.filters()
        if value != self._last:
            self._last = value
            self.changed.emit(value)
