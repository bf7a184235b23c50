"""Fast reads of a PostgreSQL work package for the dock (pg_sql: QGIS's pooled connections). Rows as gpkg_read
gives them: "JCBH" the unit key, "_JCBH" the issued number, "_fid", "_wkb"."""
from ...rules import fields as F
from . import pg_sql


def _keyed(rows):
    for row in rows:
        row["_JCBH"] = row.get(F.KEY)
        row[F.KEY] = F.unit_key(row)
    return rows


def list_rows(source, names, jcbh=None):
    where = " WHERE JCBH = {}".format(pg_sql.literal(jcbh)) if jcbh is not None else ""
    found = pg_sql.rows(source, "SELECT {} FROM {}{} ORDER BY fid".format(", ".join(names), pg_sql.table(source, "patches"),
                                                                        where))
    return _keyed([dict(zip(names, values)) for values in found])


def patch_columns(source):
    """The patches table's columns (besides fid and geom), in table order."""
    found = pg_sql.rows(source, "SELECT attname FROM pg_attribute WHERE attrelid = '{}'::regclass AND attnum > 0 "
                                "AND NOT attisdropped ORDER BY attnum".format(pg_sql.table(source, "patches")))
    return [name for (name,) in found if name not in ("fid", "geom")]


class UnitReader:
    """WorkPackage.patch(key, geometry=True) in about a millisecond."""

    def __init__(self, source):
        self.source = source
        self._names = None

    def patch(self, key):
        if self._names is None:
            self._names = patch_columns(self.source)
        found = pg_sql.rows(self.source, "SELECT fid, {}, encode(ST_AsBinary(geom), 'hex') FROM {} WHERE {} = {}".format(
            ", ".join('"{}"'.format(n) for n in self._names), pg_sql.table(self.source, "patches"), F.UNIT_KEY_SQL,
            pg_sql.literal(key)))
        if not found:
            return None
        values = found[0]
        row = dict(zip(self._names, values[1:-1]))
        row["_fid"] = values[0]
        row["_wkb"] = bytes.fromhex(values[-1]) if values[-1] else None
        return _keyed([row])[0]

    def close(self):
        self._names = None
