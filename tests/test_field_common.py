"""Shared set-up of the 乡镇核查 tests (no tests here): a small judged package in two townships, packages sent
through Processing, task lists filled as a township fills them (openpyxl), geotagged photos (tools/make_photos)."""
import datetime
import glob
import os

from openpyxl import load_workbook
from osgeo import ogr

import datamaker as dm
from conftest import load_tool

TOWNS = {"450199101": "城关镇", "450199102": "龙溪乡"}
HEADER_ROW = 3


def build_package(processing, folder, n=6):
    """n patches, alternately in 城关镇 and 龙溪乡; the first two of each township illegal, the rest unjudged."""
    from wpzf.core.store.workpackage import WorkPackage
    src = dm.write_patches(os.path.join(folder, "2022-01.shp"), dm.batch(n))
    wp_path = os.path.join(folder, "工作库.gpkg")
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": "2022-01"})
    wp = WorkPackage(wp_path)
    changes = {}
    for i, key in enumerate(sorted(wp.jcbh_list())):
        code = "450199101" if i % 2 == 0 else "450199102"
        values = {"XZDM": code, "XZMC": TOWNS[code], "TBMJ": 2.0 + i, "GDMJ": 1.5 + i, "HSZT": "待核查"}
        if i < 4:
            values.update(PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", HSZT="已判定", ZGZT="未整改")
        changes[key] = values
    wp.update_patches(changes)
    return wp_path


def send(processing, wp_path, folder, townships="", **extra):
    params = {"WORKPACKAGE": wp_path, "TOWNSHIPS": townships, "OUTPUT_FOLDER": folder}
    params.update(extra)
    result = processing.run("wpzf:field_package", params)
    return result, result["PACKAGES"].splitlines()


def task_list(package_folder):
    return glob.glob(os.path.join(package_folder, "*核查任务表.xlsx"))[0]


def fill(path, answers):
    """answers: {unit key: {header text: value}} written into the task list as a township would."""
    book = load_workbook(path)
    ws = book["核查任务"]
    columns = {ws.cell(row=HEADER_ROW, column=c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(row=r, column=columns["图斑编号"]).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1)}
    for key, values in answers.items():
        for header, value in values.items():
            ws.cell(row=rows[key], column=columns[header]).value = value
    book.save(path)


def keys_of(package_folder):
    book = load_workbook(task_list(package_folder), read_only=True)
    ws = book["核查任务"]
    keys = [row[1] for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[1]]
    book.close()
    return keys


def geotagged_photo(path, x, y, srs, azimuth=90.0, taken=None, gps=True):
    """A JPEG at coordinates (x, y) of `srs` (EXIF GPS in CGCS2000 degrees), or without GPS."""
    tool = load_tool("make_photos")
    lon = lat = None
    if gps:
        transform = tool._to_lonlat(srs.Clone())
        lon, lat, _ = transform.TransformPoint(x, y)
    import random
    img = tool.picture(os.path.basename(path), random.Random(len(path)))
    taken = taken or datetime.datetime(2022, 2, 10, 9, 30)
    tool.write_jpeg(path, img, tool.exif_bytes(lon, lat, azimuth if gps else None, taken))
    return path


def inner_point(gpkg, key, layer_name="patches", key_field="DYBH"):
    """(x, y, srs) of a point inside unit `key` of a GeoPackage layer."""
    ds = ogr.Open(gpkg)
    layer = ds.GetLayerByName(layer_name)
    layer.SetAttributeFilter("{} = '{}'".format(key_field, key))
    feat = next(iter(layer))  # kept: its geometry belongs to it
    point = feat.GetGeometryRef().PointOnSurface()
    srs = layer.GetSpatialRef().Clone()
    ds = None
    return point.GetX(), point.GetY(), srs
