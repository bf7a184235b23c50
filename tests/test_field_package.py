"""wpzf:field_package: the task list read back by openpyxl (and after LibreOffice), the map pages, and the QField
project opened by QGIS — layers valid, the form present, paths relative."""
import datetime
import glob
import re
import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest
from openpyxl import load_workbook

from test_field_common import build_package, fill, keys_of, send, task_list

TODAY = datetime.date.today()


@pytest.fixture(scope="module")
def sent(qgis_processing, tmp_path_factory):
    """A package with a county photo on the first unit, sent to 城关镇 only."""
    from wpzf.core.store.workpackage import WorkPackage
    from test_field_common import geotagged_photo, inner_point
    folder = str(tmp_path_factory.mktemp("field package 乡镇"))
    wp_path = build_package(qgis_processing, folder)
    first = sorted(WorkPackage(wp_path).jcbh_list())[0]
    x, y, srs = inner_point(wp_path, first, key_field="JCBH")
    os.makedirs(os.path.join(folder, "照片"))
    geotagged_photo(os.path.join(folder, "照片", "county.jpg"), x, y, srs)
    qgis_processing.run("wpzf:link_photos", {"FOLDER": os.path.join(folder, "照片"), "WORKPACKAGE": wp_path,
                                             "MAX_DISTANCE": 50})
    result, folders = send(qgis_processing, wp_path, os.path.join(folder, "out"), townships="城关镇", ZIP=True)
    return {"wp": wp_path, "folder": folders[0], "result": result, "first": first}


def test_task_list_locked_columns_and_validation(sent):
    book = load_workbook(task_list(sent["folder"]))
    ws = book["核查任务"]
    headers = [ws.cell(row=3, column=c).value for c in range(1, ws.max_column + 1)]
    assert headers[:3] == ["序号", "图斑编号", "监测编号"]
    fill_cols = {h: i + 1 for i, h in enumerate(headers)}
    for header in ("核查日期", "实地核查人", "实地现状", "违法主体", "整改措施", "整改状态", "整改完成日期",
                   "拆除复耕耕地面积(亩)", "补办手续耕地面积(亩)", "备注"):
        assert header in fill_cols
        assert ws.cell(row=4, column=fill_cols[header]).protection.locked is False
    for header in ("图斑编号", "图斑面积(亩)", "耕地(亩)", "判定类型"):
        assert ws.cell(row=4, column=fill_cols[header]).protection.locked is True
    assert ws.protection.sheet is True
    assert ws.cell(row=4, column=fill_cols["耕地(亩)"]).value == pytest.approx(1.5)
    assert ws.cell(row=4, column=fill_cols["判定类型"]).value == "违法"
    kinds = sorted(dv.type for dv in ws.data_validations.dataValidation)
    assert kinds.count("list") == 3 and "date" in kinds and "decimal" in kinds and "textLength" in kinds
    state = [dv for dv in ws.data_validations.dataValidation if dv.type == "list" and "已整改" in dv.formula1][0]
    assert state.formula1 == '"未整改,整改中,已整改"' and state.showErrorMessage
    meta = book["_wpzf"]
    assert meta.sheet_state == "hidden"
    pairs = {meta.cell(row=r, column=1).value: meta.cell(row=r, column=2).value for r in range(1, meta.max_row + 1)}
    assert pairs["package"] == sent["result"]["PACKAGE_IDS"] and pairs["XZMC"] == "城关镇"
    assert len(keys_of(sent["folder"])) == 3


def test_map_pages_one_per_unit(sent):
    pdf = os.path.join(sent["folder"], "图斑位置图.pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.M), info
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert sent["first"] in text and "城关镇" in text


def test_recorded_in_the_package(sent):
    with sqlite3.connect(sent["wp"]) as db:
        packages = db.execute("SELECT ID, XZDM, XZMC, UNITS, STATE, DUE FROM field_packages").fetchall()
        exports = db.execute("SELECT PKG_ID, JCBH, SENT FROM field_exports").fetchall()
    assert packages == [(sent["result"]["PACKAGE_IDS"], "450199101", "城关镇", 3, "已发出",
                         (TODAY + datetime.timedelta(days=10)).isoformat())]
    assert len(exports) == 3 and all('"ZGZT"' in e[2] for e in exports)
    assert os.path.isfile(sent["folder"] + ".zip")


def test_qfield_project_opens_in_qgis(sent):
    from qgis.core import QgsEditFormConfig, QgsProject
    qgs = glob.glob(os.path.join(sent["folder"], "QField", "*.qgs"))[0]
    assert os.path.basename(qgs) == "城关镇实地核查.qgs"
    # paths in the file are relative
    sources = [e.text for e in ET.parse(qgs).getroot().iter("datasource") if e.text]  # (the annotation layer: none)
    assert sources and all(s.startswith("./") for s in sources), sources
    # moved elsewhere, it still opens: nothing points back to where it was written
    moved = os.path.join(os.path.dirname(sent["folder"]), "moved copy")
    shutil.copytree(os.path.join(sent["folder"], "QField"), moved)
    project = QgsProject()
    assert project.read(os.path.join(moved, os.path.basename(qgs)))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {"核查图斑", "核查照片"}
    assert all(layer.isValid() for layer in layers.values())
    patches, photos = layers["核查图斑"], layers["核查照片"]
    assert patches.featureCount() == 3 and patches.source().startswith(moved)
    config = patches.editFormConfig()
    assert config.layout() == QgsEditFormConfig.EditorLayout.TabLayout
    assert [t.name() for t in config.tabs()][:2] == ["判定", "实地核查与整改"]
    fields = patches.fields()
    assert patches.editorWidgetSetup(fields.indexOf("ZGZT")).type() == "ValueMap"
    assert patches.editorWidgetSetup(fields.indexOf("HCRQ")).type() == "DateTime"
    assert not config.readOnly(fields.indexOf("WFZT")) and config.readOnly(fields.indexOf("PDLX"))
    assert project.relationManager().relation("wpzf_photos_of_unit").isValid()
    widget = photos.editorWidgetSetup(photos.fields().indexOf("PHOTO"))
    assert widget.type() == "ExternalResource" and widget.config()["RelativeStorage"] == 1
    rows = list(photos.getFeatures())
    assert len(rows) == 1 and rows[0]["SOURCE"] == "县级"
    path = rows[0]["PHOTO"]
    assert not os.path.isabs(path) and path.startswith("DCIM/")
    assert os.path.isfile(os.path.join(moved, path))
    project.clear()


def _soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (Debian libreoffice-calc-nogui) is not installed: the "
                                              "conversion round trip of the task list cannot run here")
def test_task_list_survives_libreoffice(qgis_processing, sent, tmp_path):
    """A township that opens and saves the list in LibreOffice (or WPS, which writes the same) still returns it."""
    from wpzf.core.store.workpackage import WorkPackage
    source = task_list(sent["folder"])
    work = tmp_path / "lo"
    work.mkdir()
    shutil.copy(source, work / "in.xlsx")
    key = keys_of(sent["folder"])[1]
    fill(str(work / "in.xlsx"), {key: {"实地现状": "在建", "核查日期": TODAY - datetime.timedelta(days=1),
                                       "违法主体": "某公司"}})
    profile = "file://" + str(tmp_path / "lo-profile")
    subprocess.run([_soffice(), "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                    "ods", "--outdir", str(work / "ods"), str(work / "in.xlsx")], check=True, timeout=180,
                   capture_output=True)
    subprocess.run([_soffice(), "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(work / "back"), str(work / "ods" / "in.ods")],
                   check=True, timeout=180, capture_output=True)
    converted = work / "back" / "in.xlsx"
    book = load_workbook(converted)
    ws = book["核查任务"]
    assert "_wpzf" in book.sheetnames and book["_wpzf"].sheet_state == "hidden"
    assert any(dv.type == "list" for dv in ws.data_validations.dataValidation)
    assert ws.protection.sheet
    returned = tmp_path / "returned"
    returned.mkdir()
    shutil.copy(converted, returned / os.path.basename(source))
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": sent["wp"], "INPUT": str(returned)})
    assert out["CHANGED"] == 3
    unit = WorkPackage(sent["wp"]).patch(key)
    assert (unit["SDXZ"], unit["WFZT"]) == ("在建", "某公司")
    assert unit["HCRQ"] == (TODAY - datetime.timedelta(days=1)).isoformat()


def test_faults_leave_no_package_out_and_nothing_recorded(qgis_processing, tmp_path, monkeypatch):
    """An output folder that cannot be written, and a record that cannot be stored: no package left behind that
    the county could not match on return, nothing recorded."""
    from wpzf.core.fieldwork import store
    wp_path = build_package(qgis_processing, str(tmp_path))
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    with pytest.raises(Exception) as err:
        send(qgis_processing, wp_path, str(blocker / "out"), townships="城关镇")
    assert str(blocker) in str(err.value)

    def full(*_args, **_kwargs):
        raise RuntimeError("database or disk is full")

    monkeypatch.setattr(store, "insert", full)
    out = tmp_path / "out"
    with pytest.raises(Exception) as err:
        send(qgis_processing, wp_path, str(out), townships="城关镇")
    assert "磁盘空间不足" in str(err.value)
    assert [p for p in os.listdir(out) if not p.startswith(".")] == []  # the written package was removed again
    with sqlite3.connect(wp_path) as db:
        assert db.execute("SELECT count(*) FROM field_packages").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM field_exports").fetchone()[0] == 0


def test_imagery_clipped_into_the_qfield_project(qgis_processing, tmp_path):
    """Background imagery given: clipped around the township's patches, in the package CRS, found by the project
    through a relative path."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsProject, QgsRasterLayer
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = build_package(qgis_processing, str(tmp_path))
    wp = WorkPackage(wp_path)
    layer = wp.patches_layer()
    extent = layer.extent()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(wp.crs)
    image = str(tmp_path / "影像 全县.tif")
    size, margin = 400, 2000.0
    ds = gdal.GetDriverByName("GTiff").Create(image, size, size, 3, gdal.GDT_Byte)
    step = (extent.width() + 2 * margin) / size
    ds.SetGeoTransform((extent.xMinimum() - margin, step, 0, extent.yMaximum() + margin, 0, -step))
    ds.SetProjection(srs.ExportToWkt())
    for band in range(1, 4):
        ds.GetRasterBand(band).WriteArray(np.full((size, size), 60 * band, dtype=np.uint8))
    ds = None
    _result, folders = send(qgis_processing, wp_path, str(tmp_path / "out"), townships="龙溪乡", IMAGERY=image)
    clipped = os.path.join(folders[0], "QField", "影像.tif")
    info = gdal.Info(clipped, format="json")
    assert info["bands"] and 0 < info["size"][0] < size
    project = QgsProject()
    assert project.read(glob.glob(os.path.join(folders[0], "QField", "*.qgs"))[0])
    rasters = [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
    assert len(rasters) == 1 and rasters[0].isValid()
    assert rasters[0].crs().authid() == wp.crs
    qgs = ET.parse(glob.glob(os.path.join(folders[0], "QField", "*.qgs"))[0]).getroot()
    assert "./影像.tif" in [e.text for e in qgs.iter("datasource")]
    project.clear()
