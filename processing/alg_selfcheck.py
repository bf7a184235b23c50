"""wpzf:selfcheck — 月核: every hand check as a rule; a problem table and an Excel problem list."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString, QgsWkbTypes)

from ..core.judging import (add_rows, parse_today, photos_from_source, policy_for, qgs_fields, selfcheck_rows,
                            selfcheck_sheets)
from ..core.xlsx import write_workbook
from ..rules import selfcheck as sc
from .base import WpzfAlgorithm
from .judging_params import add_source_parameters, add_year_parameter, read_source, year_value


class SelfcheckAlgorithm(WpzfAlgorithm):
    ALG_ID = "selfcheck"
    DISPLAY_NAME = "月核自检（问题清单）"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        add_source_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PHOTOS", self.tr("举证照片点图层（给图斑图层时可选；空则不查举证照片）"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        add_year_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            "TODAY", self.tr("检查日期（空 = 今天，如 2022-05-15）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BATCH", self.tr("批次月份（空 = 按各图斑批次，如 2022-03）"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("问题表"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("问题清单 Excel"), self.tr("Excel 工作簿 (*.xlsx)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("SEVERE", self.tr("严重问题数")))
        self.addOutput(QgsProcessingOutputNumber("WARNING", self.tr("警告数")))
        self.addOutput(QgsProcessingOutputNumber("INFO", self.tr("提示数")))

    def execute(self, parameters, context, feedback):
        rows, wp, _source = read_source(self, parameters, context, feedback)
        policy = policy_for(year_value(self, parameters, context), wp)
        today = parse_today(self.parameterAsString(parameters, "TODAY", context).strip())
        batch = self.parameterAsString(parameters, "BATCH", context).strip()
        photos_source = self.parameterAsSource(parameters, "PHOTOS", context)
        if wp is not None:
            photos, check_evidence = wp.photos(), True
        elif photos_source is not None:
            photos, check_evidence = photos_from_source(photos_source), True
        else:
            photos, check_evidence = [], False
            feedback.pushWarning(self.tr("未给举证照片图层，跳过举证照片检查（E 类规则）。"))
        problems, problem_rows = selfcheck_rows(rows, policy, photos, today, batch, check_evidence, workpackage=wp)

        fields = qgs_fields(sc.PROBLEM_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        add_rows(sink, fields, problem_rows, feedback)
        out = {"OUTPUT": dest}
        xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        if xlsx:
            out["OUTPUT_XLSX"] = write_workbook(xlsx, selfcheck_sheets(problems, problem_rows, policy, today))
        counts = sc.counts(problems)
        out.update({"SEVERE": counts[sc.SEVERE], "WARNING": counts[sc.WARNING], "INFO": counts[sc.INFO]})
        feedback.pushInfo(self.tr("检查 {} 个图斑：严重 {}、警告 {}、提示 {}。").format(
            len(rows), counts[sc.SEVERE], counts[sc.WARNING], counts[sc.INFO]))
        return out
