#!/usr/bin/python3
"""A throw-away PostgreSQL 15 + PostGIS cluster for the tests and benchmarks (`make db`).

    /usr/bin/python3 tools/pg_cluster.py start    # create once, start, database wpzf_test + postgis + roles
    /usr/bin/python3 tools/pg_cluster.py stop
    /usr/bin/python3 tools/pg_cluster.py status   # exit 0 when running, 3 when not
    /usr/bin/python3 tools/pg_cluster.py url      # the superuser URI

The cluster lives in .build/pg (data/ owned by the `postgres` OS user, the socket in run/, the log in log/),
listens on 127.0.0.1:54329 only and trusts every local connection: never point it at real data. Run as root (the
server runs as `postgres` through runuser) or as postgres; once the cluster is up, any user may run `start` (then
idempotent, ~0.1 s) and `status`. The roles are docs/sql/wpzf_roles.sql; the test logins below are members of them.
"""
import contextlib
import fcntl
import hashlib
import os
import pwd
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(ROOT, ".build", "pg")
DATA = os.path.join(BASE, "data")
SOCKET_DIR = os.path.join(BASE, "run")
LOG_DIR = os.path.join(BASE, "log")
LOG = os.path.join(LOG_DIR, "postgres.log")
LOCK = os.path.join(BASE, ".lock")
BIN = "/usr/lib/postgresql/15/bin"
POSTGIS_CONTROL = "/usr/share/postgresql/15/extension/postgis.control"
ROLES_SQL = os.path.join(ROOT, "docs", "sql", "wpzf_roles.sql")
HOST = "127.0.0.1"
PORT = 54329
DATABASE = "wpzf_test"
SUPERUSER = "postgres"
OS_USER = "postgres"
# Test logins (trust auth: the passwords only make the URIs look like a county's).
LOGINS = {
    "viewer": ("wpzf_test_viewer", "viewer-pw", "wpzf_viewer"),
    "technician": ("wpzf_test_tech1", "tech1-pw", "wpzf_technician"),
    "technician2": ("wpzf_test_tech2", "tech2-pw", "wpzf_technician"),
    "admin": ("wpzf_test_admin", "admin-pw", "wpzf_admin"),
}
DEBIAN_PACKAGES = "postgresql-15 postgresql-15-postgis-3"


class ClusterError(Exception):
    pass


def superuser_url(database=DATABASE):
    return "postgresql://{}@{}:{}/{}".format(SUPERUSER, HOST, PORT, database)


def login_url(kind, database=DATABASE, schema=None):
    user, password, _role = LOGINS[kind]
    url = "postgresql://{}:{}@{}:{}/{}".format(user, password, HOST, PORT, database)
    return url + ("?schema=" + schema if schema else "")


def check_installed():
    """Raise naming what is missing (make db installs it)."""
    missing = [name for name in ("initdb", "pg_ctl", "postgres", "psql") if not os.path.isfile(os.path.join(BIN, name))]
    if missing:
        raise ClusterError("PostgreSQL 15 is not installed ({} missing in {}). Install it: "
                           "apt-get install {} (or `make db`).".format(", ".join(missing), BIN, DEBIAN_PACKAGES))
    if not os.path.isfile(POSTGIS_CONTROL):
        raise ClusterError("PostGIS 3 for PostgreSQL 15 is not installed ({} missing). Install it: "
                           "apt-get install postgresql-15-postgis-3 (or `make db`).".format(POSTGIS_CONTROL))
    try:
        pwd.getpwnam(OS_USER)
    except KeyError:
        raise ClusterError("There is no `{}` OS user (the postgresql-15 package creates it): "
                           "apt-get install {}.".format(OS_USER, DEBIAN_PACKAGES))


def _as_postgres(argv):
    """argv run as the postgres OS user: directly when we are that user, through runuser when root."""
    me = os.geteuid()
    if me == pwd.getpwnam(OS_USER).pw_uid:
        return argv
    if me == 0:
        return ["runuser", "-u", OS_USER, "--"] + argv
    raise ClusterError("Run tools/pg_cluster.py as root (it starts the server as `{}`) or as {}.".format(
        OS_USER, OS_USER))


def _run(argv, check=True, **kwargs):
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
                            **kwargs)
    if check and result.returncode != 0:
        raise ClusterError("{} failed ({}):\n{}".format(" ".join(argv), result.returncode, result.stdout.strip()))
    return result


def _chown_postgres(path, mode):
    entry = pwd.getpwnam(OS_USER)
    if os.geteuid() == 0:
        os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(path, mode)


def _log_tail(lines=20):
    try:
        with open(LOG, encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError:
        return ""


@contextlib.contextmanager
def _locked():
    """One start/stop at a time (pytest sessions in parallel may all call start)."""
    os.makedirs(BASE, exist_ok=True)
    with open(LOCK, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _init():
    os.makedirs(DATA, exist_ok=True)
    os.makedirs(SOCKET_DIR, exist_ok=True)
    os.makedirs(LOG_DIR, exist_ok=True)
    _chown_postgres(DATA, 0o700)
    _chown_postgres(SOCKET_DIR, 0o755)
    _chown_postgres(LOG_DIR, 0o755)
    if os.path.exists(os.path.join(DATA, "PG_VERSION")):
        return False
    _run(_as_postgres([os.path.join(BIN, "initdb"), "-D", DATA, "-U", SUPERUSER, "--auth=trust",
                       "--encoding=UTF8", "--locale=C.UTF-8"]))
    with open(os.path.join(DATA, "postgresql.auto.conf"), "a", encoding="utf-8") as fh:
        fh.write("listen_addresses = '{}'\nport = {}\nunix_socket_directories = '{}'\n"
                 "max_connections = 200\nlog_min_messages = warning\n".format(HOST, PORT, SOCKET_DIR))
    with open(os.path.join(DATA, "pg_hba.conf"), "w", encoding="utf-8") as fh:
        fh.write("# throw-away test cluster (tools/pg_cluster.py): trust on this machine only\n"
                 "local all all trust\n"
                 "host all all 127.0.0.1/32 trust\n")
    return True


def running():
    if not os.path.exists(os.path.join(DATA, "PG_VERSION")):
        return False
    return _run(_as_postgres([os.path.join(BIN, "pg_ctl"), "status", "-D", DATA]), check=False).returncode == 0


def _psql(sql=None, file=None, database=DATABASE, check=True):
    argv = [os.path.join(BIN, "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", SOCKET_DIR,
            "-p", str(PORT), "-U", SUPERUSER, "-d", database]
    argv += ["-f", file] if file else ["-c", sql]
    return _run(argv, check=check).stdout.strip()


def _setup_database():
    if _psql("SELECT 1 FROM pg_database WHERE datname = '{}'".format(DATABASE), database="postgres") != "1":
        _psql('CREATE DATABASE "{}" ENCODING \'UTF8\' TEMPLATE template0'.format(DATABASE), database="postgres")
    _psql("CREATE EXTENSION IF NOT EXISTS postgis")
    _psql(file=ROLES_SQL)
    for user, password, role in LOGINS.values():
        _psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{0}') THEN "
              "CREATE ROLE {0} LOGIN; END IF; END $$; ALTER ROLE {0} LOGIN PASSWORD '{1}'; GRANT {2} TO {0};"
              .format(user, password, role))


def _ready():
    """The server accepts connections (pg_isready: any OS user may ask)."""
    return os.path.isdir(SOCKET_DIR) and _run(
        [os.path.join(BIN, "pg_isready"), "-q", "-h", SOCKET_DIR, "-p", str(PORT)], check=False).returncode == 0


def _roles_stamp():
    with open(ROLES_SQL, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _set_up():
    """The database, PostGIS and this version of the roles file are there."""
    marker = os.path.join(BASE, ".setup")
    if not os.path.exists(marker) or open(marker).read() != _roles_stamp():
        return False
    return _psql("SELECT 1 FROM pg_database WHERE datname = '{}'".format(DATABASE), database="postgres",
                 check=False) == "1"


def start():
    check_installed()
    if _ready() and _set_up():  # the usual case: nothing to do, and no root needed
        return superuser_url()
    with _locked():
        _init()
        if not running():
            result = _run(_as_postgres([os.path.join(BIN, "pg_ctl"), "start", "-D", DATA, "-l", LOG, "-w",
                                        "-t", "60"]), check=False)
            if result.returncode != 0:
                raise ClusterError("The test cluster did not start (is port {} taken by another server? log: {}):\n"
                                   "{}\n{}".format(PORT, LOG, result.stdout.strip(), _log_tail()))
        if not _set_up():  # once, and again when the roles file changed
            _setup_database()
            with open(os.path.join(BASE, ".setup"), "w") as fh:
                fh.write(_roles_stamp())
    return superuser_url()


def stop():
    with _locked():
        if running():
            _run(_as_postgres([os.path.join(BIN, "pg_ctl"), "stop", "-D", DATA, "-m", "fast", "-w"]))


def status():
    up = _ready()
    print("{}: {} ({})".format("running" if up else "stopped", superuser_url(), DATA))
    return 0 if up else 3


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    try:
        if command == "start":
            began = time.time()
            url = start()
            print("{} ({:.2f} s)".format(url, time.time() - began))
        elif command == "stop":
            stop()
        elif command == "status":
            return status()
        elif command == "url":
            print(superuser_url())
        else:
            print(__doc__.strip())
            return 2
    except ClusterError as exc:
        print("pg_cluster: {}".format(exc), file=sys.stderr)
        return 1
    except PermissionError as exc:
        print("pg_cluster: {} — run it as root (make db) to create, start or stop the cluster.".format(exc),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
