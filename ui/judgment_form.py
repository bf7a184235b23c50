"""The editable judgment fields: one widget per field of core.patch_form.EDIT_FIELDS, built into the form layouts of
the dock's tabs (core.patch_form.form_tabs: the judgment first).

The widgets report every user edit as edited(field, raw value); FormState (core) decides what it means. Programmatic
filling never emits, so loading a patch is never mistaken for an edit. Lists show translated labels and report the
stored (Chinese) value. Areas are plain text fields: a validator would silently drop what a Chinese input method
types ("1。5" became "15"), so the text is taken as typed and core.patch_form.parse_area accepts or refuses it; a
refused value is marked on the field at once (red frame, the reason in the tooltip). A date is checked when the field
is left (not per keystroke); a calendar button fills it.
"""
from qgis.PyQt.QtCore import QDate, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import (QCalendarWidget, QCheckBox, QComboBox, QLabel, QLineEdit, QMenu, QPlainTextEdit,
                                 QSizePolicy, QWidgetAction)
from qgis.core import QgsApplication

from ..core.i18n import tr
from .patch_form import EDIT_FIELDS, field_label, form_tabs, form_text
from ..rules import categories as cat
from ..rules.values import text
from .texts import value_label

INVALID_STYLE = "border: 2px solid #d00000; border-radius: 2px;"
PROBLEM_STYLE = "background-color: #fff1c4;"


def area_text(value):
    return form_text("area", value)


class JudgmentForm(QObject):
    edited = pyqtSignal(str, object)
    left = pyqtSignal(str)  # a text field was left (focus out or Enter): its value is final now

    def __init__(self, layouts, parent=None):
        """layouts: {tab key of form_tabs(): QFormLayout}."""
        super().__init__(parent)
        self.widgets = {}
        self.labels = {}
        self.kinds = {}
        self.tab_of = {}
        self.typing = set()  # date fields being typed in: their mark waits until the field is left
        self._loading = False
        self._marks = {}
        choices = {name: values for name, _kind, values in EDIT_FIELDS}
        kinds = {name: kind for name, kind, _values in EDIT_FIELDS}
        for tab, names in form_tabs():
            layout = layouts[tab]
            # a field whose name leaves it too little room goes under its name: never wider than the dock
            layout.setRowWrapPolicy(layout.RowWrapPolicy.WrapLongRows)
            for name in names:
                widget = self._make(name, kinds[name], choices[name])
                widget.setObjectName("edit_" + name)
                label = QLabel(field_label(name))
                label.setBuddy(widget)
                self.widgets[name] = widget
                self.labels[name] = label
                self.kinds[name] = kinds[name]
                self.tab_of[name] = tab
                layout.addRow(label, widget)
                self._tip(name, "")

    # ----- building ---------------------------------------------------------------------------------------------
    def _make(self, name, kind, choices):
        if kind in ("choice", "subtype"):
            widget = QComboBox()
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(6)
            self._fill_combo(widget, choices or [])
            widget.currentIndexChanged.connect(lambda _i, n=name, w=widget: self._user_edit(n, w.currentData()))
            return widget
        if kind == "flag":
            widget = QCheckBox(tr("是"))
            widget.toggled.connect(lambda checked, n=name: self._user_edit(n, checked))
            return widget
        if kind == "memo":
            widget = QPlainTextEdit()
            widget.setMaximumHeight(60)
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda n=name, w=widget: self._user_edit(n, w.toPlainText()))
            return widget
        widget = QLineEdit()
        widget.setMinimumWidth(60)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if kind == "area":
            widget.setPlaceholderText(tr("亩"))
        elif kind == "date":
            widget.setPlaceholderText("YYYY-MM-DD")
            self._add_calendar(name, widget)
        widget.textEdited.connect(lambda value, n=name: self._typed(n, value))
        widget.editingFinished.connect(lambda n=name: self._left(n))
        return widget

    @staticmethod
    def _fill_combo(combo, values, extra=None):
        combo.addItem("", "")
        for value in values:
            combo.addItem(value_label(value), value)
        if extra:
            combo.addItem(value_label(extra), extra)

    def _add_calendar(self, name, widget):
        """A calendar button inside the date field: picking a day fills YYYY-MM-DD (an edit like typing)."""
        menu = QMenu(widget)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        action = widget.addAction(QgsApplication.getThemeIcon("/mIconFieldDateTime.svg"),
                                  QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(tr("选择日期"))

        def popup():
            day = QDate.fromString(widget.text().strip(), "yyyy-MM-dd")
            calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())
            menu.popup(widget.mapToGlobal(widget.rect().bottomLeft()))

        def picked(day):
            menu.hide()
            widget.setText(day.toString("yyyy-MM-dd"))
            self._user_edit(name, widget.text())
            self._left(name)

        action.triggered.connect(popup)
        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)

    def _typed(self, name, value):
        if self.kinds[name] == "date":
            self.typing.add(name)
        self._user_edit(name, value)

    def _left(self, name):
        self.typing.discard(name)
        if not self._loading:
            self.left.emit(name)

    def _user_edit(self, name, value):
        if self._loading:
            return
        if name == "PDLX":
            self._fill_subtypes(value or "", keep=self.value("PDXL"), announce=True)
        self.edited.emit(name, value)

    def _fill_subtypes(self, pdlx, keep, announce=False):
        """Subtype choices follow the judgment; a subtype that no longer fits is cleared (and reported)."""
        combo = self.widgets.get("PDXL")
        if combo is None:
            return
        allowed = cat.subtypes(pdlx)
        was_loading, self._loading = self._loading, True
        combo.clear()
        # a stored value outside the list stays visible; the self-check reports it
        self._fill_combo(combo, allowed, keep if keep and keep not in allowed and not announce else None)
        index = combo.findData(keep) if keep and (keep in allowed or not announce) else 0
        combo.setCurrentIndex(max(index, 0))
        self._loading = was_loading
        if announce and keep and keep not in allowed:
            self.edited.emit("PDXL", "")

    # ----- values -----------------------------------------------------------------------------------------------
    def set_values(self, values):
        """Show a patch's values (no edited signals)."""
        self._loading = True
        self.typing.clear()
        try:
            for name, widget in self.widgets.items():
                self._show(name, widget, values.get(name), values)
        finally:
            self._loading = False

    def show_value(self, name, value):
        """Show `value` (stored form) in a field without reporting an edit: e.g. "1。5" as 1.5 once it is left."""
        self._loading = True
        try:
            self._show(name, self.widgets[name], value, {})
        finally:
            self._loading = False

    def _show(self, name, widget, value, values):
        kind = self.kinds[name]
        if kind == "subtype":
            self._fill_subtypes(text(values.get("PDLX")), text(value))
        elif kind == "choice":
            shown = text(value)
            index = widget.findData(shown)
            if index < 0:
                widget.addItem(value_label(shown), shown)  # keep unknown stored values visible
                index = widget.count() - 1
            if widget.currentIndex() != index:
                widget.setCurrentIndex(index)
        elif kind == "flag":
            widget.setChecked(text(value) in ("1", "1.0"))
        elif kind == "memo":
            if widget.toPlainText() != text(value):
                widget.setPlainText(text(value))
        else:
            shown = form_text(kind, value)
            if widget.text() != shown:
                widget.setText(shown)

    def set_value(self, name, value):
        """Change a field as if the user had (采用预判, 恢复此值): emits edited."""
        widget = self.widgets[name]
        kind = self.kinds[name]
        if kind in ("choice", "subtype"):
            index = widget.findData(value)
            if index < 0:
                widget.addItem(value_label(value), value)
                index = widget.count() - 1
            if widget.currentIndex() == index:
                self._user_edit(name, value)
            else:
                widget.setCurrentIndex(index)  # emits through currentIndexChanged
        elif kind == "flag":
            if widget.isChecked() == bool(value):
                self._user_edit(name, bool(value))
            else:
                widget.setChecked(bool(value))
        elif kind == "memo":
            widget.setPlainText(text(value))
        else:
            widget.setText(text(value))
            self._user_edit(name, widget.text())

    def value(self, name):
        widget = self.widgets[name]
        kind = self.kinds[name]
        if kind in ("choice", "subtype"):
            return widget.currentData() or ""
        if kind == "flag":
            return widget.isChecked()
        if kind == "memo":
            return widget.toPlainText()
        return widget.text()

    # ----- marks ------------------------------------------------------------------------------------------------
    def mark(self, invalid, problems):
        """Mark fields: a refused value (red frame; `invalid` {field: reason}) — a date only once it is left — or a
        self-check problem (yellow; `problems` {field: [message]}); the reason is the field's tooltip."""
        for name, widget in self.widgets.items():
            if name in invalid and name not in self.typing:
                mark = ("invalid", invalid[name])
            elif name in problems:
                mark = ("problem", "\n".join(problems[name]))
            else:
                mark = None
            if self._marks.get(name) == mark:
                continue
            self._marks[name] = mark
            widget.setStyleSheet("" if mark is None else INVALID_STYLE if mark[0] == "invalid" else PROBLEM_STYLE)
            self._tip(name, mark[1] if mark else "")

    def _tip(self, name, why):
        head = "{} ({})".format(field_label(name), name)
        self.widgets[name].setToolTip(head + ("\n" + why if why else ""))

    def marked(self, name):
        """('invalid' | 'problem', why) or None: what the field shows now (tests read it)."""
        return self._marks.get(name)

    def set_enabled(self, enabled):
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
