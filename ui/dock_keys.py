"""The dock's keyboard (issue 14): while the focus is on a widget inside the dock, its keys act on the dock and nowhere
else — Ctrl+S saves the patch, not the QGIS project."""
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QApplication

# The dock's keys (while the focus is inside the dock): action name -> key sequences, the first one shown in tooltips.
KEYS = {"save": ["Ctrl+S"], "adopt": ["Ctrl+J"], "revert": ["Esc"], "next": ["Ctrl+Down", "Ctrl+PgDown"],
        "previous": ["Ctrl+Up", "Ctrl+PgUp"]}
def key_text(action):
    """The first key of a dock action, as the platform writes it (for tooltips)."""
    return QKeySequence(KEYS[action][0]).toString(QKeySequence.SequenceFormat.NativeText)


class DockKeys(QObject):
    """The dock's keyboard: while the focus is on a widget inside the dock, its keys (KEYS) act on the dock and
    nowhere else. A QShortcut on the dock is not enough: QGIS's own Ctrl+S (save project) is a window-wide
    shortcut, Qt finds two for one key and runs neither ("Ambiguous shortcut overload"). So the focused widget gets
    an event filter that claims the key at ShortcutOverride (no shortcut runs) and acts on the key press that
    follows (the widget never sees it: Ctrl+Up in the list moves through units, not rows)."""

    def __init__(self, dock, slots):
        super().__init__(dock)
        self.dock = dock
        self.target = None
        self.slots = {}
        for action, sequences in KEYS.items():
            for sequence in sequences:
                self.slots[QKeySequence(sequence)[0]] = action
        self.actions = slots  # action -> (callable, applies: callable -> bool)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old, new):
        if self.target is not None and not sip.isdeleted(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        if new is not None and not sip.isdeleted(self.dock) and (new is self.dock or self.dock.isAncestorOf(new)):
            new.installEventFilter(self)
            self.target = new

    def action_of(self, event):
        modifiers = int(event.modifiers()) & ~int(Qt.KeyboardModifier.KeypadModifier)
        action = self.slots.get(event.key() | modifiers)
        if action is None:
            return None
        run, applies = self.actions[action]
        return run if applies() else None

    def eventFilter(self, obj, event):  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and obj is self.target:
            run = self.action_of(event)
            if run is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    run()
                return True
        return False
