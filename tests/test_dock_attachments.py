"""The dock's 附件材料 tab driven as a technician would (pytest-qt, offscreen): add a document to the current patch,
see it listed, open it, refuse a duplicate and a FIFO, remove it; the package read back with sqlite."""
import os

from test_attachments import docx, qt_pdf, sha
from test_dock import make_dock, package, query  # noqa: F401 - fixtures
from test_faults_photos import deadline


def tab_titles(dock):
    return [dock.ui.tabs.tabText(i) for i in range(dock.ui.tabs.count())]


def test_add_open_remove_attachments_in_the_dock(make_dock, package, monkeypatch, tmp_path):  # noqa: F811
    dock = make_dock(package)
    panel = dock.attachment_panel
    first = dock.current
    assert "附件" in tab_titles(dock)
    assert dock.ui.tabs.indexOf(panel) == dock.ui.tabs.indexOf(dock.ui.photoTab) + 1
    decision = qt_pdf(str(tmp_path / "处罚决定.pdf"), 1, "行政处罚决定书")
    monkeypatch.setattr(panel, "choose_file", lambda: decision)
    monkeypatch.setattr(panel, "ask_details", lambda path: ("违法处理材料", "处罚决定书", "镇政府送达"))
    row = panel.add_attachment()
    assert row is not None and panel.table.rowCount() == 1
    assert query(package, "SELECT JCBH, KIND, TITLE, NOTE, SHA256 FROM attachments") == [
        (first, "违法处理材料", "处罚决定书", "镇政府送达", sha(decision))]
    assert [panel.table.item(0, c).text() for c in range(2)] == ["违法处理材料", "处罚决定书"]
    assert "附件 (1)" in tab_titles(dock) and "处罚决定书" in dock.last_message

    # the same document again: refused, said, not listed twice
    assert panel.add_attachment() is None
    assert "内容相同" in dock.last_message and panel.table.rowCount() == 1

    # a Word file: stored, and the message says it goes beside the dossier
    statement = docx(str(tmp_path / "情况说明.docx"))
    monkeypatch.setattr(panel, "choose_file", lambda: statement)
    monkeypatch.setattr(panel, "ask_details", lambda path: ("情况说明", "", ""))
    assert panel.add_attachment()["TITLE"] == "情况说明"  # the title defaults to the file's name
    assert "卷宗旁" in dock.last_message and panel.table.rowCount() == 2

    # a FIFO chosen by mistake: refused at once, nothing stored
    fifo = str(tmp_path / "管道.pdf")
    os.mkfifo(fifo)
    monkeypatch.setattr(panel, "choose_file", lambda: fifo)
    with deadline(10):
        assert panel.add_attachment() is None
    assert "不是普通文件" in dock.last_message and query(package, "SELECT COUNT(*) FROM attachments") == [(2,)]

    # open: a verified copy handed to the system's viewer
    opened = []
    monkeypatch.setattr(panel, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    kinds = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    path = panel.open_row(kinds.index("违法处理材料"))
    assert opened == [path] and sha(path) == sha(decision) and path.endswith("处罚决定书.pdf")

    # remove: asks first; no removes nothing
    panel.table.selectRow(kinds.index("违法处理材料"))
    monkeypatch.setattr(panel, "confirm_remove", lambda row: False)
    assert not panel.remove_selected() and panel.table.rowCount() == 2
    monkeypatch.setattr(panel, "confirm_remove", lambda row: True)
    assert panel.remove_selected() and panel.table.rowCount() == 1
    assert query(package, "SELECT TITLE FROM attachments") == [("情况说明",)]
    dock.ui.tabs.setCurrentWidget(dock.ui.historyTab)
    table = dock.history.historyTable
    shown = [(table.item(i, 2).text(), table.item(i, 3).text(), table.item(i, 4).text())
             for i in range(table.rowCount())]
    label = "违法处理材料：处罚决定书（SHA-256 {}）".format(sha(decision)[:12])
    assert ("附件材料", "", label) in shown and ("附件材料", label, "") in shown

    # another patch has its own (none); back again shows the remaining one
    dock.next_patch()
    assert dock.current != first and panel.table.rowCount() == 0 and "附件" in tab_titles(dock)
    dock.select_patch(first)
    assert panel.table.rowCount() == 1
    dock.close_package(ask=False)
    assert not os.path.exists(os.path.dirname(path))  # the temporary copy went with the package
