"""Fast reads of a PostgreSQL work package for the dock, through one OGR connection kept open while the dock shows
the package (a new connection costs more than the read). Rows as gpkg_read gives them."""
from ...rules import fields as F
from . import package_io


def _rows(ds, statement):
    result = package_io.query(ds, statement)
    if result is None:
        raise RuntimeError(statement)
    try:
        defn = result.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        out = []
        for feat in result:
            row = {n: feat.GetField(i) for i, n in enumerate(names)}
            geom = feat.GetGeometryRef()
            if geom is not None:
                row["_wkb"] = bytes(geom.ExportToIsoWkb())
            out.append(row)
        return out
    finally:
        ds.ReleaseResultSet(result)


def _keyed(rows):
    for row in rows:
        row["_JCBH"] = row.get(F.KEY)
        row[F.KEY] = F.unit_key(row)
    return rows


def _literal(value):
    return "'{}'".format(str(value).replace("'", "''"))


def list_rows(path, names, jcbh=None):
    ds = package_io.open_dataset(path)
    where = " WHERE JCBH = {}".format(_literal(jcbh)) if jcbh is not None else ""
    rows = _rows(ds, "SELECT {} FROM patches{}".format(", ".join(names), where))
    return _keyed([{n: row.get(n) for n in names} for row in rows])


class UnitReader:
    def __init__(self, path):
        self.path = path
        self._ds = None

    def patch(self, key):
        if self._ds is None:
            self._ds = package_io.open_dataset(self.path)
        rows = _rows(self._ds, "SELECT CAST(fid AS INTEGER) AS wpzf_fid, * FROM patches WHERE {} = {}".format(
            F.UNIT_KEY_SQL, _literal(key)))
        if not rows:
            return None
        row = rows[0]
        row["_fid"] = row.pop("wpzf_fid")
        row.pop("fid", None)
        row.setdefault("_wkb", None)
        return _keyed([row])[0]

    def close(self):
        self._ds = None
