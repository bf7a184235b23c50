"""wpzf:quarterly_review — the 季度小结 audit as a review draft (.docx) with its lists as .xlsx."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterString)

from ..core.reports import review
from .alg_bulletin import add_period_parameters, period_values
from .base import WpzfAlgorithm


class QuarterlyReviewAlgorithm(WpzfAlgorithm):
    ALG_ID = "quarterly_review"
    DISPLAY_NAME = "季度小结（审核意见）"
    GROUP = "4 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        add_period_parameters(self, "季度（如 2022Q1 或 2022年第一季度）")
        self.addParameter(QgsProcessingParameterString("DOC_NUMBER", self.tr("文号（空 = 自动）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("季度小结 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("季度小结 Excel 清单")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", self.tr("自检问题条数")))

    def execute(self, parameters, context, feedback):
        wp, period, folder, day = period_values(self, parameters, context)
        result = review.build(wp, period, folder, today=day,
                              doc_number=self.parameterAsString(parameters, "DOC_NUMBER", context), feedback=feedback)
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "PROBLEMS": result["PROBLEMS"],
                "OUTPUT_FOLDER": folder}
