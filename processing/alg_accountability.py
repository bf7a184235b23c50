"""wpzf:accountability — 问责比例 per township and county, with every deduction, ranking, what-if and 增违挂钩."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsWkbTypes)

from ..core.errors import InputError
from ..core.judging import (accountability_result, add_rows, parse_today, policy_for, qgs_fields,
                            write_accountability_workbook)
from ..rules import accountability as acc
from .base import WpzfAlgorithm
from .judging_params import add_source_parameters, add_year_parameter, read_source, year_value


class AccountabilityAlgorithm(WpzfAlgorithm):
    ALG_ID = "accountability"
    DISPLAY_NAME = "问责比例与乡镇排名"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        add_source_parameters(self)
        add_year_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            "MONTH_FROM", self.tr("起始批次月份（1–12，空 = 全年）"), QgsProcessingParameterNumber.Type.Integer,
            optional=True, minValue=1, maxValue=12))
        self.addParameter(QgsProcessingParameterNumber(
            "MONTH_TO", self.tr("截止批次月份（1–12，空 = 12 月）"), QgsProcessingParameterNumber.Type.Integer,
            optional=True, minValue=1, maxValue=12))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("增违挂钩统计截止日（如 2022-06-30；空 = 截止月份月末或年末），此后的验收、确认日期不计"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("问责比例表"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("问责比例 Excel"), self.tr("Excel 工作簿 (*.xlsx)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("RATIO", self.tr("全县违法占用耕地比例(%)")))
        self.addOutput(QgsProcessingOutputNumber("ACCOUNTABLE", self.tr("全县是否纳入问责（1=是）")))

    def execute(self, parameters, context, feedback):
        rows, wp, _source = read_source(self, parameters, context, feedback)
        policy = policy_for(year_value(self, parameters, context), wp)
        months = self._months(parameters, context, policy["year"])
        day = self.parameterAsString(parameters, "DATE", context)
        result = accountability_result(rows, policy, months, parse_today(day) if day else None)
        for warning in result["warnings"]:
            feedback.pushWarning(warning)

        fields = qgs_fields(acc.FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        add_rows(sink, fields, result["rows"], feedback)
        out = {"OUTPUT": dest}
        xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        if xlsx:
            out["OUTPUT_XLSX"] = write_accountability_workbook(xlsx, result, policy, months)
        counties = [r for r in result["rows"] if r["JB"] == acc.LEVEL_NAMES["county"]]
        for row in counties:
            feedback.pushInfo(acc.summary_text(row))
            if row["SYDJ"] > 0:
                feedback.pushInfo(self.tr("增违挂钩仍冻结 {} 亩：{}").format("%.2f" % row["SYDJ"], row["DJYY"]))
        if len(counties) == 1:
            out["RATIO"], out["ACCOUNTABLE"] = counties[0]["WFBL"], counties[0]["SFWZ"]
        return out

    def _months(self, parameters, context, year):
        given = [parameters.get(k) not in (None, "") for k in ("MONTH_FROM", "MONTH_TO")]
        if not any(given):
            return None
        first = self.parameterAsInt(parameters, "MONTH_FROM", context) if given[0] else 1
        last = self.parameterAsInt(parameters, "MONTH_TO", context) if given[1] else 12
        if first > last:
            raise InputError(self.tr("起始月份 {} 晚于截止月份 {}。").format(first, last))
        return (year, first), (year, last)
