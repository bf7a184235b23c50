"""Reads of a PostgreSQL package through QGIS's own pooled connections (the postgres provider's
QgsAbstractDatabaseProviderConnection): once the pool holds a connection a query costs about a millisecond, where
opening an OGR dataset costs ~40 ms; and QGIS closes its pool itself when it exits, while an OGR dataset kept open
for speed would outlive GDAL then. Writes stay with OGR (package_io): one verified transaction each."""
from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..errors import WorkPackageError
from ..i18n import tr
from . import package_io


def _plain(value):
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():  # a NULL QVariant
        return None
    return value


def rows(source, statement):
    """[[value, …], …] of `statement` (field names quoted as package_io does) on the package's database."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.createConnection(QgsDataSourceUri(source.conninfo).uri(False), {})
        result = connection.executeSql(package_io.quoted(statement))
    except Exception as exc:  # QgsProviderConnectionException: the message names the SQL and the server's reason
        raise WorkPackageError(tr("读取 PostgreSQL 工作库 {} 失败：{}").format(source.label, exc))
    return [[_plain(v) for v in row] for row in result]


def literal(value):
    return "'{}'".format(str(value).replace("'", "''"))


def table(source, name):
    """The schema-qualified table (the pooled connections do not set a search path)."""
    return '"{}"."{}"'.format(source.schema, name)
