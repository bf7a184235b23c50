"""wpzf:annual_report — the half-year (2022H1) or annual (2022) report draft and result data tables."""
from qgis.core import QgsProcessingOutputFile, QgsProcessingOutputNumber

from ..core.outfiles import write_errors
from ..core.reports import annual
from .base import WpzfAlgorithm


class AnnualReportAlgorithm(WpzfAlgorithm):
    ALG_ID = "annual_report"
    DISPLAY_NAME = "半年与年度报告（成果数据表）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_period_parameters(self.tr("统计期（上半年：2022H1；全年：2022）"))
        self.addOutput(QgsProcessingOutputFile("DOCX", self.tr("报告 Word 文档")))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("成果数据表 Excel")))
        self.addOutput(QgsProcessingOutputNumber("RATIO", self.tr("全县违法占用耕地比例(%)")))
        self.addOutput(QgsProcessingOutputNumber("ACCOUNTABLE", self.tr("全县是否纳入问责（1=是）")))

    def execute(self, parameters, context, feedback):
        values = self.period_values(parameters, context)
        with write_errors(values["out_folder"]):  # a full disk is a message, never an OSError traceback
            result = annual.build(feedback=feedback, **values)
        county = result["figures"]["county"] or {}
        return {"DOCX": result["DOCX"], "XLSX": result["XLSX"], "RATIO": county.get("WFBL", 0.0),
                "ACCOUNTABLE": county.get("SFWZ", 0), "OUTPUT_FOLDER": values["out_folder"]}
