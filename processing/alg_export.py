"""wpzf:export — the provincial submission package (shapefile + 台账 + photos + SHA-256 manifest)."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterString)

from ..core.export.package import ATTACHMENT_DIR, export_package, split_list
from ..core.outfiles import write_errors
from .base import WpzfAlgorithm


class ExportAlgorithm(WpzfAlgorithm):
    ALG_ID = "export"
    DISPLAY_NAME = "导出上报成果包"
    GROUP = "4 成果输出"
    GROUP_ID = "output"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.add_output_folder_parameter()
        self.addParameter(QgsProcessingParameterString(
            "PROFILE", self.tr("报送格式（空 = 默认；或格式名 / .json 文件路径）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "FORCE", self.tr("强制导出（自检有严重问题时仍导出，问题清单随包导出）"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("只导出这些批次（逗号分隔，空 = 全部）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TOWNSHIP", self.tr("只导出这些乡镇（代码或名称，逗号分隔，空 = 全部）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean("ZIP", self.tr("同时打包为 zip"), defaultValue=False))
        self.addOutput(QgsProcessingOutputString("PACKAGE", self.tr("成果包文件夹")))
        self.addOutput(QgsProcessingOutputFile("ZIP_FILE", self.tr("zip 文件")))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", self.tr("导出图斑数")))
        self.addOutput(QgsProcessingOutputNumber("PHOTOS", self.tr("导出照片数")))
        self.addOutput(QgsProcessingOutputNumber("ATTACHMENTS", self.tr("导出附件数")))
        self.addOutput(QgsProcessingOutputNumber("SEVERE", self.tr("严重问题数")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        with write_errors(folder):  # a full disk or unwritable folder is a message, never an OSError traceback
            result = export_package(
                self.parameterAsFile(parameters, "WORKPACKAGE", context), folder,
                profile=self.parameterAsString(parameters, "PROFILE", context),
                batches=split_list(self.parameterAsString(parameters, "BATCH", context)),
                townships=split_list(self.parameterAsString(parameters, "TOWNSHIP", context)),
                force=self.parameterAsBool(parameters, "FORCE", context),
                make_zip=self.parameterAsBool(parameters, "ZIP", context),
                feedback=feedback)
        for warning in result.warnings:
            feedback.reportError(warning, fatalError=False)
        feedback.pushInfo(result.summary())
        feedback.pushInfo(self.tr("附件材料 {} 件（{}/）").format(result.attachment_count, ATTACHMENT_DIR))
        return {"OUTPUT_FOLDER": folder,
                "PACKAGE": result.folder, "ZIP_FILE": result.zip_path or "", "PATCHES": result.patch_count,
                "PHOTOS": result.photo_count, "ATTACHMENTS": result.attachment_count,
                "SEVERE": result.severe_count}
