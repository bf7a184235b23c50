"""wpzf:bulletin — the township 通报 of a month or quarter (.docx with charts, the same figures as .xlsx)."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString)

from ..core.outfiles import write_errors
from ..core.reports import bulletin
from .base import WpzfAlgorithm


def period_values(alg, parameters, context):
    """WORKPACKAGE, PERIOD, OUTPUT_FOLDER, DATE and DOC_NUMBER of the periodic documents."""
    return {"wp_path": alg.parameterAsFile(parameters, "WORKPACKAGE", context),
            "period": alg.parameterAsString(parameters, "PERIOD", context),
            "out_folder": alg.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context),
            "today": alg.parameterAsString(parameters, "DATE", context),
            "doc_number": alg.parameterAsString(parameters, "DOC_NUMBER", context)}


class BulletinAlgorithm(WpzfAlgorithm):
    ALG_ID = "bulletin"
    DISPLAY_NAME = "卫片执法通报（乡镇排名）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString("PERIOD", self.tr("统计期（月：2022-03；季度：2022Q1）")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("输出文件夹")))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DOC_NUMBER", self.tr("文号（空 = 县名卫片办〔年〕序号号）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("通报 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("通报 Excel 数据")))
        self.addOutput(QgsProcessingOutputString("CHARTS", self.tr("图表文件（; 分隔）")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("触及警戒线的乡镇数")))

    def execute(self, parameters, context, feedback):
        values = period_values(self, parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = bulletin.build(feedback=feedback, **values)
        for w in result["figures"]["warnings"]:
            feedback.pushWarning("{}：{}".format(w["DWMC"], w["YY"]))
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "CHARTS": ";".join(result["CHARTS"]),
                "WARNINGS": result["WARNINGS"], "OUTPUT_FOLDER": values["out_folder"]}
