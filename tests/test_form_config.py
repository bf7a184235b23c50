"""core/form_config: the patches layer's attribute form — tabs, value maps from rules/, date widgets, constraints
that QGIS itself enforces (checked with QgsVectorLayerUtils.validateAttribute, as the attribute form does)."""
import os

import pytest

import datamaker as dm


@pytest.fixture(scope="module")
def layer(qgis_processing, tmp_path_factory):
    from wpzf.core.store import form_config
    from wpzf.core.store.workpackage import WorkPackage
    folder = str(tmp_path_factory.mktemp("form"))
    src = dm.write_patches(os.path.join(folder, "b.shp"), dm.batch(2))
    wp_path = os.path.join(folder, "wp.gpkg")
    qgis_processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": "2022-01"})
    lyr = WorkPackage(wp_path).patches_layer()
    assert lyr.isValid()
    return form_config.configure_patches(lyr)


def _validate(layer, name, value, others=None):
    from qgis.core import QgsFieldConstraints, QgsVectorLayerUtils
    feature = next(layer.getFeatures())
    for field, other in (others or {}).items():
        feature[field] = other
    feature[name] = value
    index = layer.fields().indexOf(name)
    strength = QgsFieldConstraints.ConstraintStrength
    hard, _ = QgsVectorLayerUtils.validateAttribute(layer, feature, index, strength.ConstraintStrengthHard)
    soft, _ = QgsVectorLayerUtils.validateAttribute(layer, feature, index, strength.ConstraintStrengthSoft)
    return hard, soft


def test_tabs_and_read_only(layer):
    from qgis.core import QgsEditFormConfig
    from wpzf.ui.patch_form import EDIT_NAMES
    config = layer.editFormConfig()
    assert config.layout() == QgsEditFormConfig.EditorLayout.TabLayout
    tabs = {t.name(): [c.name() for c in t.children()] for t in config.tabs()}
    assert list(tabs)[:4] == ["判定", "实地核查与整改", "会审与核查", "填报面积"]
    assert tabs["判定"][:3] == ["HSZT", "PDLX", "PDXL"]
    assert "SDXZ" in tabs["实地核查与整改"] and "GDMJ" in tabs["套合结果"]
    fields = layer.fields()
    for name in EDIT_NAMES:
        assert not config.readOnly(fields.indexOf(name)), name
    for name in ("JCBH", "TBMJ", "YPPDLX", "MJ"):
        assert config.readOnly(fields.indexOf(name)), name
    assert fields.field("PDLX").alias() == "判定类型"


def test_value_maps_come_from_rules(layer):
    from wpzf.rules import categories as cat
    from wpzf.rules import fields as F
    from wpzf.rules import tblx

    def values(name):
        setup = layer.editorWidgetSetup(layer.fields().indexOf(name))
        assert setup.type() == "ValueMap", name
        return [v for entry in setup.config()["map"] for v in entry.values()][1:]  # after the NULL entry

    assert values("PDLX") == cat.PDLX
    assert values("ZGZT") == cat.ZGZT and values("ZGCS") == cat.ZGCS and values("HSZT") == cat.HSZT
    assert values("SDXZ") == F.SDXZ_VALUES
    assert values("TBLX") == list(tblx.TYPES)
    labels = [k for entry in layer.editorWidgetSetup(layer.fields().indexOf("DLBM")).config()["map"] for k in entry]
    assert "0101 水田" in labels
    date = layer.editorWidgetSetup(layer.fields().indexOf("ZGRQ"))
    assert date.type() == "DateTime" and date.config()["field_format"] == "yyyy-MM-dd"
    assert layer.editorWidgetSetup(layer.fields().indexOf("SFLA")).type() == "CheckBox"
    assert layer.editorWidgetSetup(layer.fields().indexOf("BZ")).config()["IsMultiline"]


def test_hard_constraints_refuse_bad_values(layer):
    assert _validate(layer, "PDXL", "批文", {"PDLX": "合法"}) == (True, True)
    assert _validate(layer, "PDXL", "非农化", {"PDLX": "合法"})[0] is False  # a subtype of another judgment
    assert _validate(layer, "TXGDMJ", -1.0)[0] is False and _validate(layer, "TXGDMJ", 1.0)[0] is True
    # what a widget enforces needs no rule: a spin box from 0 for the rectified areas
    spin = layer.editorWidgetSetup(layer.fields().indexOf("CCFGMJ"))
    assert spin.type() == "Range" and spin.config()["Min"] == 0.0


def test_one_strength_per_field():
    """QGIS keeps one constraint expression per field: no field may carry both a hard and a soft rule."""
    from wpzf.core.store import form_config
    strengths = {}
    for name, _expression, _description, hard in form_config.constraints():
        strengths.setdefault(name, set()).add(hard)
    assert all(len(s) == 1 for s in strengths.values()), strengths
    names = [c[0] for c in form_config.constraints()]
    assert len(names) == len(set(names))


def test_soft_constraints_warn_on_what_selfcheck_would_say(layer):
    # an illegal patch without its subject: allowed, with a warning
    assert _validate(layer, "WFZT", None, {"PDLX": "违法"}) == (True, False)
    assert _validate(layer, "WFZT", "村民王某", {"PDLX": "违法"}) == (True, True)
    assert _validate(layer, "ZGRQ", None, {"ZGZT": "已整改"}) == (True, False)
    assert _validate(layer, "CCFGMJ", 3.0, {"GDMJ": 2.0, "BBGDMJ": 0.0}) == (True, False)
    assert _validate(layer, "CCFGMJ", 1.0, {"GDMJ": 2.0, "BBGDMJ": 1.0}) == (True, True)
    assert _validate(layer, "PZWH", None, {"PDLX": "合法"}) == (True, False)


def test_a_subset_layer_gets_the_same_form(qgis_processing):
    from qgis.core import QgsVectorLayer
    from wpzf.core.store import form_config
    from wpzf.rules import fields as F
    mem = QgsVectorLayer("Polygon?crs=EPSG:4524&field=DYBH:string&field=PDLX:string&field=ZGZT:string"
                         "&field=HCRQ:string&field=GDMJ:double&field=CCFGMJ:double", "subset", "memory")
    form_config.configure_patches(mem, editable=F.FIELDWORK_FILLED)
    config = mem.editFormConfig()
    names = [c.name() for t in config.tabs() for c in t.children()]
    assert names == ["PDLX", "HCRQ", "ZGZT", "CCFGMJ", "DYBH", "GDMJ"]
    assert config.readOnly(mem.fields().indexOf("PDLX")) and not config.readOnly(mem.fields().indexOf("ZGZT"))
    # the completeness rule on CCFGMJ needs BBGDMJ, which this layer lacks: not set rather than broken
    assert "BBGDMJ" not in mem.constraintExpression(mem.fields().indexOf("CCFGMJ"))
    assert mem.displayExpression() == '"DYBH"'


def test_the_dock_gives_the_patches_layer_the_form(qgis_processing, qtbot, tmp_path):
    """Opening a package in the dock adds the patches layer with the judgment form (tabs, value maps) QGIS shows in
    its attribute table and identify results."""
    from qgis.core import QgsEditFormConfig
    from fake_iface import close_dock, open_dock
    from test_field_common import build_package
    wp_path = build_package(qgis_processing, str(tmp_path))
    dock = open_dock(qtbot)
    try:
        assert dock.open_package(wp_path)
        layer = dock.map.patches_layer
        config = layer.editFormConfig()
        assert config.layout() == QgsEditFormConfig.EditorLayout.TabLayout
        assert layer.editorWidgetSetup(layer.fields().indexOf("PDLX")).type() == "ValueMap"
    finally:
        close_dock(dock)
