"""Photos kept in the package itself (setting photo_storage = database, issue 17): a county with a shared PostgreSQL
package may keep the evidence in the database instead of a shared folder. The bytes are stored with their rows,
checked by SHA-256, and every reader (export, dossier, dock) still gets a file when the original is gone."""
import hashlib
import os
import shutil

import pytest

import datamaker as dm
from conftest import load_tool
from pg_support import pg_cluster, pg_schema, run_sql  # noqa: F401 (fixtures are found by name)
from wpzf.core.errors import WorkPackageError
from wpzf.core.store import photo_files
from wpzf.core.store.workpackage import WorkPackage


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def jpegs(folder):
    return sorted(os.path.join(root, name) for root, _dirs, names in os.walk(str(folder)) for name in names
                  if name.lower().endswith((".jpg", ".jpeg")))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "本机缓存"
    monkeypatch.setattr(photo_files, "CACHE", str(folder))
    return folder


def linked_package(processing, package, folder, photos_folder):
    src = dm.write_patches(os.path.join(str(folder), "a.shp"), dm.batch(4))
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": package, "BATCH": "2022-01"})
    load_tool("make_photos").generate(WorkPackage(package).path, str(photos_folder), per_patch=2, limit=4)
    return processing


def test_switching_a_geopackage_to_keep_its_photos_and_exporting_without_the_files(qgis_processing, tmp_path,
                                                                                  cache):
    package = str(tmp_path / "县 工作库" / "wp.gpkg")
    photos = tmp_path / "县 工作库" / "外业 照片"
    linked_package(qgis_processing, package, tmp_path, photos)
    qgis_processing.run("wpzf:link_photos", {"FOLDER": str(photos), "WORKPACKAGE": package, "MAX_DISTANCE": 50})
    wp = WorkPackage(package)
    rows = [r for r in wp.photos() if r["JCBH"] and r["SHA256"]]
    assert len(rows) >= 4
    wp.set_photo_storage(photo_files.DATABASE)
    again = WorkPackage(package)
    assert again.photos_in_database and again.history()[-1]["FIELD"] == "setting:photo_storage"
    shutil.rmtree(str(photos))  # the files are gone (another PC, a cleaned-up folder): the package still has them
    for row in rows:
        path = again.absolute_path(row["PATH"])
        assert path.startswith(str(cache)) and sha(path) == row["SHA256"]
    out = tmp_path / "上报"
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(out), "FORCE": True})
    exported = jpegs(out)
    assert sorted(sha(p) for p in exported) == sorted(r["SHA256"] for r in rows), result


def test_a_missing_file_stops_the_switch_and_changes_nothing(qgis_processing, tmp_path, cache):
    package = str(tmp_path / "wp.gpkg")
    photos = tmp_path / "照片"
    linked_package(qgis_processing, package, tmp_path, photos)
    qgis_processing.run("wpzf:link_photos", {"FOLDER": str(photos), "WORKPACKAGE": package, "MAX_DISTANCE": 50})
    gone = jpegs(photos)[0]
    os.remove(gone)
    wp = WorkPackage(package)
    with pytest.raises(WorkPackageError, match=os.path.basename(gone)):
        wp.set_photo_storage(photo_files.DATABASE)
    assert not WorkPackage(package).photos_in_database


def test_a_postgis_package_keeps_photos_a_technician_links(qgis_processing, pg_schema, tmp_path, cache):
    admin = pg_schema.uri
    photos = tmp_path / "外业照片"
    linked_package(qgis_processing, admin, tmp_path, photos)
    WorkPackage(admin).set_photo_storage(photo_files.DATABASE)  # no shared folder at all
    result = qgis_processing.run("wpzf:link_photos", {"FOLDER": str(photos), "WORKPACKAGE": pg_schema.uri_as(
        "technician"), "MAX_DISTANCE": 50})
    assert result["LINKED"] >= 4
    stored = run_sql("SELECT \"SHA256\", length(\"DATA\") FROM {}.photo_files".format(pg_schema.name))
    on_disk = {sha(p): os.path.getsize(p) for p in jpegs(photos)}
    assert len(stored) >= 4 and all(on_disk.get(digest) == size for digest, size in stored), [
        (d[:8], n, on_disk.get(d)) for d, n in stored if on_disk.get(d) != n]
    shutil.rmtree(str(photos))
    viewer = WorkPackage(pg_schema.uri_as("viewer"))
    row = next(r for r in viewer.photos() if r["JCBH"])
    assert sha(viewer.absolute_path(row["PATH"])) == row["SHA256"]


def test_copying_a_geopackage_up_with_its_photos_in_the_database(qgis_processing, pg_schema, tmp_path, cache):
    package = str(tmp_path / "县" / "wp.gpkg")
    photos = tmp_path / "县" / "照片"
    linked_package(qgis_processing, package, tmp_path, photos)
    qgis_processing.run("wpzf:link_photos", {"FOLDER": str(photos), "WORKPACKAGE": package, "MAX_DISTANCE": 50})
    qgis_processing.run("wpzf:copy_workpackage", {"INPUT": package, "OUTPUT": pg_schema.uri, "PHOTO_STORAGE": 2})
    shutil.rmtree(str(photos))  # the county's copy on the server needs no shared folder for its photos
    up = WorkPackage(pg_schema.uri_as("viewer"))
    assert up.photos_in_database
    rows = [r for r in up.photos() if r["SHA256"]]
    assert rows and all(sha(up.absolute_path(r["PATH"])) == r["SHA256"] for r in rows)
