"""Judgment dock speed with a county-sized package (~10k patches): moving to the next patch (form filled,
self-check run, photos listed, map zoomed and highlighted) against a target of 100 ms, compared with the QGIS
built-in way (QgsAttributeForm.setFeature + QgsMapCanvas.zoomToFeatureIds) on the same layer.

Data: the large sample county's batches (WPZF_BENCH_DATA, .build/large or /tmp/wpzf_large, whichever holds a
county.json), else 10,000 hand-made patches. Exits non-zero when the dock shows a wrong patch.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_dock.py [--steps 300] [--keep DIR]
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import conftest  # noqa: E402  (links the plugin as `wpzf`, starts QGIS)
import datamaker as dm  # noqa: E402
from fake_iface import FakeIface  # noqa: E402

TARGET_MS = 100.0
GRID_PATCHES = 10_000


def data_folder():
    for folder in (os.environ.get("WPZF_BENCH_DATA"), os.path.join(ROOT, ".build", "large"), "/tmp/wpzf_large"):
        if folder and os.path.exists(os.path.join(folder, "county.json")):
            return folder
    return None


def build_package(processing, work):
    """(package path, where the patches came from)."""
    wp = os.path.join(work, "bench_dock.gpkg")
    folder = data_folder()
    if folder:
        with open(os.path.join(folder, "county.json"), encoding="utf-8") as fh:
            manifest = json.load(fh)
        for batch in manifest["batches"]:
            path = batch["path"] if os.path.isabs(batch["path"]) else os.path.join(folder, batch["path"])
            processing.run("wpzf:import_patches", {"INPUT": path, "WORKPACKAGE": wp, "BATCH": batch["label"]})
        return wp, "{}（{} 个批次）".format(folder, len(manifest["batches"]))
    per_batch = GRID_PATCHES // 10
    for month in range(10):
        rows = []
        for i in range(per_batch):
            n = month * per_batch + i
            lon, lat = 108.0 + 0.003 * (n % 100), 22.5 + 0.003 * (n // 100)
            rows.append({"JCBH": "45019920220{:02d}{:05d}".format(month + 1, n), "wkt": dm.square(lon, lat),
                         "HSX": "2022-{:02d}-15".format(month + 1)})
        src = dm.write_patches(os.path.join(work, "batch{:02d}.shp".format(month + 1)), rows)
        processing.run("wpzf:import_patches",
                       {"INPUT": src, "WORKPACKAGE": wp, "BATCH": "2022-{:02d}".format(month + 1)})
    return wp, "datamaker：{} 个方形图斑，10 个批次".format(GRID_PATCHES)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def report(name, values):
    print("  {:<34} 中位 {:7.1f} ms   P95 {:7.1f} ms   最大 {:7.1f} ms   (n={})".format(
        name, statistics.median(values), percentile(values, 95), max(values), len(values)))


class RenderWatch:
    """Counts finished canvas renders, so a step can wait for the map it asked for."""

    def __init__(self, canvas):
        self.done = 0
        canvas.mapCanvasRefreshed.connect(self._finished)

    def _finished(self):
        self.done += 1

    def wait(self, app, since, timeout=10.0):
        start = time.perf_counter()
        while self.done == since and time.perf_counter() - start < timeout:
            app.processEvents()
        return (time.perf_counter() - start) * 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--keep", help="build the package in this folder (reused when it exists)")
    args = parser.parse_args()

    conftest.init_processing()
    import processing
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QApplication
    from qgis.core import QgsFeatureRequest, QgsProject
    from qgis.gui import QgsAttributeForm
    from wpzf.core.photos import link_folder
    from wpzf.ui.dock import JudgmentDock
    make_photos = conftest.load_tool("make_photos")
    app = QApplication.instance()

    work = args.keep or tempfile.mkdtemp(prefix="wpzf_bench_dock_")
    os.makedirs(work, exist_ok=True)
    wp_path = os.path.join(work, "bench_dock.gpkg")
    t0 = time.perf_counter()
    if os.path.exists(wp_path) and args.keep:
        source = "已有工作库 " + wp_path
    else:
        wp_path, source = build_package(processing, work)
        photo_dir = os.path.join(work, "photos")
        make_photos.generate(wp_path, photo_dir, per_patch=3, limit=100)
        t_link = time.perf_counter()
        linked = link_folder(wp_path, photo_dir, 50.0)
        print("照片关联：{} 张，{:.2f} s".format(len(linked.linked), time.perf_counter() - t_link))
    print("数据：{}；准备用时 {:.1f} s".format(source, time.perf_counter() - t0))

    iface = FakeIface(1400, 900)
    dock = JudgmentDock(iface)
    dock.ask_unsaved = lambda *a, **k: "discard"
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    iface.window.show()
    t = time.perf_counter()
    dock.open_package(wp_path)
    open_ms = (time.perf_counter() - t) * 1000.0
    canvas = iface.canvas
    canvas.setLayers([dock.map.photos_layer, dock.map.patches_layer])  # as the layer tree would in QGIS
    total = len(dock.shown_jcbhs())
    print("图斑数：{}；打开工作库（列表、筛选计数、照片索引、首个图斑）：{:.0f} ms".format(total, open_ms))
    app.processEvents()

    watch = RenderWatch(canvas)
    ids = dock.shown_jcbhs()
    steps = min(args.steps, total - 1)
    errors = []
    step_ms, render_ms = [], []
    for i in range(steps):
        expected = ids[ids.index(dock.current) + 1]
        before = watch.done
        t = time.perf_counter()
        dock.next_patch()
        step_ms.append((time.perf_counter() - t) * 1000.0)
        if dock.current != expected or expected not in dock.ui.titleLabel.text():
            errors.append("第 {} 步显示 {}，应为 {}".format(i + 1, dock.current, expected))
        center = dock.geometry_of_current.boundingBox().center()
        if not canvas.extent().contains(center):
            errors.append("第 {} 步地图未定位到 {}".format(i + 1, expected))
        if i % 10 == 0:  # every tenth step also wait for the map to finish drawing
            render_ms.append(step_ms[-1] + watch.wait(app, before))
        else:
            app.processEvents()

    # photos on screen: the patches with linked photos (thumbnails come later from a QgsTask)
    with_photos = [j for j in ids if dock.photos_by_patch.get(j)][:50]
    photo_ms = []
    for jcbh in with_photos:
        t = time.perf_counter()
        dock.select_patch(jcbh)
        photo_ms.append((time.perf_counter() - t) * 1000.0)
        app.processEvents()

    # the QGIS built-in way on the same layer: attribute form + zoom to feature
    layer = dock.map.patches_layer
    form = QgsAttributeForm(layer)
    form.show()
    fids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes().setLimit(steps + 1))]
    builtin_ms = []
    for fid in fids[1:]:
        t = time.perf_counter()
        feature = layer.getFeature(fid)
        form.setFeature(feature)
        canvas.zoomToFeatureIds(layer, [fid])
        builtin_ms.append((time.perf_counter() - t) * 1000.0)
        app.processEvents()

    print("\n下一个图斑（表单填充、自检、照片列表、地图缩放与高亮）：")
    report("判定面板 下一个", step_ms)
    report("判定面板 下一个 + 等地图绘制完", render_ms)
    if photo_ms:
        report("判定面板 有照片的图斑", photo_ms)
    report("QGIS 属性表单 + 缩放到要素", builtin_ms)
    median = statistics.median(step_ms)
    print("\n目标 < {:.0f} ms：中位 {:.1f} ms，P95 {:.1f} ms → {}".format(
        TARGET_MS, median, percentile(step_ms, 95), "达标" if percentile(step_ms, 95) < TARGET_MS else "未达标"))
    dock.close_package(ask=False)
    QgsProject.instance().clear()
    if errors:
        print("错误：\n  " + "\n  ".join(errors[:20]))
        return 1
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip QGIS teardown at exit (it can crash after the work is done)
