"""wpzf:copy_workpackage — a work package copied GeoPackage ↔ PostgreSQL/PostGIS, every table, verified."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProcessingParameterString)

from ..core.store import photo_files
from ..core.store.copy_package import copy_package
from ..core.store.workpackage import WorkPackage
from .base import WpzfAlgorithm


class CopyWorkpackageAlgorithm(WpzfAlgorithm):
    ALG_ID = "copy_workpackage"
    DISPLAY_NAME = "复制工作库"
    GROUP = "1 数据准备"
    GROUP_ID = "prepare"

    def initAlgorithm(self, config=None):
        # the open package (the plugin's menu fills WORKPACKAGE) or any other as INPUT (text: either side may be a
        # PostgreSQL package — connection name, service=, URI)
        self.add_workpackage_parameter(optional=True, description=self.tr("源工作库（空 = 下面填写的源工作库）"))
        self.addParameter(QgsProcessingParameterString(
            "INPUT", self.tr("源工作库（GeoPackage 路径，或 PostgreSQL：QGIS 连接名?schema=…、service=…、"
                             "postgresql://…?schema=…；填写时优先于上一项）"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "OUTPUT", self.tr("目标（新的 GeoPackage 路径，或 PostgreSQL 工作库；已有数据的目标不会覆盖）")))
        self.addParameter(QgsProcessingParameterFile(
            "FILES_FOLDER", self.tr("共享文件夹（复制到 PostgreSQL 时照片、附件等文件的存放处；空 = 源 GeoPackage 所在文件夹）"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PHOTO_STORAGE", self.tr("目标工作库的照片存放方式"),
            options=[self.tr("与源工作库相同"), self.tr("照片文件放在共享文件夹"), self.tr("照片存入工作库（数据库）")],
            defaultValue=0))
        self.addOutput(QgsProcessingOutputString("OUTPUT", self.tr("目标工作库")))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", self.tr("图斑行数")))
        self.addOutput(QgsProcessingOutputNumber("HISTORY", self.tr("修改记录行数")))
        self.addOutput(QgsProcessingOutputNumber("TBMJ", self.tr("图斑面积合计（亩）")))
        self.addOutput(QgsProcessingOutputString("TABLES", self.tr("各表行数")))

    def execute(self, parameters, context, feedback):
        source = (self.parameterAsString(parameters, "INPUT", context) or "").strip() or \
            (self.parameterAsFile(parameters, "WORKPACKAGE", context) or "").strip()
        if not source:
            raise QgsProcessingException(self.tr("请指定要复制的源工作库（INPUT 或 WORKPACKAGE）。"))
        target = self.parameterAsString(parameters, "OUTPUT", context).strip()
        folder = self.parameterAsFile(parameters, "FILES_FOLDER", context) or None
        report = copy_package(source, target, files_folder=folder, feedback=feedback)
        for line in report.lines():
            feedback.pushInfo(line)
        storage = {1: photo_files.FILES, 2: photo_files.DATABASE}.get(self.parameterAsEnum(parameters, "PHOTO_STORAGE",
                                                                                           context))
        if storage:  # the copy is complete and verified; the photos' bytes then move in one transaction of their own
            WorkPackage(target).set_photo_storage(storage)
            feedback.pushInfo(self.tr("目标工作库的照片存放方式：{}").format(storage))
        rows = dict(report.tables)
        return {"OUTPUT": target, "PATCHES": rows.get("patches", 0), "HISTORY": report.history_rows,
                "TBMJ": report.tbmj_sum, "TABLES": "\n".join("{}\t{}".format(n, r) for n, r in report.tables)}
