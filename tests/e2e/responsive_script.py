"""Runs inside the real QGIS desktop: does QGIS stay responsive while dossiers and the battle-map atlas are made?

    WPZF_E2E_OUT=<folder> QGIS_PLUGINPATH=<repo>/.build/plugins \\
        xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --code tests/e2e/responsive_script.py

The work package (WPZF_E2E_PACKAGE, default <folder>/县/工作库.gpkg) is built first when it does not exist, as
`make demo` builds it (tests/e2e/sample_package.py).

Then each algorithm is opened the way the plugin opens it (processing.createAlgorithmDialog with the package's
parameters) and run with its Run button, while a QTimer ticks every 10 ms: the gaps between ticks are the times the
event loop did not turn (QGIS neither repainted nor reacted to a click). Measured: wpzf:dossier on WPZF_E2E_COUNT
patches (default 21), wpzf:battle_map on the whole package, and a dossier run over every patch cancelled with the
dialog's Cancel button after 1.5 s (how long until the run stopped). A JSON report goes to <folder>/responsive.json;
QGIS then quits.
"""
import json
import os
import sys
import time
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QProgressBar, QTextBrowser
from qgis.core import QgsApplication

import wpzf  # the plugin QGIS loaded (QGIS_PLUGINPATH links it to the repository)

OUT = os.environ.get("WPZF_E2E_OUT") or os.path.join(os.getcwd(), "wpzf_responsive")
PACKAGE = os.environ.get("WPZF_E2E_PACKAGE") or os.path.join(OUT, "县", "工作库.gpkg")
COUNT = int(os.environ.get("WPZF_E2E_COUNT") or 21)
ROOT = os.path.realpath(os.path.dirname(wpzf.__file__))  # `qgis --code` sets no __file__
HERE = os.path.join(ROOT, "tests", "e2e")
report = {"package": PACKAGE, "errors": [], "runs": {}}
_shown_exception = qgis.utils.showException


def _record(type_, value, tb, msg=None, *args, **kwargs):
    report["errors"].append("".join(traceback.format_exception(type_, value, tb)))
    return _shown_exception(type_, value, tb, msg, *args, **kwargs)


qgis.utils.showException = _record


class Ticker:
    """A 10 ms QTimer; the gaps between its ticks are the times the event loop did not turn. Each gap is measured in
    wall-clock time and in CPU time of the main thread: on a busy machine the process also waits for a CPU, which
    lengthens the wall-clock gaps but not the work done between two turns."""

    def __init__(self):
        self.stamps = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        self.stamps.append((time.perf_counter(), time.thread_time()))

    def start(self):
        self.load = os.getloadavg()[0]
        self.stamps = []
        self.tick()
        self.timer.start()

    def stop(self):
        self.timer.stop()
        self.tick()
        wall = sorted(b[0] - a[0] for a, b in zip(self.stamps, self.stamps[1:]))
        cpu = sorted(b[1] - a[1] for a, b in zip(self.stamps, self.stamps[1:]))

        def stats(gaps, name):
            return {name + "max_gap_ms": round(1000 * gaps[-1]) if gaps else None,
                    name + "p99_gap_ms": round(1000 * gaps[int(len(gaps) * 0.99)]) if gaps else None,
                    name + "gaps_over_200ms": sum(1 for g in gaps if g > 0.2),
                    name + "gaps_over_100ms": sum(1 for g in gaps if g > 0.1)}
        out = {"seconds": round(self.stamps[-1][0] - self.stamps[0][0], 2),
               "cpu_seconds": round(self.stamps[-1][1] - self.stamps[0][1], 2), "turns": len(self.stamps) - 2,
               "load_before": round(self.load, 2), "load_after": round(os.getloadavg()[0], 2)}
        out.update(stats(wall, ""))
        out.update(stats(cpu, "cpu_"))
        return out


def run_dialog(alg_id, params, cancel_after=None):
    """Open the algorithm's dialog as the plugin does, press Run, measure; with `cancel_after` (s) press Cancel then
    and measure how long the run took to stop."""
    import processing
    dialog = processing.createAlgorithmDialog(alg_id, params)
    dialog.show()
    QApplication.processEvents()
    progress = []
    bar = dialog.findChild(QProgressBar, "progressBar")
    if bar is not None:
        bar.valueChanged.connect(progress.append)
    cancelled = {}
    if cancel_after is not None:
        def cancel():
            cancelled["at"] = time.perf_counter()
            dialog.cancelButton().click()
        QTimer.singleShot(int(cancel_after * 1000), cancel)
    ticker = Ticker()
    ticker.start()
    dialog.runButton().click()  # FlagNoThreading: returns when the run is over
    stats = ticker.stop()
    stats["results"] = {k: v for k, v in (dialog.results() or {}).items() if isinstance(v, (int, float, str))}
    stats["progress_updates"] = len(progress)
    if "at" in cancelled:
        stats["stopped_after_cancel_ms"] = round(1000 * (ticker.stamps[-1][0] - cancelled["at"]))
    log = dialog.findChild(QTextBrowser, "txtLog")
    if log is not None:
        stats["log_tail"] = log.toPlainText()[-600:]
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    return stats


def run():
    try:
        started = time.time()
        sys.path.insert(0, HERE)
        import sample_package
        sample_package.build(PACKAGE)
        report["build_seconds"] = round(time.time() - started, 1)
        from wpzf.core.dossier.map import reference_sources
        from wpzf.core.store.workpackage import WorkPackage
        wp = WorkPackage(PACKAGE)
        units = sorted(wp.jcbh_list())
        towns = reference_sources(wp.settings(), None, wp.resolve_source).get("townships")
        report["runs"]["dossier"] = run_dialog("wpzf:dossier", {
            "WORKPACKAGE": PACKAGE, "JCBH": ",".join(units[:COUNT]), "OUTPUT_FOLDER": os.path.join(OUT, "卷宗")})
        params = {"WORKPACKAGE": PACKAGE, "DATE": "2022-06-10", "OUTPUT": os.path.join(OUT, "挂图作战.pdf")}
        if towns:
            params["TOWNSHIPS"] = towns
        report["runs"]["battle_map"] = run_dialog("wpzf:battle_map", params)
        report["runs"]["dossier_cancelled"] = run_dialog("wpzf:dossier", {
            "WORKPACKAGE": PACKAGE, "OUTPUT_FOLDER": os.path.join(OUT, "卷宗_取消")}, cancel_after=1.5)
        report["runs"]["dossier_cancelled"]["written"] = len(
            [n for n in os.listdir(os.path.join(OUT, "卷宗_取消")) if n.endswith(".pdf")]) \
            if os.path.isdir(os.path.join(OUT, "卷宗_取消")) else 0
    except Exception:
        report["errors"].append(traceback.format_exc())
    with open(os.path.join(OUT, "responsive.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
    QgsApplication.exit(0)


os.makedirs(OUT, exist_ok=True)
QTimer.singleShot(1500, run)
