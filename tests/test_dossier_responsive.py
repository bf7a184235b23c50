"""Dossiers on the main thread without freezing QGIS (issue 14): core/pdf.let_events_run() turns the event loop
between the builder's steps and, through empty layout items, while QgsLayoutExporter paints the pages; a Cancel seen
at one of those turns stops the run before the dossier being built is written. (The real GUI, with a 10 ms timer,
is measured by tests/test_plugin_e2e.py.)"""
import os
import time

import pytest
from qgis.PyQt.QtCore import QTimer

from test_dossier import FIRST, SECOND
from test_export import build_package


@pytest.fixture(scope="module")
def county(qgis_processing, tmp_path_factory):
    return {"wp": build_package(qgis_processing, str(tmp_path_factory.mktemp("卷宗 responsive")))}


def test_turns_happen_while_building_and_while_painting(qgis_processing, county, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingFeedback
    from wpzf.core.dossier import build as dossier
    from wpzf.core import pdf
    calls = []
    real = pdf.let_events_run

    def recording():
        calls.append("painting" if painting else "building")
        real()
    painting = False
    real_export = pdf.QgsLayoutExporter

    class Exporter(real_export):
        def exportToPdf(self, path, settings):  # noqa: N802
            nonlocal painting
            painting = True
            try:
                return super().exportToPdf(path, settings)
            finally:
                painting = False
    monkeypatch.setattr(pdf, "QgsLayoutExporter", Exporter)
    for module in (pdf, dossier):
        monkeypatch.setattr(module, "let_events_run", recording)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    result = dossier.build_dossiers(county["wp"], str(tmp_path), jcbhs=[FIRST, SECOND],
                                    feedback=QgsProcessingFeedback())
    timer.stop()
    pages = sum(p for _j, _f, p in result.files)
    assert len(result.files) == 2
    assert calls.count("painting") >= pages  # a turn on top of every page the exporter painted
    assert calls.count("building") > 20
    assert len(ticks) > 3  # the timer fired during the run: the event loop turned


def test_the_pdf_is_the_same_with_its_turn_items(qgis_processing, tmp_path):
    """The empty items draw nothing: the page renders as without them."""
    import subprocess
    from qgis.core import QgsProject
    from wpzf.core.dossier import layout as L
    from wpzf.core import pdf
    project = QgsProject()
    paths = []
    for turns in (False, True):
        layout = L.new_layout(project, "x")
        for _ in range(2):
            page = L.add_page(layout)
            L.label(layout, page, "卷宗 Dossier", 20, 20, 80, 10, size=14)
            L.rect(layout, page, 20, 40, 60, 30, fill="#88aacc")
        if not turns:
            layout._wpzf_turns = []  # marks the layout as prepared: no turn items
        path = str(tmp_path / "{}.pdf".format(turns))
        pdf.export_pdf(layout, path)
        paths.append(path)
    assert len(paths) == 2
    images = []
    for path in paths:
        subprocess.run(["pdftoppm", "-r", "40", "-png", path, path], check=True)
        images.append([open(path + "-{}.png".format(n), "rb").read() for n in (1, 2)])
    assert images[0] == images[1]


def test_a_cancel_seen_at_a_turn_stops_before_the_next_dossier_is_written(qgis_processing, county, tmp_path,
                                                                         monkeypatch):
    """Cancel pressed while the second dossier is being built: the first stays whole, the second is not written."""
    from qgis.core import QgsProcessingFeedback
    from wpzf.core.dossier import build as dossier
    from wpzf.core import pdf
    from wpzf.core.errors import Canceled
    feedback = QgsProcessingFeedback()
    written = []
    real_export = dossier.export_pdf

    def export(layout, path, settings=None, feedback=None):
        result = real_export(layout, path, settings, feedback)
        written.append(path)
        return result
    monkeypatch.setattr(dossier, "export_pdf", export)
    real = pdf.let_events_run

    def clicking_cancel():
        if len(written) == 1:  # the user presses Cancel while the second dossier is being built
            feedback.cancel()
        real()
    monkeypatch.setattr(dossier, "let_events_run", clicking_cancel)
    with pytest.raises(Canceled, match="已生成 1 份卷宗"):
        dossier.build_dossiers(county["wp"], str(tmp_path), jcbhs=[FIRST, SECOND], feedback=feedback)
    assert sorted(n for n in os.listdir(str(tmp_path)) if n.endswith(".pdf")) == [FIRST + ".pdf"]
    assert not [n for n in os.listdir(str(tmp_path)) if ".partial" in n]
