"""What was sent to which township and when, and what has not come back — for the dock's deadline view.

    sent_packages(wp, today)      every package, newest first, with its units back / missing / re-sent since
    outstanding(wp, today)        only those still owing units
    deadline_items(wp, today, policy)
                                  the owed returns in the shape of rules.reports.deadline_view's "upcoming" list
                                  ({date, kind, label, days_left, soon, overdue}), to be added to it like the
                                  obligations of interviews and city feedback

A unit is back when a return changed one of its township fields or brought a photo for it; a unit sent again in a
newer package is owed by that package, not by the older one.
"""
import datetime

from ...rules import fields as F
from ...rules.deadlines import parse_date
from ..i18n import tr
from . import store

WARN_DAYS = 7


def sent_packages(wp, today=None):
    wp = store.package(wp)
    today = parse_date(today) or datetime.date.today()
    packages = store.read(wp, F.TABLE_FIELD_PACKAGES)
    exports = store.read(wp, F.TABLE_FIELD_EXPORTS)
    order = {p["ID"]: (p["SENT_AT"] or "", p["_fid"]) for p in packages}
    latest = {}  # unit -> package id that owes it now
    for row in exports:
        current = latest.get(row["JCBH"])
        if current is None or order.get(row["PKG_ID"], ("", 0)) > order.get(current, ("", 0)):
            latest[row["JCBH"]] = row["PKG_ID"]
    by_package = {}
    for row in exports:
        by_package.setdefault(row["PKG_ID"], []).append(row)
    out = []
    for pkg in packages:
        rows = by_package.get(pkg["ID"], [])
        back = [r["JCBH"] for r in rows if r.get("BACK_AT")]
        resent = [r["JCBH"] for r in rows if not r.get("BACK_AT") and latest.get(r["JCBH"]) != pkg["ID"]]
        missing = [r["JCBH"] for r in rows if not r.get("BACK_AT") and latest.get(r["JCBH"]) == pkg["ID"]]
        due = parse_date(pkg.get("DUE"))
        entry = dict(pkg, units=len(rows), back=back, missing=sorted(missing), resent=sorted(resent), due=due)
        entry["days_left"] = (due - today).days if due else None
        entry["overdue"] = bool(missing) and due is not None and due < today
        out.append(entry)
    out.sort(key=lambda p: (p["SENT_AT"] or "", p["_fid"]), reverse=True)
    return out


def outstanding(wp, today=None):
    """Packages that still owe units, most overdue first."""
    rows = [p for p in sent_packages(wp, today) if p["missing"]]
    return sorted(rows, key=lambda p: (p["days_left"] if p["days_left"] is not None else 10 ** 6, p["ID"]))


def deadline_items(wp, today, policy=None):
    """The owed returns as deadline-view items (overdue ones included)."""
    today = parse_date(today) or datetime.date.today()
    warn = int(((policy or {}).get("deadlines") or {}).get("warn_days_before", WARN_DAYS))
    items = []
    for pkg in outstanding(wp, today):
        if pkg["due"] is None:
            continue
        label = tr("{}实地核查返回（任务包 {}，{} 发出）：{}/{} 个图斑未返回").format(
            pkg["XZMC"] or pkg["XZDM"], pkg["ID"], (pkg["SENT_AT"] or "")[:10], len(pkg["missing"]),
            len(pkg["missing"]) + len(pkg["back"]))
        items.append({"date": pkg["due"], "kind": "field_return:" + pkg["ID"], "label": label,
                      "days_left": pkg["days_left"], "soon": pkg["days_left"] <= warn, "overdue": pkg["overdue"]})
    return items
