"""The plugin zip and its metadata, as plugins.qgis.org and the plugin manager read them."""
import configparser
import os
import subprocess
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIRED = ["name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
            "tracker", "icon", "tags", "hasProcessingProvider", "experimental"]


def test_metadata_complete():
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    general = meta["general"]
    missing = [k for k in REQUIRED if not general.get(k, "").strip()]
    assert missing == []
    assert general["qgisMinimumVersion"] == "3.22" and general["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, general["icon"]))
    assert "监测图斑" in general["about"] and "enforcement" in general["about"]  # Chinese and English


def test_zip_holds_the_plugin_without_tests_tools_or_benchmarks():
    if subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True).returncode != 0:
        raise AssertionError("make package builds from git: run the tests in a clone with commits")
    out = subprocess.run(["make", "-s", "-C", ROOT, "package"], capture_output=True, text=True, check=True).stdout
    path = os.path.join(ROOT, out.strip().splitlines()[-1])
    names = zipfile.ZipFile(path).namelist()
    assert all(n.startswith("wpzf/") for n in names)
    tops = {n.split("/")[1] for n in names if n.count("/") >= 2}
    assert {"core", "rules", "processing", "ui", "i18n", "icons", "help"} <= tops
    assert not tops & {"tests", "tools", "bench", ".ci", ".build"}
    # of docs/ only what a county's administrator needs beside the plugin: the PostGIS set-up, roles, field list
    assert not [n for n in names if n.startswith("wpzf/docs/") and n.lower().endswith((".png", ".jpg"))]
    for needed in ("wpzf/metadata.txt", "wpzf/__init__.py", "wpzf/LICENSE", "wpzf/i18n/wpzf_en.qm",
                   "wpzf/i18n/wpzf_zh_CN.qm", "wpzf/ui/dock.ui", "wpzf/rules/policy/2022.json",
                   "wpzf/docs/postgis.md", "wpzf/docs/sql/wpzf_roles.sql"):
        assert needed in names, needed
