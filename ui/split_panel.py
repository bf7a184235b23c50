"""The dock's split actions (图斑拆分, issue 12): 自动拆分, 画线拆分, 画面拆分 and 合并子图斑 for the current patch, the
menu of the dock's 拆分 button.

The work itself is core/split/run.py; this file decides when an action applies, asks, and keeps the dock in step.
Splitting by a drawing is quick and done at once (so the list shows the parts right away); what takes seconds on a
county-sized package — the overlay and pre-judgment of the parts, or the whole automatic split, which reads the
reference layers — runs as a QgsTask with the dock's progress bar and cancel button, the form read-only meanwhile.
"""
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QMenu
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
try:  # Qt6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

from ..core.split import run as split_run
from ..core.errors import WpzfError
from ..core.i18n import tr
from ..rules import fields as F
from ..rules.values import text
from .split_tool import LINE, POLYGON, SplitDrawTool
from .tasks import WorkTask

CONFIRMED = "已确认"


class SplitControls(QObject):
    # after a split, a merge or the parts' overlay, once the dock shows the result (tests wait for it)
    changed = pyqtSignal(str)

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task = None
        self.tool = None
        self.previous_tool = None
        self.drawing_key = None
        self.legal_sources = []  # remembered layers the automatic split cuts along (read when a package opens)
        self.auto_action = self._action(tr("自动拆分"), self.auto_split)
        self.line_action = self._action(tr("画线拆分"), lambda: self.start_draw(LINE))
        self.polygon_action = self._action(tr("画面拆分"), lambda: self.start_draw(POLYGON))
        self.merge_action = self._action(tr("合并子图斑"), self.merge)
        self.menu = self._build_menu()
        dock.patchShown.connect(self._patch_shown)
        dock.ui.cancelTaskButton.clicked.connect(self.cancel_task)

    def _action(self, title, slot):
        action = QAction(title, self.dock)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menu(self):
        """The four actions as the menu of the dock's 拆分 button (a row of buttons would cost the list a row)."""
        menu = QMenu(self.dock)
        menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
        for action in (self.auto_action, self.line_action, self.polygon_action, self.merge_action):
            menu.addAction(action)
        return menu

    # ----- when the actions apply ------------------------------------------------------------------------------------
    @property
    def busy(self):
        return self.task is not None

    def package_opened(self):
        """Read once per package (and on 刷新) what the automatic split could cut along."""
        wp = self.dock.wp
        self.legal_sources = split_run.remembered_legal_sources(wp) if wp is not None else []
        self.update()

    def update(self):
        """Enable what applies to the current unit; the tooltip of a disabled action says why."""
        dock = self.dock
        row = dock.form.patch if dock.current is not None else {}
        part = text(row.get("TBZT")) == F.PART
        blocked = self._split_blocked(row, part)
        self._set(self.line_action, blocked, tr("在地图上画一条穿过本图斑的线把它分开（左键加点，右键或回车结束，Esc 取消）"))
        self._set(self.polygon_action, blocked,
                  tr("在地图上画一个面，盖住的部分与其余部分分开（左键加点，右键或回车结束，Esc 取消）"))
        self._set(self.auto_action, blocked or (None if self.legal_sources else tr(
            "工作库没有记录批准、许可、备案或临时用地图层：请先用这些图层运行一次套合分析，或画线/画面拆分")),
            tr("按工作库记录的建设用地批准、采矿许可、设施农用地备案和临时用地图层，把本图斑切成合法状态不同的子图斑，"
               "并立即套合、预判"))
        merge_blocked = self._common_block() or (None if part else tr("只有子图斑可以合并回原图斑"))
        self._set(self.merge_action, merge_blocked,
                  tr("撤销拆分：删除原图斑的全部子图斑，恢复拆分前的图斑（有子图斑已确认时不能合并）"))

    def _common_block(self):
        dock = self.dock
        if dock.wp is None or dock.current is None:
            return tr("请先选择图斑")
        if not dock.may_admin:  # a technician judges; splitting rewrites the package's patches
            return dock.admin_only_reason(tr("拆分或合并图斑"))
        if self.busy or dock.link_task is not None:
            return tr("正在拆分、套合或关联照片，完成后再操作")
        return None

    def _split_blocked(self, row, part):
        common = self._common_block()
        if common:
            return common
        if part:
            return tr("子图斑不能再拆分；要重新拆分，请先合并子图斑")
        if text(row.get("HSZT")) == CONFIRMED:
            return tr("已确认的图斑不能拆分；请先把核查状态改回")
        return None

    @staticmethod
    def _set(action, blocked, tip):
        action.setEnabled(blocked is None)
        action.setToolTip(tip if blocked is None else blocked)

    def _ready(self):
        """A split or merge may start: a unit is shown, nothing runs, its unsaved edits saved or dropped."""
        dock = self.dock
        return dock.wp is not None and dock.current is not None and not self.busy and dock.may_leave_current()

    # ----- drawing ---------------------------------------------------------------------------------------------------
    def start_draw(self, mode):
        """Let the technician draw the cutting line or polygon on the map (the map tool stays until finished)."""
        if not self._ready():
            return None
        self.end_draw()
        canvas = self.dock.iface.mapCanvas()
        tool = SplitDrawTool(canvas, mode)
        tool.drawn.connect(self._drawn)
        tool.canceled.connect(self._draw_canceled)
        tool.deactivated.connect(lambda: self._tool_left(tool))
        self.previous_tool = canvas.mapTool()
        self.tool, self.drawing_key = tool, self.dock.current
        canvas.setMapTool(tool)
        canvas.setFocus()  # Enter and Esc go to the canvas's tool
        if mode == POLYGON:
            self.dock.say(tr("画面拆分图斑 {}：在地图上左键依次加点，画一个盖住图斑一部分的面；右键或回车结束，"
                             "Backspace 撤回一点，Esc 取消。").format(self.drawing_key), 0, 15)
        else:
            self.dock.say(tr("画线拆分图斑 {}：在地图上左键依次加点，画一条完整穿过图斑的线；右键或回车结束，"
                             "Backspace 撤回一点，Esc 取消。").format(self.drawing_key), 0, 15)
        return tool

    def end_draw(self):
        """Put the map tool that was active before back; nothing drawn is kept."""
        tool, self.tool = self.tool, None
        self.drawing_key = None
        previous, self.previous_tool = self.previous_tool, None
        if tool is None or sip.isdeleted(tool):
            return
        canvas = self.dock.iface.mapCanvas()
        if canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
            if previous is not None and not sip.isdeleted(previous):
                canvas.setMapTool(previous)
        tool.remove_band()
        tool.deleteLater()

    def _tool_left(self, tool):
        """The user picked another map tool while drawing: the drawing is dropped, that tool stays."""
        if tool is self.tool:
            self.tool, self.drawing_key, self.previous_tool = None, None, None
            tool.remove_band()

    def _draw_canceled(self):
        self.end_draw()
        self.dock.say(tr("已取消拆分，工作库未改动。"), 0, 4)

    def _patch_shown(self, key):
        if self.tool is not None and key != self.drawing_key:  # drawn for another patch: never split this one
            self.end_draw()
        self.update()

    def _drawn(self, geometry):
        key = self.drawing_key
        self.end_draw()
        dock = self.dock
        if dock.wp is None or key is None or key != dock.current:
            return None
        if not dock.may_leave_current():  # edited while drawing: the split would replace the form unasked
            dock.say(tr("已取消拆分，工作库未改动。"), 0, 4)
            return None
        cutter = self._to_package(geometry)
        numbering = split_run.part_numbering()
        try:
            parts = split_run.drawn_parts(dock.wp, key, cutter)
        except WpzfError as exc:
            dock.say(str(exc), 1, 10)
            return None
        if not dock.ask_split(key, parts, split_run.part_keys(key, len(parts), numbering)):
            dock.say(tr("已取消拆分，工作库未改动。"), 0, 4)
            return None
        try:
            keys = split_run.write_parts(dock.wp, key, parts, numbering)
        except WpzfError as exc:
            dock.say(str(exc), 2, 10)
            return None
        dock.show_units(keys[0], key)  # the parts at once, their figures follow
        dock.say(tr("图斑 {} 已拆分为 {} 个子图斑，正在套合和预判…").format(key, len(keys)), 0, 5)
        wp_path, context = dock.wp.path, split_run.TransformContext()
        return self._run(tr("套合拆分出的子图斑"),
                         lambda feedback: split_run.overlay_parts(wp_path, keys, context, feedback),
                         lambda task: self._overlay_done(task, key, keys))

    def _to_package(self, geometry):
        """The drawing in the package CRS (the canvas may show another)."""
        source = self.dock.iface.mapCanvas().mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem(self.dock.wp.crs)
        out = QgsGeometry(geometry)
        if source.isValid() and source != target:
            out.transform(QgsCoordinateTransform(source, target, QgsProject.instance()))
        return out

    def _overlay_done(self, task, key, keys):
        if not self._finish(task):
            return
        overlaid, note = task.result if task.result is not None else (False, tr(
            "子图斑已写入，但套合或预判未完成：{}。请对工作库运行“套合分析”和“预判”。").format(
                task.error or tr("已取消")))
        self.dock.show_units(self.dock.current or keys[0], key, deadlines=False)  # figures only
        if overlaid:
            self.dock.say(tr("图斑 {} 已拆分为 {} 个子图斑，已套合并预判：{}").format(
                key, len(keys), self._summary(keys)), 3, 10)
        else:
            self.dock.say(tr("图斑 {} 已拆分为 {} 个子图斑：{}。{}").format(key, len(keys), "、".join(keys), note), 1, 20)
        self.changed.emit(key)

    # ----- automatic split -------------------------------------------------------------------------------------------
    def auto_split(self):
        """split_workpackage for the current unit, in the background (it reads the reference layers and overlays)."""
        if not self._ready():
            return None
        dock = self.dock
        key, wp_path = dock.current, dock.wp.path
        options, context = split_run.package_options(dock.wp), split_run.TransformContext()
        numbering = split_run.part_numbering()
        return self._run(tr("自动拆分图斑"), lambda feedback: split_run.split_workpackage(
            wp_path, {}, options, context, feedback, keys=[key], numbering=numbering),
            lambda task: self._auto_done(task, key))

    def _auto_done(self, task, key):
        if not self._finish(task):
            return
        dock = self.dock
        dock.show_units(key, key)
        report = task.result
        parts = dock.plist.parts_of(key) if dock.plist is not None else []
        if report is not None and key in report.split:
            dock.say(tr("图斑 {} 已按参考图层自动拆分为 {} 个子图斑，已套合并预判：{}").format(
                key, len(report.split[key]), self._summary(report.split[key])), 3, 15)
        elif report is not None and key in report.whole:
            dock.say(tr("参考图层没有把图斑 {} 切成合法状态不同的部分（过小的碎片不单独拆出），未拆分。").format(key), 1, 10)
        elif report is not None:
            dock.say("；".join(tr("图斑 {} 未拆分：{}").format(k, why) for k, why in report.skipped), 1, 15)
        elif parts:  # split, then the overlay failed or was canceled: the parts stay, without figures
            dock.say(tr("子图斑已写入，但套合或预判未完成：{}。请对工作库运行“套合分析”和“预判”。").format(
                task.error or tr("已取消")), 1, 20)
        else:
            dock.say(task.error or tr("已取消自动拆分，工作库未改动。"), 1 if task.canceled_by_user else 2, 15)
        self.changed.emit(key)

    # ----- merge -----------------------------------------------------------------------------------------------------
    def merge(self):
        """Undo the split of the current part's patch (refused while a part is confirmed)."""
        dock = self.dock
        row = dock.form.patch if dock.current is not None else {}
        if text(row.get("TBZT")) != F.PART or not self._ready():
            return False
        parent = text(row.get("_JCBH"))
        parts = dock.plist.parts_of(parent)
        confirmed = [k for k in parts if text(dock.plist.by_jcbh[k].get("HSZT")) == CONFIRMED]
        if confirmed:  # said before asking; the package refuses it too
            dock.say(tr("子图斑 {} 已确认，不能合并；请先把其核查状态改回后再合并。").format("、".join(confirmed)), 1, 10)
            return False
        if not dock.ask_merge(parent, parts):
            dock.say(tr("已取消合并，工作库未改动。"), 0, 4)
            return False
        user = dock.operator()
        if user is None:
            return False
        try:
            removed = dock.wp.merge_parts(parent, user=user)
        except WpzfError as exc:
            dock.say(str(exc), 1, 10)
            return False
        dock.show_units(parent, parent)
        dock.say(tr("已合并：图斑 {} 恢复为拆分前的图斑（子图斑 {} 已删除，历史中保留）。").format(
            parent, "、".join(removed)), 3, 8)
        self.changed.emit(parent)
        return True

    # ----- shared ----------------------------------------------------------------------------------------------------
    def _run(self, title, work, done):
        """Start `work` as a QgsTask; the dock shows progress and offers cancel, its form read-only meanwhile."""
        dock = self.dock
        task = WorkTask(title, work, done)
        task.wp_path = dock.wp.path
        self.task = task
        dock.ui.taskProgress.setValue(0)
        dock.ui.taskProgress.setVisible(True)
        dock.ui.cancelTaskButton.setVisible(True)
        task.progressChanged.connect(self._progress)  # a slot of this QObject: queued into the GUI thread
        dock.refresh_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def _progress(self, value):
        self.dock.ui.taskProgress.setValue(int(value))

    def _finish(self, task):
        """The task is over: the dock is usable again. False when the package it worked on is no longer open."""
        if task is not self.task:
            return False
        self.task = None
        dock = self.dock
        dock.ui.taskProgress.setVisible(False)
        dock.ui.cancelTaskButton.setVisible(False)
        dock.refresh_buttons()
        return dock.wp is not None and dock.wp.path == task.wp_path

    def cancel_task(self):
        if self.task is not None:
            self.task.cancel()

    def _summary(self, keys):
        """'key：0.90 亩，预判 合法' per part, from the package (what the overlay measured on the ellipsoid)."""
        out = []
        for key in keys:
            row = self.dock.wp.patch(key) or {}
            area = row.get("TBMJ")
            out.append(tr("{}：{} 亩，预判 {}").format(
                key, "%.2f" % area if isinstance(area, float) else "—", text(row.get("YPPDLX")) or "—"))
        return "；".join(out)

    def shutdown(self):
        """The package is closing: stop drawing; a running task is canceled (its result is then ignored)."""
        self.end_draw()
        self.cancel_task()
