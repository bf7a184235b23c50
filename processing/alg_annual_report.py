"""wpzf:annual_report — the half-year (2022H1) or annual (2022) report draft and result data tables."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString)

from ..core.outfiles import write_errors
from ..core.reports import annual
from .alg_bulletin import period_values
from .base import WpzfAlgorithm


class AnnualReportAlgorithm(WpzfAlgorithm):
    ALG_ID = "annual_report"
    DISPLAY_NAME = "半年与年度报告（成果数据表）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString("PERIOD", self.tr("统计期（上半年：2022H1；全年：2022）")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("输出文件夹")))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DOC_NUMBER", self.tr("文号（空 = 县名卫片办〔年〕序号号）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("报告 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("成果数据表 Excel")))
        self.addOutput(QgsProcessingOutputNumber("RATIO", self.tr("全县违法占用耕地比例(%)")))
        self.addOutput(QgsProcessingOutputNumber("ACCOUNTABLE", self.tr("全县是否纳入问责（1=是）")))

    def execute(self, parameters, context, feedback):
        values = period_values(self, parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = annual.build(feedback=feedback, **values)
        county = result["figures"]["county"] or {}
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "RATIO": county.get("WFBL", 0.0),
                "ACCOUNTABLE": county.get("SFWZ", 0), "OUTPUT_FOLDER": values["out_folder"]}
