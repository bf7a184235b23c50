"""Shapely ≥ 2 (GEOS over whole arrays) is what the overlay engine runs on; without it the overlay says so and how to
get it, instead of quietly taking a slower path."""
from ..errors import InputError
from ..i18n import tr

try:
    import shapely
    if int(shapely.__version__.split(".")[0]) < 2:
        OLD_VERSION, shapely = shapely.__version__, None
    else:
        OLD_VERSION = None
except ImportError:
    OLD_VERSION, shapely = None, None


def require_shapely():
    """The shapely module, or an InputError telling the technician how to install version 2."""
    if shapely is not None:
        return shapely
    found = tr("当前是 {}").format(OLD_VERSION) if OLD_VERSION else tr("当前未安装")
    raise InputError(tr("套合分析需要 Python 库 Shapely 2.0 或更高版本（{}）。安装方法：Windows 的 QGIS（OSGeo4W）在"
                        " OSGeo4W Shell 中运行 python -m pip install \"shapely>=2\"；Debian/Ubuntu 运行 "
                        "sudo python3 -m pip install --break-system-packages --no-deps \"shapely>=2,<2.1\"。"
                        "安装后重启 QGIS。").format(found))
