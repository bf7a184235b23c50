"""Full disk, unwritable folders and killed runs (issue 10, item 5): every output file is verified before it
counts, written under a temporary name and renamed into place, and a failure is a clear Chinese message (WpzfError
/ QgsProcessingException naming the file and what to do), never an OSError traceback or half-written output.

A full disk is simulated by injecting failures (a writer producing a zero-byte or truncated file, or raising
OSError(ENOSPC)); one test also fills a real 2 MB tmpfs when this machine lets it mount one (root), and skips
otherwise. An unwritable folder is a chmod 0o500 folder, or, for root (whom chmod does not stop), a path under a
regular file, which fails for everybody.
"""
import errno
import os
import subprocess
import sys

import pytest

from test_export import build_package

PDF = "4501992022010001.pdf"
FIRST = "4501992022010001"


# ----- helpers -------------------------------------------------------------------------------------------------------
def unwritable_folder(tmp_path):
    """A folder the process cannot write into: chmod 0o500, or a path under a regular file when chmod does not stop
    us (root)."""
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    probe = folder / "probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return str(folder)
    probe.unlink()
    folder.chmod(0o700)
    blocker = tmp_path / "普通文件"
    blocker.write_bytes(b"not a folder")
    return str(blocker / "输出")


def dead_pid():
    """The pid of a process that has just ended (the run that was killed)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def leftovers(folder):
    """Temporary outputs still lying in `folder` (recursively)."""
    found = []
    for dirpath, dirs, files in os.walk(folder):
        found += [os.path.join(dirpath, n) for n in dirs + files if ".partial" in n or n.startswith(".wpzf")]
    return found


class Feedback:
    """Collects what an algorithm tells the user."""

    def __init__(self):
        self.infos = []

    def pushInfo(self, text):  # noqa: N802 - Qt name
        self.infos.append(text)

    def setProgress(self, _value):  # noqa: N802 - Qt name
        pass

    def isCanceled(self):  # noqa: N802 - Qt name
        return False

    def pushWarning(self, text):  # noqa: N802 - Qt name
        self.infos.append(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 - Qt names
        self.infos.append(text)


@pytest.fixture(scope="module")
def package(qgis_processing, tmp_path_factory):
    return build_package(qgis_processing, str(tmp_path_factory.mktemp("故障 faults")))


def no_os_error(err):
    """The failure reached the user as a message, not as an OSError traceback."""
    text = str(err.value)
    assert "Traceback" not in text and "OSError" not in text and "Errno" not in text, text
    return text


# ----- the helper module ---------------------------------------------------------------------------------------------
def test_zero_byte_output_is_refused_and_removed(tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_file
    target = str(tmp_path / PDF)
    with pytest.raises(WpzfError) as err:
        with atomic_file(target) as tmp:
            open(tmp, "wb").close()  # what QgsLayoutExporter leaves on a full disk, reporting success
    assert target in str(err.value) and "0 字节" in str(err.value) and "磁盘" in str(err.value)
    assert os.listdir(str(tmp_path)) == []


@pytest.mark.parametrize("name,data,words", [
    ("a.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\n", "截断"),  # no %%EOF: cut off
    ("a.pdf", b"<html>not a pdf</html>", "不是 PDF"),
    ("a.xlsx", b"PK\x03\x04 truncated zip", "截断"),
    ("a.docx", b"PK\x03\x04", "截断"),
    ("a.png", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
])
def test_truncated_output_is_refused(tmp_path, name, data, words):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_file
    target = str(tmp_path / name)
    with pytest.raises(WpzfError) as err:
        with atomic_file(target) as tmp:
            with open(tmp, "wb") as fh:
                fh.write(data)
    assert target in str(err.value) and words in str(err.value)
    assert os.listdir(str(tmp_path)) == []


def test_enospc_becomes_a_message_naming_the_file(tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_file
    target = str(tmp_path / "台账.xlsx")
    with pytest.raises(WpzfError) as err:
        with atomic_file(target) as tmp:
            with open(tmp, "wb") as fh:
                fh.write(b"PK")
            raise OSError(errno.ENOSPC, "No space left on device", tmp)
    text = str(err.value)
    assert "磁盘空间不足" in text and target in text and ".partial" not in text
    assert os.listdir(str(tmp_path)) == []


def test_unwritable_folder_is_a_message(tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_file, atomic_folder
    folder = unwritable_folder(tmp_path)
    with pytest.raises(WpzfError) as err:
        with atomic_file(os.path.join(folder, PDF)) as tmp:
            open(tmp, "wb").close()
    assert "不可写" in str(err.value) and "可写的输出文件夹" in str(err.value)
    with pytest.raises(WpzfError) as err:
        with atomic_folder(os.path.join(folder, "成果包")):
            pass
    assert "不可写" in str(err.value)


def test_failed_folder_keeps_the_previous_one(tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_folder
    final = tmp_path / "成果包"
    final.mkdir()
    (final / "旧.txt").write_text("old")
    with pytest.raises(WpzfError):
        with atomic_folder(str(final)) as work:
            with open(os.path.join(work, "新.txt"), "w") as fh:
                fh.write("new")
            raise OSError(errno.ENOSPC, "No space left on device", os.path.join(work, "新.txt"))
    assert os.listdir(str(final)) == ["旧.txt"] and leftovers(str(tmp_path)) == []
    with atomic_folder(str(final)) as work:
        with open(os.path.join(work, "新.txt"), "w") as fh:
            fh.write("new")
    assert os.listdir(str(final)) == ["新.txt"] and leftovers(str(tmp_path)) == []


def test_empty_file_in_a_folder_fails_the_folder(tmp_path):
    from wpzf.core.errors import WpzfError
    from wpzf.core.outfiles import atomic_folder
    final = str(tmp_path / "成果包")
    with pytest.raises(WpzfError) as err:
        with atomic_folder(final) as work:
            os.makedirs(os.path.join(work, "矢量数据"))
            open(os.path.join(work, "矢量数据", "JCTB.dbf"), "wb").close()
    assert os.path.join(final, "矢量数据", "JCTB.dbf") in str(err.value)
    assert os.listdir(str(tmp_path)) == []


def test_leftovers_of_killed_runs_are_removed_and_logged(tmp_path):
    from wpzf.core import outfiles
    final = str(tmp_path / "成果包")
    pid = dead_pid()
    legacy = tmp_path / ".成果包.partial-{}".format(pid)  # the name exports used before
    ours = tmp_path / ".成果包.partial-{}@{}".format(pid, outfiles._HOST)
    other_host = tmp_path / ".成果包.partial-{}@another-pc".format(pid)
    alive = tmp_path / ".成果包.partial-{}".format(os.getppid())  # a run still going
    other_output = tmp_path / ".别的包.partial-{}".format(pid)
    swapped = tmp_path / ".成果包.old.partial-{}@{}".format(pid, outfiles._HOST)  # killed while replacing
    for folder in (legacy, ours, other_host, alive, other_output, swapped):
        folder.mkdir()
        (folder / "x.jpg").write_bytes(b"\xff\xd8" * 1000)
    feedback = Feedback()
    with outfiles.atomic_folder(final, feedback=feedback) as work:
        with open(os.path.join(work, "a.txt"), "w") as fh:
            fh.write("a")
    assert not legacy.exists() and not ours.exists() and not swapped.exists()
    assert other_host.exists() and alive.exists() and other_output.exists()
    said = "\n".join(feedback.infos)
    assert str(legacy) in said and str(ours) in said and "已删除" in said and str(pid) in said


def test_own_pid_leftover_is_stale_unless_in_use(tmp_path):
    """Pids are reused: a leftover carrying this process's pid but not being written now is from a dead run."""
    from wpzf.core import outfiles
    target = str(tmp_path / PDF)
    old = tmp_path / outfiles.partial_name(PDF)
    old.write_bytes(b"%PDF-half")
    assert outfiles.remove_stale(target) == [str(old)]
    with outfiles.atomic_file(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(b"%PDF-1.7\n%%EOF\n")
        assert outfiles.remove_stale(target) == [] and os.path.exists(tmp)
    assert os.listdir(str(tmp_path)) == [PDF]


# ----- dossiers -------------------------------------------------------------------------------------------------------
class _BadExporter:
    """Stands in for QgsLayoutExporter: reports success but leaves a zero-byte or truncated PDF, as QGIS does on a
    full disk."""
    mode = "empty"

    def __init__(self, layout):
        from qgis.core import QgsLayoutExporter
        self.real = QgsLayoutExporter(layout)

    def exportToPdf(self, path, settings):  # noqa: N802 - QGIS name
        code = self.real.exportToPdf(path, settings)
        with open(path, "r+b") as fh:
            fh.truncate(0 if self.mode == "empty" else os.path.getsize(path) // 2)
        return code


@pytest.mark.parametrize("mode", ["empty", "truncated"])
def test_dossier_zero_byte_or_truncated_pdf_is_not_counted(qgis_processing, package, tmp_path, monkeypatch, mode):
    from qgis.core import QgsLayoutExporter, QgsProcessingException
    from wpzf.core import pdf
    fake = type("Exporter", (_BadExporter,), {"mode": mode, "Success": QgsLayoutExporter.ExportResult.Success,
                                              "PdfExportSettings": QgsLayoutExporter.PdfExportSettings})
    monkeypatch.setattr(pdf, "QgsLayoutExporter", fake)
    out = str(tmp_path / "卷宗")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "JCBH": FIRST})
    text = no_os_error(err)
    assert os.path.join(out, PDF) in text and "磁盘" in text
    assert os.listdir(out) == []


def test_dossier_into_unwritable_folder(qgis_processing, package, tmp_path):
    from qgis.core import QgsProcessingException
    folder = unwritable_folder(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:dossier", {"WORKPACKAGE": package, "OUTPUT_FOLDER": folder, "JCBH": FIRST})
    assert "不可写" in no_os_error(err)


def test_dossier_failure_says_how_many_are_complete(package, tmp_path, monkeypatch):
    from wpzf.core import pdf
    from wpzf.core.dossier.build import build_dossiers
    from wpzf.core.errors import WpzfError
    real = pdf.export_pdf
    calls = []

    def second_fails(layout, path, settings=None, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", path)
        return real(layout, path, settings, **kwargs)

    monkeypatch.setattr(pdf, "export_pdf", second_fails)
    monkeypatch.setattr("wpzf.core.dossier.build.export_pdf", second_fails)
    out = str(tmp_path / "卷宗")
    with pytest.raises(WpzfError) as err:
        build_dossiers(package, out, jcbhs=[FIRST, "4501992022010002", "4501992022010003"])
    text = str(err.value)
    assert "磁盘空间不足" in text and "已完成 1 份" in text
    assert sorted(os.listdir(out)) == [PDF]


# ----- the export package --------------------------------------------------------------------------------------------
def test_export_full_disk_while_writing_the_ledger(qgis_processing, package, tmp_path, monkeypatch):
    from openpyxl.workbook.workbook import Workbook
    from qgis.core import QgsProcessingException

    def full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK\x03\x04")
        raise OSError(errno.ENOSPC, "No space left on device", filename)

    monkeypatch.setattr(Workbook, "save", full)
    out = str(tmp_path / "成果")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "BATCH": "2022-02",
                                            "FORCE": True})
    text = no_os_error(err)
    assert "磁盘空间不足" in text and "图斑台账.xlsx" in text and ".partial" not in text
    assert os.listdir(out) == []


def test_export_into_unwritable_folder(qgis_processing, package, tmp_path):
    from qgis.core import QgsProcessingException
    folder = unwritable_folder(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": folder, "BATCH": "2022-02",
                                            "FORCE": True})
    assert "不可写" in no_os_error(err) and folder in str(err.value)


def test_export_zip_full_disk_leaves_no_partial_zip(qgis_processing, package, tmp_path, monkeypatch):
    import zipfile
    from qgis.core import QgsProcessingException
    real_write = zipfile.ZipFile.write

    def full(self, filename, arcname=None, *args, **kwargs):
        if filename.endswith(".jpg"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, filename, arcname, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    out = str(tmp_path / "成果")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:export", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "BATCH": "2022-02",
                                            "FORCE": True, "ZIP": True})
    assert "磁盘空间不足" in no_os_error(err) and ".zip" in str(err.value)
    assert leftovers(out) == [] and not [n for n in os.listdir(out) if n.endswith(".zip")]


def test_export_removes_the_leftover_of_a_killed_run(qgis_processing, package, tmp_path):
    from wpzf.core.export.package import export_package
    out = str(tmp_path / "成果")
    first = export_package(package, out, batches=["2022-02"], force=True)
    name = os.path.basename(first.folder)
    killed = os.path.join(out, ".{}.partial-{}".format(name, dead_pid()))  # as the issue found it: 14 MB, hidden
    os.makedirs(os.path.join(killed, "举证照片"))
    with open(os.path.join(killed, "举证照片", "big.jpg"), "wb") as fh:
        fh.write(b"\xff\xd8" + b"\0" * (1 << 20))
    feedback = Feedback()
    again = export_package(package, out, batches=["2022-02"], force=True, feedback=feedback)
    assert again.folder == first.folder and not os.path.exists(killed)
    assert any(killed in line and "已删除" in line for line in feedback.infos), feedback.infos
    assert leftovers(out) == []


# ----- periodic documents ---------------------------------------------------------------------------------------------
REPORTS = [("bulletin", {"PERIOD": "2022-02", "DATE": "2022-03-10"}),
           ("quarterly_review", {"PERIOD": "2022Q1", "DATE": "2022-04-05"}),
           ("annual_report", {"PERIOD": "2022", "DATE": "2022-12-31"}),
           ("military_register", {})]


@pytest.mark.parametrize("alg,params", REPORTS, ids=[r[0] for r in REPORTS])
def test_report_full_disk_writes_nothing(qgis_processing, package, tmp_path, monkeypatch, alg, params):
    from openpyxl.workbook.workbook import Workbook
    from qgis.core import QgsProcessingException

    def full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device", filename)

    monkeypatch.setattr(Workbook, "save", full)
    out = str(tmp_path / "报告")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:" + alg, dict(params, WORKPACKAGE=package, OUTPUT_FOLDER=out))
    text = no_os_error(err)
    assert "磁盘空间不足" in text and ".xlsx" in text and out in text
    assert os.listdir(out) == []


@pytest.mark.parametrize("alg,params", REPORTS, ids=[r[0] for r in REPORTS])
def test_report_into_unwritable_folder(qgis_processing, package, tmp_path, alg, params):
    from qgis.core import QgsProcessingException
    folder = unwritable_folder(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:" + alg, dict(params, WORKPACKAGE=package, OUTPUT_FOLDER=folder))
    assert "不可写" in no_os_error(err)


def test_zero_byte_chart_is_refused(qgis_processing, package, tmp_path, monkeypatch):
    from matplotlib.figure import Figure
    from qgis.core import QgsProcessingException

    def empty(self, fname, **kwargs):
        open(fname, "wb").close()

    monkeypatch.setattr(Figure, "savefig", empty)
    out = str(tmp_path / "通报")
    with pytest.raises(QgsProcessingException) as err:
        qgis_processing.run("wpzf:bulletin", {"WORKPACKAGE": package, "OUTPUT_FOLDER": out, "PERIOD": "2022-02",
                                              "DATE": "2022-03-10"})
    assert "0 字节" in no_os_error(err) and ".png" in str(err.value)
    assert os.listdir(out) == []


# ----- a real full disk --------------------------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A 2 MB tmpfs filled up; skipped where mounting is not permitted (not root, container)."""
    mount = tmp_path / "小磁盘"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip("cannot mount a tmpfs here: {}".format(exc))
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: {}".format(done.stderr.decode("utf-8", "replace").strip()))
    try:
        _fill(str(mount / "占位.bin"))
        yield str(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _fill(path):
    try:
        with open(path, "wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
    except OSError as exc:
        assert exc.errno == errno.ENOSPC


def test_real_full_disk(qgis_processing, package, full_disk):
    from qgis.core import QgsProcessingException
    before = sorted(os.listdir(full_disk))
    runs = [("export", {"BATCH": "2022-01", "FORCE": True}, "成果"), ("dossier", {"JCBH": FIRST}, "卷宗"),
            ("military_register", {}, "军用")]
    for alg, params, sub in runs:
        out = os.path.join(full_disk, sub)
        with pytest.raises(QgsProcessingException) as err:
            qgis_processing.run("wpzf:" + alg, dict(params, WORKPACKAGE=package, OUTPUT_FOLDER=out))
        text = no_os_error(err)
        assert "磁盘" in text and out in text, (alg, text)
        assert leftovers(full_disk) == [], (alg, leftovers(full_disk))
        written = [os.path.join(d, n) for d, _s, files in os.walk(out) for n in files]
        assert written == [], (alg, written)
    assert sorted(n for n in os.listdir(full_disk) if n not in ("成果", "卷宗", "军用")) == before
