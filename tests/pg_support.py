"""PostgreSQL/PostGIS for the tests: the throw-away cluster of tools/pg_cluster.py and one fresh schema per test.

    from pg_support import pg_cluster, pg_schema, run_sql   # noqa: F401 (fixtures are found by name)

    def test_x(pg_schema):
        wp = WorkPackage.create(pg_schema.uri, "EPSG:4524")       # postgresql://…/wpzf_test?schema=<name>
        run_sql("SELECT count(*) FROM {}.patches".format(pg_schema.name))

`pg_cluster` (session) starts the cluster (`make db` installs PostgreSQL; without it the tests are skipped, saying
so) and yields its facts; `pg_schema` yields a unique schema name that does not exist yet and drops it afterwards.
psycopg2 is for the tests only: the plugin itself talks to PostgreSQL through OGR/QGIS.
"""
import itertools
import os
import subprocess
import uuid

import pytest

from conftest import ROOT, load_tool

CLUSTER = load_tool("pg_cluster")
_COUNTER = itertools.count(1)


class PgCluster:
    """Facts of the running test cluster."""

    host, port, database = CLUSTER.HOST, CLUSTER.PORT, CLUSTER.DATABASE
    superuser = CLUSTER.SUPERUSER
    socket_dir = CLUSTER.SOCKET_DIR
    logins = CLUSTER.LOGINS  # kind -> (user, password, group role); kinds: viewer, technician, technician2, admin

    @property
    def url(self):
        """The superuser's URI (no schema)."""
        return CLUSTER.superuser_url()

    def uri(self, schema=None, login=None):
        """A package URI: as the superuser, or as a test login ("viewer", "technician", "technician2", "admin")."""
        if login:
            return CLUSTER.login_url(login, schema=schema)
        return self.url + ("?schema=" + schema if schema else "")

    def connect(self, login=None):
        """A psycopg2 connection (autocommit) as the superuser or a test login."""
        import psycopg2
        user, password = (self.superuser, None) if login is None else self.logins[login][:2]
        con = psycopg2.connect(host=self.host, port=self.port, dbname=self.database, user=user, password=password)
        con.autocommit = True
        return con


class PgSchema:
    """A fresh schema name for one test; `uri` the package URI in it (superuser), `uri_as(login)` a login's."""

    def __init__(self, cluster, name):
        self.cluster, self.name = cluster, name

    @property
    def uri(self):
        return self.cluster.uri(self.name)

    def uri_as(self, login):
        return self.cluster.uri(self.name, login)

    def __str__(self):
        return self.name


def cluster_available():
    """None when the cluster can be used, else why not (shown as the skip reason)."""
    try:
        CLUSTER.check_installed()
    except CLUSTER.ClusterError as exc:
        return "{} Run `make db`.".format(exc)
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed (apt-get install python3-psycopg2, or `make db`)."
    return None


def start_cluster():
    """tools/pg_cluster.py start in its own process (it needs root for runuser); raises with its message."""
    result = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", "pg_cluster.py"), "start"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if result.returncode != 0:
        raise RuntimeError("tools/pg_cluster.py start failed:\n" + result.stdout)
    return PgCluster()


_STARTED = []


@pytest.fixture(scope="session")
def pg_cluster():
    reason = cluster_available()
    if reason:
        pytest.skip(reason)
    if not _STARTED:
        _STARTED.append(start_cluster())
    yield _STARTED[0]


def unique_schema_name(prefix="t"):
    """Lower case, so it needs no quoting; the pid and a counter say which run left it when a test was killed."""
    return "{}_{}_{}_{}".format(prefix, os.getpid(), next(_COUNTER), uuid.uuid4().hex[:6])


def drop_schema(name):
    run_sql("DROP SCHEMA IF EXISTS {} CASCADE".format(quote_ident(name)))
    run_sql("DELETE FROM wpzf.registry WHERE nsp NOT IN (SELECT oid FROM pg_namespace)")


@pytest.fixture
def pg_schema(pg_cluster):
    schema = PgSchema(pg_cluster, unique_schema_name())
    yield schema
    drop_schema(schema.name)


def quote_ident(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def run_sql(sql, params=None, login=None):
    """Run one statement (autocommit) as the superuser or a test login; the rows when it returns any, else None.
    A refused statement raises psycopg2's error (e.g. psycopg2.errors.InsufficientPrivilege)."""
    con = PgCluster().connect(login)
    try:
        with con.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description is not None else None
    finally:
        con.close()


def column(schema, table, name):
    """The quoted real name of `name` in schema.table, whatever case the store gave it (GDAL launders to lower
    case; a store may keep upper case)."""
    rows = run_sql("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s"
                   " AND upper(column_name) = upper(%s)", (schema, table, name))
    if not rows:
        raise KeyError("{}.{} has no column {}".format(schema, table, name))
    return quote_ident(rows[0][0])

