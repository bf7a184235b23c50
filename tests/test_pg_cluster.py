"""The throw-away PostgreSQL 15 + PostGIS cluster (tools/pg_cluster.py) the PostGIS tests run against.

A geometry in the county's CGCS2000 zone with a Chinese attribute goes in through OGR (as the plugin writes) and
comes back through psycopg2/PostGIS (independent of OGR) and through QGIS's postgres provider (as the dock reads).
"""
import os
import subprocess
import time

import pytest
from osgeo import ogr, osr

from pg_support import CLUSTER, pg_cluster, pg_schema, run_sql  # noqa: F401

TOOL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools", "pg_cluster.py")
# A 60 m × 40 m field with a 10 m × 10 m hole, in CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4524).
WKT = ("MULTIPOLYGON(((36500000 2520000,36500060 2520000,36500060 2520040,36500000 2520040,36500000 2520000),"
       "(36500010 2520010,36500020 2520010,36500020 2520020,36500010 2520020,36500010 2520010)))")
AREA_M2 = 60 * 40 - 10 * 10
NAME = "城关镇·示范村 “旱地” 𠀀"  # CJK, full-width punctuation and a character outside the BMP


def ogr_source(cluster, schema):
    return "PG:host={} port={} dbname={} user={} active_schema={}".format(
        cluster.host, cluster.port, cluster.database, cluster.superuser, schema)


def test_start_is_idempotent_and_quick(pg_cluster):
    began = time.time()
    result = subprocess.run(["/usr/bin/python3", TOOL, "start"], stdout=subprocess.PIPE, universal_newlines=True)
    assert result.returncode == 0
    assert time.time() - began < 3.0
    assert result.stdout.startswith(pg_cluster.url)
    status = subprocess.run(["/usr/bin/python3", TOOL, "status"], stdout=subprocess.PIPE, universal_newlines=True)
    assert status.returncode == 0 and status.stdout.startswith("running")
    url = subprocess.run(["/usr/bin/python3", TOOL, "url"], stdout=subprocess.PIPE, universal_newlines=True)
    assert url.stdout.strip() == "postgresql://postgres@127.0.0.1:54329/wpzf_test" == pg_cluster.url


def test_cluster_facts(pg_cluster):
    assert run_sql("SHOW port") == [("54329",)]
    assert run_sql("SHOW listen_addresses") == [("127.0.0.1",)]
    assert run_sql("SHOW server_encoding") == [("UTF8",)]
    assert run_sql("SELECT current_setting('server_version_num')::int / 10000") == [(15,)]
    assert run_sql("SELECT split_part(postgis_lib_version(), '.', 1)") == [("3",)]
    data = CLUSTER.DATA
    import pwd
    assert pwd.getpwuid(os.stat(data).st_uid).pw_name == "postgres"
    assert os.stat(data).st_mode & 0o777 == 0o700
    roles = {r for (r,) in run_sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'wpzf%'")}
    assert {"wpzf_viewer", "wpzf_technician", "wpzf_admin"} <= roles
    for kind, (user, _password, role) in CLUSTER.LOGINS.items():
        assert run_sql("SELECT current_user, wpzf.role_of()", login=kind) == [(user, role[len("wpzf_"):])]


def test_missing_packages_are_named(monkeypatch, tmp_path):
    monkeypatch.setattr(CLUSTER, "BIN", str(tmp_path))
    with pytest.raises(CLUSTER.ClusterError, match="postgresql-15 postgresql-15-postgis-3"):
        CLUSTER.check_installed()
    monkeypatch.undo()
    monkeypatch.setattr(CLUSTER, "POSTGIS_CONTROL", str(tmp_path / "postgis.control"))
    with pytest.raises(CLUSTER.ClusterError, match="postgresql-15-postgis-3"):
        CLUSTER.check_installed()


def test_geometry_round_trip(pg_cluster, pg_schema):
    run_sql("CREATE SCHEMA {}".format(pg_schema.name))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4524)
    ds = ogr.Open(ogr_source(pg_cluster, pg_schema.name), update=1)
    assert ds is not None
    layer = ds.CreateLayer("fields", srs, ogr.wkbMultiPolygon, options=["GEOMETRY_NAME=geom", "FID=fid"])
    layer.CreateField(ogr.FieldDefn("XZMC", ogr.OFTString))
    feat = ogr.Feature(layer.GetLayerDefn())
    feat.SetField("XZMC", NAME)
    feat.SetGeometry(ogr.CreateGeometryFromWkt(WKT))
    assert layer.CreateFeature(feat) == 0
    ds = None

    # PostGIS itself: SRID, area, validity, the text as stored
    rows = run_sql("SELECT ST_SRID(geom), ST_Area(geom), ST_IsValid(geom), ST_NumInteriorRings(ST_GeometryN(geom, 1)),"
                   " xzmc FROM {}.fields".format(pg_schema.name))
    assert rows == [(4524, pytest.approx(AREA_M2, abs=1e-9), True, 1, NAME)]
    lonlat = run_sql("SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Transform(ST_Centroid(geom), 4490) AS c"
                     " FROM {}.fields) s".format(pg_schema.name))[0]
    assert lonlat[0] == pytest.approx(108.0, abs=0.01) and lonlat[1] == pytest.approx(22.78, abs=0.05)

    # back through OGR, vertex for vertex
    ds = ogr.Open(ogr_source(pg_cluster, pg_schema.name))
    back = ds.GetLayerByName("fields").GetNextFeature()
    assert back.GetField("xzmc") == NAME
    assert back.GetGeometryRef().Equals(ogr.CreateGeometryFromWkt(WKT))
    ds = None

    # and through QGIS's postgres provider
    from qgis.core import QgsDataSourceUri, QgsVectorLayer
    uri = QgsDataSourceUri()
    uri.setConnection(pg_cluster.host, str(pg_cluster.port), pg_cluster.database, pg_cluster.superuser, "")
    uri.setDataSource(pg_schema.name, "fields", "geom", "", "fid")
    qlayer = QgsVectorLayer(uri.uri(False), "fields", "postgres")
    assert qlayer.isValid(), qlayer.error().summary()
    assert qlayer.crs().authid() == "EPSG:4524"
    features = list(qlayer.getFeatures())
    assert len(features) == 1 and features[0]["xzmc"] == NAME
    assert features[0].geometry().area() == pytest.approx(AREA_M2, abs=1e-9)
