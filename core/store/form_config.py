"""The patches layer's QGIS attribute form (issue 14): the same form in QGIS's attribute table, identify results
and a field app (QField), built from the value lists in rules/.

    configure_patches(layer)                          # the work package's layer: the dock's fields editable
    configure_patches(layer, editable=F.FIELDWORK_FILLED, relation=rel)   # a township's field project
    configure_photos(layer, path_field="PATH")        # photo points: the file shown as an image attachment

What the form gives:
- drag-and-drop tabs (判定 / 实地核查与整改 / 会审与核查 / 填报面积 / 下发信息 / 套合结果 / 预判, and the photos of a
  unit when a relation is given); a field the layer lacks is left out, so a subset layer gets the same form;
- value maps for every judgment list (rules.categories, rules.fields.SDXZ_VALUES), the patch types (rules.tblx) and
  land classes (rules.landclass) with their names; yes/no flags as check boxes; dates as calendar widgets storing
  the text YYYY-MM-DD the package keeps; long texts as multi-line fields; Chinese aliases;
- constraints for what the self-check can say about one unit on its own (see constraints()): the subtype belonging
  to the judgment and areas not negative (hard: QGIS refuses to save), and the completeness rules — the subject of
  an illegal patch, the approval number of a legal one, the date of a finished rectification, rectified farmland
  within the farmland, the collective review's record (soft: QGIS warns); lists, dates and flags are kept valid by
  their widgets;
- only `editable` fields can be edited (default: the dock's form fields, core/patch_form.EDIT_NAMES).

Nothing here touches the data: it only sets the layer's form configuration (kept in a .qgs or a style).
"""
from qgis.core import (QgsAttributeEditorContainer, QgsAttributeEditorField, QgsAttributeEditorRelation,
                       QgsEditFormConfig, QgsEditorWidgetSetup, QgsFieldConstraints)

from ...rules import categories as cat
from ...rules import fields as F
from ...rules import landclass, tblx
from ..i18n import tr
from ...ui.patch_form import EDIT_NAMES

NULL_KEY = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"  # QGIS's value-map entry that stands for NULL
UNIT_FIELD = "DYBH"  # a field project's unit key (JCBH for a patch, ZTBBH for a part), see core/fieldwork/qfield

CHOICES = {
    "HSZT": cat.HSZT, "PDLX": cat.PDLX, "PDXL": [s for subs in cat.PDXL.values() for s in subs], "XZCL": cat.XZCL,
    "ZGCS": cat.ZGCS, "ZGZT": cat.ZGZT, "SDXZ": F.SDXZ_VALUES, "TBZT": [F.PART, F.SPLIT_PARENT],
}
FLAGS = ["SFLA", "ZDJCSS", "JTHS", "SFJYD", "SFFNH", "SFLZJF"]
# dates people enter (the issued QSX/HSX and the overlay's term dates are shown as they came)
DATES = ["HCRQ", "PDRQ", "TBRQ", "QRRQ", "ZGRQ", "JSSJ", "HSRQ", "LDHCRQ", "SJYSRQ", "ZZQQRRQ"]
MEMOS = ["BZ", "YPLY", "THBZ", "JSSJYJ", "HSJG", "XFBG", "YSSX"]
AREAS = [f[0] for f in F.PATCH_FIELDS if f[1] == "real"]
SPIN_AREAS = ["CCFGMJ", "BBGDMJ"]  # the rectified areas: a spin box from 0, their rule is the self-check's sum

TABS = [
    ("判定", ["HSZT", "PDLX", "PDXL", "XZCL", "SFFNH", "SFLZJF", "PZWH", "BABH", "JSSJ", "JSSJYJ", "PDRQ", "TBRQ",
            "QRRQ", "BZ"]),
    ("实地核查与整改", ["HCRQ", "HCR", "SDXZ", "WFZT", "ZGCS", "ZGZT", "ZGRQ", "CCFGMJ", "BBGDMJ", "SFLA"]),
    ("会审与核查", ["JTHS", "HSRQ", "HSJG", "HSJYBH", "LDHCRQ", "LDHCR", "ZDJCSS", "ZDXMWH", "SFJYD", "SJYSRQ",
               "ZZQQRRQ"]),
    ("填报面积", ["TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ"]),
    ("下发信息", [UNIT_FIELD, "JCBH", "ZTBBH", "TBZT", "PC", "XZQDM", "XMC", "XZDM", "XZMC", "TBLX", "QSX", "HSX",
              "DLBM", "DLMC", "CZCSXM", "SFYN", "SFHX", "MJ", "XFBG", "DRSJ"]),
    ("套合结果", [f[0] for f in F.OVERLAY if f[0] not in ("XZDM", "XZMC")]),
    ("预判", ["YPPDLX", "YPPDXL", "YPLY", "BSBZ"]),
]
PHOTOS_TAB = "照片"


def _quoted(values):
    return ", ".join("'{}'".format(str(v).replace("'", "''")) for v in values)


def _empty(name):
    return "(\"{0}\" IS NULL OR \"{0}\" = '')".format(name)


def _subtype_rule():
    parts = ["(\"PDLX\" = '{}' AND \"PDXL\" IN ({}))".format(pdlx, _quoted(subs)) for pdlx, subs in cat.PDXL.items()]
    return "{} OR {}".format(_empty("PDXL"), " OR ".join(parts))


def constraints():
    """[(field, expression, description, hard)] of the form. QGIS keeps one expression per field, so a field has
    either a hard rule or soft ones: what a widget already enforces (a value map offers only its list, a calendar
    only dates, a check box only 1/0, a spin box no negative area) needs no rule; hard rules are what no widget can
    say (the subtype belonging to the judgment, areas typed in the table not negative); soft rules are the
    self-check's completeness and consistency rules, so QGIS warns while a unit is still being filled."""
    out = [("PDXL", _subtype_rule(), tr("判定子类须属于所选判定类型"), True)]
    for name in AREAS:
        if name not in SPIN_AREAS:
            out.append((name, "\"{0}\" IS NULL OR \"{0}\" >= 0".format(name), tr("面积不能为负"), True))
    out += [
        ("XZCL", "{} OR \"PDLX\" = '{}'".format(_empty("XZCL"), cat.ILLEGAL), tr("新增/存量只对违法图斑填写"), False),
        ("WFZT", "\"PDLX\" IS NULL OR \"PDLX\" <> '{}' OR NOT {}".format(cat.ILLEGAL, _empty("WFZT")),
         tr("违法图斑须填写违法主体"), False),
        ("PZWH", "\"PDLX\" IS NULL OR \"PDLX\" <> '{}' OR NOT {}".format(cat.LEGAL, _empty("PZWH")),
         tr("合法图斑须有批准文号"), False),
        ("ZGRQ", "coalesce(\"ZGZT\", '') <> '已整改' OR NOT {}".format(_empty("ZGRQ")),
         tr("已整改须填写整改完成日期"), False),
        ("ZGZT", "{} OR \"ZGZT\" = '已整改'".format(_empty("ZGRQ")), tr("填了整改完成日期，整改状态应为已整改"), False),
        ("CCFGMJ", "\"GDMJ\" IS NULL OR coalesce(\"CCFGMJ\", 0) + coalesce(\"BBGDMJ\", 0) <= \"GDMJ\" + 0.01",
         tr("拆除复耕与补办手续面积之和不能超过耕地面积"), False),
        ("BBGDMJ", "coalesce(\"BBGDMJ\", 0) = 0 OR \"PDLX\" IS NULL OR \"PDLX\" = '{}'".format(cat.ILLEGAL),
         tr("补办手续面积只对违法图斑有意义"), False),
        ("HSRQ", "coalesce(\"JTHS\", 0) <> 1 OR NOT {}".format(_empty("HSRQ")), tr("需集体会审的图斑须填写会审日期"),
         False),
    ]
    return out


def _value_map(values, labels=None):
    entries = [{tr("（空）"): NULL_KEY}]
    for value in values:
        entries.append({(labels or {}).get(value, value): value})
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def widget_setups():
    """{field: QgsEditorWidgetSetup} of the patches form."""
    setups = {name: _value_map(values) for name, values in CHOICES.items()}
    setups["TBLX"] = _value_map(list(tblx.TYPES), {c: "{} {}".format(c, n) for c, n in tblx.TYPES.items()})
    codes = landclass.codes()
    setups["DLBM"] = _value_map(codes, {c: "{} {}".format(c, landclass.name(c)) for c in codes})
    for name in FLAGS:
        setups[name] = QgsEditorWidgetSetup("CheckBox", {"CheckedState": "1", "UncheckedState": "0"})
    for name in DATES:
        setups[name] = QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                                         "calendar_popup": True, "allow_null": True})
    for name in SPIN_AREAS:
        setups[name] = QgsEditorWidgetSetup("Range", {"Style": "SpinBox", "Min": 0.0, "Max": 100000.0, "Step": 0.01,
                                                      "Precision": 4, "AllowNull": True})
    for name in MEMOS:
        setups[name] = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    return setups


def configure_patches(layer, editable=None, relation=None):
    """Give `layer` (patches of a work package, or a subset of their fields) the judgment form. `editable`: the
    fields that may be edited (default: the dock's form fields); `relation`: a QgsRelation from this layer to its
    photos, shown as the last tab. Returns the layer."""
    editable = set(EDIT_NAMES if editable is None else editable)
    fields = layer.fields()
    index = {fields.at(i).name(): i for i in range(fields.count())}
    for name, i in index.items():
        alias = F.ALIASES.get(name) or (tr("图斑编号") if name == UNIT_FIELD else None)
        if alias:
            layer.setFieldAlias(i, alias)
    for name, setup in widget_setups().items():
        if name in index:
            layer.setEditorWidgetSetup(index[name], setup)
    for name, expression, description, hard in constraints():
        # only on what can be edited here: a read-only issued value failing a rule must not block saving the rest
        if name in index and name in editable and all(ref in index for ref in _references(expression)):
            layer.setConstraintExpression(index[name], expression, description)
            layer.setFieldConstraint(index[name], QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard if hard
                                     else QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
        elif name in index:
            layer.setConstraintExpression(index[name], "")  # a rule this layer cannot evaluate is not half-set
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
    root = config.invisibleRootContainer()
    root.clear()
    for n, (_title, names) in enumerate(TABS):
        present = [name for name in names if name in index]
        if not present:
            continue
        tab = QgsAttributeEditorContainer(tr(TABS[n][0]), root)
        tab.setIsGroupBox(False)
        tab.setColumnCount(1)
        for name in present:
            tab.addChildElement(QgsAttributeEditorField(name, index[name], tab))
        root.addChildElement(tab)
    if relation is not None:
        tab = QgsAttributeEditorContainer(tr(PHOTOS_TAB), root)
        tab.setIsGroupBox(False)
        tab.addChildElement(QgsAttributeEditorRelation(relation, tab))
        root.addChildElement(tab)
    for name, i in index.items():
        config.setReadOnly(i, name not in editable)
    layer.setEditFormConfig(config)
    key = UNIT_FIELD if UNIT_FIELD in index else "JCBH"
    layer.setDisplayExpression("\"{}\"".format(key) if key == UNIT_FIELD else "coalesce(\"ZTBBH\", \"JCBH\")"
                               if "ZTBBH" in index else "\"JCBH\"")
    return layer


def _references(expression):
    """The field names an expression of constraints() uses (they are all quoted)."""
    parts = expression.split('"')
    return set(parts[1::2])


def configure_photos(layer, path_field="PATH", editable=None, unit_relation=None):
    """Photo points: Chinese aliases, the file as an image attachment stored relative to the project, the unit it
    belongs to as a reference to the patches (with `unit_relation`), direction and time read-only unless editable."""
    aliases = {f[0]: f[4] for f in F.PHOTO_FIELDS}
    aliases.update({path_field: tr("照片"), UNIT_FIELD: tr("图斑编号"), "SOURCE": tr("来源")})
    fields = layer.fields()
    config = layer.editFormConfig()
    for i in range(fields.count()):
        name = fields.at(i).name()
        if name in aliases:
            layer.setFieldAlias(i, aliases[name])
        if editable is not None:
            config.setReadOnly(i, name not in editable)
    layer.setEditFormConfig(config)
    index = fields.indexOf(path_field)
    if index >= 0:
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ExternalResource", {
            "DocumentViewer": 1, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0, "FileWidget": True,
            "FileWidgetButton": True, "FileWidgetFilter": "", "RelativeStorage": 1, "StorageMode": 0,
            "PropertyCollection": {"name": "", "properties": {}, "type": "collection"}}))
    if unit_relation is not None and fields.indexOf(UNIT_FIELD) >= 0:
        layer.setEditorWidgetSetup(fields.indexOf(UNIT_FIELD), QgsEditorWidgetSetup("RelationReference", {
            "Relation": unit_relation.id(), "AllowNULL": False, "ShowForm": False, "MapIdentification": True,
            "ReadOnly": False, "OrderByValue": True}))
    return layer
