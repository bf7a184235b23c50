"""wpzf:split_patches — 图斑拆分: cut patches along the approvals, permits and filings that decide legality."""
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..core.overlay.engine import Options
from ..core.split.run import DEFAULT_NUMBERING, split_workpackage
from ..rules.export_profile import load_profile
from .base import WpzfAlgorithm
from . import package_param

POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
REFERENCES = [("APPROVALS", "approvals"), ("MINING", "mining"), ("FACILITY", "facility"), ("TEMPORARY", "temporary")]


class SplitPatchesAlgorithm(WpzfAlgorithm):
    ALG_ID = "split_patches"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "图斑拆分"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString(
            "KEYS", self.tr("要拆分的图斑（监测编号，逗号分隔；空 = 参考图层切到的全部图斑）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("只拆分这一批次的图斑（如 2022-03；空 = 全部）"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ONLY_FLAGGED", self.tr("只拆分预判标为“需拆分”的图斑"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "BY_LANDCLASS", self.tr("同时按地类（农用地/建设用地/未利用地）拆分"), defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "LANDUSE", self.tr("地类图斑（按地类拆分时用；空 = 工作库记录的图层）"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_PART_MU", self.tr("最小子图斑面积（亩；更小的碎片并入相邻部分；空 = 政策文件的拆分容差）"),
            QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0))
        titles = {"APPROVALS": self.tr("建设用地批准/供地范围（空 = 工作库记录的图层）"),
                  "MINING": self.tr("采矿许可范围（空 = 工作库记录的图层）"),
                  "FACILITY": self.tr("设施农用地备案（空 = 工作库记录的图层）"),
                  "TEMPORARY": self.tr("临时用地（空 = 工作库记录的图层）")}
        for name, _key in REFERENCES:
            self.addParameter(QgsProcessingParameterVectorLayer(name, titles[name], POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "APPROVAL_FIELD", self.tr("批准文号字段"), parentLayerParameterName="APPROVALS", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "MINING_FIELD", self.tr("采矿许可证号字段"), parentLayerParameterName="MINING", optional=True))
        self.addOutput(QgsProcessingOutputNumber("SPLIT", self.tr("拆分的图斑数")))
        self.addOutput(QgsProcessingOutputNumber("PARTS", self.tr("新子图斑数")))

    def execute(self, parameters, context, feedback):
        wp_path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        keys = [k.strip() for k in self.parameterAsString(parameters, "KEYS", context).replace("，", ",").split(",")
                if k.strip()] or None
        minimum = parameters.get("MIN_PART_MU")
        minimum = self.parameterAsDouble(parameters, "MIN_PART_MU", context) if minimum not in (None, "") else None
        layers = {key: self.parameterAsVectorLayer(parameters, name, context) for name, key in REFERENCES}
        layers["landuse"] = self.parameterAsVectorLayer(parameters, "LANDUSE", context)
        options = Options(approval_field=self._field(parameters, "APPROVAL_FIELD", context),
                          mining_field=self._field(parameters, "MINING_FIELD", context))
        numbering = load_profile().get("part_number") or DEFAULT_NUMBERING
        report = split_workpackage(
            wp_path, layers, options, context, feedback, keys=keys, min_part_mu=minimum, numbering=numbering,
            batch=self.parameterAsString(parameters, "BATCH", context).strip() or None,
            only_flagged=self.parameterAsBoolean(parameters, "ONLY_FLAGGED", context),
            by_landclass=self.parameterAsBoolean(parameters, "BY_LANDCLASS", context))
        for key, why in report.skipped:
            feedback.pushWarning(self.tr("图斑 {} 未拆分：{}").format(key, why))
        parts = sum(len(v) for v in report.split.values())
        feedback.pushInfo(self.tr("拆分 {} 个图斑，得到 {} 个子图斑；{} 个图斑未被切分。").format(
            len(report.split), parts, len(report.whole)))
        return {"SPLIT": len(report.split), "PARTS": parts}

    def _field(self, parameters, name, context):
        values = self.parameterAsFields(parameters, name, context)
        return values[0] if values else None
