"""The dock's API for return conflicts: a township edit that met a county edit made after the package went out.

    rows = list_conflicts(wp)                      # open ones, oldest first; jcbh= for one unit, open_only=False
    resolve(wp, rows[0]["_fid"], TAKE_RETURNED)    # or KEEP_CURRENT, or SET_VALUE with value=...
    open_count(wp)                                  # for a badge

Each row: the table's fields (PKG_ID, XZMC, JCBH, FIELD, FOUND_AT, STATE, DONE_AT, DONE_BY) with SENT, CURRENT,
RETURNED, RESULT decoded to their values, plus "label" (the field's Chinese name), "now" (the unit's value today,
which may have changed again since) and "_fid". Resolving writes the chosen value (a history row naming the township
when its value is taken), closes the conflict and moves the package's base on, all in one transaction; a later
import of the same return then does not raise it again.
"""
import json

from ...rules import fields as F
from ..errors import WpzfError
from ..i18n import tr
from ..store.workpackage import current_user, now_text
from . import store
from . import values as V

TAKE_RETURNED, KEEP_CURRENT, SET_VALUE = "returned", "current", "value"
_STATES = {TAKE_RETURNED: store.TOOK_RETURNED, KEEP_CURRENT: store.KEPT_CURRENT, SET_VALUE: store.SET_OTHER}


def _decode(text):
    if text in (None, ""):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _row(row):
    out = dict(row)
    for name in ("SENT", "CURRENT", "RETURNED", "RESULT"):
        out[name] = _decode(row.get(name))
    out["label"] = F.ALIASES.get(row["FIELD"], row["FIELD"])
    return out


def list_conflicts(wp, jcbh=None, open_only=True):
    wp = store.package(wp)
    where = []
    if jcbh is not None:
        where.append("JCBH = " + store.quote(jcbh))
    if open_only:
        where.append("STATE = " + store.quote(store.OPEN))
    rows = [_row(r) for r in store.read(wp, F.TABLE_FIELD_CONFLICTS, " AND ".join(where) or None)]
    if rows:
        keys = sorted({r["JCBH"] for r in rows})
        from ..store.workpackage import units_filter
        now = {u[F.KEY]: u for u in wp.patches(where=units_filter(keys), fields=F.FIELDWORK_FILLED)}
        for row in rows:
            row["now"] = now.get(row["JCBH"], {}).get(row["FIELD"])
    return sorted(rows, key=lambda r: (r.get("FOUND_AT") or "", r["_fid"]))


def open_count(wp):
    return len(store.read(store.package(wp), F.TABLE_FIELD_CONFLICTS, "STATE = " + store.quote(store.OPEN)))


def resolve(wp, fid, choice, value=None, user=None):
    """Close conflict `fid`: TAKE_RETURNED writes the township's value, KEEP_CURRENT leaves the unit as it is,
    SET_VALUE writes `value`. Returns the closed row."""
    if choice not in _STATES:
        raise WpzfError(tr("未知的处理方式：{}").format(choice))
    wp = store.package(wp)
    user = user or current_user()
    rows = store.read(wp, F.TABLE_FIELD_CONFLICTS, "fid = {}".format(int(fid)))
    if not rows:
        raise WpzfError(tr("冲突记录 {} 不存在（可能已被删除），请刷新后重试。").format(fid))
    row = _row(rows[0])
    unit = wp.patch(row["JCBH"])
    row["now"] = unit.get(row["FIELD"]) if unit else None
    if row["STATE"] != store.OPEN:
        raise WpzfError(tr("图斑 {} 的“{}”冲突已于 {} 处理（{}），无需再处理。").format(
            row["JCBH"], row["label"], row.get("DONE_AT") or "", row["STATE"]))
    if choice != KEEP_CURRENT and unit is None:
        raise WpzfError(tr("图斑 {} 已不在工作库中，冲突无法按此处理；请选择“保留县级值”关闭它。").format(row["JCBH"]))
    chosen = row["RETURNED"] if choice == TAKE_RETURNED else None
    if choice == SET_VALUE:
        try:
            chosen = V.parse(row["FIELD"], value)
        except ValueError as exc:
            raise WpzfError(tr("图斑 {} 的“{}”值“{}”无效：{}").format(row["JCBH"], row["label"], value, exc))
    changes = {row["JCBH"]: {row["FIELD"]: chosen}} if choice != KEEP_CURRENT else {}
    stamp = now_text()
    packages = store.read(wp, F.TABLE_FIELD_PACKAGES, "ID = " + store.quote(row["PKG_ID"]))
    code = packages[0]["XZDM"] if packages else ""

    def close(ds):
        store.update(ds, F.TABLE_FIELD_CONFLICTS, fid, {
            "STATE": _STATES[choice], "DONE_AT": stamp, "DONE_BY": user[:50],
            "RESULT": json.dumps(chosen if choice != KEEP_CURRENT else row["now"], ensure_ascii=False)})
        exports = store.read_in(ds, F.TABLE_FIELD_EXPORTS, "PKG_ID = {} AND JCBH = {}".format(
            store.quote(row["PKG_ID"]), store.quote(row["JCBH"])))
        for export in exports:  # the township's value is answered: the same return does not raise it again
            base = store.loads(export.get("BASE"))
            base[row["FIELD"]] = row["RETURNED"]
            store.update(ds, F.TABLE_FIELD_EXPORTS, export["_fid"], {"BASE": store.dumps(base)})

    action = "field_conflict:{}".format(code or "")[:30]
    who = user if choice != TAKE_RETURNED else tr("{}（采用{}乡镇核查值）").format(user, row["XZMC"] or "")[:50]
    wp.update_patches(changes, action=action, user=who, also=close)
    return _row(store.read(wp, F.TABLE_FIELD_CONFLICTS, "fid = {}".format(int(fid)))[0])
