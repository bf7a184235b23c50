"""wpzf:field_import: bad values refused whole (or the valid rows only), three-way conflicts kept for the dock, a
stale package returned twice, photos with non-JPEG and EXIF-less files, a foreign return."""
import datetime
import glob
import os
import shutil
import sqlite3

import pytest
from osgeo import ogr

from test_field_common import build_package, fill, geotagged_photo, inner_point, keys_of, send, task_list

TODAY = datetime.date.today()
YESTERDAY = TODAY - datetime.timedelta(days=1)


def counts(wp_path):
    with sqlite3.connect(wp_path) as db:
        return (db.execute("SELECT count(*) FROM history").fetchone()[0],
                db.execute("SELECT count(*) FROM photos").fetchone()[0],
                db.execute("SELECT group_concat(coalesce(WFZT, '') || coalesce(SDXZ, '') || coalesce(ZGZT, ''))"
                           " FROM patches").fetchone()[0])


@pytest.fixture
def one_town(qgis_processing, tmp_path):
    wp_path = build_package(qgis_processing, str(tmp_path))
    _result, folders = send(qgis_processing, wp_path, str(tmp_path / "out"), townships="城关镇")
    return wp_path, folders[0], keys_of(folders[0])


def test_bad_values_refuse_the_whole_return_then_valid_rows_only(qgis_processing, one_town):
    from wpzf.core.store.workpackage import WorkPackage
    wp_path, town, keys = one_town
    fill(task_list(town), {
        keys[0]: {"整改状态": "整改完", "违法主体": "某甲"},
        keys[1]: {"核查日期": "2022-02-30", "拆除复耕耕地面积(亩)": "1，5", "实地现状": "在建"},
        keys[2]: {"实地现状": "已建成", "违法主体": "某乙", "核查日期": YESTERDAY},
    })
    before = counts(wp_path)
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    message = str(err.value)
    assert "未导入任何内容" in message
    assert "城关镇 · 图斑 {} · 列“整改状态” · 值“整改完”".format(keys[0]) in message
    assert "图斑 {} · 列“核查日期” · 值“2022-02-30”".format(keys[1]) in message
    assert "列“拆除复耕耕地面积(亩)” · 值“1，5”" in message
    assert counts(wp_path) == before  # nothing written
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town, "VALID_ONLY": True})
    assert out["SKIPPED"] == 2 and out["CHANGED"] == 3
    wp = WorkPackage(wp_path)
    assert wp.patch(keys[2])["WFZT"] == "某乙" and wp.patch(keys[0])["WFZT"] is None
    assert wp.patch(keys[1])["SDXZ"] is None  # a row with a problem is left out whole
    assert "整改完" in out["PROBLEMS"]


def test_contradictions_and_future_dates(qgis_processing, one_town):
    wp_path, town, keys = one_town
    fill(task_list(town), {
        keys[0]: {"整改状态": "已整改"},  # no completion date
        keys[1]: {"拆除复耕耕地面积(亩)": 99.0},  # more than its farmland (2.5 亩)
        keys[2]: {"核查日期": TODAY + datetime.timedelta(days=3)},
    })
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    message = str(err.value)
    assert "须填写整改完成日期" in message and "超过图斑耕地面积" in message and "晚于今天" in message


def test_three_way_conflicts_kept_for_the_dock(qgis_processing, one_town):
    from wpzf.core.fieldwork import conflicts
    from wpzf.core.store.workpackage import WorkPackage
    wp_path, town, keys = one_town
    wp = WorkPackage(wp_path)
    # the county edits after the package went out
    wp.update_patches({keys[0]: {"WFZT": "县里核实：某公司"}, keys[1]: {"WFZT": "张三"}}, user="技术员")
    fill(task_list(town), {
        keys[0]: {"违法主体": "村民李某", "实地现状": "在建"},  # both changed, differently: conflict
        keys[1]: {"违法主体": "张三"},  # both made the same change: nothing to do
        keys[2]: {"违法主体": "某丙"},  # only the township changed it: taken
    })
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert out["CONFLICTS"] == 1 and out["CHANGED"] == 2
    assert wp.patch(keys[0])["WFZT"] == "县里核实：某公司"  # never overwritten silently
    assert wp.patch(keys[0])["SDXZ"] == "在建" and wp.patch(keys[2])["WFZT"] == "某丙"
    rows = conflicts.list_conflicts(wp)
    assert len(rows) == 1
    row = rows[0]
    assert (row["JCBH"], row["FIELD"], row["label"]) == (keys[0], "WFZT", "违法主体")
    assert (row["SENT"], row["CURRENT"], row["RETURNED"], row["now"]) == (None, "县里核实：某公司", "村民李某",
                                                                        "县里核实：某公司")
    assert row["XZMC"] == "城关镇" and row["STATE"] == "待处理"
    # the same return again raises no second conflict
    qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert conflicts.open_count(wp) == 1
    closed = conflicts.resolve(wp, row["_fid"], conflicts.TAKE_RETURNED, user="技术员")
    assert closed["STATE"] == "采用乡镇值" and closed["RESULT"] == "村民李某" and closed["DONE_BY"] == "技术员"
    assert wp.patch(keys[0])["WFZT"] == "村民李某"
    last = [h for h in wp.history(keys[0]) if h["FIELD"] == "WFZT"][-1]
    assert last["NEW"] == "村民李某" and "城关镇" in last["USER"] and last["ACTION"].startswith("field_conflict")
    with pytest.raises(Exception):
        conflicts.resolve(wp, row["_fid"], conflicts.KEEP_CURRENT)
    qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert conflicts.open_count(wp) == 0 and wp.patch(keys[0])["WFZT"] == "村民李某"


def test_stale_package_returned_twice(qgis_processing, tmp_path):
    from wpzf.core.fieldwork import tracking
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = build_package(qgis_processing, str(tmp_path))
    _r, first = send(qgis_processing, wp_path, str(tmp_path / "first"), townships="城关镇")
    _r, second = send(qgis_processing, wp_path, str(tmp_path / "second"), townships="城关镇")
    old, new = first[0], second[0]
    keys = keys_of(old)
    fill(task_list(old), {keys[0]: {"违法主体": "旧表的值"}})
    before = counts(wp_path)
    for _attempt in range(2):
        with pytest.raises(Exception) as err:
            qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": old})
        assert "重新发出" in str(err.value) and "旧任务表" in str(err.value)
        assert counts(wp_path) == before
    fill(task_list(new), {keys[0]: {"违法主体": "新表的值"}})
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": new})
    assert out["CHANGED"] == 1 and WorkPackage(wp_path).patch(keys[0])["WFZT"] == "新表的值"
    packages = {p["ID"]: p for p in tracking.sent_packages(wp_path)}
    old_id = [i for i in packages if i in old][0]
    assert packages[old_id]["missing"] == [] and len(packages[old_id]["resent"]) == 3


def test_foreign_return_and_disagreeing_sources(qgis_processing, one_town, tmp_path):
    wp_path, town, keys = one_town
    (tmp_path / "other county").mkdir()
    other = build_package(qgis_processing, str(tmp_path / "other county"))
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": other, "INPUT": town})
    assert "不是从这个工作库发出的" in str(err.value)
    fill(task_list(town), {keys[0]: {"违法主体": "表里的人"}})
    gpkg = glob.glob(os.path.join(town, "QField", "*.gpkg"))[0]
    ds = ogr.Open(gpkg, 1)
    layer = ds.GetLayerByName("patches")
    for feat in layer:
        if feat.GetField("DYBH") == keys[0]:
            feat.SetField("WFZT", "手机上的人")
            layer.SetFeature(feat)
    ds = None
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert "两者不一致" in str(err.value) and "表里的人" in str(err.value) and "手机上的人" in str(err.value)


def test_photo_folder_with_odd_files_and_a_zip(qgis_processing, one_town, tmp_path):
    """QField photos: EXIF GPS ones linked by position, an EXIF-less one to the unit QField recorded, a corrupt
    JPEG, a PNG, a video and a text file reported, a photo the package already holds not taken twice."""
    from wpzf.core.store.workpackage import WorkPackage
    wp_path, town, keys = one_town
    field = os.path.join(town, "QField")
    gpkg = os.path.join(field, "核查数据.gpkg")
    dcim = os.path.join(field, "DCIM")
    x0, y0, srs = inner_point(gpkg, keys[0])
    x1, y1, _srs = inner_point(gpkg, keys[1])
    geotagged_photo(os.path.join(dcim, "IMG_0001.jpg"), x0, y0, srs, azimuth=45.0)
    geotagged_photo(os.path.join(dcim, "sub", "IMG_0002.jpg"), x1, y1, srs, azimuth=270.0)
    geotagged_photo(os.path.join(dcim, "no_exif.jpg"), 0, 0, srs, gps=False)
    with open(os.path.join(dcim, "IMG_0001.jpg"), "rb") as fh:
        head = fh.read(80)
    with open(os.path.join(dcim, "broken.jpg"), "wb") as fh:
        fh.write(head)
    for name, content in (("screen.png", b"\x89PNG\r\n\x1a\n" + bytes(20)), ("VID_1.mp4", bytes(40)),
                          ("说明.txt", "照片说明".encode("utf-8"))):
        with open(os.path.join(dcim, name), "wb") as fh:
            fh.write(content)
    ds = ogr.Open(gpkg, 1)
    photos = ds.GetLayerByName("photos")
    for rel, key in (("DCIM/no_exif.jpg", keys[2]), ("DCIM/IMG_0001.jpg", keys[0])):
        feat = ogr.Feature(photos.GetLayerDefn())
        feat.SetField("DYBH", key)
        feat.SetField("PHOTO", rel)
        photos.CreateFeature(feat)
    ds = None
    archive = shutil.make_archive(str(tmp_path / "城关镇返回"), "zip", os.path.dirname(town), os.path.basename(town))
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": archive})
    assert out["PHOTOS"] == 4  # three photos and the broken one (stored with its note, as linking does)
    problems = out["PROBLEMS"]
    for name in ("screen.png", "VID_1.mp4", "说明.txt"):
        assert name in problems
    wp = WorkPackage(wp_path)
    stored = {os.path.basename(r["PATH"]): r for r in wp.photos()}
    assert stored["IMG_0001.jpg"]["JCBH"] == keys[0] and stored["IMG_0001.jpg"]["AZIMUTH"] == pytest.approx(45.0)
    assert stored["IMG_0002.jpg"]["JCBH"] == keys[1]
    assert stored["no_exif.jpg"]["JCBH"] == keys[2] and "手动关联" in stored["no_exif.jpg"]["NOTE"]
    assert stored["broken.jpg"]["JCBH"] is None and stored["broken.jpg"]["NOTE"]
    for row in stored.values():  # kept inside the package's folder, so the export takes them
        assert not os.path.isabs(row["PATH"]) and row["PATH"].startswith("乡镇核查照片/450199101城关镇/")
        assert os.path.isfile(wp.absolute_path(row["PATH"]))
    # the same zip again: the photos are known by SHA-256 and not taken twice
    again = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": archive})
    assert again["PHOTOS"] == 0 and again["DUPLICATES"] == 4
    assert len(wp.photos()) == 4


def test_county_edit_during_the_import_is_not_overwritten(qgis_processing, one_town, monkeypatch):
    """The three-way decision is made on values read before the import's transaction; a dock edit saved in between
    makes the import roll back whole instead of overwriting it."""
    from wpzf.core.fieldwork import incoming
    from wpzf.core.store.workpackage import WorkPackage
    wp_path, town, keys = one_town
    fill(task_list(town), {keys[0]: {"违法主体": "乡镇填的"}, keys[1]: {"实地现状": "在建"}})
    original = incoming._resent_later

    def edit_meanwhile(wp, pkg):
        WorkPackage(wp_path).update_patches({keys[0]: {"WFZT": "技术员刚改的"}}, user="技术员")
        return original(wp, pkg)

    monkeypatch.setattr(incoming, "_resent_later", edit_meanwhile)
    with pytest.raises(Exception) as err:
        qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})
    assert "本次导入已全部撤销" in str(err.value) and keys[0] in str(err.value)
    wp = WorkPackage(wp_path)
    assert wp.patch(keys[0])["WFZT"] == "技术员刚改的" and wp.patch(keys[1])["SDXZ"] is None
    monkeypatch.setattr(incoming, "_resent_later", original)
    out = qgis_processing.run("wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": town})  # run again: a conflict
    assert out["CONFLICTS"] == 1 and wp.patch(keys[0])["WFZT"] == "技术员刚改的" and wp.patch(keys[1])["SDXZ"] == "在建"
