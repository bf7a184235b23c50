"""The history table's FIELD column: long enough for every setting key ("setting:<KEY>", keys up to 50 characters).

It was TEXT(20): GDAL warned on every row naming a longer setting ("Value of field 'FIELD' has 27 characters, whereas
maximum allowed is 20", eight times per `make demo`). New packages declare it without a width; packages made before
are widened when opened, through a verified package_io.write (rows, index and triggers kept)."""
import sqlite3
import time

import pytest
from osgeo import gdal, ogr

LONG_KEY = "township_name_field_of_the_last_overlay_run_x"  # "setting:" + 45 characters


def declared(path):
    with sqlite3.connect(path) as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'history'").fetchone()[0]
        objects = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'history'")}
        count = db.execute("SELECT count(*) FROM history").fetchone()[0]
    return sql, objects, count


class Warnings:
    """GDAL warnings raised while the block runs."""

    def __enter__(self):
        self.messages = []
        gdal.PushErrorHandler(lambda level, _code, message: self.messages.append(message)
                              if level >= gdal.CE_Warning else None)
        return self

    def __exit__(self, *exc):
        gdal.PopErrorHandler()


def narrow_it(path, width=20):
    """Make the package's history FIELD TEXT(width), as packages made before this version have it."""
    from wpzf.core.store import package_io

    def body(ds):
        layer = ds.GetLayerByName("history")
        narrow = ogr.FieldDefn("FIELD", ogr.OFTString)
        narrow.SetWidth(width)
        layer.AlterFieldDefn(layer.GetLayerDefn().GetFieldIndex("FIELD"), narrow, ogr.ALTER_WIDTH_PRECISION_FLAG)
    package_io.write(path, body)


@pytest.fixture
def package(tmp_path):
    from wpzf.core.store.workpackage import WorkPackage
    return WorkPackage.create(str(tmp_path / "工作库.gpkg"), "EPSG:4524", county_code="450199")


def test_a_new_package_takes_long_setting_keys_without_a_warning(package):
    sql, _objects, _count = declared(package.path)
    assert '"FIELD" TEXT,' in sql and "TEXT(20)" not in sql
    with Warnings() as caught:
        package.set_settings({LONG_KEY: "XZMC", "township_code_field": "XZDM"})
    assert caught.messages == []
    assert {h["FIELD"] for h in package.history()} >= {"setting:" + LONG_KEY, "setting:township_code_field"}


def test_an_old_package_is_widened_when_opened(package):
    from wpzf.core.store.workpackage import WorkPackage
    package.set_settings({"county_name": "示范县", "policy_year": "2022"})
    narrow_it(package.path)
    sql, objects, rows = declared(package.path)
    assert '"FIELD" TEXT(20)' in sql
    with Warnings() as caught:  # what every `make demo` showed
        package.set_settings({LONG_KEY: "x"})
    assert any("FIELD" in m and "20" in m for m in caught.messages)
    reopened = WorkPackage(package.path)
    sql, objects_after, rows_after = declared(package.path)
    assert '"FIELD" TEXT,' in sql and '"ACTION" TEXT(30)' in sql
    assert objects_after == objects and rows_after == rows + 1  # index and feature-count triggers kept, no row lost
    with Warnings() as caught:
        reopened.set_settings({LONG_KEY: "y"})
    assert caught.messages == []
    assert [h["NEW"] for h in reopened.history() if h["FIELD"] == "setting:" + LONG_KEY] == ["x", "y"]
    started = time.monotonic()
    WorkPackage(package.path)  # already wide: nothing to write
    assert time.monotonic() - started < 1.0


def test_a_busy_package_still_opens_and_is_widened_later(package):
    from wpzf.core.store.workpackage import WorkPackage
    narrow_it(package.path)
    holder = sqlite3.connect(package.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program writing: readers go on, writers wait
    try:
        started = time.monotonic()
        WorkPackage(package.path)
        assert time.monotonic() - started < 10
        assert '"FIELD" TEXT(20)' in declared(package.path)[0]
    finally:
        holder.rollback()
        holder.close()
    WorkPackage(package.path)
    assert '"FIELD" TEXT,' in declared(package.path)[0]
