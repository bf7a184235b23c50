"""End to end: the real QGIS desktop under xvfb loads, reloads and unloads the plugin without a Python error."""
import json
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pytestmark = pytest.mark.e2e


def run_qgis(tmp_path, script, extra_env=None, timeout=300, report_name="report.json"):
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.fail("xvfb-run and qgis are required (make deps installs them)")
    profiles = tmp_path / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS"
    ini.mkdir(parents=True)
    (ini / "QGIS3.ini").write_text("[PythonPlugins]\nwpzf=true\n\n[qgis]\nshowTips=false\n"
                                   "checkVersion=false\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update({"QGIS_PLUGINPATH": os.path.join(ROOT, ".build", "plugins"), "WPZF_E2E_OUT": str(out),
                "QGIS_LOG_FILE": str(out / "qgis.log"), "LANG": "zh_CN.UTF-8"})
    env.update(extra_env or {})
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
                           "--profiles-path", str(profiles), "--code", script],
                          env=env, capture_output=True, text=True, timeout=timeout)
    report_path = out / report_name
    assert report_path.exists(), "QGIS wrote no report; stderr:\n" + proc.stderr[-3000:]
    log = (out / "qgis.log").read_text(encoding="utf-8", errors="replace") if (out / "qgis.log").exists() else ""
    # Python errors QGIS could not show in a dialog end up on stderr
    log += "\n" + proc.stderr
    return json.loads(report_path.read_text(encoding="utf-8")), log, out


def test_plugin_loads_reloads_and_unloads_in_real_qgis(tmp_path):
    report, log, out = run_qgis(tmp_path, os.path.join(ROOT, "tests", "e2e", "plugin_script.py"))
    assert report["errors"] == []
    python_errors = [line for line in log.splitlines()
                     if "Traceback" in line or "Python error" in line or "wpzf" in line and "Error" in line]
    assert python_errors == [], log[-3000:]
    for phase in ("loaded", "reload_1", "reload_2", "restarted"):
        st = report["checks"][phase]
        assert st["active"], phase
        assert "wpzf:import_patches" in st["algorithms"], phase
        assert any("导入监测图斑" in t for t in st["menu"]), (phase, st["menu"])
        # every algorithm of the provider has its menu entry (plus the dock and 关于)
        assert len(st["menu"]) == len(st["algorithms"]) + 2, (phase, st["menu"])
        assert st["toolbars"] == 1 and st["toolbar_actions"] >= 2, (phase, st)
    gone = report["checks"]["unloaded"]
    assert gone == {"active": False, "algorithms": [], "menu": [], "toolbars": 0, "toolbar_actions": 0}
    shot = out / "qgis_plugin.png"
    assert shot.exists() and shot.stat().st_size > 20_000
    os.makedirs(os.path.join(ROOT, ".build"), exist_ok=True)
    shutil.copy(str(shot), os.path.join(ROOT, ".build", "qgis_plugin.png"))


def test_dock_opens_the_sample_package_in_real_qgis(tmp_path):
    """The dock script builds a package from the sample county, opens it in the dock through the plugin's action,
    selects a patch with photos, takes a screenshot and unloads the plugin with the dock open."""
    shot = tmp_path / "out" / "dock.png"
    env = {"WPZF_E2E_PACKAGE": str(tmp_path / "示范 县" / "工作库.gpkg"), "WPZF_E2E_OUT": str(shot)}
    proc_report, log, out = run_qgis(tmp_path, os.path.join(ROOT, "tests", "e2e", "dock_script.py"), env,
                                     report_name="dock.json")
    assert proc_report["errors"] == [], proc_report["errors"]
    assert proc_report["unloaded"] is True
    assert proc_report["photos"] > 0 and proc_report["patch"]
    assert {"监测图斑", "举证照片"} <= set(proc_report["canvas_layers"])
    assert shot.exists() and shot.stat().st_size > 50_000
    assert not [line for line in log.splitlines() if "Traceback" in line]
    shutil.copy(str(shot), os.path.join(ROOT, ".build", "qgis_dock.png"))
