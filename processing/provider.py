"""The `wpzf` Processing provider. Algorithms are found in processing/alg_*.py, so adding one is adding a file."""
import importlib
import inspect
import os
import pkgutil

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.core import QgsProcessingProvider

from ..core import log
from .base import ICON_DIR, WpzfAlgorithm


def algorithm_classes():
    """Every WpzfAlgorithm subclass in processing/alg_*.py. A module that fails to import (e.g. an optional
    library missing) is logged and left out instead of taking the whole provider down."""
    found = []
    folder = os.path.dirname(__file__)
    for info in sorted(pkgutil.iter_modules([folder]), key=lambda m: m.name):
        if not info.name.startswith("alg_"):
            continue
        try:
            module = importlib.import_module("." + info.name, __package__)
            if getattr(module, "WpzfAlgorithm", None) is not WpzfAlgorithm:
                # left in sys.modules by an earlier plugin load (QGIS's reload only drops what it saw imported)
                module = importlib.reload(module)
        except Exception as exc:  # a broken or unsupported algorithm must not hide the others
            log.warning(QCoreApplication.translate("wpzf", "算法模块 {} 未加载：{}").format(info.name, exc))
            continue
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, WpzfAlgorithm) and obj is not WpzfAlgorithm and obj.ALG_ID \
                    and obj.__module__ == module.__name__:
                found.append(obj)
    return found


class WpzfProvider(QgsProcessingProvider):
    def id(self):
        return "wpzf"

    def name(self):
        return QCoreApplication.translate("WpzfProvider", "卫片执法")

    def longName(self):
        return QCoreApplication.translate("WpzfProvider", "卫片执法 (WPZF)")

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, "wpzf.svg"))

    def svgIconPath(self):
        return os.path.join(ICON_DIR, "wpzf.svg")

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
