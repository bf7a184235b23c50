"""wpzf:quarterly_review — the 季度小结 audit as a review draft (.docx) with its lists as .xlsx."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString)

from ..core.outfiles import write_errors
from ..core.reports import review
from .alg_bulletin import period_values
from .base import WpzfAlgorithm


class QuarterlyReviewAlgorithm(WpzfAlgorithm):
    ALG_ID = "quarterly_review"
    DISPLAY_NAME = "季度小结（审核意见）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString("PERIOD", self.tr("季度（如 2022Q1 或 2022年第一季度）")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("输出文件夹")))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DOC_NUMBER", self.tr("文号（空 = 县名卫片办〔年〕序号号）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("季度小结 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("季度小结 Excel 清单")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", self.tr("自检问题条数")))

    def execute(self, parameters, context, feedback):
        values = period_values(self, parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = review.build(feedback=feedback, **values)
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "PROBLEMS": result["PROBLEMS"],
                "OUTPUT_FOLDER": values["out_folder"]}
