"""wpzf:import_patches — a month's issued patches into the work package."""
import os

from qgis.core import (QgsProcessingParameterCrs, QgsProcessingParameterString, QgsProcessingParameterVectorLayer,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessing)

from ..core.intake.patches import import_patches
from .base import WpzfAlgorithm
from . import package_param

ENCODINGS = ["", "UTF-8", "GBK", "GB18030", "Big5"]


class ImportPatchesAlgorithm(WpzfAlgorithm):
    ALG_ID = "import_patches"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "导入监测图斑"
    GROUP = "1 数据准备"
    GROUP_ID = "prepare"
    ICON = "import.svg"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("下发监测图斑（shp / gpkg，经纬度或投影）"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.add_workpackage_parameter(description=self.tr("工作库（不存在时新建）"))
        self.addParameter(QgsProcessingParameterString("BATCH", self.tr("批次（如 2022-01）")))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", self.tr("属性编码（空 = 自动识别）"), options=[e or self.tr("自动识别") for e in ENCODINGS],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "TARGET_CRS", self.tr("工作库坐标系（空 = 数据所在 CGCS2000 三度带）"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("ADDED", self.tr("新增图斑数")))
        self.addOutput(QgsProcessingOutputNumber("REISSUED", self.tr("重复下发图斑数")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", self.tr("修复几何数")))
        self.addOutput(QgsProcessingOutputString("WORKPACKAGE", self.tr("工作库")))

    def checkParameterValues(self, parameters, context):
        """INPUT given as text (a path or a layer id) is resolved and judged in execute(): QGIS would reject a file
        it cannot load with only "Incorrect parameter value for INPUT", while our reading says what is wrong with it
        (empty, damaged, missing .dbf, a folder, a table without geometry)."""
        value = parameters.get("INPUT")
        if not isinstance(value, str) or not value.strip():
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            if definition.name() != "INPUT" and not definition.checkValueIsAcceptable(
                    parameters.get(definition.name()), context):
                return False, self.tr("参数 {}（{}）未填写或值不正确，请检查后重试。").format(
                    definition.name(), definition.description())
        return True, ""

    def _source(self, parameters, context):
        """A path on disk goes to our reader as it is (its checks need the file, not what QGIS made of it);
        a layer id or a layer object is the project's layer."""
        value = parameters.get("INPUT")
        if isinstance(value, str) and os.path.exists(value.split("|")[0]):
            return value
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None and isinstance(value, str):
            return value  # neither a file nor a layer: the reader says the file does not exist
        return layer

    def execute(self, parameters, context, feedback):
        layer = self._source(parameters, context)
        wp_path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        batch = self.parameterAsString(parameters, "BATCH", context)
        enc_index = self.parameterAsEnum(parameters, "ENCODING", context)
        encoding = ENCODINGS[enc_index] if 0 <= enc_index < len(ENCODINGS) else ""
        crs = self.parameterAsCrs(parameters, "TARGET_CRS", context)
        report = import_patches(layer, wp_path, batch, encoding=encoding or None,
                                target_crs=crs.authid() if crs.isValid() else None, feedback=feedback)
        return {"ADDED": len(report.added), "REISSUED": len(report.reissued), "REPAIRED": len(report.repairs),
                "WORKPACKAGE": wp_path}
