"""Stored photo paths are data: a photos row pointing at a FIFO or at /dev/zero must not hang the dossier, the dock's
thumbnail task or the viewer (issue 11, loose end). A FIFO read by mistake blocks inside Qt's C++ where no Python
signal can interrupt it, so a watcher thread opens the FIFO for writing whenever someone is blocked on it: the run
goes on and the test fails on `watch.hung` instead of hanging. Qt reading /dev/zero cannot be released that way (it
also keeps the main thread from running Python): faulthandler then ends the run with every thread's traceback after
two minutes — a failure, never a hang."""
import faulthandler
import os
import threading

import pytest

from test_dossier import glyphs, pdf_text, printed
from test_export import build_package, make_jpeg

FIRST = "4501992022010001"


class FifoWatch:
    """Releases whoever blocks on opening `path` for reading, every `period` seconds, and remembers it happened."""

    def __init__(self, path, period=2.0):
        self.path, self.period, self.hung = path, period, False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(self.period):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody is reading it
                continue
            self.hung = True
            os.close(fd)  # the reader sees the end of the file and goes on

    def __enter__(self):
        faulthandler.dump_traceback_later(120, exit=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def hostile_rows(qgis_processing, tmp_path_factory):
    """test_export's package with, on FIRST, photo rows whose stored paths are a FIFO, a link to /dev/zero and
    /dev/zero itself, next to a good photo."""
    from wpzf.core.store.workpackage import WorkPackage
    folder = str(tmp_path_factory.mktemp("管道 fifo"))
    wp_path = build_package(qgis_processing, folder)
    photos = os.path.join(folder, "照片")
    fifo = os.path.join(photos, "fifo.jpg")
    os.mkfifo(fifo)
    os.symlink("/dev/zero", os.path.join(photos, "zero.jpg"))
    good = os.path.join(photos, "good.jpg")
    make_jpeg(good, 3)
    rows = [{"JCBH": FIRST, "PATH": path, "TAKEN_AT": "2022-02-01 09:0{}:00".format(n), "_x": None, "_y": None}
            for n, path in enumerate(["照片/fifo.jpg", "照片/zero.jpg", "/dev/zero"])]
    WorkPackage(wp_path).write_photos(add=rows)
    return wp_path, fifo, good


def test_dossier_does_not_open_a_fifo_or_a_device(qgis_processing, hostile_rows, tmp_path):
    wp_path, fifo, _good = hostile_rows
    with FifoWatch(fifo) as watch:
        result = qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": wp_path, "OUTPUT_FOLDER": str(tmp_path),
                                                      "JCBH": FIRST})
    assert not watch.hung, "the dossier opened the FIFO"
    assert result["COUNT"] == 1
    text = pdf_text(str(tmp_path / (FIRST + ".pdf")))
    assert printed("举证照片（5张）", text)
    # the three cells say so (pdftotext reads the two columns line by line, and "fi" as a ligature)
    assert glyphs(text).count(glyphs("缺失或无法读取")) == 3, text
    for name in ("fo.jpg", "照片/zero.jpg", "/dev/zero"):
        assert printed(name, text), name


def test_thumbnails_and_viewer_do_not_open_a_fifo_or_a_device(qtbot, hostile_rows):
    from qgis.PyQt.QtCore import QSize
    from qgis.core import QgsApplication
    from wpzf.ui.tasks import ThumbnailTask, load_image
    wp_path, fifo, good = hostile_rows
    folder = os.path.dirname(fifo)
    paths = [fifo, os.path.join(folder, "zero.jpg"), "/dev/zero", good]
    finished = []
    with FifoWatch(fifo) as watch:
        task = ThumbnailTask(paths, QSize(128, 128), lambda t, ok: finished.append(ok))
        QgsApplication.taskManager().addTask(task)
        qtbot.waitUntil(lambda: bool(finished), timeout=60000)
        viewed = load_image(fifo)  # the viewer's way in
    assert not watch.hung, "a thumbnail or the viewer opened the FIFO"
    assert finished == [True] and viewed.isNull()
    assert [task.images[p].isNull() for p in paths] == [True, True, True, False]
