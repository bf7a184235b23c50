"""Translation helper for code outside QObject classes (core/, ui helpers)."""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "wpzf"


def tr(text, context=CONTEXT):
    return QCoreApplication.translate(context, text)
