"""wpzf:interviews — record a township's 约谈 or 启动问责 and the report it owes within 5 working days (方案六(三))."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ..core.reports import interviews
from ..core.judging import parse_today, policy_for
from ..core.outfiles import write_errors
from ..core.store.workpackage import WorkPackage
from ..rules.interviews import KINDS, label
from .base import WpzfAlgorithm
from . import package_param


class InterviewsAlgorithm(WpzfAlgorithm):
    ALG_ID = "interviews"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "约谈问责登记（5个工作日报告期限）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString("TOWNSHIP", self.tr("乡镇（代码或名称）")))
        self.addParameter(QgsProcessingParameterEnum(  # same order as rules.interviews.KINDS
            "KIND", self.tr("类型"), options=[self.tr("约谈"), self.tr("启动问责")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString("DATE", self.tr("约谈或启动问责日期（如 2022-05-09）")))
        self.addParameter(QgsProcessingParameterString(
            "REPORTED", self.tr("报告报送县卫片办的日期（已报送时填写）"), optional=True))
        self.addParameter(QgsProcessingParameterString("NOTE", self.tr("备注"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TODAY", self.tr("今天的日期（空 = 今天），用于逾期计算"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("约谈问责登记 Excel"), self.tr("Excel 工作簿 (*.xlsx)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString("DUE", self.tr("报告期限")))
        self.addOutput(QgsProcessingOutputNumber("OPEN", self.tr("尚未报送的报告数")))
        self.addOutput(QgsProcessingOutputNumber("OVERDUE", self.tr("逾期未报送的报告数")))

    def execute(self, parameters, context, feedback):
        wp_path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        policy = policy_for(None, WorkPackage(wp_path))
        out_xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        with write_errors(out_xlsx or wp_path):
            result = interviews.run(
                wp_path, policy, parse_today(self.parameterAsString(parameters, "TODAY", context)),
                self.parameterAsString(parameters, "TOWNSHIP", context),
                list(KINDS)[self.parameterAsEnum(parameters, "KIND", context)],
                self.parameterAsString(parameters, "DATE", context),
                self.parameterAsString(parameters, "REPORTED", context),
                self.parameterAsString(parameters, "NOTE", context), out_xlsx)
        rec = result["record"]
        feedback.pushInfo(self.tr("{}：{}；报告期限 {}{}。").format(
            result["action"], label(rec, policy), result["due"].isoformat(),
            self.tr("，已报送 {}").format(rec["BSRQ"]) if rec["BSRQ"] else ""))
        out = {"DUE": result["due"].isoformat(), "OPEN": result["OPEN"], "OVERDUE": result["OVERDUE"]}
        if out_xlsx:
            out["OUTPUT_XLSX"] = result["OUTPUT_XLSX"]
        return out
