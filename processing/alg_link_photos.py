"""wpzf:link_photos — a folder of field photos linked to the package's patches by their EXIF GPS position."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber)

from ..core.photos.link import link_folder
from .base import WpzfAlgorithm
from . import package_param

DEFAULT_DISTANCE_M = 50.0


class LinkPhotosAlgorithm(WpzfAlgorithm):
    ALG_ID = "link_photos"
    PACKAGE_ROLE = package_param.JUDGE
    DISPLAY_NAME = "关联举证照片"
    GROUP = "2 判定与核验"
    GROUP_ID = "judge"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "FOLDER", self.tr("照片文件夹（含子文件夹，JPG）"), behavior=QgsProcessingParameterFile.Behavior.Folder))
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_DISTANCE", self.tr("图斑外照片的最大关联距离（米）"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_DISTANCE_M, minValue=0.0))
        self.addOutput(QgsProcessingOutputNumber("LINKED", self.tr("已关联照片数")))
        self.addOutput(QgsProcessingOutputNumber("TOO_FAR", self.tr("超出距离未关联数")))
        self.addOutput(QgsProcessingOutputNumber("NO_GPS", self.tr("无 GPS 照片数")))
        self.addOutput(QgsProcessingOutputNumber("BAD_GPS", self.tr("GPS 异常照片数")))
        self.addOutput(QgsProcessingOutputNumber("CORRUPT", self.tr("损坏文件数")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", self.tr("未读取的文件数")))
        self.addOutput(QgsProcessingOutputNumber("DUPLICATES", self.tr("重复照片数")))
        self.addOutput(QgsProcessingOutputNumber("UNCHANGED", self.tr("已存在未变数")))
        self.addOutput(QgsProcessingOutputString("PROBLEMS", self.tr("需处理的照片")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, "FOLDER", context)
        wp_path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        distance = self.parameterAsDouble(parameters, "MAX_DISTANCE", context)
        report = link_folder(wp_path, folder, distance, feedback=feedback)
        return {"LINKED": len(report.linked), "TOO_FAR": len(report.too_far), "NO_GPS": len(report.no_gps),
                "BAD_GPS": len(report.bad_gps), "CORRUPT": len(report.corrupt), "SKIPPED": len(report.skipped),
                "DUPLICATES": len(report.duplicates),
                "UNCHANGED": len(report.unchanged), "PROBLEMS": "\n".join(report.problems())}
