"""The provider from the command line: qgis_process.bin finds the plugin and runs an algorithm headless."""
import json
import os
import subprocess

import pytest
from osgeo import ogr

import datamaker as dm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.path.join(ROOT, ".build", "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path_factory.mktemp("qgis_process_profile")))
    subprocess.run(["qgis_process.bin", "plugins", "enable", "wpzf"], env=env, check=True, capture_output=True)
    return env


def test_list_shows_wpzf_algorithms(qp_env):
    out = subprocess.run(["qgis_process.bin", "list"], env=qp_env, capture_output=True, text=True, check=True).stdout
    assert "wpzf:import_patches" in out and "导入监测图斑" in out


def test_run_import_headless(qp_env, tmp_path):
    src = dm.write_patches(str(tmp_path / "批次 2022-01.shp"), dm.batch(4), encoding="GBK", keep_cpg=False)
    wp = str(tmp_path / "工作库.gpkg")
    proc = subprocess.run(["qgis_process.bin", "--json", "run", "wpzf:import_patches", "--",
                           "INPUT=" + src, "WORKPACKAGE=" + wp, "BATCH=2022-01"],
                          env=qp_env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert result["results"]["ADDED"] == 4
    ds = ogr.Open(wp)  # keep the dataset alive while its layer is read
    assert {f.GetField("XMC") for f in ds.GetLayerByName("patches")} == {"示范县"}


def test_headless_error_names_the_problem(qp_env, tmp_path):
    rows = dm.batch(2)
    rows[1]["JCBH"] = rows[0]["JCBH"]
    src = dm.write_patches(str(tmp_path / "dup.shp"), rows)
    proc = subprocess.run(["qgis_process.bin", "run", "wpzf:import_patches", "--", "INPUT=" + src,
                           "WORKPACKAGE=" + str(tmp_path / "wp.gpkg"), "BATCH=x"],
                          env=qp_env, capture_output=True, text=True)
    assert proc.returncode != 0
    assert rows[0]["JCBH"] in proc.stdout + proc.stderr and "重复" in proc.stdout + proc.stderr
    assert not os.path.exists(str(tmp_path / "wp.gpkg"))
