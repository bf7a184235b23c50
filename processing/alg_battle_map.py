"""wpzf:battle_map — 挂图作战: a PDF atlas, one map per township with its patches by state and what is due."""
from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingOutputNumber,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..core.reports import atlas
from .base import WpzfAlgorithm


class BattleMapAlgorithm(WpzfAlgorithm):
    ALG_ID = "battle_map"
    DISPLAY_NAME = "挂图作战图集（乡镇 PDF）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def flags(self):
        # Print layouts are rendered on the main thread, as QGIS's own layout export algorithms do.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TOWNSHIPS", self.tr("乡镇界（可选；给出时按乡镇界出图，无图斑的乡镇也出一页）"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_CODE_FIELD", self.tr("乡镇代码字段"), "XZDM", "TOWNSHIPS", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOWNSHIP_NAME_FIELD", self.tr("乡镇名称字段"), "XZMC", "TOWNSHIPS", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "PERIOD", self.tr("统计期（如 2022-03：当年1月至该期末的批次；空 = 全部批次）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（空 = 今天），用于计算逾期"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("挂图作战 PDF"), self.tr("PDF 文件 (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("页数（乡镇数）")))

    def execute(self, parameters, context, feedback):
        towns = self.parameterAsVectorLayer(parameters, "TOWNSHIPS", context)
        result = atlas.build(
            self.parameterAsFile(parameters, "WORKPACKAGE", context),
            self.parameterAsFileOutput(parameters, "OUTPUT", context),
            townships_layer=towns,
            code_field=self.parameterAsString(parameters, "TOWNSHIP_CODE_FIELD", context) or "XZDM",
            name_field=self.parameterAsString(parameters, "TOWNSHIP_NAME_FIELD", context) or "XZMC",
            period=self.parameterAsString(parameters, "PERIOD", context),
            today=self.parameterAsString(parameters, "DATE", context), feedback=feedback)
        for code, name, counts, due in result["townships"]:
            feedback.pushInfo(self.tr("{}：{}；待办 {} 项").format(
                name, "，".join("{} {}".format(k, v) for k, v in counts.items()), len(due)))
        return {"OUTPUT": result["PDF"], "PAGES": result["PAGES"]}
