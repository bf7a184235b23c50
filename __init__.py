"""WPZF 卫片执法 — QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import WpzfPlugin
    return WpzfPlugin(iface)
