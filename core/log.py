"""Logging into the QGIS message log panel under the tab 卫片执法."""
from qgis.core import Qgis, QgsMessageLog

TAG = "WPZF"


def info(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Info)


def warning(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Warning)


def critical(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Critical)
