"""The three roles of docs/sql/wpzf_roles.sql: what a township viewer, a technician and an admin can and cannot do.

Plain SQL, as each test login (members of wpzf_viewer, wpzf_technician, wpzf_admin), against a package schema
copied with OGR from a package-shaped GeoPackage; then, when the PostGIS store has landed, through WorkPackage.
"""
import os
import subprocess

import pytest
from osgeo import gdal, ogr, osr

from pg_support import (CLUSTER, PgCluster, column, drop_schema, pg_cluster, pg_schema, run_sql,  # noqa: F401
                        unique_schema_name)

psycopg2 = pytest.importorskip("psycopg2")
from psycopg2 import errors  # noqa: E402

DENIED = errors.InsufficientPrivilege
ROLES_SQL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "sql", "wpzf_roles.sql")
TABLES = ("patches", "photos", "history", "settings")


def gpkg_package(folder):
    """A small package-shaped GeoPackage made with OGR alone (fields from rules/fields.py): two patches, one judged,
    a photo, history and settings rows. The plain-SQL tests need the tables, not the store."""
    from wpzf.rules import fields as F
    types = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}
    path = os.path.join(str(folder), "工作库.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4524)
    layers = {}
    for name, geom_type, spec in ((F.LAYER_PATCHES, ogr.wkbMultiPolygon, F.PATCH_FIELDS),
                                  (F.LAYER_PHOTOS, ogr.wkbPoint, F.PHOTO_FIELDS),
                                  (F.TABLE_HISTORY, ogr.wkbNone, F.HISTORY_FIELDS),
                                  (F.TABLE_SETTINGS, ogr.wkbNone, F.SETTINGS_FIELDS)):
        layer = ds.CreateLayer(name, srs if geom_type != ogr.wkbNone else None, geom_type, options=["FID=fid"])
        for field, ftype, *_rest in spec:
            layer.CreateField(ogr.FieldDefn(field, types[ftype]))
        layers[name] = layer

    def add(name, values, wkt=None):
        feat = ogr.Feature(layers[name].GetLayerDefn())
        for key, value in values.items():
            feat.SetField(key, value)
        if wkt:
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layers[name].CreateFeature(feat)

    for i, jcbh in enumerate(("4501992022010001", "4501992022010002")):
        x0 = 36500000 + 100 * i
        add(F.LAYER_PATCHES, {"JCBH": jcbh, "XMC": "示范县", "DLMC": "旱地", "PC": "2022-01", "TBMJ": 3.6},
            "MULTIPOLYGON((({0} 2520000,{1} 2520000,{1} 2520040,{0} 2520040,{0} 2520000)))".format(x0, x0 + 60))
        add(F.TABLE_HISTORY, {"TIME": "2022-02-01 10:00:00", "USER": "管理员", "JCBH": jcbh, "FIELD": "*",
                              "NEW": "2022-01", "ACTION": "import"})
    layers[F.LAYER_PATCHES].SetAttributeFilter("JCBH = '4501992022010001'")
    feat = layers[F.LAYER_PATCHES].GetNextFeature()
    feat.SetField("PDLX", "违法")
    layers[F.LAYER_PATCHES].SetFeature(feat)
    add(F.LAYER_PHOTOS, {"JCBH": "4501992022010001", "PATH": "照片/IMG_0001.JPG"}, "POINT(36500030 2520020)")
    for key, value in (("county_code", "450199"), ("county_name", "示范县"), ("crs", "EPSG:4524")):
        add(F.TABLE_SETTINGS, {"KEY": key, "VALUE": value})
    ds = None
    return path


def copy_to_schema(gpkg, schema, login=None):
    """Every table of the GeoPackage into `schema` with OGR (as the superuser or a test login)."""
    user, password = (CLUSTER.SUPERUSER, None) if login is None else CLUSTER.LOGINS[login][:2]
    dsn = "PG:host={} port={} dbname={} user={}{}".format(
        CLUSTER.HOST, CLUSTER.PORT, CLUSTER.DATABASE, user, " password=" + password if password else "")
    src = gdal.OpenEx(gpkg, gdal.OF_VECTOR)
    names = [src.GetLayer(i).GetName() for i in range(src.GetLayerCount())]
    dest = gdal.OpenEx(dsn, gdal.OF_VECTOR | gdal.OF_UPDATE)
    assert dest is not None, gdal.GetLastErrorMsg()
    for name in names:
        result = gdal.VectorTranslate(dest, src, layers=[name],
                                      layerCreationOptions=["SCHEMA=" + schema, "GEOMETRY_NAME=geom", "FID=fid"])
        assert result is not None, gdal.GetLastErrorMsg()
    result = dest = src = None
    return names


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    return gpkg_package(tmp_path_factory.mktemp("roles 角色"))


@pytest.fixture(scope="module")
def package(pg_cluster, gpkg):
    """A package made by the superuser (as a county DBA would), then registered with wpzf.grant_package."""
    name = unique_schema_name("roles")
    run_sql("CREATE SCHEMA {}".format(name))
    copy_to_schema(gpkg, name)
    run_sql("ALTER TABLE {}.patches ADD COLUMN IF NOT EXISTS rowver integer NOT NULL DEFAULT 1".format(name))
    granted = run_sql("SELECT wpzf.grant_package(%s)", (name,))[0][0]
    assert granted == len(run_sql("SELECT 1 FROM pg_tables WHERE schemaname = %s", (name,)))
    yield name
    drop_schema(name)


def can(login, sql, params=None):
    """True when `login` may run `sql`; False when refused for want of privilege; anything else raises. A
    statement that is allowed runs in a transaction rolled back afterwards, so the tests do not depend on order."""
    con = PgCluster().connect(login)
    con.autocommit = False
    try:
        with con.cursor() as cur:
            cur.execute(sql, params)
        return True
    except DENIED:
        return False
    finally:
        con.rollback()
        con.close()


def test_technician_columns_are_the_judgment_fields():
    from wpzf.rules import fields as F
    listed = {r[0] for r in run_sql("SELECT unnest(wpzf.technician_columns())")}
    store = {f[0] for f in getattr(F, "STORE", [])}  # the store's own bookkeeping (ROWVER)
    expected = {f[0] for f in F.JUDGMENT + F.FIELDWORK} | {"PZWH", "ROWVER"} | store
    assert listed == expected
    assert not listed & {f[0] for f in F.ISSUED + F.IMPORT + F.SPLIT + F.REISSUE}


def test_viewer_reads_and_writes_nothing(package):
    for table in TABLES:
        assert can("viewer", "SELECT * FROM {}.{}".format(package, table))
    pdlx = column(package, "patches", "PDLX")
    assert run_sql("SELECT count(*) FROM {}.patches WHERE {} = '违法'".format(package, pdlx), login="viewer") == [(1,)]
    assert not can("viewer", "UPDATE {}.patches SET {} = '合法'".format(package, pdlx))
    assert not can("viewer", "INSERT INTO {}.history ({}) VALUES ('x')".format(package, column(package, "history",
                                                                                                "JCBH")))
    assert not can("viewer", "DELETE FROM {}.photos".format(package))
    assert not can("viewer", "UPDATE {}.settings SET {} = 'x'".format(package, column(package, "settings", "VALUE")))
    assert not can("viewer", "CREATE TABLE {}.mine (id int)".format(package))
    assert not can("viewer", "SELECT wpzf.grant_package(%s)", (package,))


def test_technician_judges_but_changes_nothing_else(package):
    p = lambda name: column(package, "patches", name)  # noqa: E731
    one = "WHERE {} = '4501992022010001'".format(p("JCBH"))
    assert can("technician", "UPDATE {}.patches SET {} = '合法', {} = '批文', {} = '已判定', {} = {} + 1 {}".format(
        package, p("PDLX"), p("PDXL"), p("HSZT"), p("ROWVER"), p("ROWVER"), one))
    assert can("technician", "UPDATE {}.patches SET {} = 2.5, {} = '现场已复耕', {} = '在建' {}".format(
        package, p("CCFGMJ"), p("BZ"), p("SDXZ"), one))
    # overlay results, issued facts, the shape and the split state are the admin's
    for name in ("TBMJ", "GDMJ", "JCBH", "DLMC", "PC", "TBZT", "XFBG", "YPPDLX"):
        assert not can("technician", "UPDATE {}.patches SET {} = NULL {}".format(package, p(name), one)), name
    assert not can("technician", "UPDATE {}.patches SET geom = NULL {}".format(package, one))
    assert not can("technician", "INSERT INTO {}.patches ({}) VALUES ('x')".format(package, p("JCBH")))
    assert not can("technician", "DELETE FROM {}.patches {}".format(package, one))
    # history: rows added, never changed or removed
    h = lambda name: column(package, "history", name)  # noqa: E731
    assert can("technician", "INSERT INTO {}.history ({}, {}, {}, {}, {}) VALUES ('4501992022010001', 'PDLX',"
                             " '违法', '合法', 'wpzf_test_tech1')".format(package, h("JCBH"), h("FIELD"), h("OLD"),
                                                                        h("NEW"), h("USER")))
    assert not can("technician", "UPDATE {}.history SET {} = 'x'".format(package, h("NEW")))
    assert not can("technician", "DELETE FROM {}.history".format(package))
    # photos: added and linked by hand, not deleted
    ph = lambda name: column(package, "photos", name)  # noqa: E731
    assert can("technician", "INSERT INTO {}.photos ({}, {}) VALUES ('4501992022010002', '照片/IMG_0002.JPG')".format(
        package, ph("JCBH"), ph("PATH")))
    assert can("technician", "UPDATE {}.photos SET {} = '4501992022010002'".format(package, ph("JCBH")))
    assert not can("technician", "DELETE FROM {}.photos".format(package))
    # settings and the schema
    s = column(package, "settings", "VALUE")
    assert not can("technician", "UPDATE {}.settings SET {} = 'x'".format(package, s))
    assert not can("technician", "INSERT INTO {}.settings ({}) VALUES ('x')".format(package, s))
    assert not can("technician", "CREATE TABLE {}.mine (id int)".format(package))
    assert not can("technician", "ALTER TABLE {}.patches ADD COLUMN x int".format(package))
    assert not can("technician", "DROP TABLE {}.history".format(package))
    assert not can("technician", "SELECT wpzf.grant_package(%s)", (package,))


def test_admin_does_everything_in_the_package(package):
    p = lambda name: column(package, "patches", name)  # noqa: E731
    assert can("admin", "UPDATE {}.patches SET {} = 9.75, geom = geom".format(package, p("TBMJ")))
    assert can("admin", "DELETE FROM {}.history".format(package))
    assert can("admin", "UPDATE {}.settings SET {} = 'x'".format(package, column(package, "settings", "VALUE")))
    # the tables the superuser made now belong to wpzf_admin: any admin may upgrade them
    owners = run_sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = %s", (package,))
    assert owners == [("wpzf_admin",)]
    assert can("admin", "ALTER TABLE {}.patches ADD COLUMN xnew double precision".format(package))
    assert can("admin", "DROP TABLE {}.history".format(package))


def test_tables_and_columns_added_later_get_the_roles(pg_cluster, gpkg):
    """An admin's new package is registered when the schema is made; a table or judgment column added later (a
    newer plugin's schema upgrade) is granted by the event trigger."""
    name = unique_schema_name("admin")
    try:
        run_sql("CREATE SCHEMA {}".format(name), login="admin")
        assert run_sql("SELECT schema_name FROM wpzf.packages WHERE schema_name = %s", (name,)) == [(name,)]
        copy_to_schema(gpkg, name, login="admin")
        assert can("viewer", "SELECT * FROM {}.patches".format(name))
        hcr = column(name, "patches", "HCR")
        assert can("technician", "UPDATE {}.patches SET {} = '李四'".format(name, hcr))
        run_sql("ALTER TABLE {}.patches DROP COLUMN {}".format(name, hcr), login="admin")
        run_sql("ALTER TABLE {}.patches ADD COLUMN hcr varchar(50)".format(name), login="admin")
        assert can("technician", "UPDATE {}.patches SET hcr = '李四'".format(name))
        run_sql("CREATE TABLE {}.field_conflicts (fid serial PRIMARY KEY, jcbh text)".format(name), login="admin")
        assert can("viewer", "SELECT * FROM {}.field_conflicts".format(name))
        assert not can("technician", "INSERT INTO {}.field_conflicts (jcbh) VALUES ('x')".format(name))
        run_sql("CREATE TABLE {}.attachments (fid serial PRIMARY KEY, jcbh text)".format(name), login="admin")
        assert can("technician", "INSERT INTO {}.attachments (jcbh) VALUES ('x')".format(name))
    finally:
        drop_schema(name)


def test_a_package_built_under_a_scratch_name_stays_registered(pg_cluster):
    """The store builds a package in `<schema>__creating` and renames it when complete."""
    name = unique_schema_name("renamed")
    try:
        run_sql("CREATE SCHEMA {}__creating".format(name), login="admin")
        run_sql("CREATE TABLE {}__creating.history (fid serial PRIMARY KEY, jcbh text)".format(name), login="admin")
        run_sql("ALTER SCHEMA {0}__creating RENAME TO {0}".format(name), login="admin")
        assert run_sql("SELECT schema_name FROM wpzf.packages WHERE schema_name = %s", (name,)) == [(name,)]
        run_sql("CREATE TABLE {}.photos (fid serial PRIMARY KEY, jcbh text)".format(name), login="admin")
        assert can("technician", "INSERT INTO {}.history (jcbh) VALUES ('x')".format(name))
        assert can("technician", "INSERT INTO {}.photos (jcbh) VALUES ('x')".format(name))
        assert can("viewer", "SELECT * FROM {}.photos".format(name))
    finally:
        drop_schema(name)


def test_an_admin_cannot_take_over_another_schema(pg_cluster):
    name = unique_schema_name("other")
    try:
        run_sql("CREATE SCHEMA {}".format(name))  # a superuser's schema that is no package
        assert not run_sql("SELECT 1 FROM wpzf.packages WHERE schema_name = %s", (name,))
        with pytest.raises(errors.RaiseException, match="wpzf_admin"):
            run_sql("SELECT wpzf.grant_package(%s)", (name,), login="admin")
        assert run_sql("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = %s", (name,)) == \
            [("postgres",)]
    finally:
        drop_schema(name)


def test_roles_file_runs_again(pg_cluster):
    """A county re-runs the file after an update: nothing fails, nothing is lost."""
    result = subprocess.run(
        [os.path.join(CLUSTER.BIN, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", CLUSTER.SOCKET_DIR,
         "-p", str(CLUSTER.PORT), "-U", CLUSTER.SUPERUSER, "-d", CLUSTER.DATABASE, "-f", ROLES_SQL],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert result.returncode == 0, result.stdout
    assert run_sql("SELECT wpzf.role_of('wpzf_test_tech1')") == [("technician",)]


# ----- through the store (WorkPackage on PostgreSQL) ---------------------------------------------------------------
def _pg_store():
    try:
        from wpzf.core.store.workpackage import WorkPackage
    except Exception:  # noqa: BLE001 - the store is being rewritten: these tests wait for it
        return False
    return hasattr(WorkPackage, "privileges")


needs_store = pytest.mark.skipif(not _pg_store(), reason="the PostGIS store (WorkPackage on PostgreSQL) has not landed")
KEYS = ("4501992022010001", "4501992022010002")


def records(keys):
    out = []
    for i, jcbh in enumerate(keys):
        x0 = 36500000 + 100 * i
        geom = ogr.CreateGeometryFromWkt("MULTIPOLYGON((({0} 2520000,{1} 2520000,{1} 2520040,{0} 2520040,"
                                         "{0} 2520000)))".format(x0, x0 + 60))
        out.append({"JCBH": jcbh, "XMC": "示范县", "DLMC": "旱地", "PC": "2022-01", "_wkb": bytes(geom.ExportToIsoWkb())})
    return out


@pytest.fixture
def admin_package(qgis_processing, pg_schema):
    """A package an admin created and imported two patches into."""
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage.create(pg_schema.uri_as("admin"), "EPSG:4524", county_code="450199", county_name="示范县",
                            year=2022)
    wp.upsert_patches(records(KEYS), user="管理员")
    return pg_schema


def stored(schema, field, key=KEYS[0]):
    return run_sql('SELECT "{}" FROM {}.patches WHERE "JCBH" = %s'.format(field, schema.name), (key,))[0][0]


@needs_store
def test_store_viewer_reads_and_is_refused_a_save(admin_package):
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(admin_package.uri_as("viewer"))
    assert sorted(wp.jcbh_list()) == list(KEYS)
    rights = wp.privileges()
    assert not rights.may_judge and not rights.may_admin
    with pytest.raises(WorkPackageError) as refused:
        rights.require(False, "保存判定")
    assert "wpzf_test_viewer" in str(refused.value) and "wpzf_technician" in str(refused.value)
    assert "保存判定" in str(refused.value)
    with pytest.raises(WorkPackageError, match="wpzf_viewer") as refused:  # the store refuses it too
        wp.update_patches({KEYS[0]: {"PDLX": "违法"}})
    assert "没有保存" in str(refused.value)
    assert stored(admin_package, "PDLX") is None
    assert len(WorkPackage(admin_package.uri).history(KEYS[0])) == 1  # the import's row only


@needs_store
def test_store_technician_judges_but_cannot_import(admin_package):
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(admin_package.uri_as("technician"))
    rights = wp.privileges()
    assert rights.may_judge and not rights.may_admin
    assert wp.update_patches({KEYS[0]: {"PDLX": "违法", "PDXL": "乱占耕地建房", "BZ": "现场已建房"}},
                             user="张三") == 3
    assert (stored(admin_package, "PDLX"), stored(admin_package, "BZ")) == ("违法", "现场已建房")
    assert {h["FIELD"] for h in WorkPackage(admin_package.uri).history(KEYS[0])} >= {"PDLX", "PDXL", "BZ"}
    wp.write_photos(add=[{"JCBH": KEYS[0], "PATH": "照片/IMG_0001.JPG", "_x": 36500030.0, "_y": 2520020.0}],
                    user="张三")
    assert len(wp.photos(KEYS[0])) == 1
    with pytest.raises(WorkPackageError) as refused:
        rights.require(True, "导入监测图斑")
    assert "wpzf_test_tech1" in str(refused.value) and "wpzf_admin" in str(refused.value)
    with pytest.raises(WorkPackageError, match="wpzf_admin"):
        wp.upsert_patches(records(["4501992022010003"]), user="张三")
    with pytest.raises(WorkPackageError, match="wpzf_admin"):
        wp.update_patches({KEYS[1]: {"TBMJ": 99.0}}, user="张三")  # an overlay result
    assert run_sql("SELECT count(*) FROM {}.patches".format(admin_package.name)) == [(2,)]
    assert stored(admin_package, "TBMJ", KEYS[1]) is None


@needs_store
def test_store_only_an_admin_copies_into_the_database(admin_package, tmp_path):
    from wpzf.core.errors import WorkPackageError
    from wpzf.core.store.copy_package import copy_package
    gpkg = str(tmp_path / "备份.gpkg")
    copy_package(admin_package.uri_as("technician"), gpkg)  # reading is enough to copy out
    name = unique_schema_name("techcopy")
    with pytest.raises(WorkPackageError, match="wpzf_admin"):
        copy_package(gpkg, CLUSTER.login_url("technician", schema=name))
    assert run_sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE %s", (name + "%",)) == [(0,)]
    try:
        copy_package(gpkg, CLUSTER.login_url("admin", schema=name))
        assert run_sql("SELECT schema_name FROM wpzf.packages WHERE schema_name = %s", (name,)) == [(name,)]
        assert can("technician", 'UPDATE {}.patches SET "PDLX" = \'合法\''.format(name))
    finally:
        drop_schema(name)
