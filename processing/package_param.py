"""The WORKPACKAGE parameter every algorithm shares: a GeoPackage file, or a PostgreSQL/PostGIS package named by a
QGIS connection (`连接名?schema=wpzf_2026`), a `postgresql://…?schema=…` URI or a libpq/service string
(core/store/source.py). QGIS checks a file parameter's value against its filter; the second, catch-all entry lets a
database package through while the file dialog still offers GeoPackages first."""
import os

from qgis.core import QgsProcessingParameterFile

from ..core.store import package_io, source
from ..core.store.workpackage import WorkPackage

NAME = "WORKPACKAGE"
FILE_FILTER = "GeoPackage (*.gpkg *.GPKG);;PostgreSQL / PostGIS (*)"
ADMIN, JUDGE = "admin", "judge"  # what an algorithm writes into the package: see Privileges


def parameter(description, optional=False):
    return QgsProcessingParameterFile(NAME, description, behavior=QgsProcessingParameterFile.Behavior.File,
                                      fileFilter=FILE_FILTER, optional=optional)


def value(alg, parameters, context):
    """The package as given: an absolute GeoPackage path, or the database package text unchanged ("" when absent)."""
    if NAME not in parameters or alg.parameterDefinition(NAME) is None:
        return ""
    text = alg.parameterAsFile(parameters, NAME, context) or ""
    if not text or source.is_postgres(text):
        return text
    return os.path.abspath(text)


def recover(text, feedback):
    """A writer killed earlier leaves a hot journal beside a GeoPackage: roll it back once and say so."""
    if text and not source.is_postgres(text) and os.path.isfile(text):
        message = package_io.recover_if_needed(text)
        if message:
            feedback.pushWarning(message)


def guarded_file(text):
    """The file outputs must never overwrite (a database package has none)."""
    return text if text and not source.is_postgres(text) else None


def check_role(needs, text, label):
    """Refuse before any work when the database role may not write what the algorithm writes."""
    if not needs or not text or not source.is_postgres(text) or not WorkPackage.exists(text):
        return  # a package the run creates (the first import) is checked by the server when it is made
    WorkPackage(text).privileges().require(needs == ADMIN, label)
