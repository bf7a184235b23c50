"""The round trip's tables in the work package (declared in rules/fields.py):

    field_packages   one row per package sent to a township: when, by whom, due back when, its state, its returns
    field_exports    one row per unit and package: the township fields as they left (SENT) and the base the next
                     return is compared with (BASE: SENT, moved on to what each import took)
    field_conflicts  a township edit that met a county edit made since the export: kept until resolved in the dock

Values are kept as JSON ({field: value}) so numbers stay numbers. The tables are created on first use
(core/store/tables.py); reading a package without them finds nothing.
"""
import json

from osgeo import ogr

from ..store import ogr_io, package_io, tables
from ..errors import WorkPackageError
from ..i18n import tr
from ..store.workpackage import WorkPackage, same_value


TABLES = tables.FIELDWORK.tables

# field_packages.STATE
SENT, PARTLY_BACK, BACK = "已发出", "部分返回", "已返回"
# field_conflicts.STATE
OPEN, TOOK_RETURNED, KEPT_CURRENT, SET_OTHER, SUPERSEDED = "待处理", "采用乡镇值", "保留县级值", "另定值", "已被取代"
CLOSED_STATES = (TOOK_RETURNED, KEPT_CURRENT, SET_OTHER, SUPERSEDED)


def package(wp):
    return wp if isinstance(wp, WorkPackage) else WorkPackage(wp)


def quote(value):
    return "'{}'".format(str(value).replace("'", "''"))


# ----- values as JSON --------------------------------------------------------------------------------------------
def dumps(values):
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def loads(text):
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def same(a, b):
    """Two values of a township field agree (areas to a millionth of a 亩, text as text)."""
    return same_value(a, b, tolerance=1e-6)


def same_text(stored, value):
    """A value as the history keeps it (text) and a value agree."""
    if stored in (None, ""):
        return value in (None, "")
    if isinstance(value, (int, float)):
        try:
            return abs(float(stored) - float(value)) < 1e-6
        except ValueError:
            return False
    return stored == str(value)


def shown(value):
    """A value as a conflict row and a message show it."""
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return "{:.6f}".format(value).rstrip("0").rstrip(".")
    return str(value)


# ----- the tables ------------------------------------------------------------------------------------------------
def ensure_tables(wp):
    """Create the round trip's tables in a package that lacks them (core/store/tables.py)."""
    wp = package(wp)
    tables.ensure(wp, tables.FIELDWORK)
    return wp


# ----- reading and writing rows ----------------------------------------------------------------------------------
def _names(table):
    return [f[0] for f in TABLES[table]]


def row_of(feat, table):
    defn = feat.GetDefnRef()
    row = {name: feat.GetField(defn.GetFieldIndex(name)) for name in _names(table)}
    row["_fid"] = feat.GetFID()
    return row


def read(wp, table, where=None):
    """Rows of `table` (dicts with '_fid') matching an OGR filter, in fid order; none when the table is missing."""
    ds = package_io.open_dataset(package(wp).path)
    return read_in(ds, table, where)


def read_in(ds, table, where=None):
    """read() inside an open dataset (a write's transaction)."""
    layer = ds.GetLayerByName(table)
    if layer is None:
        return []
    package_io.set_filter(layer, where)
    try:
        return [row_of(feat, table) for feat in layer]
    finally:
        layer.SetAttributeFilter(None)


def _set(feat, name, value):
    index = feat.GetDefnRef().GetFieldIndex(name)
    if value is None or value == "":
        feat.SetFieldNull(index)
    else:
        feat.SetField(index, value)


def insert(ds, table, values):
    layer = ds.GetLayerByName(table)
    feat = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        _set(feat, name, value)
    ogr_io.create(layer, feat)
    return feat.GetFID()


def update(ds, table, fid, values):
    layer = ds.GetLayerByName(table)
    feat = layer.GetFeature(int(fid))
    if feat is None:
        raise WorkPackageError(tr("记录 {}（{}）不存在，可能已被删除；请刷新后重试。").format(fid, table))
    for name, value in values.items():
        _set(feat, name, value)
    ogr_io.update(layer, feat)
