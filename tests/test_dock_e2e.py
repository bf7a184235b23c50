"""The dock in the real QGIS desktop at 1366×768 (issue 14), in Chinese and in English: under xvfb with a screen of
that size, QGIS maximised with its default panels and toolbars, the plugin's dock on the right. Checks what a
technician sees — ten list rows, the judgment fields in view, no horizontal scroll bar, the dock's words in the UI's
language — and that Ctrl+S inside the dock saves the patch while QGIS's own project-save shortcut is present.
Screenshots go to .build/dock_zh_CN.png and .build/dock_en.png (docs/img/ holds the committed ones)."""
import json
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREEN = "1366x768"
pytestmark = pytest.mark.e2e


def run_dock(work, package, locale, lang, keys=False):
    """tests/e2e/dock_script.py in QGIS with a fresh profile in `locale`; (report, screenshot path)."""
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.fail("xvfb-run and qgis are required (make deps installs them)")
    for ts in ("wpzf_en", "wpzf_zh_CN"):  # the translations the plugin loads, from the .ts files as they are
        subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", ts + ".ts"), "-qm",
                        os.path.join(ROOT, "i18n", ts + ".qm")], check=True)
    out = work / locale
    ini = out / "profiles" / "profiles" / "default" / "QGIS"
    ini.mkdir(parents=True)
    (ini / "QGIS3.ini").write_text("[PythonPlugins]\nwpzf=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n\n"
                                   "[locale]\noverrideFlag=true\nuserLocale={}\n"
                                   .format(locale), encoding="utf-8")
    shot = out / "dock.png"
    env = dict(os.environ, QGIS_PLUGINPATH=os.path.join(ROOT, ".build", "plugins"), WPZF_E2E_OUT=str(shot),
               WPZF_E2E_PACKAGE=package, WPZF_E2E_SCREEN=SCREEN, LANG=lang, QGIS_LOG_FILE=str(out / "qgis.log"),
               WPZF_E2E_OPERATOR="张技术员" if locale.startswith("zh") else "Zhang", WPZF_E2E_JUDGE="1")
    env.pop("QT_QPA_PLATFORM", None)
    if keys:
        env["WPZF_E2E_KEYS"] = "1"
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 {}x24".format(SCREEN), "qgis", "--nologo",
                           "--noversioncheck", "--profiles-path", str(out / "profiles"), "--code",
                           os.path.join(ROOT, "tests", "e2e", "dock_script.py")],
                          env=env, capture_output=True, text=True, timeout=600)
    report_path = out / "dock.json"
    assert report_path.exists(), "QGIS wrote no report; stderr:\n" + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return json.loads(report_path.read_text(encoding="utf-8")), shot


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return str(tmp_path_factory.mktemp("示范 县") / "工作库.gpkg")  # built by the first run


def check_layout(report):
    assert report["errors"] == [], report["errors"]
    layout = report["layout"]
    assert 400 <= layout["dock"][0] <= 480, layout
    assert layout["list_rows"] >= 10, layout
    assert all(layout["judgment_in_view"].values()), layout
    assert layout["horizontal_scroll_bars"] == [] and layout["tab_bar_fits"], layout
    return layout


def test_dock_at_1366x768_in_chinese(tmp_path, package):
    report, shot = run_dock(tmp_path, package, "zh-Hans", "zh_CN.UTF-8")
    check_layout(report)
    assert report["photos"] > 0 and report["unloaded"] is True
    assert shot.exists() and shot.stat().st_size > 50_000
    os.makedirs(os.path.join(ROOT, ".build"), exist_ok=True)
    shutil.copy(str(shot), os.path.join(ROOT, ".build", "dock_zh_CN.png"))


def test_dock_at_1366x768_in_english_and_ctrl_s_saves_the_patch(tmp_path, package):
    report, shot = run_dock(tmp_path, package, "en_US", "en_US.UTF-8", keys=True)
    layout = check_layout(report)
    assert layout["chinese_ui_texts"] == [], layout["chinese_ui_texts"]
    assert report["keys"] == {"focus_in_dock": True, "saved": True, "project_written": False}, report["keys"]
    assert shot.exists() and shot.stat().st_size > 50_000
    shutil.copy(str(shot), os.path.join(ROOT, ".build", "dock_en.png"))
