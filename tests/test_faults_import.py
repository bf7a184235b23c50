"""Damaged, mislabelled or wrong batches given to wpzf:import_patches (issue 10: items 6, 7, 11).

Each case runs the real Processing algorithm twice: into a package that does not exist yet (it must not be created)
and into a package holding an earlier batch (it must stay exactly as it was). The message must name the problem.
"""
import os
import struct

import pytest
from osgeo import gdal, ogr, osr

import datamaker as dm
from test_import import read_patches, run_import, snapshot

ogr.UseExceptions()


def write_typed(path, rows, types, epsg=4490, driver="ESRI Shapefile", layer_name="patches"):
    """Like datamaker.write_patches, but field types are chosen per field (name -> OGR type), e.g. a Real JCBH."""
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "UTF-8")
    try:
        drv = ogr.GetDriverByName(driver)
        ds = drv.Open(path, 1) if driver == "GPKG" and os.path.exists(path) else drv.CreateDataSource(path)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = ds.CreateLayer(layer_name, srs, ogr.wkbPolygon)
        for name, ftype in types.items():
            defn = ogr.FieldDefn(name, ftype)
            if ftype in (ogr.OFTReal, ogr.OFTInteger64):
                defn.SetWidth(20)  # room for a 16-digit JCBH, as ArcGIS writes a Double/Long
                defn.SetPrecision(1 if ftype == ogr.OFTReal else 0)
            layer.CreateField(defn)
        for row in rows:
            feat = ogr.Feature(layer.GetLayerDefn())
            for name in types:
                if row.get(name) is not None:
                    feat.SetField(name, row[name])
            feat.SetGeometry(ogr.CreateGeometryFromWkt(row["wkt"]))
            layer.CreateFeature(feat)
        ds = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    return path


def projected_square(x, y, size=50):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + size, y + size)


def refused(processing, tmp_path, src, *expected, **extra):
    """The batch is refused into a new package (not created) and into an existing one (unchanged);
    returns the message, which must contain every `expected` text."""
    from qgis.core import QgsProcessingException
    fresh = str(tmp_path / "new" / "wp.gpkg")
    with pytest.raises(QgsProcessingException) as err:
        run_import(processing, src, fresh, **extra)
    assert not os.path.exists(fresh)
    message = str(err.value)
    for text in expected:
        assert text in message, message
    assert "Incorrect parameter value" not in message
    existing = str(tmp_path / "old" / "wp.gpkg")
    os.makedirs(os.path.dirname(existing), exist_ok=True)
    run_import(processing, dm.write_patches(str(tmp_path / "old" / "ok.shp"), dm.batch(2, start=500)), existing)
    before = snapshot(existing)
    with pytest.raises(QgsProcessingException):
        run_import(processing, src, existing, batch="2022-02", **extra)
    assert snapshot(existing) == before
    return message


# ----- 6. damaged or mislabelled batches ------------------------------------------------------------------------
def test_truncated_dbf_is_refused(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "截断.shp"), dm.batch(3))
    dbf = str(tmp_path / "截断.dbf")
    with open(dbf, "rb") as fh:
        data = fh.read()
    _nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    with open(dbf, "wb") as fh:
        fh.write(data[:hlen + 2 * rlen])  # header still says 3 records; only 2 are there
    message = refused(qgis_processing, tmp_path, src, "截断.dbf", "截断", "3", "2")
    assert "重新" in message  # says what to do


def test_dbf_with_fewer_records_than_shapes_is_refused(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "少记录.shp"), dm.batch(3))
    dbf = str(tmp_path / "少记录.dbf")
    with open(dbf, "rb") as fh:
        data = bytearray(fh.read())
    data[4:8] = struct.pack("<I", 2)
    with open(dbf, "wb") as fh:
        fh.write(bytes(data))
    refused(qgis_processing, tmp_path, src, "少记录.dbf", "少记录.shp", "2", "3")


def _gbk_with_utf8_cpg(tmp_path):
    rows = dm.batch(3)
    rows[1]["DLMC"] = "水浇地"
    src = dm.write_patches(str(tmp_path / "gbk.shp"), rows, encoding="GBK")
    with open(str(tmp_path / "gbk.cpg"), "w") as fh:
        fh.write("UTF-8")
    return src


def test_utf8_cpg_on_gbk_data_is_refused(qgis_processing, tmp_path):
    src = _gbk_with_utf8_cpg(tmp_path)
    refused(qgis_processing, tmp_path, src, "gbk.cpg", "UTF-8", "GBK", "ENCODING")


def test_utf8_cpg_on_gbk_data_imports_with_explicit_encoding(qgis_processing, tmp_path):
    src = _gbk_with_utf8_cpg(tmp_path)
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp, ENCODING=2)  # GBK, the technician's explicit choice
    rows, _ = read_patches(wp)
    assert rows["4501992022010002"][0]["XMC"] == "示范县" and rows["4501992022010002"][0]["DLMC"] == "水浇地"


def test_replacement_characters_are_never_stored(qgis_processing, tmp_path):
    # GBK bytes read as UTF-8 (explicit, wrong ENCODING) come back with U+FFFD: refuse, naming field and patch
    src = dm.write_patches(str(tmp_path / "gbk.shp"), dm.batch(2), encoding="GBK", keep_cpg=False)
    message = refused(qgis_processing, tmp_path, src, "XMC", "4501992022010001", "乱码", "ENCODING", ENCODING=1)
    assert "\ufffd" not in message.split("\n")[0]


@pytest.mark.parametrize("ftype", [ogr.OFTReal, ogr.OFTInteger64])
def test_numeric_jcbh_field_is_refused(qgis_processing, tmp_path, ftype):
    rows = [{"JCBH": 4501990001 + i, "XMC": "示范县", "wkt": dm.square(108.30 + 0.003 * i, 22.80)} for i in range(2)]
    src = write_typed(str(tmp_path / "num.shp"), rows, {"JCBH": ftype, "XMC": ogr.OFTString})
    message = refused(qgis_processing, tmp_path, src, "JCBH", "文本")
    assert "4501990001.0" not in message


def test_numeric_text_field_is_stored_without_decimal_point(qgis_processing, tmp_path):
    rows = [{"JCBH": "P{}".format(i), "XZQDM": 450199.0, "wkt": dm.square(108.30 + 0.003 * i, 22.80)}
            for i in range(2)]
    src = write_typed(str(tmp_path / "xzqdm.shp"), rows, {"JCBH": ogr.OFTString, "XZQDM": ogr.OFTReal})
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp)
    got, _ = read_patches(wp)
    assert got["P0"][0]["XZQDM"] == "450199"


@pytest.mark.parametrize("case, epsg, x, y, expected", [
    # zone-36 coordinates (X starts with 36) declared as zone 35: ~300 km off
    ("wrong_zone", 4523, 36_500_000, 2_520_000, ["EPSG:4523", "36", "35", "EPSG:4524"]),
    # CM-form coordinates (no zone number in front of X) declared zone-prefixed
    ("no_prefix", 4524, 500_000, 2_520_000, ["EPSG:4524", "36", "EPSG:4545"]),
    ("huge", 4545, 1e15, 2_520_000, ["中国", "1000000000000000"]),
    ("southern", 4490, 108.30, -22.80, ["中国", "-22.8"]),
    ("pole", 4490, 108.30, 89.9995, ["中国", "90"]),
])
def test_coordinates_contradicting_crs_are_refused(qgis_processing, tmp_path, case, epsg, x, y, expected):
    size = 0.0004 if epsg == 4490 else 50
    rows = [{"JCBH": "C{}".format(i), "wkt": projected_square(x + i * 2 * size, y, size)} for i in range(2)]
    src = dm.write_patches(str(tmp_path / "坐标.shp"), rows, epsg=epsg)
    message = refused(qgis_processing, tmp_path, src, "坐标", *expected)
    assert "CRS" in message or "坐标系" in message


def test_one_stray_patch_is_named(qgis_processing, tmp_path):
    rows = dm.batch(3)
    rows[2]["wkt"] = dm.square(108.30, -22.80)
    src = dm.write_patches(str(tmp_path / "stray.shp"), rows)
    refused(qgis_processing, tmp_path, src, "4501992022010003")


def test_matching_zone_prefix_is_accepted(qgis_processing, tmp_path):
    rows = [{"JCBH": "Z{}".format(i), "wkt": projected_square(35_800_000 + 100 * i, 2_520_000)} for i in range(2)]
    wp = str(tmp_path / "wp.gpkg")
    result = run_import(qgis_processing, dm.write_patches(str(tmp_path / "z35.shp"), rows, epsg=4523), wp)
    assert result["ADDED"] == 2


def test_folder_as_input_is_refused(qgis_processing, tmp_path):
    folder = tmp_path / "批次目录"
    folder.mkdir()
    dm.write_patches(str(folder / "a.shp"), dm.batch(2))
    dm.write_patches(str(folder / "b.shp"), dm.batch(2, start=5))
    refused(qgis_processing, tmp_path, str(folder), "批次目录", "a", "b", "文件夹")


def test_multilayer_geopackage_needs_a_layer(qgis_processing, tmp_path):
    path = str(tmp_path / "多图层.gpkg")
    rows = [{"JCBH": "G{}".format(i), "wkt": dm.square(108.30 + 0.003 * i, 22.80)} for i in range(2)]
    write_typed(path, rows, {"JCBH": ogr.OFTString}, driver="GPKG", layer_name="一月")
    write_typed(path, rows, {"JCBH": ogr.OFTString}, driver="GPKG", layer_name="二月")
    refused(qgis_processing, tmp_path, path, "一月", "二月")
    wp = str(tmp_path / "wp.gpkg")
    assert run_import(qgis_processing, path + "|layername=二月", wp)["ADDED"] == 2


def test_geopackage_with_one_spatial_layer_and_a_table(qgis_processing, tmp_path):
    # QGIS saves styles into a GeoPackage as a table layer_styles: not a second layer to choose from
    path = str(tmp_path / "带样式.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("a_styles", None, ogr.wkbNone).CreateField(ogr.FieldDefn("styleQML", ogr.OFTString))
    ds = None
    rows = [{"JCBH": "S{}".format(i), "wkt": dm.square(108.30 + 0.003 * i, 22.80)} for i in range(2)]
    write_typed(path, rows, {"JCBH": ogr.OFTString}, driver="GPKG", layer_name="patches")
    assert run_import(qgis_processing, path, str(tmp_path / "wp.gpkg"))["ADDED"] == 2


# ----- 7. values that do not fit the package's field types --------------------------------------------------------
def test_text_in_numeric_field_is_refused_before_the_package_exists(qgis_processing, tmp_path):
    rows = [{"JCBH": "T{}".format(i), "MJ": mj, "wkt": dm.square(108.30 + 0.003 * i, 22.80)}
            for i, mj in enumerate(["12.5", "约300平方米", " 7 "])]
    src = write_typed(str(tmp_path / "mj.shp"), rows, {"JCBH": ogr.OFTString, "MJ": ogr.OFTString})
    message = refused(qgis_processing, tmp_path, src, "T1", "MJ", "约300平方米")
    assert "T0" not in message and "T2" not in message  # those convert


def test_numeric_text_converts_to_real(qgis_processing, tmp_path):
    rows = [{"JCBH": "T{}".format(i), "MJ": mj, "wkt": dm.square(108.30 + 0.003 * i, 22.80)}
            for i, mj in enumerate(["12.5", " 7 ", ""])]
    src = write_typed(str(tmp_path / "mj.shp"), rows, {"JCBH": ogr.OFTString, "MJ": ogr.OFTString})
    wp = str(tmp_path / "wp.gpkg")
    run_import(qgis_processing, src, wp)
    got, _ = read_patches(wp)
    assert (got["T0"][0]["MJ"], got["T1"][0]["MJ"], got["T2"][0]["MJ"]) == (12.5, 7.0, None)


# ----- 11. messages that say what is wrong --------------------------------------------------------------------------
def test_shapefile_without_dbf(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "无属性.shp"), dm.batch(2))
    os.remove(str(tmp_path / "无属性.dbf"))
    message = refused(qgis_processing, tmp_path, src, "无属性.dbf")
    assert "现有字段" not in message


def test_csv_is_not_a_polygon_layer(qgis_processing, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_text("JCBH,XMC\n4501992022010001,示范县\n", encoding="utf-8")
    message = refused(qgis_processing, tmp_path, str(path), "台账", "几何")
    assert "坐标参考系" not in message


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 3, b"\x00" * 100],
                         ids=["zero_bytes", "garbage", "zeroed_header"])
def test_damaged_shp_gets_our_message(qgis_processing, tmp_path, content):
    src = dm.write_patches(str(tmp_path / "坏.shp"), dm.batch(2))
    with open(src, "wb") as fh:
        fh.write(content)
    refused(qgis_processing, tmp_path, src, "坏.shp")


def test_empty_shp(qgis_processing, tmp_path):
    src = dm.write_patches(str(tmp_path / "空.shp"), [])
    refused(qgis_processing, tmp_path, src, "空图层")


def test_missing_file(qgis_processing, tmp_path):
    refused(qgis_processing, tmp_path, str(tmp_path / "没有.shp"), "没有.shp", "不存在")


def test_layer_id_and_layer_object_still_work(qgis_processing, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer
    src = dm.write_patches(str(tmp_path / "b.shp"), dm.batch(2))
    layer = QgsVectorLayer(src, "b", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert run_import(qgis_processing, layer.id(), str(tmp_path / "a.gpkg"))["ADDED"] == 2
        assert run_import(qgis_processing, layer, str(tmp_path / "b.gpkg"))["ADDED"] == 2
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
