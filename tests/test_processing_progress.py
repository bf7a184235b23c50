"""The multi-step algorithms through processing.run, as QGIS's own run (QgsProcessingMultiStepFeedback): the bar runs
0 → 100 once and never goes back; a cancel between two steps stops the run with nothing half-written (no package
folder, no partial file, no hidden working folder; a dossier already written stays whole)."""
import json
import os

import pytest
from qgis.core import QgsProcessingException

from conftest import ROOT
from test_export import build_package
from test_progress import Recorder, monotonic_to_100

EXPORT_STEPS = 7  # read and self-check, shapefile, photos, documents, ledger, manifest, zip


@pytest.fixture(scope="module")
def package(qgis_processing, tmp_path_factory):
    return build_package(qgis_processing, str(tmp_path_factory.mktemp("进度 progress")))


def everything_under(folder):
    return sorted(os.path.relpath(os.path.join(d, n), folder) for d, dirs, files in os.walk(folder)
                  for n in dirs + files)


def pdf_whole(path):
    with open(path, "rb") as fh:
        data = fh.read()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:]


def test_export_progress_runs_once_to_100(qgis_processing, package, tmp_path):
    fb = Recorder()
    result = qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path),
                                                 "ZIP": True, "FORCE": True}, feedback=fb)
    monotonic_to_100(fb.values)
    # every step moved the bar: each step's start (k/7) was reached
    for k in range(1, EXPORT_STEPS):
        assert any(abs(v - 100.0 * k / EXPORT_STEPS) < 0.2 for v in fb.values), (k, fb.values)
    assert os.path.isfile(result["ZIP_FILE"]) and os.path.isdir(result["PACKAGE"])
    for words in ("自检", "写出 shapefile", "复制举证照片", "写出台账", "SHA-256", "压缩"):
        assert any(words in line for line in fb.infos), words
    # the package names the plugin version metadata.txt states (it said "WPZF ?" when the reader looked in core/)
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as fh:
        version = [line.split("=", 1)[1].strip() for line in fh if line.startswith("version=")][0]
    with open(os.path.join(result["PACKAGE"], "manifest.json"), encoding="utf-8") as fh:
        assert json.load(fh)["generator"] == "WPZF " + version


def at_step(k, steps=EXPORT_STEPS):
    """Cancel as step k (0-based) starts: QGIS's feedback reports k/steps of the bar then."""
    return 100.0 * k / steps - 1e-6


# a cancel arriving in the read, shapefile, photos, documents or ledger step: seen when the next step starts, inside
# the hidden working folder (a cancel in the manifest step is seen before the zip: the next test)
@pytest.mark.parametrize("cancel_at", [2.0] + [at_step(k) for k in range(1, EXPORT_STEPS - 2)])
def test_export_cancel_between_steps_writes_nothing(qgis_processing, package, tmp_path, cancel_at):
    out = str(tmp_path / "out")
    fb = Recorder(cancel_at=cancel_at)
    with pytest.raises(QgsProcessingException, match="已取消导出，未写出任何文件"):
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "ZIP": True,
                                            "FORCE": True}, feedback=fb)
    assert not os.path.exists(out) or everything_under(out) == []
    assert all(b >= a for a, b in zip(fb.values, fb.values[1:]))


def test_export_cancel_before_the_zip_keeps_the_whole_folder_only(qgis_processing, package, tmp_path):
    out = str(tmp_path / "out")
    fb = Recorder(cancel_at=at_step(EXPORT_STEPS - 2))  # in the manifest step: seen as the zip step starts
    with pytest.raises(QgsProcessingException, match="已取消压缩") as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "ZIP": True,
                                            "FORCE": True}, feedback=fb)
    entries = os.listdir(out)
    assert len(entries) == 1 and os.path.isdir(os.path.join(out, entries[0])), entries  # no zip, no partial
    assert entries[0] in str(err.value)
    folder = os.path.join(out, entries[0])
    assert {"manifest.json", "SHA256SUMS.txt", "图斑台账.xlsx"} <= set(os.listdir(folder))


PERIODIC = [("bulletin", {"PERIOD": "2022-02"}), ("quarterly_review", {"PERIOD": "2022Q1"}),
            ("annual_report", {"PERIOD": "2022"}), ("military_register", {"PERIOD": ""})]


@pytest.mark.parametrize("alg,params", PERIODIC)
def test_periodic_documents_progress_runs_once_to_100(qgis_processing, package, tmp_path, alg, params):
    fb = Recorder()
    qgis_processing.run("wpzf:" + alg, dict(params, WORKPACKAGE=package, OUTPUT_FOLDER=str(tmp_path),
                                            DATE="2022-04-10"), feedback=fb)
    monotonic_to_100(fb.values)
    assert [n for n in os.listdir(str(tmp_path)) if n.startswith(".")] == []


@pytest.mark.parametrize("alg,params", PERIODIC)
def test_periodic_documents_cancel_between_steps_writes_nothing(qgis_processing, package, tmp_path, alg, params):
    """A cancel while the package is read is seen before the figures are written: no file, no staging folder."""
    out = str(tmp_path / "out")
    fb = Recorder(cancel_on_info=lambda text: "读取工作库" in text)
    with pytest.raises(QgsProcessingException, match="已取消，未写出任何文件"):
        qgis_processing.run("wpzf:" + alg, dict(params, WORKPACKAGE=package, OUTPUT_FOLDER=out,
                                                DATE="2022-04-10"), feedback=fb)
    assert not os.path.exists(out) or everything_under(out) == []


def test_bulletin_cancel_while_charts_are_drawn_writes_nothing(qgis_processing, package, tmp_path):
    out = str(tmp_path / "out")
    fb = Recorder(cancel_at=at_step(1, 3))  # figures, charts, document: the charts are drawn in the staging folder
    with pytest.raises(QgsProcessingException, match="已取消，未写出任何文件"):
        qgis_processing.run("wpzf:bulletin", {"WORKPACKAGE": package, "PERIOD": "2022-02", "OUTPUT_FOLDER": out,
                                              "DATE": "2022-04-10"}, feedback=fb)
    assert everything_under(out) == []


def test_battle_map_progress_and_cancel(qgis_processing, package, tmp_path):
    pdf = str(tmp_path / "挂图作战.pdf")
    fb = Recorder()
    result = qgis_processing.run("wpzf:battle_map", {"WORKPACKAGE": package, "OUTPUT": pdf, "DATE": "2022-04-10"},
                                 feedback=fb)
    monotonic_to_100(fb.values)
    assert result["PAGES"] == 2 and pdf_whole(pdf)
    out = tmp_path / "canceled"
    out.mkdir()
    fb = Recorder(cancel_at=1.0)  # the first township's page is done: seen before the second's
    with pytest.raises(QgsProcessingException, match="已取消"):
        qgis_processing.run("wpzf:battle_map", {"WORKPACKAGE": package, "OUTPUT": str(out / "a.pdf")}, feedback=fb)
    assert os.listdir(str(out)) == []


def test_dossier_progress_runs_once_to_100(qgis_processing, package, tmp_path):
    fb = Recorder()
    result = qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path),
                                                  "BATCH": "2022-02"}, feedback=fb)
    monotonic_to_100(fb.values)
    assert result["COUNT"] == 3 and os.path.isfile(result["CONTENTS"])
    # the dossiers step moves the bar per dossier: between 1/3 and 2/3
    assert len([v for v in fb.values if 100 / 3 < v < 200 / 3]) >= 2, fb.values


def test_dossier_cancel_between_steps(qgis_processing, package, tmp_path):
    first = tmp_path / "before_any"
    fb = Recorder(cancel_at=at_step(1, 3))  # as the dossiers step starts: not one is written
    with pytest.raises(QgsProcessingException, match="已生成 0 份卷宗"):
        qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(first),
                                             "BATCH": "2022-02"}, feedback=fb)
    assert not first.exists() or everything_under(str(first)) == []
    last = tmp_path / "before_contents"
    done = []

    def third_dossier(text):
        done.extend([text] if text.endswith(" 页") else [])
        return len(done) == 3

    fb = Recorder(cancel_on_info=third_dossier)  # the last dossier is written: seen as the contents step starts
    with pytest.raises(QgsProcessingException, match="已生成 3 份卷宗"):
        qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(last),
                                             "BATCH": "2022-02"}, feedback=fb)
    names = everything_under(str(last))
    assert len(names) == 3 and all(n.endswith(".pdf") and not n.startswith("00_") for n in names), names
    assert all(pdf_whole(str(last / n)) for n in names)


def test_overlay_progress_reaches_100(qgis_processing, sample_county, tmp_path):
    wp = str(tmp_path / "套合.gpkg")
    batch = sample_county["batches"][0]
    qgis_processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp, "BATCH": batch["label"]})
    ref = sample_county["reference"]
    fb = Recorder()
    result = qgis_processing.run("wpzf:overlay", {
        "WORKPACKAGE": wp, "LANDUSE": ref + "|layername=landuse", "FARMLAND": ref + "|layername=farmland",
        "APPROVALS": ref + "|layername=approvals", "TOWNSHIPS": ref + "|layername=townships"}, feedback=fb)
    assert result["PATCHES"] == batch["count"]
    monotonic_to_100(fb.values)


def test_field_package_progress_runs_once_to_100(qgis_processing, package, tmp_path):
    fb = Recorder()
    result = qgis_processing.run("wpzf:field_package", {"WORKPACKAGE": package, "OUTPUT_FOLDER": str(tmp_path),
                                                        "ALL_UNITS": True, "ZIP": True}, feedback=fb)
    assert result["TOWNSHIP_COUNT"] == 2
    monotonic_to_100(fb.values)
