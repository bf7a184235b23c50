"""wpzf:field_import — a township's return (task list, field project, photos) taken into the work package."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber)

from ..core.fieldwork.incoming import DEFAULT_DISTANCE_M, import_return
from .base import WpzfAlgorithm
from . import package_param


class FieldImportAlgorithm(WpzfAlgorithm):
    ALG_ID = "field_import"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "导入乡镇核查结果"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", self.tr("乡镇返回的任务包（文件夹、zip、核查任务表 .xlsx 或核查数据 .gpkg）"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            # "All files (*)" also lets a returned folder through (the default filter wants a file extension)
            fileFilter="ZIP / Excel / GeoPackage (*.zip *.xlsx *.gpkg);;All files (*)"))
        self.addParameter(QgsProcessingParameterBoolean(
            "VALID_ONLY", self.tr("只导入无问题的图斑（默认：有任何问题则全部不导入）"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_DISTANCE", self.tr("照片关联的最大距离（米）"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_DISTANCE_M, minValue=0.0))
        self.addOutput(QgsProcessingOutputString("PACKAGE_ID", self.tr("任务包编号")))
        self.addOutput(QgsProcessingOutputNumber("UNITS", self.tr("返回图斑数")))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", self.tr("写入的值")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICTS", self.tr("冲突数（待处理）")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", self.tr("有问题未导入的图斑数")))
        self.addOutput(QgsProcessingOutputNumber("PHOTOS", self.tr("新照片数")))
        self.addOutput(QgsProcessingOutputNumber("DUPLICATES", self.tr("已有照片数（SHA-256 相同）")))
        self.addOutput(QgsProcessingOutputString("PROBLEMS", self.tr("问题与说明")))

    def execute(self, parameters, context, feedback):
        result = import_return(
            self.parameterAsFile(parameters, "WORKPACKAGE", context),
            self.parameterAsFile(parameters, "INPUT", context),
            valid_only=self.parameterAsBool(parameters, "VALID_ONLY", context),
            max_distance=self.parameterAsDouble(parameters, "MAX_DISTANCE", context), feedback=feedback)
        for line in result.problem_lines(linking=False):  # the linking reported its own as it went
            feedback.pushWarning(line)
        lines = result.problem_lines()
        feedback.pushInfo(result.summary())
        return {"PACKAGE_ID": result.package.get("ID") or "", "UNITS": result.units_returned,
                "CHANGED": len(result.changed), "CONFLICTS": len(result.conflicts), "SKIPPED": len(result.skipped),
                "PHOTOS": result.photos_new, "DUPLICATES": len(result.photo_duplicates), "PROBLEMS": "\n".join(lines)}
