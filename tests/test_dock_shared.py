"""Several technicians on one package (issue 17), driven through the dock as they would: a second WorkPackage handle on
the same package stands in for the colleague at the next desk. A save over the colleague's save asks (你的值 beside
对方保存的值) and loses nothing without a choice; the dock shows what others saved; a viewer's dock is read-only; a
PostgreSQL package opens by address or by a QGIS connection, and the project never keeps its password.
Expected values are read back with sqlite3 / psycopg2, not through the dock."""
import os

import pytest
from qgis.PyQt.QtCore import QTimer
from qgis.core import QgsProject, QgsSettings

from pg_support import pg_cluster, pg_schema, run_sql  # noqa: F401 - fixtures
from test_dock import ime_type, make_dock, package, query  # noqa: F401 - fixtures

SHOTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "img")


def colleague(path, user="李四"):
    """The colleague's own handle on the package; writes as `user`."""
    from wpzf.core.store.workpackage import WorkPackage
    wp = WorkPackage(path)
    return lambda key, **values: wp.update_patches({key: values}, action="dock", user=user)


def answer_dialog(dock, button, seen, shot=None):
    """Press `button` ("mine", "theirs", "cancel") of the real conflict dialog once it is open; what it showed goes
    into `seen`; a picture of it into `shot`."""
    def press():
        dialog = dock.conflict_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, press)
            return
        seen.append({"rows": list(dialog.rows), "others": list(dialog.others), "title": dialog.windowTitle()})
        if shot:
            assert dialog.grab().save(shot)
        {"mine": dialog.mineButton, "theirs": dialog.theirsButton, "cancel": dialog.cancelButton}[button].click()
    QTimer.singleShot(0, press)


def real_dialog(dock, monkeypatch):
    """Undo make_dock's guard: the save conflict goes to the real dialog."""
    from wpzf.ui.dock import JudgmentDock
    monkeypatch.setattr(dock, "ask_save_conflict", JudgmentDock.ask_save_conflict.__get__(dock))


# ----- GeoPackage: two handles, one package -------------------------------------------------------------------------
def test_a_save_over_a_colleagues_save_asks_and_nothing_is_lost(make_dock, package, monkeypatch, qtbot):
    dock = make_dock(package)
    real_dialog(dock, monkeypatch)
    key = dock.current
    other = colleague(package)
    ime_type(dock.editor.widgets["WFZT"], "甲公司")
    dock.editor.set_value("PDLX", "违法")
    other(key, WFZT="乙公司", BZ="外业已核")  # saved by the colleague after this form was read

    # 取消: nothing written, the edits stay in the form
    seen = []
    answer_dialog(dock, "cancel", seen)
    assert dock.save() is False
    assert seen[0]["title"].endswith(key)
    by_field = {row[0]: row[1:] for row in seen[0]["rows"]}
    assert by_field["WFZT"] == ("甲公司", "乙公司", True)  # both changed it: marked
    assert by_field["PDLX"] == ("违法", "（空）", False)
    assert seen[0]["others"] == ["备注"]  # the colleague's other change, kept whatever is chosen
    assert query(package, "SELECT WFZT, PDLX, BZ FROM patches WHERE JCBH = ?", key) == [("乙公司", None, "外业已核")]
    assert dock.form.dirty and dock.form.edits == {"WFZT": "甲公司", "PDLX": "违法"}
    assert "李四" in dock.last_message and "未保存" in dock.last_message

    # 以我的为准再次保存: ours over theirs, their remark kept, both values in the history
    seen = []
    answer_dialog(dock, "mine", seen)
    assert dock.save() is True
    assert query(package, "SELECT WFZT, PDLX, BZ FROM patches WHERE JCBH = ?", key) == [("甲公司", "违法", "外业已核")]
    assert query(package, "SELECT OLD, NEW, USER FROM history WHERE JCBH = ? AND FIELD = 'WFZT' ORDER BY fid",
                 key) == [("", "乙公司", "李四"), ("乙公司", "甲公司", "测试员")]
    assert not dock.form.dirty and "李四" in dock.last_message

    # 采用对方的值: the form shows theirs, our edit is dropped as chosen
    dock.editor.set_value("PDLX", "合法")
    other(key, PDLX="其他用地")
    seen = []
    answer_dialog(dock, "theirs", seen)
    assert dock.save() is False
    assert not dock.form.dirty and dock.form.value("PDLX") == "其他用地"
    assert dock.editor.widgets["PDLX"].currentData() == "其他用地"
    assert query(package, "SELECT PDLX FROM patches WHERE JCBH = ?", key) == [("其他用地",)]


def test_the_conflict_dialog_at_1366x768(package, qtbot, tmp_path):
    """The dock as in QGIS maximised at 1366×768 (fake_iface.open_dock: QGIS's font, toolbars, dock width); the
    dialog fits the screen and shows every changed field. Its picture goes to docs/img/dock_save_conflict.png when
    WPZF_DOCS_SHOTS is set (else beside the test's files)."""
    from fake_iface import close_dock, open_dock
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(package)
        key = dock.current
        ime_type(dock.editor.widgets["WFZT"], "甲公司")
        dock.editor.set_value("PDLX", "违法")
        dock.editor.set_value("PDXL", "非农化")
        colleague(package)(key, WFZT="乙公司", PDLX="合法", BZ="外业已核")
        seen, shot = [], os.path.join(SHOTS if os.environ.get("WPZF_DOCS_SHOTS") else str(tmp_path),
                                      "dock_save_conflict.png")
        answer_dialog(dock, "cancel", seen, shot)
        assert dock.save() is False
        assert [row[0] for row in seen[0]["rows"]] == ["WFZT", "PDLX", "PDXL"]
        from qgis.PyQt.QtGui import QImage
        image = QImage(shot)
        assert 0 < image.width() <= 1366 and 0 < image.height() <= 768
    finally:
        close_dock(dock)


def test_the_dock_shows_what_others_saved(make_dock, package, monkeypatch):
    dock = make_dock(package)
    first, second = dock.shown_jcbhs()[:2]
    other = colleague(package, user="王五")
    assert dock.others.timer.isActive()  # polling while the dock is shown …
    dock.hide()
    assert not dock.others.timer.isActive()  # … not while hidden
    dock.show()
    assert dock.others.timer.isActive()

    # another unit: its list row follows
    other(second, PDLX="违法", PDXL="非农化")
    assert second in dock.others.poll()
    row = dock.model.row_of(second)
    assert dock.model.data(dock.model.index(row, 2)) == "违法"
    assert "违法 1，" in dock.ui.countLabel.text()  # the counts follow
    assert dock.current == first

    # the unit on screen, not being edited: reloaded, and said by whom
    other(first, WFZT="丙公司")
    dock.others.poll()
    assert dock.form.patch["WFZT"] == "丙公司" and dock.editor.widgets["WFZT"].text() == "丙公司"
    assert "王五" in dock.last_message and "重新载入" in dock.last_message

    # while being edited: the edit stays, a warning says the save will ask
    dock.editor.widgets["WFZT"].clear()
    ime_type(dock.editor.widgets["WFZT"], "丁公司")
    other(first, BZ="核实中")
    dock.others.poll()
    assert dock.form.edits == {"WFZT": "丁公司"} and "保存时会列出双方的值" in dock.last_message
    asked = []
    monkeypatch.setattr(dock, "ask_save_conflict", lambda key, edits, loaded, conflict: asked.append(conflict) or "mine")
    assert dock.save() and asked[0]["by"] == "王五"
    assert query(package, "SELECT WFZT, BZ FROM patches WHERE JCBH = ?", first) == [("丁公司", "核实中")]

    # our own save is no news
    dock.others.poll()
    assert dock.form.patch["WFZT"] == "丁公司" and not dock.form.dirty

    # a patch the list does not know (issued meanwhile by the admin): the list is read again, the form stays
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.rules import fields as F
    admin = WorkPackage(package)
    row = admin.patch(second, geometry=True)
    record = dict({n: row.get(n) for n in F.IMPORT_OWNED}, JCBH="4501992022019999", _wkb=row["_wkb"])
    admin.upsert_patches([record], user="管理员")
    assert "4501992022019999" in dock.others.poll()
    assert "4501992022019999" in dock.shown_jcbhs() and "共 10 个图斑" in dock.ui.countLabel.text()
    assert dock.current == first and dock.form.patch["WFZT"] == "丁公司"


def test_a_package_whose_policy_year_has_no_rules_is_refused_with_the_reason(make_dock, package):
    from wpzf.core.store.workpackage import WorkPackage
    WorkPackage(package).set_settings({"policy_year": "2031"}, user="管理员")
    dock = make_dock()
    assert dock.open_package(package) is False and dock.wp is None
    assert "2031" in dock.last_message and "2022" in dock.last_message and "policy_year" in dock.last_message


def test_file_dialogs_start_in_the_package_folder_or_home(make_dock, package):
    from wpzf.ui.folders import start_folder
    dock = make_dock(package)
    assert start_folder(dock.wp) == os.path.dirname(os.path.abspath(package))
    assert start_folder(None) == os.path.expanduser("~")


def test_the_database_dialog_lists_qgis_connections_and_strips_passwords(qtbot):
    from wpzf.ui.database_dialog import DatabasePackageDialog, without_password
    settings = QgsSettings()
    base = "PostgreSQL/connections/县局测试库/"
    settings.setValue(base + "host", "127.0.0.1")
    settings.setValue(base + "database", "wpzf_test")
    try:
        dialog = DatabasePackageDialog(None, "县局测试库?schema=wpzf_2026")
        qtbot.addWidget(dialog)
        assert dialog.connectionCombo.findText("县局测试库") >= 0 and dialog.byConnection.isChecked()
        assert dialog.package_text() == "县局测试库?schema=wpzf_2026"
        dialog.addressEdit.setText("postgresql://tech:secret@db.county:5432/wpzf")
        dialog.byAddress.setChecked(True)
        assert dialog.package_text() == "postgresql://tech:secret@db.county:5432/wpzf?schema=wpzf_2026"
    finally:
        settings.remove("PostgreSQL/connections/县局测试库")
    assert without_password("postgresql://tech:secret@db.county:5432/wpzf?schema=a") == \
        "postgresql://tech@db.county:5432/wpzf?schema=a"
    assert without_password("host=db dbname=wpzf user=tech password='s e' schema=a") == \
        "host=db dbname=wpzf user=tech schema=a"


# ----- PostgreSQL: the lead's test cluster ---------------------------------------------------------------------------
@pytest.fixture
def pg_package(pg_schema, package):
    """The GeoPackage fixture's patches in a PostgreSQL schema, granted to the roles (docs/sql/wpzf_roles.sql)."""
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.rules import fields as F
    source = WorkPackage(package)
    wp = WorkPackage.create(pg_schema.uri, "EPSG:4524", county_code="450199", county_name="示范县", year="2022")
    records = []
    for row in source.patches(geometry=True):
        record = {n: row.get(n) for n in F.IMPORT_OWNED}
        record["JCBH"], record["_wkb"] = row["_JCBH"], row["_wkb"]
        records.append(record)
    wp.upsert_patches(records, user="setup")
    run_sql("SELECT wpzf.grant_package(%s)", (pg_schema.name,))
    return pg_schema


def pg_value(schema, key, field):
    from pg_support import column
    sql = "SELECT {} FROM {}.patches WHERE {} = %s".format(column(schema.name, "patches", field), schema.name,
                                                           column(schema.name, "patches", "JCBH"))
    return run_sql(sql, (key,))[0][0]


def test_a_postgres_package_in_the_dock_two_technicians_and_a_viewer(make_dock, pg_package, monkeypatch):
    from wpzf.core.store.workpackage import WorkPackage
    schema = pg_package
    tech_uri = schema.uri_as("technician")
    dock = make_dock(tech_uri)
    real_dialog(dock, monkeypatch)
    assert dock.wp.is_postgres and dock.shown_jcbhs()
    remembered, _ok = QgsProject.instance().readEntry("wpzf", "workpackage", "")
    assert "tech1-pw" not in remembered and schema.name in remembered and "wpzf_test_tech1" in remembered
    assert "tech1-pw" not in dock.ui.packageLabel.toolTip()
    assert not dock.roleBanner.isVisible() and dock.may_judge
    for layer in (dock.map.patches_layer, dock.map.photos_layer):  # the project file keeps no password either
        assert layer.isValid() and "tech1-pw" not in layer.source() and "wpzf_test_tech1" in layer.source()
    assert dock.map.patches_layer.featureCount() == len(dock.shown_jcbhs())
    assert len(list(dock.map.patches_layer.getFeatures())) == len(dock.shown_jcbhs())

    key = dock.current
    ime_type(dock.editor.widgets["WFZT"], "甲公司")
    assert dock.save()
    assert pg_value(schema, key, "WFZT") == "甲公司"

    # the second technician saves the same unit meanwhile: asked, theirs taken
    second = WorkPackage(schema.uri_as("technician2"))
    second.update_patches({key: {"WFZT": "乙公司"}}, action="dock", user="李四")
    dock.editor.set_value("PDLX", "违法")
    seen = []
    answer_dialog(dock, "theirs", seen)
    assert dock.save() is False
    assert [row[:3] for row in seen[0]["rows"]] == [("PDLX", "违法", "（空）")]  # what was edited this time …
    assert seen[0]["others"] == ["违法主体"]  # … and the colleague's change, named
    assert dock.form.value("WFZT") == "乙公司" and not dock.form.dirty
    assert pg_value(schema, key, "PDLX") is None

    # the poll sees the colleague's next save on another unit
    other_key = dock.shown_jcbhs()[1]
    second.update_patches({other_key: {"PDLX": "合法"}}, action="dock", user="李四")
    assert other_key in dock.others.poll()
    assert dock.model.data(dock.model.index(dock.model.row_of(other_key), 2)) == "合法"

    # the package as the project remembers it (no password): a server that wants one (the test cluster trusts
    # local logins, so a refusal is staged) gets it asked for, for this session only
    import wpzf.ui.dock as dock_module
    from wpzf.core.errors import WorkPackageError

    def strict(text):
        if "tech1-pw" not in text:
            raise WorkPackageError("无法连接 PostgreSQL 工作库：fe_sendauth: no password supplied")
        return WorkPackage(text)
    asked = []
    again = make_dock()
    monkeypatch.setattr(dock_module, "WorkPackage", strict)
    monkeypatch.setattr(again, "ask_password", lambda label: asked.append(label) or "tech1-pw")
    assert again.open_package(remembered), again.last_message
    assert len(asked) == 1 and schema.name in asked[0] and "tech1-pw" not in asked[0]
    monkeypatch.setattr(dock_module, "WorkPackage", WorkPackage)
    assert QgsProject.instance().readEntry("wpzf", "workpackage", "")[0] == remembered
    again.close_package(ask=False)

    # a township viewer: read-only, and told why
    viewer = make_dock(schema.uri_as("viewer"))
    assert viewer.privileges.role == "wpzf_test_viewer" and not viewer.may_judge
    assert viewer.roleBanner.isVisible() and "wpzf_test_viewer" in viewer.roleBanner.text()
    assert "wpzf_technician" in viewer.roleBanner.text()
    assert not any(w.isEnabled() for w in viewer.editor.widgets.values())
    assert not viewer.ui.saveButton.isEnabled() and not viewer.ui.linkPhotosButton.isEnabled()
    assert not viewer.split_ui.line_action.isEnabled() and "wpzf_admin" in viewer.split_ui.line_action.toolTip()
    assert viewer.save() is False or not viewer.form.dirty
    # the technician may judge but not split
    assert not dock.split_ui.line_action.isEnabled() and "wpzf_admin" in dock.split_ui.line_action.toolTip()
