"""Runs inside the real QGIS desktop: opens the demo package (`make demo`) in the judgment dock, selects a part of a
split patch, shows the whole patch with its parts outlined and numbered, saves a screenshot of the main window (for
README: docs/dock_split.png) and quits.

    WPZF_E2E_PACKAGE=demo-out/示范县_2022_工作库.gpkg WPZF_E2E_OUT=/tmp/dock_split.png \\
    QGIS_PLUGINPATH=<repo>/.build/plugins \\
        xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --code tests/e2e/dock_split_script.py

WPZF_E2E_KEY names the part to select; by default the illegal part of the sample county's patch across an approval
and a facility filing (county.json "split", in the sample/ folder beside the package), else the first part in the
package. The patch list is narrowed to the patch's number (the search box), so it shows its parts. The facility
filings the package remembers from its overlay are added to the map (the dock shows the approvals), and the parts
carry their number and judgment as labels. A JSON report (<shot>.json) says what was shown,
whether the dock has its split buttons, and lists any error; QGIS exits with 0 only without errors.
"""
import json
import os
import sys

import qgis.utils
from qgis.PyQt.QtWidgets import QAbstractButton
from qgis.core import QgsProject


def e2e_folder():
    """This folder: `qgis --code` runs the file's text (no __file__), so it is found beside the plugin (QGIS_PLUGINPATH)
    or under the working folder."""
    if "__file__" in globals():
        return os.path.dirname(os.path.abspath(__file__))
    bases = [b for b in os.environ.get("QGIS_PLUGINPATH", "").split(os.pathsep) if b]
    for folder in [os.path.join(b, "wpzf", "tests", "e2e") for b in bases] + [os.path.join(os.getcwd(), "tests", "e2e")]:
        if os.path.isdir(folder):
            return folder
    raise RuntimeError("tests/e2e not found: set QGIS_PLUGINPATH or run from the repository")


HERE = e2e_folder()
sys.path.insert(0, HERE)
from dock_session import Session  # noqa: E402

OUT = os.environ.get("WPZF_E2E_OUT") or os.path.join(os.getcwd(), "dock_split.png")
PACKAGE = os.environ.get("WPZF_E2E_PACKAGE") or os.path.join(os.getcwd(), "demo-out", "示范县_2022_工作库.gpkg")
KEY = os.environ.get("WPZF_E2E_KEY")
session = Session(OUT, PACKAGE)
report, step, wait = session.report, session.step, session.wait


def chosen_part(wp):
    """The part to select: WPZF_E2E_KEY, else the illegal (else last) part of the sample's approval + facility
    case, else the first part in the package."""
    if KEY:
        return KEY
    parts = sorted((r for r in wp.patches(where="TBZT = '拆分'")), key=lambda r: r["JCBH"])
    if not parts:
        raise RuntimeError("the package has no split patch: run wpzf:split_patches (make demo does)")
    manifest = os.path.join(os.path.dirname(os.path.abspath(PACKAGE)), "sample", "county.json")
    wanted = None
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as fh:
            cases = {e["case"]: e["JCBH"] for e in json.load(fh).get("split", [])}
        wanted = cases.get("split_approval_facility") or cases.get("split_approval")
    mine = [p for p in parts if p["_JCBH"] == wanted] or [p for p in parts if p["_JCBH"] == parts[0]["_JCBH"]]
    illegal = [p for p in mine if p.get("PDLX") == "违法"]
    return (illegal or mine)[-1]["JCBH"]


def label_parts(layer):
    """Each part labelled with its number's suffix and its judgment, so the picture says what the parts are."""
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = ("CASE WHEN \"TBZT\" = '拆分' THEN regexp_substr(\"ZTBBH\", '(-[0-9]+)$') || ' ' || "
                          "coalesce(\"PDLX\", coalesce(\"YPPDLX\", '') || '?') || coalesce('/' || \"PDXL\", '') END")
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans CJK SC", 11))
    text.setSize(11)
    text.setColor(QColor(20, 20, 20))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.2)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def add_facility(wp, group_name="套合参考图层"):
    """The facility filings the package remembers, outlined in green, when the dock did not add them."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer
    from wpzf.core.overlay.run import remembered_sources
    source = remembered_sources(wp).get("facility")
    if not source or any(layer.name() == "设施农用地备案" for layer in QgsProject.instance().mapLayers().values()):
        return None
    layer = QgsVectorLayer(source, "设施农用地备案", "ogr")
    if not layer.isValid():
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "60,170,60,50", "outline_color": "30,130,30", "outline_width": "0.8"})))
    QgsProject.instance().addMapLayer(layer, False)
    group = QgsProject.instance().layerTreeRoot().findGroup(group_name)
    (group or QgsProject.instance().layerTreeRoot()).insertLayer(0, layer)
    return layer


def split_buttons(dock):
    """Texts of the dock's buttons and split menu entries about splitting (the split/merge controls)."""
    texts = [b.text() or b.toolTip() for b in dock.findChildren(QAbstractButton)]
    menu = getattr(getattr(dock, "split_ui", None), "menu", None)
    texts += [a.text() for a in menu.actions()] if menu is not None else []
    return sorted({t for t in texts if "拆分" in t or "合并" in t})


def show_whole_patch(iface, wp, key):
    """Zoom to the split patch the selected part belongs to, with a margin, so all its parts are in view."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry
    part = wp.patch(key)
    parent = wp.patch(part["_JCBH"], geometry=True)
    geom = QgsGeometry()
    geom.fromWkb(parent["_wkb"])
    box = geom.boundingBox()
    box.grow(max(box.width(), box.height()) * 0.6)
    canvas = iface.mapCanvas()
    to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem(wp.crs), canvas.mapSettings().destinationCrs(),
                                       QgsProject.instance())
    canvas.setExtent(to_canvas.transformBoundingBox(box))
    canvas.refresh()


def small_png(path):
    """256 colours without dithering: a screenshot of flat UI colours stays sharp at a third of the size (README
    pictures are kept under 300 KB). False when Pillow is missing (the full-colour picture stays)."""
    try:
        from PIL import Image
    except ImportError:
        return False
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.MEDIANCUT, dither=Image.NONE)
    small.save(path, optimize=True)
    return True


def run(session):
    iface = qgis.utils.iface
    if not os.path.exists(PACKAGE):
        raise RuntimeError("no package at {} (run make demo first)".format(PACKAGE))
    _plugin, dock = session.open_dock(iface, plugin_required=True)
    wp = dock.wp
    key = chosen_part(wp)
    parent = wp.patch(key)["_JCBH"]
    dock.ui.searchEdit.setText(parent)  # the list narrowed to the patch: its parts one under the other
    dock.select_patch(key)
    report["patch"] = dock.current
    report["parts"] = sorted(r["JCBH"] for r in wp.patches(where="TBZT = '拆分'") if r["_JCBH"] == parent)
    report["parts_listed"] = [k for k in dock.shown_jcbhs() if k in report["parts"]]
    report["split_buttons"] = split_buttons(dock)
    iface.mainWindow().resize(1600, 1000)
    iface.mainWindow().showMaximized()
    dock.setMinimumWidth(520)
    report["facility_layer_added"] = add_facility(wp) is not None
    patches = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "监测图斑"]
    if patches:
        label_parts(patches[0])
    wait(500)
    show_whole_patch(iface, wp, key)
    wait(3000)  # map drawing and thumbnails (a QgsTask) finish
    if dock.current != key:
        raise RuntimeError("dock shows {} instead of {}".format(dock.current, key))
    report["canvas_layers"] = [layer.name() for layer in iface.mapCanvas().layers()]
    session.screenshot(iface.mainWindow())
    report["palette"] = small_png(OUT)


session.run_later(run)
