"""Fast reads of a GeoPackage work package for the dock: plain SQLite, no OGR (a GeoPackage is SQLite).

Opening the package with OGR and filtering costs ~8 ms of every patch switch and seconds for a county's list of 20k
patches; these read the same rows in about 1 ms and a few hundred ms. Reads take no lock beyond the statement."""
import sqlite3

from ...rules import fields as F


def list_rows(path, names, jcbh=None):
    """The list fields of every patch (or of those issued as `jcbh`: the patch, its parts and split parent), split
    parents included, in one plain SQLite query (a GeoPackage is SQLite; going through OGR feature by feature costs
    seconds for a county's 20k patches). As in WorkPackage.patches, "JCBH" is the unit's key and "_JCBH" the issued
    number."""
    sql = 'SELECT {} FROM "{}"'.format(", ".join('"{}"'.format(n) for n in names), F.LAYER_PATCHES)
    con = sqlite3.connect(path, timeout=10)
    try:
        cursor = con.execute(sql + ' WHERE "JCBH" = ?', (jcbh,)) if jcbh is not None else con.execute(sql)
        rows = [dict(zip(names, values)) for values in cursor]
    finally:
        con.close()
    for row in rows:
        row["_JCBH"] = row[F.KEY]
        row[F.KEY] = F.unit_key(row)
    return rows


class UnitReader:
    """One unit's row (every field and the geometry) by plain SQLite through one connection kept while the dock shows
    the package: about 1 ms, where opening the GeoPackage with OGR and filtering costs ~8 ms of every patch switch.
    The row is WorkPackage.patch(key, geometry=True)'s: "JCBH" the unit key, "_JCBH" the issued number, "_fid", and
    "_wkb" the geometry as WKB. Reading takes no lock beyond the statement (autocommit, rows fetched at once)."""

    def __init__(self, path):
        self.path = path
        self._con = None
        self._sql = None
        self._names = None

    def _connect(self):
        con = sqlite3.connect(self.path, timeout=10)
        try:
            geom = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                               (F.LAYER_PATCHES,)).fetchone()
            info = con.execute('PRAGMA table_info("{}")'.format(F.LAYER_PATCHES)).fetchall()
        except sqlite3.Error:
            con.close()
            raise
        geom = geom[0] if geom else None
        fid = next((r[1] for r in info if r[5]), "fid")  # the primary key column
        self._names = [r[1] for r in info if r[1] not in (fid, geom)]
        columns = ['"{}"'.format(fid)] + ['"{}"'.format(n) for n in self._names]
        columns.append('"{}"'.format(geom) if geom else "NULL")
        self._sql = 'SELECT {} FROM "{}" WHERE {} = ?'.format(", ".join(columns), F.LAYER_PATCHES, F.UNIT_KEY_SQL)
        self._con = con

    def patch(self, key):
        if self._con is None:
            self._connect()
        rows = self._con.execute(self._sql, (key,)).fetchall()
        if not rows:
            return None
        values = rows[0]
        row = dict(zip(self._names, values[1:-1]))
        row["_JCBH"] = row.get(F.KEY)
        row[F.KEY] = F.unit_key(row)
        row["_fid"] = values[0]
        row["_wkb"] = gpkg_wkb(values[-1])
        return row

    def close(self):
        if self._con is not None:
            self._con.close()
            self._con = None


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def gpkg_wkb(blob):
    """The WKB inside a GeoPackage geometry blob ("GP", version, flags, srs id, envelope, WKB); None when empty."""
    if not blob or bytes(blob[:2]) != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:  # the empty-geometry flag
        return None
    start = 8 + _ENVELOPE_BYTES.get((flags >> 1) & 0x07, 0)
    return bytes(blob[start:])


def rows(path, statement):
    """All rows of `statement` on the GeoPackage (plain SQLite, connection closed again)."""
    con = sqlite3.connect(path, timeout=10)
    try:
        return con.execute(statement).fetchall()
    finally:
        con.close()
