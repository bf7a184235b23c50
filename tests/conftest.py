"""Shared test set-up: the plugin importable as `wpzf`, one QgsApplication with Processing, sample data.

The repository root is the plugin package, so tests import it through a link `.build/plugins/wpzf` -> root.
"""
import importlib.util
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, ".build", "plugins")


def _link_plugin():
    os.makedirs(PLUGINS, exist_ok=True)
    link = os.path.join(PLUGINS, "wpzf")
    if not os.path.islink(link):
        os.symlink(ROOT, link)
    if PLUGINS not in sys.path:
        sys.path.insert(0, PLUGINS)


_link_plugin()
# QGIS's own Python plugins (processing) live here; our processing/ must never shadow it.
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
if os.path.isdir(QGIS_PLUGINS) and QGIS_PLUGINS not in sys.path:
    sys.path.insert(1, QGIS_PLUGINS)
if ROOT in sys.path:
    sys.path.remove(ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QGIS_APP = None
if os.environ.get("WPZF_RULES_ONLY"):  # `make unit`: the rules/ tier runs without QGIS, in seconds — and proves it
    sys.modules["qgis"] = None  # any import of QGIS now fails
else:
    try:  # everything else gets one application for the session
        from qgis.testing import start_app
        QGIS_APP = start_app()
    except ImportError:  # pragma: no cover - only on machines without QGIS
        QGIS_APP = None

_PROCESSING_READY = False
_KEEP = []


def init_processing():
    """Processing with the native and wpzf providers, once."""
    global _PROCESSING_READY
    if not _PROCESSING_READY:
        from processing.core.Processing import Processing
        from qgis.analysis import QgsNativeAlgorithms
        from qgis.core import QgsApplication
        Processing.initialize()
        if QgsApplication.processingRegistry().providerById("native") is None:
            QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
        if QgsApplication.processingRegistry().providerById("wpzf") is None:
            from wpzf.processing.provider import WpzfProvider
            _KEEP.append(WpzfProvider())  # the registry does not own Python providers: keep a reference
            QgsApplication.processingRegistry().addProvider(_KEEP[-1])
        _PROCESSING_READY = True


@pytest.fixture(scope="session")
def qgis_processing():
    init_processing()
    import processing
    return processing


def load_tool(name):
    """A module from tools/ (kept out of the plugin package and its zip)."""
    path = os.path.join(ROOT, "tools", name + ".py")
    spec = importlib.util.spec_from_file_location("wpzf_tools_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_county(tmp_path_factory):
    """The small sample county, generated once per test session (manifest dict from tools/sample_county.py)."""
    out = tmp_path_factory.mktemp("sample county 示范县")  # a space and Chinese in the path on purpose
    return load_tool("sample_county").generate(str(out), size="small")


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Before Python's teardown destroys objects in arbitrary order: drop the Python provider the registry does not
    own, clear the project and run the events still queued (qgis.testing's atexit hook then calls exitQgis)."""
    if QGIS_APP is None:
        return
    import gc
    from qgis.core import QgsApplication, QgsProject
    gc.collect()  # objects kept in reference cycles (a caught exception's frames hold processing contexts) go now
    registry = QgsApplication.processingRegistry()
    for provider in _KEEP:
        try:
            if registry.providerById(provider.id()) is not None:
                registry.removeProvider(provider)
        except RuntimeError:  # already deleted with the registry's copy (a test unloaded the plugin)
            pass
    del _KEEP[:]
    QgsProject.instance().clear()
    QgsApplication.processEvents()
    gc.collect()
