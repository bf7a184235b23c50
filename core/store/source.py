"""Where a work package lives: a GeoPackage file, or a schema in a PostgreSQL/PostGIS database.

What a technician types in WORKPACKAGE (or the dock's open dialog) is one of
  - a GeoPackage path;
  - `postgresql://user:password@host:port/dbname?schema=wpzf_2026` (`postgres://` too; other query parameters go to
    libpq, e.g. sslmode);
  - a libpq connection string such as `service=county dbname=wpzf schema=wpzf_2026` or `PG:host=… dbname=…`;
  - the name of a PostgreSQL connection saved in QGIS (Browser › PostgreSQL) followed by `?schema=…`.
The schema is always named: one package per schema (e.g. wpzf_2026); "wpzf" itself is the server's registry.
Everything else reaches OGR as a data source name: "PG:<libpq string> schemas=<schema>" lists just the package's
tables, unqualified, so the store's SQL is the same on both backends (identifiers are quoted, which SQLite accepts).
"""
import os
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from ..errors import WorkPackageError
from ..i18n import tr

_PAIRS = re.compile(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")  # libpq key=value, a value maybe 'quoted'
# "wpzf" holds the server's package registry and role helpers (docs/sql/wpzf_roles.sql), not a package
RESERVED_SCHEMAS = ("wpzf", "public", "information_schema", "topology", "tiger")
PG_PREFIX = "PG:"
_LIBPQ_TEXT = re.compile(r"\b(service|dbname|host)\s*=")  # "service=…", "host=… dbname=…": a connection string
_SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def is_postgres(text):
    """True when `text` names a PostgreSQL package rather than a file (no file of that name needed)."""
    text = str(text or "").strip()
    if not text:
        return False
    if text.startswith(PG_PREFIX) or text.lower().startswith(("postgresql://", "postgres://")):
        return True
    if os.path.exists(text) or text.lower().endswith(".gpkg"):
        return False
    if _LIBPQ_TEXT.search(text):
        return True
    return _qgis_connection(text.split("?", 1)[0]) is not None


# Passwords a technician typed in this QGIS session, by server, database and user: never written anywhere, so a
# package can be named without its password (the project, Processing's history) and still be opened here.
_SESSION_PASSWORDS = {}


def _login(conninfo):
    values = dict(_PAIRS.findall(conninfo))
    return tuple(values.get(k, "").strip("'") for k in ("service", "host", "port", "dbname", "user"))


def remember_password(text, password):
    """Keep `password` for the login the package text `text` names, for this session."""
    if password:
        _SESSION_PASSWORDS[_login(parse(text).conninfo)] = password


class PgSource:
    """A package in schema `schema` of the database that libpq string `conninfo` reaches."""

    def __init__(self, conninfo, schema):
        if not schema:
            raise WorkPackageError(tr("PostgreSQL 工作库要写明模式名（一个工作库占一个模式），例如 "
                                      "postgresql://用户@服务器/数据库?schema=wpzf_2026 或 “连接名?schema=wpzf_2026”。"))
        if schema in RESERVED_SCHEMAS or not _SCHEMA_RE.match(schema):
            raise WorkPackageError(tr("PostgreSQL 工作库的模式名 {} 无效：只能用字母、数字和下划线，不以数字开头，"
                                      "也不能是 wpzf、public 等保留的模式。").format(schema))
        self.conninfo = conninfo.strip()
        self.schema = schema
        remembered = _SESSION_PASSWORDS.get(_login(self.conninfo))
        if remembered and not re.search(r"\bpassword\s*=", self.conninfo):
            self.conninfo += " password=" + _quote(remembered)

    @property
    def ogr_name(self):
        return "{}{} schemas={} active_schema={}".format(PG_PREFIX, self.conninfo, self.schema, self.schema)

    @property
    def label(self):
        """For messages and logs: where the package is, never the password."""
        return "PostgreSQL {} · {}".format(without_password(self.conninfo), self.schema)

    def qgis_uri(self, table, geometry="geom"):
        """QgsDataSourceUri text for QGIS's postgres provider (key fid)."""
        from qgis.core import QgsDataSourceUri
        uri = QgsDataSourceUri(self.conninfo)
        uri.setDataSource(self.schema, table, geometry if geometry else None, "", "fid")
        return uri.uri(False)


def parse(text):
    """PgSource for a PostgreSQL package; WorkPackageError when the text names a QGIS connection that does not
    exist. Call only when is_postgres(text)."""
    text = str(text).strip()
    if text.startswith(PG_PREFIX):
        return _from_keywords(text[len(PG_PREFIX):])
    if text.lower().startswith(("postgresql://", "postgres://")):
        return _from_url(text)
    if _LIBPQ_TEXT.search(text):
        return _from_keywords(text)
    name, _sep, query = text.partition("?")
    conninfo = _qgis_connection(name)
    if conninfo is None:
        raise WorkPackageError(tr("QGIS 中没有名为“{}”的 PostgreSQL 连接。请在“浏览器 › PostgreSQL”中新建该连接，"
                                  "或填写 GeoPackage 路径或 postgresql:// 地址。").format(name))
    return PgSource(conninfo, dict(parse_qsl(query)).get("schema"))


def _from_keywords(text):
    """libpq "key=value …" text; our own key `schema` (and OGR's schemas/active_schema) name the package's schema."""
    schema, kept = None, []
    for key, value in _PAIRS.findall(text):
        if key in ("schema", "schemas", "active_schema"):
            schema = value.strip("'").split(",")[0]
        else:
            kept.append("{}={}".format(key, value))
    return PgSource(" ".join(kept), schema)


def _from_url(text):
    parts = urlsplit(text)
    values = {}
    if parts.hostname:
        values["host"] = parts.hostname
    if parts.port:
        values["port"] = str(parts.port)
    if parts.path.strip("/"):
        values["dbname"] = unquote(parts.path.strip("/"))
    if parts.username:
        values["user"] = unquote(parts.username)
    if parts.password:
        values["password"] = unquote(parts.password)
    schema = None
    for key, value in parse_qsl(parts.query):
        if key == "schema":
            schema = value
        else:
            values[key] = value
    return PgSource(" ".join("{}={}".format(k, _quote(v)) for k, v in values.items()), schema)


def _quote(value):
    value = str(value)
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def without_password(conninfo):
    return re.sub(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "password=***", conninfo)


def _qgis_connection(name):
    """libpq string of the PostgreSQL connection saved in QGIS under `name`, or None."""
    name = (name or "").strip()
    if not name or "/" in name or "\\" in name:
        return None
    try:
        from qgis.core import QgsSettings
    except ImportError:  # pragma: no cover - the store always runs inside QGIS
        return None
    settings = QgsSettings()
    base = "PostgreSQL/connections/{}/".format(name)
    if settings.value(base + "database") is None and settings.value(base + "service") is None:
        return None
    values = {}
    for key, setting in (("service", "service"), ("host", "host"), ("port", "port"), ("dbname", "database"),
                         ("user", "username"), ("password", "password"), ("sslmode", "sslmode")):
        value = settings.value(base + setting)
        if value not in (None, "") and not (key == "sslmode" and str(value).startswith("Ssl")):
            values[key] = str(value)
    return " ".join("{}={}".format(k, _quote(v)) for k, v in values.items())
