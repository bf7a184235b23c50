"""wpzf:quarterly_review — the 季度小结 audit as a review draft (.docx) with its lists as .xlsx."""
from qgis.core import QgsProcessingOutputFile, QgsProcessingOutputNumber

from ..core.outfiles import write_errors
from ..core.reports import review
from .base import WpzfAlgorithm


class QuarterlyReviewAlgorithm(WpzfAlgorithm):
    ALG_ID = "quarterly_review"
    DISPLAY_NAME = "季度小结（审核意见）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_period_parameters(self.tr("季度（如 2022Q1 或 2022年第一季度）"))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("季度小结 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("季度小结 Excel 清单")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", self.tr("自检问题条数")))

    def execute(self, parameters, context, feedback):
        values = self.period_values(parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = review.build(feedback=feedback, **values)
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "PROBLEMS": result["PROBLEMS"],
                "OUTPUT_FOLDER": values["out_folder"]}
