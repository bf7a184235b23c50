"""wpzf:military_register — the 军用土地登记表 of patches flagged as military land, as its own workbook."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterString)

from ..core.outfiles import write_errors
from ..core.reports import military
from .base import WpzfAlgorithm


class MilitaryRegisterAlgorithm(WpzfAlgorithm):
    ALG_ID = "military_register"
    DISPLAY_NAME = "军用土地登记表"
    GROUP = "3 统计与报告"
    GROUP_ID = "report"

    def initAlgorithm(self, config=None):
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString(
            "PERIOD", self.tr("统计期（如 2022-03、2022Q1、2022；空 = 全部批次）"), optional=True))
        self.add_output_folder_parameter()
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("填报日期（空 = 今天）"), optional=True))
        self.addOutput(QgsProcessingOutputFile("XLSX", self.tr("军用土地登记表")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("涉军用地图斑数")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        with write_errors(folder):  # a full disk or unwritable folder is a message, never an OSError traceback
            result = military.build(self.parameterAsFile(parameters, "WORKPACKAGE", context), folder,
                                    period=self.parameterAsString(parameters, "PERIOD", context),
                                    today=self.parameterAsString(parameters, "DATE", context), feedback=feedback)
        feedback.pushInfo(self.tr("涉军用地图斑 {} 个；登记表为机要件，请单独报送。").format(result["COUNT"]))
        return {"XLSX": result["XLSX"], "COUNT": result["COUNT"], "OUTPUT_FOLDER": folder}
