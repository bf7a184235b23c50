"""Logging into the QGIS message log panel under the tab 卫片执法."""
from qgis.core import Qgis, QgsMessageLog

TAG = "WPZF"


def info(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.Info)


def warning(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.Warning)


def critical(message):
    QgsMessageLog.logMessage(message, TAG, Qgis.Critical)
