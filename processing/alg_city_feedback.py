"""wpzf:city_feedback — the 市级反馈问题清单 (方案二(四)): import the city's list, track each item to 销号, report."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ..core.reports import city_feedback
from ..core.judging import parse_today
from ..core.outfiles import write_errors
from ..rules.city_feedback import STATES
from .base import WpzfAlgorithm
from . import package_param


class CityFeedbackAlgorithm(WpzfAlgorithm):
    ALG_ID = "city_feedback"
    PACKAGE_ROLE = package_param.ADMIN
    DISPLAY_NAME = "市级反馈问题清单（导入、销号、整改情况）"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", self.tr("市级反馈问题清单（.xlsx：序号、监测编号、问题描述、整改要求、期限；可为本算法导出的整改情况表）"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="xlsx", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LIST_NAME", self.tr("清单名称（如 2022年4月市级反馈；空 = 文件名）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "ITEM", self.tr("要更新的问题（编号，或未销号问题中唯一的序号、监测编号）"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(  # same order as rules.city_feedback.STATES after "keep"
            "STATE", self.tr("新状态"), options=[self.tr("（不改）"), self.tr("未整改"), self.tr("已整改"),
                                               self.tr("已销号")], defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterString("NOTE", self.tr("整改说明"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "CLOSE_DATE", self.tr("销号日期（如 2022-05-20）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（如 2022-05-10；空 = 今天），用于逾期计算"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("整改情况报表 Excel"), self.tr("Excel 工作簿 (*.xlsx)"), optional=True,
            createByDefault=False))
        for name, text in (("ITEMS", self.tr("问题总数")), ("OPEN", self.tr("未销号问题数")),
                           ("OVERDUE", self.tr("逾期未整改问题数")), ("ADDED", self.tr("本次新增问题数")),
                           ("UPDATED", self.tr("本次更新问题数"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def execute(self, parameters, context, feedback):
        state_index = self.parameterAsEnum(parameters, "STATE", context) if parameters.get("STATE") not in (
            None, "") else 0
        out_xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        today = parse_today(self.parameterAsString(parameters, "DATE", context))
        with write_errors(out_xlsx or self.parameterAsFile(parameters, "WORKPACKAGE", context)):
            result = city_feedback.run(
                self.parameterAsFile(parameters, "WORKPACKAGE", context), today,
                input_path=self.parameterAsFile(parameters, "INPUT", context),
                list_name=self.parameterAsString(parameters, "LIST_NAME", context),
                item=self.parameterAsString(parameters, "ITEM", context),
                state=STATES[state_index - 1] if state_index else None,
                note=self.parameterAsString(parameters, "NOTE", context),
                closed=self.parameterAsString(parameters, "CLOSE_DATE", context), out_xlsx=out_xlsx)
        feedback.pushInfo(self.tr("市级反馈问题 {} 个：本次新增 {}、更新 {}；未销号 {}，其中逾期未整改 {}。").format(
            result["ITEMS"], result["added"], result["updated"], result["OPEN"], result["OVERDUE"]))
        if result["changed"]:
            feedback.pushInfo(self.tr("已更新问题 {}。").format(result["changed"]))
        out = {"ITEMS": result["ITEMS"], "OPEN": result["OPEN"], "OVERDUE": result["OVERDUE"],
               "ADDED": result["added"], "UPDATED": result["updated"] + (1 if result["changed"] else 0)}
        if out_xlsx:
            out["OUTPUT_XLSX"] = result["OUTPUT_XLSX"]
        return out
