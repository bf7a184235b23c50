"""wpzf:dossier — 一图斑一卷宗: one PDF per patch (print layout) and a contents PDF."""
from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer)

from ..core.dossier.build import build_dossiers
from ..core.export.package import split_list
from ..core.outfiles import write_errors
from .base import WpzfAlgorithm

REFERENCE_PARAMS = [("LANDUSE", "landuse"), ("FARMLAND", "farmland"), ("REDLINE", "redline"),
                    ("APPROVALS", "approvals")]


class DossierAlgorithm(WpzfAlgorithm):
    ALG_ID = "dossier"
    DISPLAY_NAME = "生成图斑卷宗（一图斑一卷宗）"
    GROUP = "4 成果输出"
    GROUP_ID = "output"

    def flags(self):
        # print layouts paint with fonts and QPrinter: the main thread only (as QGIS's own layout export does)
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.add_output_folder_parameter()
        self.addParameter(QgsProcessingParameterString(
            "JCBH", self.tr("只生成这些图斑（监测编号，逗号或换行分隔；空 = 全部）"), defaultValue="", multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("只生成这些批次（逗号分隔，空 = 全部）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TOWNSHIP", self.tr("只生成这些乡镇（代码或名称，逗号分隔，空 = 全部）"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "IMAGERY_BEFORE", self.tr("前时相影像（可选）"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "IMAGERY_AFTER", self.tr("后时相影像（可选）"), optional=True))
        descriptions = [self.tr("土地利用现状（三调，按 DLBM 着色；空 = 套合分析记录的图层）"),
                        self.tr("永久基本农田（空 = 套合分析记录的图层）"), self.tr("生态保护红线（空 = 套合分析记录的图层）"),
                        self.tr("建设用地批准范围（空 = 套合分析记录的图层）")]
        for (name, _key), description in zip(REFERENCE_PARAMS, descriptions):
            self.addParameter(QgsProcessingParameterVectorLayer(
                name, description, [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addOutput(QgsProcessingOutputFile("CONTENTS", self.tr("目录 PDF")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("卷宗数")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("总页数")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        reference = {key: self.parameterAsVectorLayer(parameters, name, context) for name, key in REFERENCE_PARAMS}
        with write_errors(folder):  # a full disk or unwritable folder is a message, never an OSError traceback
            result = build_dossiers(
                self.parameterAsFile(parameters, "WORKPACKAGE", context), folder,
                jcbhs=split_list(self.parameterAsString(parameters, "JCBH", context)),
                batches=split_list(self.parameterAsString(parameters, "BATCH", context)),
                townships=split_list(self.parameterAsString(parameters, "TOWNSHIP", context)),
                imagery_before=self.parameterAsRasterLayer(parameters, "IMAGERY_BEFORE", context),
                imagery_after=self.parameterAsRasterLayer(parameters, "IMAGERY_AFTER", context),
                reference={k: v for k, v in reference.items() if v is not None}, feedback=feedback)
        for warning in result.warnings:
            feedback.reportError(warning, fatalError=False)
        for path in result.attachment_files:  # Word files and PDFs that could not be appended: beside the dossiers
            feedback.pushInfo(self.tr("另附附件：{}").format(path))
        feedback.pushInfo(result.summary())
        return {"OUTPUT_FOLDER": folder, "CONTENTS": result.contents, "COUNT": len(result.files),
                "PAGES": sum(p for _j, _f, p in result.files)}
