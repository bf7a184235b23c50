"""A township answering its field package (乡镇核查), deterministically, for `make demo` and the tests.

    /usr/bin/python3 tools/simulate_township.py PACKAGE_FOLDER [--via excel|qfield] [--today 2022-06-20]
        [--bad-value] [--photos N] [--zip] [--seed 7]

It fills what a township fills (核查日期, 实地核查人, 实地现状, 违法主体, 整改措施/状态/完成日期, 拆除复耕/补办面积, 备注)
in the task list (openpyxl, by the header texts) or in the field project's GeoPackage (OGR, as QField would), and
with --photos takes geotagged photos around the units (tools/make_photos.py, which also leaves the awkward files a
phone folder holds: no GPS, corrupt, a duplicate, a text file) into QField/DCIM/, each recorded in the photos layer
for the unit it was taken for. --bad-value writes one value that is not allowed (整改状态 “整改完”). Independent of
the plugin: it only touches the files as a township would. Returns a dict of what it wrote.
"""
import argparse
import datetime
import glob
import importlib.util
import json
import os
import random
import zipfile

from openpyxl import load_workbook
from osgeo import ogr

ogr.UseExceptions()
HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = {"HCRQ": "核查日期", "HCR": "实地核查人", "SDXZ": "实地现状", "WFZT": "违法主体", "ZGCS": "整改措施",
           "ZGZT": "整改状态", "ZGRQ": "整改完成日期", "CCFGMJ": "拆除复耕耕地面积(亩)", "BBGDMJ": "补办手续耕地面积(亩)",
           "BZ": "备注"}
INFO = {"key": "图斑编号", "PDLX": "判定类型", "GDMJ": "耕地(亩)", "BBGDMJ": HEADERS["BBGDMJ"]}
BAD_STATE = "整改完"


def _make_photos():
    spec = importlib.util.spec_from_file_location("wpzf_tool_make_photos", os.path.join(HERE, "make_photos.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def answer_for(unit, rng, today):
    """What the township reports for one unit (its locked cells as a dict: key, PDLX, GDMJ)."""
    checked = today - datetime.timedelta(days=rng.randrange(1, 8))
    values = {"HCRQ": checked.isoformat(), "HCR": rng.choice(["李明", "黄丽", "韦强"])}
    if unit.get("PDLX") == "违法":
        state = rng.choice(["整改中", "整改中", "已整改", "未整改"])
        values.update(SDXZ="已建成" if state != "已整改" else "已复耕复绿", WFZT="村民" + rng.choice("王张刘陈") + "某",
                      ZGCS="拆除复耕", ZGZT=state, BZ="乡镇已实地核查，当事人已告知")
        if state == "已整改":
            # the farmland not approved afterwards is demolished and restored (the two never overlap)
            rest = float(unit.get("GDMJ") or 0.0) - float(unit.get("BBGDMJ") or 0.0)
            values.update(ZGRQ=(checked - datetime.timedelta(days=2)).isoformat(), CCFGMJ=round(max(rest, 0.0), 4))
        else:
            values["ZGRQ"] = None  # not finished: no completion date (the county may have had one)
    elif unit.get("PDLX") in ("合法", "其他用地"):
        values.update(SDXZ="已建成" if unit.get("PDLX") == "合法" else "未变化", BZ="实地与判定一致")
    else:
        values.update(SDXZ=rng.choice(["在建", "已建成", "未动工"]), BZ="待县卫片办判定")
    return values


def _workbook(folder):
    found = [p for p in glob.glob(os.path.join(folder, "*.xlsx")) if not os.path.basename(p).startswith("~$")]
    if len(found) != 1:
        raise ValueError("expected one task list in {}, found {}".format(folder, found))
    return found[0]


def fill_excel(path, rng, today, bad_value=False):
    book = load_workbook(path)
    ws = book["核查任务"]
    header_row, cols = None, {}
    for r in range(1, 12):
        row = {ws.cell(row=r, column=c).value: c for c in range(1, ws.max_column + 1)}
        if INFO["key"] in row:
            header_row, cols = r, row
            break
    written = {}
    for r in range(header_row + 1, ws.max_row + 1):
        key = ws.cell(row=r, column=cols[INFO["key"]]).value
        if not key:
            continue
        unit = {name: ws.cell(row=r, column=cols[header]).value for name, header in INFO.items()}
        values = answer_for(unit, rng, today)
        if bad_value and not written:
            values["ZGZT"] = BAD_STATE
        for field, value in values.items():
            cell = ws.cell(row=r, column=cols[HEADERS[field]])
            cell.value = datetime.date.fromisoformat(value) if value and field in ("HCRQ", "ZGRQ") else value
        written[key] = values
    book.save(path)
    return written


def fill_qfield(gpkg, rng, today, bad_value=False):
    ds = ogr.Open(gpkg, 1)
    layer = ds.GetLayerByName("patches")
    written = {}
    for feat in layer:
        unit = {"key": feat.GetField("DYBH"), "PDLX": feat.GetField("PDLX"), "GDMJ": feat.GetField("GDMJ"),
                "BBGDMJ": feat.GetField("BBGDMJ")}
        values = answer_for(unit, rng, today)
        if bad_value and not written:
            values["ZGZT"] = BAD_STATE
        for field, value in values.items():
            feat.SetField(field, value)
        layer.SetFeature(feat)
        written[unit["key"]] = values
    ds = None
    return written


def take_photos(field_dir, count, seed):
    """Photos around the first `count` units into DCIM/乡镇拍摄/, recorded in the photos layer as QField records
    them (PHOTO relative to the project, DYBH the unit); photos without GPS are recorded for the first unit."""
    gpkg = os.path.join(field_dir, "核查数据.gpkg")
    ds = ogr.Open(gpkg, 1)
    units = {f.GetField("JCBH"): f.GetField("DYBH") for f in ds.GetLayerByName("patches")}
    first = sorted(units.values())[0]
    ds = None
    out = os.path.join(field_dir, "DCIM", "乡镇拍摄")
    manifest = _make_photos().generate(gpkg, out, per_patch=2, limit=count, seed=seed)
    ds = ogr.Open(gpkg, 1)
    photos = ds.GetLayerByName("photos")
    recorded = 0
    for entry in manifest:
        if entry["kind"] in ("corrupt", "duplicate", "far"):
            continue
        unit = units.get(entry.get("near_jcbh")) or (first if entry["kind"] == "nogps" else None)
        if unit is None:
            continue
        feat = ogr.Feature(photos.GetLayerDefn())
        feat.SetField("DYBH", unit)
        feat.SetField("PHOTO", "DCIM/乡镇拍摄/" + entry["file"])
        feat.SetField("SOURCE", "乡镇")
        if entry.get("x") is not None:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(entry["x"], entry["y"])
            feat.SetGeometry(point)
        photos.CreateFeature(feat)
        recorded += 1
    ds = None
    with open(os.path.join(out, "VID_0001.mp4"), "wb") as fh:  # a phone folder holds videos too
        fh.write(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    return {"files": len(manifest) + 1, "recorded": recorded}


def simulate(folder, via="excel", today="2022-06-20", bad_value=False, photos=0, make_zip=False, seed=7):
    """Answer the package in `folder` in place. Returns {"written": {key: values}, "photos": ..., "zip": path}."""
    rng = random.Random(seed)
    day = datetime.date.fromisoformat(str(today))
    field_dir = os.path.join(folder, "QField")
    if via == "excel":
        written = fill_excel(_workbook(folder), rng, day, bad_value)
    else:
        written = fill_qfield(os.path.join(field_dir, "核查数据.gpkg"), rng, day, bad_value)
    result = {"written": written, "photos": None, "zip": None}
    if photos:
        result["photos"] = take_photos(field_dir, photos, seed)
    if make_zip:
        target = folder.rstrip(os.sep) + "_返回.zip"
        base = os.path.basename(folder.rstrip(os.sep))
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for dirpath, _dirs, files in os.walk(folder):
                for name in sorted(files):
                    full = os.path.join(dirpath, name)
                    zf.write(full, base + "/" + os.path.relpath(full, folder).replace(os.sep, "/"))
        result["zip"] = target
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--via", choices=["excel", "qfield"], default="excel")
    parser.add_argument("--today", default=datetime.date.today().isoformat())
    parser.add_argument("--bad-value", action="store_true")
    parser.add_argument("--photos", type=int, default=0)
    parser.add_argument("--zip", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = simulate(args.folder, args.via, args.today, args.bad_value, args.photos, args.zip, args.seed)
    print(json.dumps(result, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main()
