"""Loading .ui files at run time (no compiled ui_*.py in git)."""
import os

from qgis.PyQt import uic

UI_DIR = os.path.dirname(__file__)


def load_ui(name, widget):
    """Build the layout of ui/<name> into `widget`; its named children become attributes of `widget`."""
    uic.loadUi(os.path.join(UI_DIR, name), widget)
    return widget
