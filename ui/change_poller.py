"""What other technicians save, shown as it happens (issue 17): while a package is open and the dock shown, its
ChangeWatch (the history table's newest rows) is polled every POLL_MS; the list rows of the units written are read
again, and the unit on screen is reloaded — or, while it is being edited, the technician is warned that the save will
show both values (ui/save_conflict_dialog). Polling stops while the dock is hidden and catches up when it is shown."""
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.errors import WpzfError
from ..core.i18n import tr
from ..rules import fields as F
from . import patch_form as pf

POLL_MS = 3000  # a poll with nothing new is one indexed read of the history table


class ChangePoller(QObject):
    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.watch = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._warned = None  # (unit, ROWVER) whose change the technician was told about while editing

    def start(self):
        """Watch the dock's package from now on (what was written before is in the list already)."""
        self.stop()
        try:
            self.watch = self.dock.wp.watch()
        except WpzfError as exc:
            self.dock.say(tr("无法查看其他人的修改：{}").format(exc), 1, 10)
            return
        if self.dock.isVisible():
            self.timer.start()

    def stop(self):
        self.timer.stop()
        if self.watch is not None:
            self.watch.close()
            self.watch = None
        self._warned = None

    def pause(self):
        self.timer.stop()

    def resume(self):
        """The dock is shown again: poll at once (what others saved meanwhile), then every POLL_MS."""
        if self.watch is not None:
            self.timer.start()
            QTimer.singleShot(0, self.poll)

    def poll(self):
        """Units saved since the last look (by anyone): their list rows read again; the current unit reloaded when
        someone else saved it, or a warning while it is being edited. Returns {unit key: (user, time)}. Skipped
        while the dock's own split or photo link writes (their units are looked at on the next tick)."""
        dock = self.dock
        if self.watch is None or dock.plist is None or dock.split_ui.busy or dock.link_task is not None:
            return {}
        try:
            changed = self.watch.poll()
        except (WpzfError, RuntimeError) as exc:  # a dropped connection: said once, tried again on the next tick
            message = tr("无法查看其他人的修改：{}").format(exc)
            if dock.last_message != message:
                dock.say(message, 1, 10)
            return {}
        if changed:
            self._refresh_rows(changed)
            if dock.current in changed:
                self._current_changed(*changed[dock.current])
        return changed

    def _refresh_rows(self, keys):
        """The list rows of `keys` read again. A changed value is taken into its row in place (as a save does: no
        new filtering, the row stays where it is — a county's list is not rebuilt for each colleague's save); a patch
        split, merged, imported or re-issued meanwhile has its rows replaced, and the list is filtered again."""
        dock = self.dock
        plist, numbers = dock.plist, {}
        for key in keys:
            row = plist.by_jcbh.get(key) or plist.parents.get(key)
            if row is None:  # not listed: a new patch or part
                dock._load_patches()
                dock.apply_filter()
                dock.map.refresh_patches()
                return
            numbers.setdefault(pf.issued_number(row), set()).add(key)
        rebuilt = shown_differs = False
        for number, changed in sorted(numbers.items()):
            rows = dock.wp.list_rows(pf.LIST_FIELDS, number)
            fresh = {r["JCBH"]: r for r in rows}
            same_units = changed <= set(fresh) and all(
                (k in plist.by_jcbh) == (not pf.is_split_parent(r)) and (k in plist.by_jcbh or k in plist.parents)
                for k, r in fresh.items())
            if same_units:
                for key in changed:
                    if plist.update(key, fresh[key]):
                        dock.model.refresh(key)
                        shown_differs = True
            else:
                plist.replace_issued(number, rows)
                rebuilt = True
        if rebuilt:
            dock.apply_filter()
        elif shown_differs:  # the filter choices count 10k units (~0.3 s): only when a listed value changed
            dock.refresh_filters()
            dock._show_counts(dock.model.jcbhs)
        dock.map.refresh_patches()

    def _current_changed(self, user, when):
        dock = self.dock
        fresh = dock.reader.patch(dock.current)
        if fresh is None:
            dock.say(tr("图斑 {} 已被 {} 于 {} 删除或合并，请刷新").format(dock.current, user, when), 1, 10)
            return
        version = fresh.get(F.ROWVER)
        if version == dock.form.patch.get(F.ROWVER):
            return  # the dock's own save
        if not dock.form.dirty:
            dock.show_patch(dock.current)
            dock.say(tr("图斑 {} 刚被 {} 于 {} 修改，已重新载入").format(dock.current, user, when), 0, 6)
        elif self._warned != (dock.current, version):
            self._warned = (dock.current, version)
            dock.say(tr("图斑 {} 刚被 {} 于 {} 修改并保存。你的修改尚未保存：保存时会列出双方的值，由你选择。").format(
                dock.current, user, when), 1, 15)
