"""End to end in the real QGIS desktop under xvfb (issue 14, the plugin's part): the Vector menu, the dock button,
dialogs that start with the open package, the help panel, the "open folder" message, in Chinese and in English; and
QGIS staying responsive while dossiers and the battle-map atlas are made."""
import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.e2e
E2E = os.path.join(ROOT, "tests", "e2e")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """Where the scripts build the sample package (the first one builds it, the others reuse it)."""
    return str(tmp_path_factory.mktemp("e2e 县") / "工作库.gpkg")


def run_qgis(out, script, report_name, locale="zh_CN", env=None, timeout=900):
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.fail("xvfb-run and qgis are required (make deps installs them)")
    ini = out / "profiles" / "profiles" / "default" / "QGIS"
    ini.mkdir(parents=True)
    (ini / "QGIS3.ini").write_text("[PythonPlugins]\nwpzf=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n\n"
                                   "[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale), encoding="utf-8")
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    environment.update({"QGIS_PLUGINPATH": os.path.join(ROOT, ".build", "plugins"), "WPZF_E2E_OUT": str(out),
                        "LANG": "zh_CN.UTF-8"})
    environment.update(env or {})
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
                           "--profiles-path", str(out / "profiles"), "--code", os.path.join(E2E, script)],
                          env=environment, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    report = out / report_name
    assert report.exists(), "QGIS wrote no report; stderr:\n" + proc.stderr[-3000:]
    return json.loads(report.read_text(encoding="utf-8")), proc.stderr


def cjk(text):
    return any("\u3400" <= ch <= "\u9fff" for ch in text or "")


@pytest.mark.parametrize("locale", ["zh_CN", "en_US"])
def test_menu_dock_button_dialogs_and_open_folder(tmp_path, package, locale):
    report, stderr = run_qgis(tmp_path, "plugin_gui_script.py", "plugin_gui.json", locale,
                              {"WPZF_E2E_PACKAGE": package})
    assert report["errors"] == [], report["errors"]
    assert "Traceback" not in stderr, stderr[-3000:]
    # the Vector menu holds the submenu (the dock, every algorithm, 关于); the Plugins menu holds nothing of ours
    assert len(report["vector_menu"]) == report["algorithms"] + 2 and not report["in_plugins_menu"]
    english = locale.startswith("en")
    assert cjk(report["menu_title"]) != english
    assert cjk(report["vector_menu"][0]) != english and cjk(report["vector_menu"][-1]) != english  # 判定面板, 关于
    # the dock button is a toggle that follows the dock
    assert report["dock_button"] == {"checkable": True, "at_start": False, "after_button": [True, True],
                                     "after_dock_closed": [False, False], "after_view_action": [True, True]}
    # each dialog runs with the open package and the reference layers (and their fields) the package remembers
    dialogs = report["dialogs"]
    assert set(dialogs) == {"overlay", "split_patches", "dossier", "battle_map", "selfcheck", "export"}
    for alg_id, seen in dialogs.items():
        assert seen["expected"].get("WORKPACKAGE") == package, alg_id
        assert seen["shown"] == seen["expected"], alg_id
        assert not seen["help_raw_markdown"], alg_id
    assert {"LANDUSE", "APPROVALS", "TOWNSHIPS", "LANDUSE_FIELD", "APPROVAL_FIELD"} <= set(dialogs["overlay"]["shown"])
    assert dialogs["export"]["help_has_placeholder"] and dialogs["dossier"]["help_has_placeholder"]
    # the export run from the menu ends with a message offering its folder
    export = report["export"]
    assert export["ok"] and export["buttons"] == [str(tmp_path / "成果 输出")] and export["folder_exists"] == [True]
    os.makedirs(os.path.join(ROOT, ".build"), exist_ok=True)
    for name in ("dialog_overlay_{}.png", "open_folder_{}.png"):
        shot = tmp_path / name.format(report["language"])
        assert shot.exists() and shot.stat().st_size > 20_000
        shutil.copy(str(shot), os.path.join(ROOT, ".build", "qgis_" + shot.name))


def test_dossiers_and_atlas_keep_qgis_responsive(tmp_path, package):
    """21 dossiers and the atlas through their dialogs with a 10 ms timer: the main thread works more than 200 ms (CPU
    time) without a turn of the event loop at most once, never 400 ms; Cancel stops a dossier run within two seconds (a PDF being
    painted is finished first, and only the dossiers written whole stay)."""
    report, stderr = run_qgis(tmp_path, "responsive_script.py", "responsive.json",
                              env={"WPZF_E2E_PACKAGE": package, "WPZF_E2E_COUNT": "21"})
    assert report["errors"] == [], report["errors"]
    runs = report["runs"]
    dossier, atlas, cancelled = runs["dossier"], runs["battle_map"], runs["dossier_cancelled"]
    assert dossier["results"]["COUNT"] == 21 and atlas["results"]["PAGES"] >= 5
    for name, run in (("dossier", dossier), ("battle_map", atlas)):
        # CPU time of the main thread between two turns: on a loaded machine the wall-clock gaps also hold the
        # time spent waiting for a CPU (both are in the report)
        # (one gap up to 400 ms is allowed: a first-use cost such as loading a font for the first page was seen at
        # 206–226 ms in full-suite runs; before the work gave the event loop its turns, gaps were 1.1 s, many)
        assert run["cpu_gaps_over_200ms"] <= 1 and run["cpu_max_gap_ms"] < 400, (name, run)
        assert run["progress_updates"] >= 5, (name, run)
    assert dossier["turns"] > 5 * dossier["seconds"]  # the event loop keeps turning the whole run
    assert cancelled["stopped_after_cancel_ms"] < 2000 and "COUNT" not in cancelled["results"], cancelled
    with open(os.path.join(ROOT, ".build", "responsive.json"), "w", encoding="utf-8") as fh:
        json.dump(runs, fh, ensure_ascii=False, indent=1)
