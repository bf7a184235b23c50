"""wpzf:field_package — 乡镇核查任务包: per township an Excel task list, map pages and a QField project."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ..core.export.package import split_list
from ..core.fieldwork.outgoing import DEFAULT_RETURN_DAYS, build_packages
from ..core.outfiles import write_errors
from .base import WpzfAlgorithm
from . import package_param


class FieldPackageAlgorithm(WpzfAlgorithm):
    ALG_ID = "field_package"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "生成乡镇核查任务包"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString(
            "TOWNSHIPS", self.tr("乡镇（代码或名称，逗号分隔；空 = 每个有待核查图斑的乡镇）"), defaultValue="", optional=True))
        self.add_output_folder_parameter()
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("只发出这些批次（逗号分隔，空 = 全部）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALL_UNITS", self.tr("包含该乡镇的全部图斑（默认只发出待核查、未整改的图斑）"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            "DUE", self.tr("要求返回日期（YYYY-MM-DD；空 = {} 天后）").format(DEFAULT_RETURN_DAYS), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "IMAGERY", self.tr("底图影像（可选，按乡镇裁切放入 QField 项目）"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("ZIP", self.tr("同时打包为 zip"), defaultValue=False))
        self.addOutput(QgsProcessingOutputString("PACKAGES", self.tr("任务包文件夹（每行一个）")))
        self.addOutput(QgsProcessingOutputString("PACKAGE_IDS", self.tr("任务包编号（每行一个）")))
        self.addOutput(QgsProcessingOutputNumber("TOWNSHIP_COUNT", self.tr("乡镇数")))
        self.addOutput(QgsProcessingOutputNumber("UNITS", self.tr("发出图斑数")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        imagery = self.parameterAsRasterLayer(parameters, "IMAGERY", context)
        with write_errors(folder):
            result = build_packages(
                self.parameterAsFile(parameters, "WORKPACKAGE", context), folder,
                townships=split_list(self.parameterAsString(parameters, "TOWNSHIPS", context)),
                batches=split_list(self.parameterAsString(parameters, "BATCH", context)),
                every_unit=self.parameterAsBool(parameters, "ALL_UNITS", context),
                due=self.parameterAsString(parameters, "DUE", context),
                imagery=imagery.source() if imagery is not None else None,
                make_zip=self.parameterAsBool(parameters, "ZIP", context), feedback=feedback)
        for warning in result.warnings:
            feedback.reportError(warning, fatalError=False)
        feedback.pushInfo(result.summary())
        return {"OUTPUT_FOLDER": folder, "PACKAGES": "\n".join(p["folder"] for p in result.packages),
                "PACKAGE_IDS": "\n".join(p["ID"] for p in result.packages),
                "TOWNSHIP_COUNT": len(result.packages), "UNITS": result.unit_count}
