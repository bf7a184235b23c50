"""wpzf:bulletin — the township 通报 of a month or quarter (.docx with charts, the same figures as .xlsx)."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString)

from ..core.reports import bulletin
from .base import WpzfAlgorithm


def add_period_parameters(alg, period_help):
    """PERIOD, OUTPUT_FOLDER, and the optional DATE shared by the periodic documents."""
    alg.add_workpackage_parameter()
    alg.addParameter(QgsProcessingParameterString("PERIOD", alg.tr(period_help)))
    alg.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", alg.tr("输出文件夹")))
    alg.addParameter(QgsProcessingParameterString(
        "DATE", alg.tr("数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"), optional=True))


def period_values(alg, parameters, context):
    return (alg.parameterAsFile(parameters, "WORKPACKAGE", context),
            alg.parameterAsString(parameters, "PERIOD", context),
            alg.parameterAsString(parameters, "OUTPUT_FOLDER", context),
            alg.parameterAsString(parameters, "DATE", context))


class BulletinAlgorithm(WpzfAlgorithm):
    ALG_ID = "bulletin"
    DISPLAY_NAME = "卫片执法通报（乡镇排名）"
    GROUP = "4 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        add_period_parameters(self, "统计期（月：2022-03；季度：2022Q1）")
        self.addParameter(QgsProcessingParameterString(
            "DOC_NUMBER", self.tr("文号（空 = 县名卫片办〔年〕序号号）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("通报 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("通报 Excel 数据")))
        self.addOutput(QgsProcessingOutputString("CHARTS", self.tr("图表文件（; 分隔）")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("触及警戒线的乡镇数")))

    def execute(self, parameters, context, feedback):
        wp, period, folder, day = period_values(self, parameters, context)
        result = bulletin.build(wp, period, folder, today=day,
                                doc_number=self.parameterAsString(parameters, "DOC_NUMBER", context),
                                feedback=feedback)
        for w in result["figures"]["warnings"]:
            feedback.pushWarning("{}：{}".format(w["DWMC"], w["YY"]))
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "CHARTS": ";".join(result["CHARTS"]),
                "WARNINGS": result["WARNINGS"], "OUTPUT_FOLDER": folder}
