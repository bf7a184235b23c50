"""wpzf:bulletin — the township 通报 of a month or quarter (.docx with charts, the same figures as .xlsx)."""
from qgis.core import QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingOutputString

from ..core.outfiles import write_errors
from ..core.reports import bulletin
from .base import WpzfAlgorithm


class BulletinAlgorithm(WpzfAlgorithm):
    ALG_ID = "bulletin"
    DISPLAY_NAME = "卫片执法通报（乡镇排名）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_period_parameters(self.tr("统计期（月：2022-03；季度：2022Q1）"))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("通报 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("通报 Excel 数据")))
        self.addOutput(QgsProcessingOutputString("CHARTS", self.tr("图表文件（; 分隔）")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("触及警戒线的乡镇数")))

    def execute(self, parameters, context, feedback):
        values = self.period_values(parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = bulletin.build(feedback=feedback, **values)
        for w in result["figures"]["warnings"]:
            feedback.pushWarning("{}：{}".format(w["DWMC"], w["YY"]))
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "CHARTS": ";".join(result["CHARTS"]),
                "WARNINGS": result["WARNINGS"], "OUTPUT_FOLDER": values["out_folder"]}
