"""wpzf:overlay — 套合分析: patch areas (亩, CGCS2000 ellipsoid) against land use and the other reference layers."""
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterField, QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..core.overlay.engine import Options
from ..core.overlay.run import (
    SCOPE_ALL,
    SCOPE_BATCH,
    SCOPE_KEYS,
    SCOPE_NEW,
    overlay_layer,
    overlay_workpackage,
    parse_keys,
)
from ..core.progress import progress
from .base import WpzfAlgorithm
from . import package_param

POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
SCOPES = [SCOPE_NEW, SCOPE_ALL, SCOPE_BATCH, SCOPE_KEYS]  # in the order of the SCOPE options
# parameter name -> reference key of core/overlay
REFERENCE_PARAMS = [("LANDUSE", "landuse"), ("FARMLAND", "farmland"), ("REDLINE", "redline"),
                    ("APPROVALS", "approvals"), ("MINING", "mining"), ("FACILITY", "facility"),
                    ("TEMPORARY", "temporary"), ("TOWNSHIPS", "townships")]
# validity terms: parameter name -> Options attribute (core/overlay_validity.DATE_OPTIONS)
DATE_PARAMS = [("APPROVAL_START_FIELD", "approval_start_field"), ("APPROVAL_END_FIELD", "approval_end_field"),
               ("MINING_START_FIELD", "mining_start_field"), ("MINING_END_FIELD", "mining_end_field"),
               ("FACILITY_START_FIELD", "facility_start_field"), ("FACILITY_END_FIELD", "facility_end_field"),
               ("TEMPORARY_START_FIELD", "temporary_start_field"), ("TEMPORARY_END_FIELD", "temporary_end_field")]


class OverlayAlgorithm(WpzfAlgorithm):
    ALG_ID = "overlay"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "套合分析"
    GROUP = "1 数据准备"
    GROUP_ID = "prepare"
    ICON = "overlay.svg"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("监测图斑（不选工作库时必填）"), POLYGONS, optional=True))
        self.add_workpackage_parameter(optional=True, description=self.tr("工作库（结果写回其中的图斑）"))
        self.addParameter(QgsProcessingParameterEnum(
            "SCOPE", self.tr("工作库中套合哪些图斑"),
            options=[self.tr("新导入或图形变化的图斑（参考图层换了则全部）"), self.tr("全部图斑"), self.tr("指定批次"),
                     self.tr("指定图斑（监测编号列表）")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("批次（范围为“指定批次”时，如 2022-03）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "KEYS", self.tr("监测编号（范围为“指定图斑”时，逗号、空格或换行分隔）"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "LANDUSE", self.tr("地类图斑（三调/变更调查；工作库已记录时可不选）"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "LANDUSE_FIELD", self.tr("地类编码字段"), defaultValue="DLBM", parentLayerParameterName="LANDUSE",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "DEDUCT_TIANKAN", self.tr("耕地扣除田坎（按 KCXS 扣除系数或 KCMJ 扣除面积）"), defaultValue=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "FARMLAND", self.tr("永久基本农田"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "REDLINE", self.tr("生态保护红线"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "APPROVALS", self.tr("建设用地批准/供地范围"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "APPROVAL_FIELD", self.tr("批准文号字段"), parentLayerParameterName="APPROVALS", optional=True))
        self._date_parameter("APPROVAL_START_FIELD", self.tr("批准日期字段（有效期起，可选）"), "APPROVALS")
        self._date_parameter("APPROVAL_END_FIELD", self.tr("批准有效期至字段（可选）"), "APPROVALS")
        self.addParameter(QgsProcessingParameterVectorLayer(
            "MINING", self.tr("采矿许可范围"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "MINING_FIELD", self.tr("采矿许可证号字段"), parentLayerParameterName="MINING", optional=True))
        self._date_parameter("MINING_START_FIELD", self.tr("采矿许可有效期起字段（可选）"), "MINING")
        self._date_parameter("MINING_END_FIELD", self.tr("采矿许可有效期至字段（可选）"), "MINING")
        self.addParameter(QgsProcessingParameterVectorLayer(
            "FACILITY", self.tr("设施农用地备案"), POLYGONS, optional=True))
        self._date_parameter("FACILITY_START_FIELD", self.tr("设施农用地备案日期字段（可选）"), "FACILITY")
        self._date_parameter("FACILITY_END_FIELD", self.tr("设施农用地备案期限至字段（可选）"), "FACILITY")
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TEMPORARY", self.tr("临时用地"), POLYGONS, optional=True))
        self._date_parameter("TEMPORARY_START_FIELD", self.tr("临时用地批准日期字段（可选）"), "TEMPORARY")
        self._date_parameter("TEMPORARY_END_FIELD", self.tr("临时用地期限至字段（可选）"), "TEMPORARY")
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TOWNSHIPS", self.tr("乡镇界"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_CODE_FIELD", self.tr("乡镇代码字段"), defaultValue="XZDM", parentLayerParameterName="TOWNSHIPS",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_NAME_FIELD", self.tr("乡镇名称字段"), defaultValue="XZMC", parentLayerParameterName="TOWNSHIPS",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("套合结果"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", self.tr("套合图斑数")))
        self.addOutput(QgsProcessingOutputNumber("UNCOVERED", self.tr("地类未全覆盖的图斑数")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("提示条数")))
        self.addOutput(QgsProcessingOutputString("WORKPACKAGE", self.tr("工作库")))

    def _date_parameter(self, name, description, layer):
        """A date field of a reference layer (Date, text or integer): its features count only within their term."""
        self.addParameter(QgsProcessingParameterField(name, description, parentLayerParameterName=layer,
                                                      optional=True))

    def _field(self, parameters, name, context):
        values = self.parameterAsFields(parameters, name, context)
        return values[0] if values else None

    def execute(self, parameters, context, feedback):
        patches = self.parameterAsVectorLayer(parameters, "INPUT", context)
        wp_path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        if patches is None and not wp_path:
            raise QgsProcessingException(self.tr("请选择监测图斑图层（INPUT）或工作库（WORKPACKAGE）。"))
        if patches is not None and wp_path:
            raise QgsProcessingException(self.tr("INPUT 与 WORKPACKAGE 只能选其一：选工作库时结果直接写回工作库。"))
        layers = {key: self.parameterAsVectorLayer(parameters, name, context) for name, key in REFERENCE_PARAMS}
        options = Options(
            landuse_field=self._field(parameters, "LANDUSE_FIELD", context) or "DLBM",
            deduct_tiankan=self.parameterAsBoolean(parameters, "DEDUCT_TIANKAN", context),
            approval_field=self._field(parameters, "APPROVAL_FIELD", context),
            mining_field=self._field(parameters, "MINING_FIELD", context),
            township_code_field=self._field(parameters, "TOWNSHIP_CODE_FIELD", context),
            township_name_field=self._field(parameters, "TOWNSHIP_NAME_FIELD", context),
            **{attr: self._field(parameters, name, context) for name, attr in DATE_PARAMS})
        results = {}
        if wp_path:
            scope = SCOPES[self.parameterAsEnum(parameters, "SCOPE", context)] if parameters.get("SCOPE") \
                not in (None, "") else SCOPES[0]
            keys = None
            if scope == SCOPE_KEYS:
                keys = parse_keys(self.parameterAsString(parameters, "KEYS", context))
                if not keys:
                    raise QgsProcessingException(self.tr("范围选了“指定图斑”，请在 KEYS 中填写监测编号。"))
            report = overlay_workpackage(wp_path, layers, options, context, feedback, keys=keys, scope=scope,
                                         batch=self.parameterAsString(parameters, "BATCH", context).strip() or None)
            results["WORKPACKAGE"] = wp_path
        else:
            def make_sink(fields, wkb_type, crs):
                sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, wkb_type, crs)
                if sink is None:
                    raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
                return sink, dest
            dest, report = overlay_layer(patches, layers, options, make_sink, context, feedback)
            results["OUTPUT"] = dest
        results.update({"PATCHES": len(report.result.values), "UNCOVERED": report.uncovered,
                        "WARNINGS": len(report.result.warnings)})
        progress(feedback, 100)  # the engine stops at 98, before the results are written
        return results
