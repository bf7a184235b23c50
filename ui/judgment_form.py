"""The editable judgment fields: one widget per field of core.patch_form.EDIT_FIELDS, built into a QFormLayout.

The widgets report every user edit as edited(field, raw value); FormState (core) decides what it means.
Programmatic filling never emits, so loading a patch is never mistaken for an edit.
"""
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from ..core.i18n import tr
from ..core.patch_form import EDIT_FIELDS, field_label
from ..rules import categories as cat
from ..rules.values import is_empty, text

INVALID_STYLE = "background-color: #ffd6d6;"
PROBLEM_STYLE = "background-color: #fff1c4;"


def area_text(value):
    if is_empty(value):
        return ""
    try:
        return ("%.6f" % float(value)).rstrip("0").rstrip(".")
    except (TypeError, ValueError):
        return str(value)


class JudgmentForm(QObject):
    edited = pyqtSignal(str, object)

    def __init__(self, layout, parent=None):
        super().__init__(parent)
        self.widgets = {}
        self.kinds = {}
        self._loading = False
        for name, kind, choices in EDIT_FIELDS:
            widget = self._make(name, kind, choices)
            widget.setObjectName("edit_" + name)
            widget.setToolTip("{} ({})".format(field_label(name), name))
            self.widgets[name] = widget
            self.kinds[name] = kind
            layout.addRow(field_label(name), widget)

    # ----- building ---------------------------------------------------------------------------------------------
    def _make(self, name, kind, choices):
        if kind in ("choice", "subtype"):
            widget = QComboBox()
            widget.addItem("")
            widget.addItems(choices or [])
            widget.currentTextChanged.connect(lambda value, n=name: self._user_edit(n, value))
            return widget
        if kind == "flag":
            widget = QCheckBox(tr("是"))
            widget.toggled.connect(lambda checked, n=name: self._user_edit(n, checked))
            return widget
        if kind == "memo":
            widget = QPlainTextEdit()
            widget.setMaximumHeight(70)
            widget.textChanged.connect(lambda n=name, w=widget: self._user_edit(n, w.toPlainText()))
            return widget
        widget = QLineEdit()
        if kind == "area":
            validator = QDoubleValidator(0.0, 1e9, 6, widget)
            validator.setNotation(QDoubleValidator.StandardNotation)
            widget.setValidator(validator)
            widget.setPlaceholderText(tr("亩"))
        elif kind == "date":
            widget.setPlaceholderText("YYYY-MM-DD")
        widget.textEdited.connect(lambda value, n=name: self._user_edit(n, value))
        return widget

    def _user_edit(self, name, value):
        if self._loading:
            return
        if name == "PDLX":
            self._fill_subtypes(value, keep=self.value("PDXL"), announce=True)
        self.edited.emit(name, value)

    def _fill_subtypes(self, pdlx, keep, announce=False):
        """Subtype choices follow the judgment; a subtype that no longer fits is cleared (and reported)."""
        combo = self.widgets.get("PDXL")
        if combo is None:
            return
        allowed = cat.subtypes(pdlx)
        was_loading, self._loading = self._loading, True
        combo.clear()
        combo.addItem("")
        combo.addItems(allowed)
        if keep and keep not in allowed and not announce:
            combo.addItem(keep)  # a stored value outside the list stays visible; the self-check reports it
        combo.setCurrentText(keep if keep and (keep in allowed or not announce) else "")
        self._loading = was_loading
        if announce and keep and keep not in allowed:
            self.edited.emit("PDXL", "")

    # ----- values -----------------------------------------------------------------------------------------------
    def set_values(self, values):
        """Show a patch's values (no edited signals)."""
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                self._show(name, widget, values.get(name), values)
        finally:
            self._loading = False

    def _show(self, name, widget, value, values):
        kind = self.kinds[name]
        if kind == "subtype":
            self._fill_subtypes(text(values.get("PDLX")), text(value))
        elif kind == "choice":
            shown = text(value)
            if widget.findText(shown) < 0:
                widget.addItem(shown)  # keep unknown stored values visible
            widget.setCurrentText(shown)
        elif kind == "flag":
            widget.setChecked(text(value) in ("1", "1.0"))
        elif kind == "memo":
            if widget.toPlainText() != text(value):
                widget.setPlainText(text(value))
        elif kind == "area":
            widget.setText(area_text(value))
        else:
            widget.setText(text(value))

    def set_value(self, name, value):
        """Change a field as if the user had (used by 采用预判): emits edited."""
        widget = self.widgets[name]
        kind = self.kinds[name]
        if kind in ("choice", "subtype"):
            if widget.findText(value) < 0:
                widget.addItem(value)
            widget.setCurrentText(value)  # emits through currentTextChanged
        elif kind == "flag":
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
            return widget.currentText()
        if kind == "flag":
            return widget.isChecked()
        if kind == "memo":
            return widget.toPlainText()
        return widget.text()

    def mark(self, invalid, problem_fields):
        """Colour fields holding an invalid value (red) or named by a self-check problem (yellow)."""
        for name, widget in self.widgets.items():
            style = INVALID_STYLE if name in invalid else PROBLEM_STYLE if name in problem_fields else ""
            if widget.styleSheet() != style:
                widget.setStyleSheet(style)

    def set_enabled(self, enabled):
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
