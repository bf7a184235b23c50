"""Parameters shared by the judging algorithms (prejudge, selfcheck, accountability): INPUT layer or WORKPACKAGE,
and the policy YEAR. Not an algorithm file: the provider only loads processing/alg_*.py."""
from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber)

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.judging import rows_from_source
from ..core.store.workpackage import WorkPackage


def add_source_parameters(alg):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "INPUT", tr("图斑图层（与工作库二选一）"), [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVector],
        optional=True))
    alg.add_workpackage_parameter(optional=True, description=tr("工作库（与图斑图层二选一）"))


def add_year_parameter(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        "YEAR", tr("政策年度（空 = 工作库设置，默认 2022）"), QgsProcessingParameterNumber.Type.Integer,
        optional=True, minValue=2000, maxValue=2100))


def read_source(alg, parameters, context, feedback):
    """(rows, workpackage or None, source or None). Exactly one of INPUT and WORKPACKAGE must be given."""
    source = alg.parameterAsSource(parameters, "INPUT", context)
    wp_path = alg.parameterAsFile(parameters, "WORKPACKAGE", context)
    if source is not None and wp_path:
        raise InputError(tr("请只给图斑图层或工作库之一，不要同时给两个。"))
    if wp_path:
        wp = WorkPackage(wp_path)
        return wp.patches(), wp, None
    if source is None:
        raise InputError(tr("请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。"))
    if "JCBH" not in source.fields().names():
        raise InputError(tr("图斑图层缺少监测编号字段 JCBH，无法在结果中指明图斑。"))
    return rows_from_source(source, feedback), None, source


def year_value(alg, parameters, context):
    if parameters.get("YEAR") in (None, ""):
        return None
    return alg.parameterAsInt(parameters, "YEAR", context)
